// The service worker written from the cached, pre-bundled code (src/integrations/sw-template.ts) is the
// worker Workbox's generateSW writes: the same precache list, character for character, and the same
// code. Terser names local variables by how often each letter occurs in the whole file, so the short
// names differ; everything else (punctuation, strings, numbers and every longer name) must match.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { precacheOptions, WORKER_OPTIONS, writeServiceWorker } from '../../src/integrations/offline.ts';
import { fillPrecacheList } from '../../src/integrations/sw-template.ts';

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

/** The worker's precache list as it appears in the file. */
const listOf = (code: string) => code.slice(code.indexOf('[{url:'), code.indexOf('}]', code.indexOf('[{url:')) + 2);
/** The code with every name replaced by one letter, and the names of three letters or more in order. */
const shapeOf = (code: string) => ({
  skeleton: code.replace(/[A-Za-z_$][\w$]*/g, 'w'),
  longNames: code.match(/[A-Za-z_$][\w$]{2,}/g),
});

describe('service worker from the cached bundle', () => {
  let cache: string;
  const previous = process.env.HANDBOOK_SW_CACHE;
  beforeAll(() => {
    cache = folder('cache');
    process.env.HANDBOOK_SW_CACHE = cache;
  });
  afterAll(() => {
    if (previous === undefined) delete process.env.HANDBOOK_SW_CACHE;
    else process.env.HANDBOOK_SW_CACHE = previous;
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });

  test('is the worker generateSW writes, with the same precache list', async () => {
    for (const base of ['/', '/handbook/']) {
      const reference = site();
      await generateSW({ ...precacheOptions(reference, base), ...WORKER_OPTIONS, swDest: join(reference, 'sw.js') });
      const expected = readFileSync(join(reference, 'sw.js'), 'utf8');
      // Twice: bundled now, then read from the cache.
      for (let run = 0; run < 2; run++) {
        const dir = site();
        const summary = await writeServiceWorker(dir, base);
        const written = readFileSync(join(dir, 'sw.js'), 'utf8');
        expect(summary.count).toBe(5);
        expect(listOf(written)).toBe(listOf(expected));
        expect(listOf(written)).toContain(`{url:"${base}_astro/app.3f2a1b.js",revision:null}`);
        expect(listOf(written)).not.toContain('vendor.csv');
        expect(shapeOf(written)).toEqual(shapeOf(expected));
        expect(written.length).toBe(expected.length);
      }
    }
  }, 60_000);

  test('leaves to generateSW what it cannot write the way Terser does', () => {
    const template = 'precache([{url:"__incident_handbook_precache__",revision:null}]);';
    expect(fillPrecacheList(template, [{ url: '/a/', revision: 'abc' }])).toBe('precache([{url:"/a/",revision:"abc"}]);');
    expect(fillPrecacheList(template, [{ url: '/$&/', revision: null }])).toBe('precache([{url:"/$&/",revision:null}]);');
    expect(fillPrecacheList(template, [])).toBeUndefined();
    expect(fillPrecacheList(template, [{ url: '/say-"hi"/', revision: null }])).toBeUndefined();
    expect(fillPrecacheList(template, [{ url: '/บทบาท/', revision: null }])).toBeUndefined();
    expect(fillPrecacheList('precache([]);', [{ url: '/a/', revision: null }])).toBeUndefined();
  });
});
