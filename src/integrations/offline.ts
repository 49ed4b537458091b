// Makes the built site work offline: after `astro build` (and after Pagefind has written its index),
// Workbox's generateSW writes `sw.js`, a service worker that precaches every page in both languages,
// the CSS, fonts, icons, both Pagefind indexes and every JavaScript chunk of the tools. Each file is
// listed with a content hash, so a new deployment installs as a whole next to the old one and only
// takes over when the reader reloads (see src/components/offline/register-service-worker.ts).
// The worker's code is bundled once and cached (sw-template.ts); each build lists and hashes its files.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import type { GetManifestOptions } from 'workbox-build';
// Only the precache list's module: the package's entry point loads Rollup and Babel (about 0.5 s).
import { getManifest } from 'workbox-build/build/get-manifest.js';
import { fillPrecacheList, workerTemplate, type WorkerOptions } from './sw-template.ts';

/**
 * The sample exports the metrics calculator offers whose size is small enough to precache (the
 * handbook's own formats). The larger vendor samples are cached the first time they are opened.
 */
export const PRECACHED_SAMPLES = ['samples/handbook.csv', 'samples/handbook.json', 'samples/dispatch.csv'];

/**
 * Files of the build that are not needed to read or use the handbook offline: the worker itself,
 * files for crawlers, tools and hosts (`_headers` and `_redirects` are read by the host and never
 * served, so precaching them would fail the install), and Pagefind's own UI bundles (the site has its
 * own search UI).
 */
const NOT_PRECACHED = [
  'sw.js',
  '_headers',
  '_redirects',
  'workbox-*.js',
  '**/*.map',
  'sitemap*.xml',
  'robots.txt',
  'schema/**',
  'pagefind/pagefind-ui.*',
  'pagefind/pagefind-component-ui.*',
  'pagefind/pagefind-modular-ui.*',
  'pagefind/pagefind-highlight.js',
];

export interface PrecacheSummary {
  count: number;
  size: number;
  warnings: string[];
}

/** What is precached from a build in `dir` served under `base`: shared by the worker and the bench. */
export function precacheOptions(dir: string, base: string) {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const isPrecached = (url: string) =>
    !url.startsWith(`${prefix}samples/`) || PRECACHED_SAMPLES.some((sample) => url === `${prefix}${sample}`);
  return {
    globDirectory: dir,
    globPatterns: ['**/*'],
    globIgnores: NOT_PRECACHED,
    // Built file paths become site URLs under the deployment base.
    modifyURLPrefix: { '': prefix },
    manifestTransforms: [async (entries) => ({ manifest: entries.filter((e) => isPrecached(e.url)), warnings: [] })],
    // Astro names JS and CSS by content hash: the URL alone identifies the version.
    dontCacheBustURLsMatching: /\/_astro\//,
    // The largest precached file today is a Pagefind chunk well under this; a bigger file is a mistake.
    maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
  } satisfies GetManifestOptions;
}

/** The precache list of a build without writing anything (for `npm run bench -- offline`). */
export async function precacheManifest(dir: string, base: string) {
  return getManifest(precacheOptions(dir, base));
}

/** How the worker serves and updates what it precached: everything generateSW takes but the list. */
export const WORKER_OPTIONS = {
  // `/th/roles/` is served from the precached `/th/roles/index.html`; a share link's query never
  // makes a page miss the cache.
  directoryIndex: 'index.html',
  ignoreURLParametersMatching: [/.*/],
  // Waits for the reader's "Reload" (a SKIP_WAITING message) so one page never mixes two versions.
  skipWaiting: false,
  clientsClaim: true,
  cleanupOutdatedCaches: true,
  inlineWorkboxRuntime: true,
  sourcemap: false,
  mode: 'production',
  runtimeCaching: [
    {
      // The vendor sample exports: fetched once online, then available offline.
      urlPattern: ({ url }) => url.pathname.includes('/samples/'),
      handler: 'CacheFirst',
      options: { cacheName: 'handbook-samples' },
    },
  ],
} satisfies WorkerOptions;

/**
 * Writes `dir/sw.js` for a site served under `base` (e.g. '/' or '/handbook/'): the cached worker code
 * with this build's precache list, or, when the list cannot be written into it, Workbox's generateSW.
 */
export async function writeServiceWorker(dir: string, base: string): Promise<PrecacheSummary> {
  const swDest = join(dir, 'sw.js');
  const { manifestEntries, count, size, warnings } = await getManifest(precacheOptions(dir, base));
  const template = await workerTemplate(WORKER_OPTIONS);
  const code = template === undefined ? undefined : fillPrecacheList(template, manifestEntries);
  if (code !== undefined) {
    writeFileSync(swDest, code);
    return { count, size, warnings };
  }
  const { generateSW } = await import('workbox-build');
  const written = await generateSW({ ...precacheOptions(dir, base), ...WORKER_OPTIONS, swDest });
  return { count: written.count, size: written.size, warnings: written.warnings };
}

export default function offlineIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'incident-handbook:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const summary = await writeServiceWorker(fileURLToPath(dir), base);
        for (const warning of summary.warnings) logger.warn(warning);
        logger.info(`service worker written: ${summary.count} files precached, ${(summary.size / 1024 / 1024).toFixed(2)} MB`);
      },
    },
  };
}
