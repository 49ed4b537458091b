// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinks, mermaidPlugin } from './src/lib/markdown-plugins.ts';
import pagefind from './src/integrations/pagefind.ts';
import offline from './src/integrations/offline.ts';

// SITE and BASE let one build be deployed at any origin and path (for example /handbook/).
const site = process.env.SITE ?? 'https://handbook.example.org';
const base = process.env.BASE ?? '/';
// Root-relative Markdown links follow the base Astro resolves (this one, or `astro build --base`).
const markdownBaseLinks = baseLinks();

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? 'dist',
  integrations: [
    mdx(),
    react(),
    sitemap({ i18n: { defaultLocale: 'en', locales: { en: 'en', th: 'th' } }, filter: (page) => !/\/404\/?$/.test(page) }),
    pagefind(),
    markdownBaseLinks.integration,
    // After pagefind: the service worker precaches the search index too.
    offline(),
  ],
  markdown: {
    // Diagrams are drawn at build time; root-relative links in Markdown/MDX get the base path.
    processor: satteri({ mdastPlugins: [mermaidPlugin(), markdownBaseLinks.plugin] }),
    // The *-default GitHub themes keep every token at WCAG AA contrast on their own background.
    shikiConfig: { themes: { light: 'github-light-default', dark: 'github-dark-default' } },
  },
  i18n: {
    defaultLocale: 'en',
    locales: ['en', 'th'],
    routing: { prefixDefaultLocale: false },
  },
});
