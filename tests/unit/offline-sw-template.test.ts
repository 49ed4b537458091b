// The service worker the build writes (src/integrations/offline.ts: Workbox's template, bundled by
// Rolldown) precaches what Workbox's generateSW would: the same list of URLs and revisions, from the same
// options, in a classic script with Workbox's development-only code left out.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';
import { validateGenerateSWOptions } from 'workbox-build/build/lib/validate-options.js';
import { afterAll, describe, expect, test } from 'vitest';
import { precacheOptions, WORKER_OPTIONS, writeServiceWorker } from '../../src/integrations/offline.ts';

const made: string[] = [];
function folder(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `hb-sw-${name}-`));
  made.push(dir);
  return dir;
}

/** A small built site: pages in both languages, a hashed asset and the precached sample. */
function site(): string {
  const dir = folder('site');
  const files: Record<string, string> = {
    'index.html': '<!doctype html><title>Home</title>',
    'roles/index.html': '<!doctype html><title>Roles</title>',
    'th/roles/index.html': '<!doctype html><title>บทบาท</title>',
    '_astro/app.3f2a1b.js': 'console.log(1)',
    'samples/handbook.csv': 'id,title\n1,x\n',
    'samples/vendor.csv': 'id\n1\n',
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

/** The precache list in a worker's code, as [url, revision] pairs (either quote style). */
function listOf(code: string): [string, string | null][] {
  const entries = code.matchAll(/\{url:(["`])(.*?)\1,revision:(?:null|(["`])(.*?)\3)\}/g);
  return [...entries].map((m) => [m[2]!, m[3] ? m[4]! : null]);
}

describe('service worker', () => {
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });

  test("its options pass Workbox's own validation", () => {
    const dir = site();
    expect(() =>
      validateGenerateSWOptions({ ...precacheOptions(dir, '/'), ...WORKER_OPTIONS, swDest: join(dir, 'sw.js') }),
    ).not.toThrow();
  });

  test('precaches the list generateSW would, in one classic script without development code', async () => {
    for (const base of ['/', '/handbook/']) {
      const reference = site();
      await generateSW({ ...precacheOptions(reference, base), ...WORKER_OPTIONS, swDest: join(reference, 'sw.js') });
      const expected = listOf(readFileSync(join(reference, 'sw.js'), 'utf8'));
      expect(expected).toHaveLength(5);

      const dir = site();
      const summary = await writeServiceWorker(dir, base);
      const written = readFileSync(join(dir, 'sw.js'), 'utf8');
      expect(summary.count).toBe(5);
      expect(listOf(written)).toEqual(expected);
      expect(listOf(written)).toContainEqual([`${base}_astro/app.3f2a1b.js`, null]);
      expect(written).not.toContain('vendor.csv');
      // A classic script (no import or export), with the behaviour the options ask for.
      expect(() => new Function(written)).not.toThrow();
      for (const part of ['SKIP_WAITING', 'handbook-samples', 'index.html', '/samples/']) expect(written).toContain(part);
      expect(written).not.toMatch(/process\.env|workbox-core\/_private\/logger/);
      expect(written.length).toBeLessThan(30_000);
    }
  }, 60_000);
});
