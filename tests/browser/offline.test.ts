// The offline handbook (issue #18), in a real Chromium: one visit, then the network off; a new
// deployment announced and taken only on "Reload"; the base-path build; the pocket cards on screen
// (axe, both themes) and on paper (pages of four A6 cards).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeServiceWorker } from '../../src/integrations/offline.ts';
import { axe, baseSiteUrl, describeViolations, launchBrowser, openPage, siteUrl } from './browser.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

/** A context with no request interception, so the service worker sees every request itself. */
async function visit(base: string, path = ''): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(new URL(path, base).href);
  return { context, page };
}

/** Waits until the footer says the handbook is available offline (the precache is complete). */
// Precaching copies ~500 files (11 MB); on a busy 2-core machine that can take well over 30 s.
const PRECACHE_WAIT_MS = 100_000;

async function availableOffline(page: Page): Promise<void> {
  await page.locator('[data-offline-state="ready"]').waitFor({ state: 'visible', timeout: PRECACHE_WAIT_MS });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

async function searchFor(page: Page, query: string): Promise<string[]> {
  await page.keyboard.press('/');
  const input = page.locator('[data-search-dialog] input[name="q"]');
  await input.waitFor({ state: 'visible' });
  await input.fill(query);
  await page.locator('[data-search-dialog] [data-search-results] a').first().waitFor();
  return page
    .locator('[data-search-dialog] [data-search-results] a')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
}

describe('offline after one visit', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ context, page } = await visit(siteUrl()));
    await availableOffline(page);
    await context.setOffline(true);
  }, 2 * PRECACHE_WAIT_MS);

  afterAll(async () => {
    await context.close();
  });

  test('the network is really off: a file the worker does not keep cannot be fetched', async () => {
    const fetched = await page.evaluate(() =>
      fetch('sitemap-index.xml').then(
        () => 'fetched',
        () => 'failed',
      ),
    );
    expect(fetched).toBe('failed');
  });

  test('the footer says so, in the page language', async () => {
    expect(await page.locator('[data-offline-state="ready"]').textContent()).toContain('Available offline');
    await page.goto(new URL('th/', siteUrl()).href);
    expect(await page.locator('[data-offline-state="ready"]').textContent()).toContain('ใช้งานแบบออฟไลน์ได้');
  });

  test('pages never visited open in English and Thai', async () => {
    await page.goto(new URL('roles/scribe/', siteUrl()).href);
    expect(await page.locator('h1').textContent()).toContain('Scribe');
    await page.goto(new URL('th/severity/', siteUrl()).href);
    expect(await page.locator('html').getAttribute('lang')).toBe('th');
    expect(await page.locator('h1').textContent()).toBeTruthy();
    await page.goto(new URL('career/assessment/', siteUrl()).href);
    expect(await page.locator('h1').count()).toBe(1);
  });

  test('search works in English and in Thai', async () => {
    await page.goto(new URL('', siteUrl()).href);
    expect((await searchFor(page, 'connection pool')).slice(0, 3)).toContain('/runbooks/db-connection-pool/');
    await page.goto(new URL('th/', siteUrl()).href);
    expect((await searchFor(page, 'ฐานข้อมูล')).slice(0, 3)).toContain('/th/runbooks/db-connection-pool/');
  });

  test('a post-mortem is drafted and its share link opens', async () => {
    await page.goto(new URL('tools/postmortem/', siteUrl()).href);
    await page.getByLabel('Title', { exact: true }).waitFor();
    await page.waitForFunction(() => document.querySelector('.pm-tool [inert]') === null);
    await page.getByLabel('Title', { exact: true }).fill('Offline incident');
    await page.getByRole('button', { name: 'Share link', exact: true }).click();
    const link = await page.getByLabel('Link to this draft').inputValue();
    expect(link).toMatch(/#draft=/);
    const other = await context.newPage();
    await other.goto(link);
    await other.getByText('This link carries a draft: “Offline incident”').waitFor();
    await other.close();
  });

  test('the calculator runs on a sample and draws its charts', async () => {
    await page.goto(new URL('tools/metrics/', siteUrl()).href);
    // Ready once the worker has answered with the default severity mapping (as in metrics.test.ts).
    await page.locator('.mt-mapping').waitFor();
    await page.locator('[data-sample="handbook.csv"]').click();
    await page.locator('[data-status]').filter({ hasText: 'Done' }).waitFor({ timeout: 30_000 });
    await page.locator('.mt-chart canvas').first().waitFor();
    expect(await page.locator('.mt-chart canvas').count()).toBeGreaterThan(0);
  });
});

// The first load only: the worker has not taken control yet (or is blocked), so nothing is precached,
// and the network drops. The chunks a tool fetches on demand were loaded while the browser was idle.
describe('offline after the first load, before any service worker', () => {
  test('Share link still makes a link: the compressor was loaded ahead of need', async () => {
    const { page, context } = await openPage(browser, 'tools/postmortem/');
    await page.getByLabel('Title', { exact: true }).waitFor();
    await page.waitForFunction(() => document.querySelector('.pm-tool [inert]') === null);
    await page.waitForLoadState('networkidle');
    await context.setOffline(true);
    await page.getByLabel('Title', { exact: true }).fill('No network');
    await page.getByRole('button', { name: 'Share link', exact: true }).click();
    expect(await page.getByLabel('Link to this draft').inputValue()).toMatch(/#draft=[A-Za-z0-9_-]+$/);
    expect(await page.getByText('The share link could not be made', { exact: false }).count()).toBe(0);
    // The review, which loads on the first keystroke, cannot arrive now: it says so, and the tool stays.
    await page.getByText('The review could not be loaded', { exact: false }).waitFor();
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe('No network');
    await context.close();
  });

  test('the calculator still computes from a file; the charts, not yet fetched, say why they are missing', async () => {
    // The chart chunk stays out of the first load (metrics.test.ts); the worker precaches it for offline use.
    const { page, context } = await openPage(browser, 'tools/metrics/');
    await page.locator('.mt-mapping').waitFor();
    await page.waitForLoadState('networkidle');
    await context.setOffline(true);
    await page.locator('#mt-file').setInputFiles('public/samples/handbook.csv');
    await page.locator('[data-status]').filter({ hasText: 'Done' }).waitFor({ timeout: 30_000 });
    await page.getByText('The charts could not be drawn; the data tables below have the same numbers.').first().waitFor();
    expect(await page.locator('.mt-figure table').count()).toBeGreaterThan(0);
    await context.close();
  });
});

describe('offline under a base path', () => {
  test(
    'the worker is scoped to the base and serves unvisited pages offline',
    async () => {
      const base = baseSiteUrl();
      const { context, page } = await visit(base);
      await availableOffline(page);
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
      expect(scope).toBe(base);
      await context.setOffline(true);
      await page.goto(new URL('th/roles/', base).href);
      expect(await page.locator('html').getAttribute('lang')).toBe('th');
      await page.goto(new URL('cards/', base).href);
      expect(await page.locator('.pocket-card').count()).toBeGreaterThan(3);
      await context.close();
    },
    2 * PRECACHE_WAIT_MS,
  );
});

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};

/** Serves `dir` like a static host (directory index, no caching), on `port`. */
function serve(dir: string, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

describe('a new deployment', () => {
  test(
    'is announced, and the page switches to it whole only on Reload',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'hb-offline-'));
      cpSync('dist', dir, { recursive: true });
      const port = Number(process.env.HB_TEST_PORT ?? 4410) + 2;
      const server = await serve(dir, port);
      const origin = `http://127.0.0.1:${port}/`;
      try {
        const { context, page } = await visit(origin, 'roles/scribe/');
        await availableOffline(page);
        const before = (await page.locator('h1').textContent())!;
        // The next deployment: changed content, and a worker whose precache list says so.
        const html = join(dir, 'roles/scribe/index.html');
        writeFileSync(html, readFileSync(html, 'utf8').replaceAll(before, `${before} (v2)`));
        await writeServiceWorker(dir, '/');
        await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
        await page.locator('[data-offline-state="update"]').waitFor({ state: 'visible', timeout: PRECACHE_WAIT_MS });
        // Until the reader chooses, the page and a fresh navigation both stay on the old version.
        expect(await page.locator('h1').textContent()).toBe(before);
        const second = await context.newPage();
        await second.goto(new URL('roles/scribe/', origin).href);
        expect(await second.locator('h1').textContent()).toBe(before);
        await second.close();
        await Promise.all([page.waitForEvent('load'), page.locator('[data-offline-state="update"] button').click()]);
        await page.locator('h1').filter({ hasText: '(v2)' }).waitFor();
        await availableOffline(page);
        await context.close();
      } finally {
        server.close();
        rmSync(dir, { recursive: true, force: true });
      }
    },
    3 * PRECACHE_WAIT_MS,
  );
});

describe('pocket cards', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const path of ['cards/', 'th/cards/']) {
      test(`/${path} has no axe violation (${colorScheme})`, async () => {
        const { page, context } = await openPage(browser, path, { colorScheme });
        const violations = await axe(page);
        expect(violations, describeViolations(page.url(), violations)).toEqual([]);
        await context.close();
      });
    }
  }

  test('come from content/data and fit a phone screen without sideways scrolling', async () => {
    const { page, context } = await openPage(browser, 'cards/', { viewport: { width: 360, height: 740 } });
    const text = await page.locator('.card-sheets').textContent();
    expect(text).toContain('SEV1 Critical');
    expect(text).toContain('Page immediately, 24/7; acknowledge within 5 minutes');
    expect(text).toContain('Create the incident channel');
    expect(text).toContain('We are investigating a problem with {description}');
    expect(text).toContain('Form hypotheses and test them');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await page.locator('script:not([type="application/json"])[src*="client"]').count()).toBe(0);
    await context.close();
  });

  test('print four A6 cards to an A4 page, with crop marks', async () => {
    for (const path of ['cards/', 'th/cards/']) {
      const { page, context } = await openPage(browser, path);
      const cards = await page.locator('.pocket-card').count();
      await page.emulateMedia({ media: 'print' });
      const box = await page.locator('.pocket-card').first().boundingBox();
      // 99 x 140 mm at 96 px per inch: the cut card inside its A6 quarter.
      expect(Math.round(box!.width / (96 / 25.4))).toBe(99);
      expect(Math.round(box!.height / (96 / 25.4))).toBe(140);
      expect(await page.locator('.pocket-card .crop').first().isVisible()).toBe(true);
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      expect(pages, `${path}: ${cards} cards`).toBe(Math.ceil(cards / 4));
      await context.close();
    }
  });
});
