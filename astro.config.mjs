// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';

// SITE and BASE let one build be deployed at any origin and path (for example /handbook/).
const site = process.env.SITE ?? 'https://handbook.example.org';
const base = process.env.BASE ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? 'dist',
  integrations: [mdx(), react(), sitemap({ i18n: { defaultLocale: 'en', locales: { en: 'en', th: 'th' } } })],
  i18n: {
    defaultLocale: 'en',
    locales: ['en', 'th'],
    routing: { prefixDefaultLocale: false },
  },
});
