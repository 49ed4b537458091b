// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinks, mermaidPlugin } from './src/lib/markdown-plugins.ts';
import pagefind from './src/integrations/pagefind.ts';
import offline from './src/integrations/offline.ts';
import contentLinks from './src/integrations/content-links.ts';
import mermaidRuntime from './src/integrations/mermaid-runtime.ts';
import earlyStart from './src/integrations/early-start.ts';
import { quietBuildLog } from './src/lib/build-log.ts';

// SITE and BASE let one build be deployed at any origin and path (for example /handbook/).
const site = process.env.SITE ?? 'https://handbook.example.org';
const base = process.env.BASE ?? '/';
// Root-relative Markdown links follow the base Astro resolves (this one, or `astro build --base`).
const markdownBaseLinks = baseLinks();

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Pages render a few at a time, so one page's file writes overlap the next one's rendering (about
  // 0.5 s of a 450-page build). Every page's output stays the same whatever the order.
  build: { concurrency: 4 },
  outDir: process.env.OUT_DIR ?? 'dist',
  integrations: [
    // First: diagrams are drawn on another thread, and git's dates read, while the content syncs.
    earlyStart(),
    mdx(),
    // Islands are written with hooks and run on Preact; compat keeps React's onChange and lazy/Suspense.
    // `include` names the islands as Preact's components. The integration would run Babel over each of
    // them (about 1.5 s a build); `ignore` turns Babel off and Vite's oxc compiles the JSX (see `vite`).
    preact({ compat: true, include: ['**/src/islands/**/*.tsx'], babel: { ignore: [/./] } }),
    sitemap({ i18n: { defaultLocale: 'en', locales: { en: 'en', th: 'th' } }, filter: (page) => !/\/404\/?$/.test(page) }),
    pagefind(),
    markdownBaseLinks.integration,
    // Before offline: its files are precached.
    mermaidRuntime(),
    // After pagefind: the service worker precaches the search index too.
    offline(),
    // Broken internal links and #anchors in content/docs fail the build, each as file:line.
    contentLinks(),
  ],
  markdown: {
    // Diagrams are drawn at build time; root-relative links in Markdown/MDX get the base path.
    processor: satteri({ mdastPlugins: [mermaidPlugin(), markdownBaseLinks.plugin] }),
    // The *-default GitHub themes keep every token at WCAG AA contrast on their own background.
    // PromQL has no Shiki grammar: shown as plain text on purpose, without a warning per code block.
    shikiConfig: {
      themes: { light: 'github-light-default', dark: 'github-dark-default' },
      langAlias: { promql: 'plaintext' },
    },
  },
  // A Content-Security-Policy on every page (a <meta> tag): scripts only from this site or with the
  // hash Astro computes for each inline script, never 'unsafe-inline' or 'unsafe-eval'. Pagefind's
  // search index runs WebAssembly ('wasm-unsafe-eval' allows compiling Wasm, not JavaScript eval).
  // Inline styles stay allowed: diagrams and code highlighting carry style attributes and <style>
  // elements in build-time SVG. Headers a host adds on top: public/_headers.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: {
        resources: [
          "'self'",
          { resource: "'self'", kind: 'element' },
          { resource: "'unsafe-inline'", kind: 'element' },
          { resource: "'unsafe-inline'", kind: 'attribute' },
        ],
      },
    },
  },
  vite: {
    // The islands' JSX, for Preact (in place of Babel: see the preact integration above).
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    // One harmless bundler warning per content page would bury the real ones (see src/lib/build-log.ts).
    build: { rolldownOptions: { onLog: quietBuildLog } },
  },
  i18n: {
    defaultLocale: 'en',
    locales: ['en', 'th'],
    routing: { prefixDefaultLocale: false },
  },
});
