// Makes the built site work offline: after `astro build` (and after Pagefind has written its index),
// `sw.js` is written, a service worker that precaches every page in both languages, the CSS, fonts,
// icons, both Pagefind indexes and every JavaScript chunk of the tools. Each file is listed with a
// content hash, so a new deployment installs as a whole next to the old one and only takes over when
// the reader reloads (see src/components/offline/register-service-worker.ts).
//
// The worker is Workbox's own: its `getManifest` lists and hashes the files and its generateSW
// template writes the code, which Rolldown (Vite's bundler, already installed) bundles in well under a
// second. generateSW itself would bundle with Rollup, Babel and Terser, about 1.5 s a build (#16).
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { build } from 'rolldown';
import type { GenerateSWOptions, GetManifestOptions, ManifestEntry } from 'workbox-build';

// Workbox is loaded when a worker is written, not with the config (`astro dev` and `astro preview`
// never need it), and only the modules needed: the package's entry point loads Rollup and Babel.
const workboxManifest = () => import('workbox-build/build/get-manifest.js');
const workboxTemplate = () => import('workbox-build/build/lib/populate-sw-template.js');

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
  const { getManifest } = await workboxManifest();
  return getManifest(precacheOptions(dir, base));
}

/**
 * How the worker serves and updates what it precached: the options of generateSW's template
 * (tests/unit/offline-sw-template.test.ts checks them with Workbox's own validation).
 */
export const WORKER_OPTIONS = {
  // `/th/roles/` is served from the precached `/th/roles/index.html`; a share link's query never
  // makes a page miss the cache.
  directoryIndex: 'index.html',
  ignoreURLParametersMatching: [/.*/],
  // Waits for the reader's "Reload" (a SKIP_WAITING message) so one page never mixes two versions.
  skipWaiting: false,
  clientsClaim: true,
  cleanupOutdatedCaches: true,
  runtimeCaching: [
    {
      // The vendor sample exports: fetched once online, then available offline.
      urlPattern: ({ url }) => url.pathname.includes('/samples/'),
      handler: 'CacheFirst',
      options: { cacheName: 'handbook-samples' },
    },
  ],
} satisfies Partial<GenerateSWOptions>;

const WORKER_ENTRY = '\0incident-handbook:service-worker';

/**
 * The worker's code for this precache list: Workbox's template, bundled with its runtime into one
 * classic script, minified, with Workbox's development-only checks and logs left out.
 */
export async function bundleWorker(manifestEntries: ManifestEntry[]): Promise<string> {
  const { populateSWTemplate } = await workboxTemplate();
  // The template imports each Workbox module by its absolute path in node_modules.
  const source = populateSWTemplate({ ...WORKER_OPTIONS, manifestEntries });
  const { output } = await build({
    input: WORKER_ENTRY,
    write: false,
    platform: 'browser',
    logLevel: 'warn',
    plugins: [
      {
        name: 'incident-handbook:service-worker',
        resolveId: (id) => (id === WORKER_ENTRY ? id : undefined),
        load: (id) => (id === WORKER_ENTRY ? source : undefined),
      },
    ],
    transform: { define: { 'process.env.NODE_ENV': JSON.stringify('production') } },
    output: { format: 'iife', minify: true },
  });
  return output[0].code;
}

/** Writes `dir/sw.js` for a site served under `base` (e.g. '/' or '/handbook/'). */
export async function writeServiceWorker(dir: string, base: string): Promise<PrecacheSummary> {
  const { manifestEntries, count, size, warnings } = await precacheManifest(dir, base);
  writeFileSync(join(dir, 'sw.js'), await bundleWorker(manifestEntries));
  return { count, size, warnings };
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
