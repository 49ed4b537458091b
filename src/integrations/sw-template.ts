// The service worker's code without its precache list, bundled once and kept on disk, so a build only
// lists and hashes its files and writes the list into the worker. Workbox's generateSW bundles the
// worker with Rollup, Babel and Terser on every call (about 2 s of a 15 s build, and loading those
// tools costs more); the code only changes when the worker's options or the tools' versions do.
//
// The worker is bundled with one placeholder entry in its precache list. Terser prints that list as
// `[{url:"…",revision:…}]`; `fillPrecacheList` writes the real list in the same form, so the file is
// what generateSW writes except for the one- and two-letter names Terser gives local variables (it
// picks them from the letter counts of the whole file, list included); the precache list itself is
// identical (tests/unit/offline-sw-template.test.ts compares the two).
// Anything this cannot write that way (an empty list, a URL needing escapes) returns undefined and
// the caller falls back to generateSW.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { GenerateSWOptions, ManifestEntry } from 'workbox-build';

/** The options of generateSW that shape the worker's code (everything except what it precaches). */
export type WorkerOptions = Omit<
  GenerateSWOptions,
  | 'globDirectory'
  | 'globPatterns'
  | 'globIgnores'
  | 'globFollow'
  | 'globStrict'
  | 'templatedURLs'
  | 'additionalManifestEntries'
  | 'manifestTransforms'
  | 'modifyURLPrefix'
  | 'dontCacheBustURLsMatching'
  | 'maximumFileSizeToCacheInBytes'
  | 'swDest'
>;

/** Stands for the precache list while the worker is bundled; no real URL looks like it. */
const PLACEHOLDER_URL = '__incident_handbook_precache__';
/** How Terser prints the placeholder list in the bundled worker. */
const PLACEHOLDER_LIST = `[{url:"${PLACEHOLDER_URL}",revision:null}]`;

/** Bump when what is stored changes shape or meaning. */
const FORMAT = 1;

/** URLs and revisions Terser prints between double quotes unchanged (no quote, backslash or non-ASCII). */
const PLAIN = /^[\w\-./~:@!$&'()*+,;=%?#]*$/;

/**
 * The worker's code with `entries` as its precache list, written as Terser writes it; undefined when
 * the template has no placeholder list or an entry would need escaping.
 */
export function fillPrecacheList(template: string, entries: readonly ManifestEntry[]): string | undefined {
  const at = template.indexOf(PLACEHOLDER_LIST);
  if (at === -1 || template.indexOf(PLACEHOLDER_LIST, at + 1) !== -1) return undefined;
  // With nothing to precache, Workbox writes a worker without the precaching code at all.
  if (entries.length === 0) return undefined;
  const items: string[] = [];
  for (const { url, revision, integrity } of entries) {
    if (integrity !== undefined || !PLAIN.test(url) || (revision !== null && !PLAIN.test(revision))) return undefined;
    items.push(`{url:"${url}",revision:${revision === null ? 'null' : `"${revision}"`}}`);
  }
  // A function replacement: `$` in the list must not be read as a pattern.
  return template.replace(PLACEHOLDER_LIST, () => `[${items.join(',')}]`);
}

/** Options as text for the cache key: functions (a route's `urlPattern`) and patterns by their source. */
function describeOptions(options: WorkerOptions): string {
  return JSON.stringify(options, (_key, value: unknown) =>
    typeof value === 'function' || value instanceof RegExp ? `${value.constructor.name}:${String(value)}` : value,
  );
}

/** The versions of Workbox and of the tools it bundles the worker with, as installed. */
function bundlerVersions(): Record<string, string | undefined> {
  const fromWorkbox = createRequire(createRequire(import.meta.url).resolve('workbox-build'));
  const versionOf = (name: string) => {
    try {
      let dir = dirname(fromWorkbox.resolve(name));
      // The package's own package.json: the nearest one up from its entry point that names it.
      for (;;) {
        try {
          const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
          if (manifest.name === name) return manifest.version;
        } catch {
          // no package.json here
        }
        const up = dirname(dir);
        if (up === dir) return undefined;
        dir = up;
      }
    } catch {
      return undefined;
    }
  };
  return Object.fromEntries(
    ['workbox-build', 'rollup', '@babel/core', '@babel/preset-env', 'terser'].map((name) => [name, versionOf(name)]),
  );
}

/** The cache key of the bundled worker; undefined when a tool's version cannot be read. */
export function templateKey(options: WorkerOptions, versions = bundlerVersions()): string | undefined {
  if (Object.values(versions).some((version) => version === undefined)) return undefined;
  return createHash('sha256')
    .update(JSON.stringify({ format: FORMAT, options: describeOptions(options), versions }))
    .digest('hex');
}

/** `HANDBOOK_SW_CACHE=off` turns the disk cache off; any other value is the folder to use. */
export function templateCacheDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string | undefined {
  const setting = env.HANDBOOK_SW_CACHE?.trim();
  if (setting === 'off') return undefined;
  return setting || join(cwd, 'node_modules/.cache/incident-handbook/service-worker');
}

/** Bundles the worker with the placeholder list through Workbox itself (loaded only now: it is heavy). */
async function bundleTemplate(options: WorkerOptions): Promise<string> {
  const { generateSW } = await import('workbox-build');
  const dir = mkdtempSync(join(tmpdir(), 'hb-sw-template-'));
  try {
    const swDest = join(dir, 'sw.js');
    await generateSW({
      ...options,
      globDirectory: dir,
      globPatterns: [],
      additionalManifestEntries: [{ url: PLACEHOLDER_URL, revision: null }],
      swDest,
    });
    return readFileSync(swDest, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The bundled worker with the placeholder list, from the disk cache or bundled now (and stored);
 * undefined when the bundle has no placeholder list to fill (the caller then uses generateSW).
 */
export async function workerTemplate(options: WorkerOptions): Promise<string | undefined> {
  const key = templateKey(options);
  const dir = key ? templateCacheDir() : undefined;
  const file = dir && key ? join(dir, `${key}.js`) : undefined;
  if (file) {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      // not bundled yet
    }
  }
  const template = await bundleTemplate(options);
  if (!template.includes(PLACEHOLDER_LIST)) return undefined;
  if (dir && file) {
    try {
      mkdirSync(dir, { recursive: true });
      // Write then rename, so a build running at the same time never reads half a file.
      const temp = `${file}.${process.pid}.tmp`;
      writeFileSync(temp, template);
      renameSync(temp, file);
    } catch {
      // A read-only or full disk only costs the next build the bundling time.
    }
  }
  return template;
}
