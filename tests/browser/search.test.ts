// Search, clicked through the built site: the right page comes up first in English and Thai, filters
// narrow, ?q= links work, the dialog works by keyboard, and nothing loads before search is opened.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axe, baseSiteUrl, describeViolations, launchBrowser, openPage, siteUrl } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const isSearchRequest = (url: string) => /\/pagefind\/|search-dialog|search-client/.test(url);

async function openDialogAndSearch(page: Page, query: string): Promise<string[]> {
  await page.keyboard.press('/');
  const input = page.locator('[data-search-dialog] input[name="q"]');
  await input.waitFor({ state: 'visible' });
  await input.fill(query);
  await page.locator('[data-search-dialog] [data-search-results] a').first().waitFor();
  return resultPaths(page, '[data-search-dialog] [data-search-results] a');
}

async function resultPaths(page: Page, selector: string): Promise<string[]> {
  const hrefs = await page.locator(selector).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  return hrefs.map((href) => href.replace(/index\.html$/, ''));
}

const topThree: [string, string, string, string][] = [
  // [language home, query, expected page, why]
  ['', 'connection pool', '/runbooks/db-connection-pool/', 'runbook by its symptom'],
  ['', 'incident commander', '/roles/incident-lead/', 'role by its other name'],
  ['', 'certificate expiry', '/runbooks/tls-certificate-expiry/', 'runbook by its topic'],
  ['th/', 'ผู้บัญชาการ', '/th/roles/incident-lead/', 'Thai name of the role'],
  ['th/', 'ฐานข้อมูล', '/th/runbooks/db-connection-pool/', 'Thai word for database'],
  ['th/', 'ใบรับรอง', '/th/runbooks/tls-certificate-expiry/', 'Thai word for certificate'],
  ['th/', 'เลื่อนตำแหน่ง', '/th/career/promotion/', 'Thai word for promotion'],
  ['th/', 'ประกาศนียบัตร', '/th/career/', 'Thai word for certifications'],
  ['th/', 'โพสต์มอร์เทม', '/th/postmortems/', 'Thai spelling of post-mortem'],
];

describe('search dialog', () => {
  test.each(topThree)('on /%s, "%s" returns %s in the top three (%s)', async (home, query, expected) => {
    const { page, context } = await openPage(browser, home);
    const paths = await openDialogAndSearch(page, query);
    expect(paths.slice(0, 3), `results for "${query}": ${paths.join(', ')}`).toContain(expected);
    await context.close();
  });

  test('loads no search code until opened, then only from the site', async () => {
    const { page, context, requests, external } = await openPage(browser, 'roles/');
    await page.waitForLoadState('networkidle');
    expect(requests.filter(isSearchRequest)).toEqual([]);
    await openDialogAndSearch(page, 'runbook');
    expect(requests.filter(isSearchRequest).length).toBeGreaterThan(0);
    expect(external).toEqual([]);
    await context.close();
  });

  test('works by keyboard alone: Ctrl+K opens, arrows move, Enter opens a result, Escape closes', async () => {
    const { page, context } = await openPage(browser, '');
    await page.keyboard.press('Control+k');
    const dialog = page.locator('[data-search-dialog]');
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);

    await openDialogAndSearch(page, 'disk full');
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.pathname ?? '');
    expect(focused).toMatch(/\/.+\//);
    await Promise.all([page.waitForURL((url) => url.pathname === focused), page.keyboard.press('Enter')]);
    await context.close();
  });

  test('has no axe violations with the dialog open, in both themes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, context } = await openPage(browser, '', { colorScheme });
      await openDialogAndSearch(page, 'escalation');
      const violations = await axe(page);
      expect(violations, describeViolations(`search dialog (${colorScheme})`, violations)).toEqual([]);
      await context.close();
    }
  });
});

describe('what is indexed', () => {
  test('only the article body: no navigation, table of contents, breadcrumbs or footer text', async () => {
    const { page, context } = await openPage(browser, 'roles/incident-lead/');
    const chrome = await page.evaluate(() => ({
      toc:
        document
          .querySelector('.toc, [data-toc], nav[aria-label="On this page"]')
          ?.querySelector('h2, p, span')
          ?.textContent?.trim() ?? '',
      footer: document.querySelector('footer')?.textContent?.trim().replace(/\s+/g, ' ') ?? '',
      sidebar: [...document.querySelectorAll('#sidebar summary')].map((s) => s.textContent?.trim() ?? ''),
    }));
    // A string, so the test runner does not rewrite the dynamic import of the site's own Pagefind.
    const content = (await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const { results } = await pagefind.search('incident lead');
      const data = await Promise.all(results.map((r) => r.data()));
      return data.find((d) => d.url === '/roles/incident-lead/')?.content ?? '';
    })()`)) as string;
    expect(content.length).toBeGreaterThan(200);
    expect(chrome.footer.length).toBeGreaterThan(10);
    expect(content).not.toContain(chrome.footer);
    if (chrome.toc) expect(content).not.toContain(chrome.toc);
    // The sidebar lists every section; the article of one role page does not name them all in a row.
    expect(content).not.toContain(chrome.sidebar.slice(0, 4).join(' '));
    await context.close();
  });
});

/** The search dialog's top results as [path, excerpt text] pairs. */
async function dialogExcerpts(page: Page, query: string, limit = 5): Promise<[string, string][]> {
  await openDialogAndSearch(page, query);
  return page
    .locator('[data-search-dialog] [data-search-results] a')
    .evaluateAll(
      (links, max) =>
        links
          .slice(0, max)
          .map((a) => [(a as HTMLAnchorElement).pathname, a.querySelector('.search-hit-excerpt')?.textContent ?? '']),
      limit,
    ) as Promise<[string, string][]>;
}

// Pagefind joins blocks with ". " where the page has a line break; compare letters only.
const squeeze = (text: string) => text.replace(/[\s.…]+/g, '');

describe('excerpts', () => {
  test.each([
    ['', 'severity'],
    ['', 'scribe'],
    ['th/', 'ระดับความรุนแรง'],
  ])('on /%s, every excerpt for "%s" is text the reader sees on the page, never the hidden index hints', async (home, query) => {
    const { page, context } = await openPage(browser, home);
    const excerpts = await dialogExcerpts(page, query);
    expect(excerpts.length).toBeGreaterThan(0);
    for (const [path, excerpt] of excerpts) {
      const visible = await context.newPage();
      await visible.goto(new URL(path, page.url()).href);
      const text = await visible.locator('[data-pagefind-body]').first().innerText();
      expect(squeeze(text), `excerpt of ${path}: "${excerpt}"`).toContain(squeeze(excerpt));
      await visible.close();
    }
    await context.close();
  });
});

describe('Thai precision: vowel and tone marks are part of the word', () => {
  // Each query differs from a common word only by its marks (ที่/ทีม, ต่อ/ตอบ, ผู้/ผล); with the marks
  // folded away Pagefind would find and highlight those other words.
  test.each([
    ['ที่', 'ทีม'],
    ['ต่อ', 'ตอบ'],
    ['ผู้', 'ผล'],
  ])('searching "%s" highlights only words spelled with its marks (not "%s")', async (query, other) => {
    const { page, context } = await openPage(browser, `th/search/?q=${encodeURIComponent(query)}`);
    await page.locator('[data-search-page-results] a').first().waitFor();
    const marks = await page.locator('[data-search-page-results] mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(
      marks.filter((m) => m.includes(other)),
      `highlighted for "${query}"`,
    ).toEqual([]);
    await context.close();
  });
});

describe('Thai segmentation', () => {
  test('a word from the middle of an unspaced Thai sentence finds its page', async () => {
    // Pick a run of Thai text from a built Thai runbook and a word-like segment from its middle.
    const file = join('dist', 'th', 'runbooks', 'disk-full', 'index.html');
    const html = readFileSync(file, 'utf8');
    const body = html.split('data-pagefind-body')[1] ?? '';
    const text = body.replace(/<[^>]+>/g, ' ');
    const run = (text.match(/[\u0E00-\u0E7F]{24,}/g) ?? []).sort((a, b) => b.length - a.length)[0];
    expect(run, `${file} has no long unspaced Thai sentence`).toBeTruthy();
    const words = [...new Intl.Segmenter('th', { granularity: 'word' }).segment(run!)].filter(
      (s) => s.isWordLike && s.segment.length >= 3,
    );
    const middle = words[Math.floor(words.length / 2)]!.segment;
    const { page, context } = await openPage(browser, `th/search/?q=${encodeURIComponent(middle)}`);
    await page.locator('[data-search-page-results] a').first().waitFor();
    const paths = await resultPaths(page, '[data-search-page-results] a');
    expect(paths, `"${middle}" (from the middle of "${run}")`).toContain('/th/runbooks/disk-full/');
    await context.close();
  });
});

describe('search page', () => {
  test('a ?q= link opens with results, and a filter narrows them', async () => {
    const { page, context } = await openPage(browser, 'search/?q=rollback');
    const results = page.locator('[data-search-page-results] a');
    await results.first().waitFor();
    expect(await page.locator('#search-page-input').inputValue()).toBe('rollback');
    const before = await resultPaths(page, '[data-search-page-results] a');
    expect(before.length).toBeGreaterThan(1);

    await page.selectOption('select[name="section"]', 'runbooks');
    await expect.poll(() => page.url()).toContain('section=runbooks');
    await expect
      .poll(async () => (await resultPaths(page, '[data-search-page-results] a')).every((p) => p.startsWith('/runbooks/')))
      .toBe(true);
    const after = await resultPaths(page, '[data-search-page-results] a');
    expect(after.length).toBeGreaterThan(0);
    expect(after.length).toBeLessThanOrEqual(before.length);
    await context.close();
  });

  test('a runbook filter from frontmatter (service) narrows to that service', async () => {
    const { page, context } = await openPage(browser, 'search/?service=database');
    await page.locator('[data-search-page-results] a').first().waitFor();
    const paths = await resultPaths(page, '[data-search-page-results] a');
    expect(paths).toContain('/runbooks/db-connection-pool/');
    expect(paths.every((p) => p.startsWith('/runbooks/'))).toBe(true);
    await context.close();
  });

  test('the tools are searchable and have their own section filter', async () => {
    const { page, context } = await openPage(browser, 'search/?q=post-mortem&section=tools');
    await page.locator('[data-search-page-results] a').first().waitFor();
    const paths = await resultPaths(page, '[data-search-page-results] a');
    expect(paths[0]).toBe('/tools/postmortem/');
    expect(paths.every((p) => p.startsWith('/tools/'))).toBe(true);
    await context.close();
  });

  test('works under a base path', async () => {
    const { page, context, external } = await openPage(browser, 'search/?q=connection%20pool', { base: baseSiteUrl() });
    await page.locator('[data-search-page-results] a').first().waitFor();
    const paths = await resultPaths(page, '[data-search-page-results] a');
    expect(paths[0]).toMatch(/^\/handbook\//);
    expect(paths.slice(0, 3)).toContain('/handbook/runbooks/db-connection-pool/');
    expect(external).toEqual([]);
    await context.close();
  });

  test('the Thai search page searches the Thai index', async () => {
    const { page, context } = await openPage(browser, `th/search/?q=${encodeURIComponent('ใบรับรอง')}`);
    await page.locator('[data-search-page-results] a').first().waitFor();
    const paths = await resultPaths(page, '[data-search-page-results] a');
    expect(paths.every((p) => p.startsWith('/th/'))).toBe(true);
    await context.close();
  });
});

test('each language has its own index', () => {
  const entry = JSON.parse(readFileSync(join('dist', 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  expect(Object.keys(entry.languages).sort()).toEqual(['en', 'th']);
  const pages = (dir: string) => readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('index.html')).length;
  expect(entry.languages.en!.page_count).toBeGreaterThan(10);
  expect(entry.languages.th!.page_count).toBeGreaterThan(10);
  expect(pages(join('dist', 'th'))).toBeGreaterThanOrEqual(entry.languages.th!.page_count);
});

/**
 * Records every layout shift from the first paint on (window.__shifts): the ones after recent input
 * too, which the CLS metric would forgive, so a result list that pushes anything counts.
 */
async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: { value: number; sources: string[] }[] = [];
    (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        sources?: { node?: Node | null }[];
      })[]) {
        shifts.push({
          value: entry.value,
          sources: (entry.sources ?? []).map((s) => (s.node as Element | null)?.outerHTML?.slice(0, 80) ?? '?'),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

const layoutShifts = (page: Page) =>
  page.evaluate(() => (window as unknown as { __shifts: { value: number; sources: string[] }[] }).__shifts);

describe('no layout shift, and Pagefind loads on intent', () => {
  test.each([
    ['a phone', { width: 412, height: 823 }],
    ['a laptop', { width: 1280, height: 900 }],
  ])('results arriving on /search/?q=rollback move nothing on %s', async (_, viewport) => {
    const { page, context } = await openPage(browser, null, { viewport });
    await recordLayoutShifts(page);
    await page.goto(new URL('search/?q=rollback', siteUrl()).href);
    await page.locator('[data-search-page-results] a').first().waitFor();
    await page.waitForTimeout(300);
    expect(await layoutShifts(page)).toEqual([]);
    await context.close();
  });

  test('typing in the dialog moves nothing while the results come and go', async () => {
    const { page, context } = await openPage(browser, null, { viewport: { width: 412, height: 823 } });
    await recordLayoutShifts(page);
    await page.goto(siteUrl());
    await page.keyboard.press('/');
    const input = page.locator('[data-search-dialog] input[name="q"]');
    await input.waitFor({ state: 'visible' });
    const before = (await layoutShifts(page)).length;
    await input.pressSequentially('rollback', { delay: 60 });
    await page.locator('[data-search-dialog] [data-search-results] a').first().waitFor();
    await input.fill('');
    await input.pressSequentially('disk', { delay: 60 });
    await page.locator('[data-search-dialog] [data-search-results] a').first().waitFor();
    await page.waitForTimeout(300);
    expect((await layoutShifts(page)).slice(before)).toEqual([]);
    await context.close();
  });

  test('focusing the search button starts loading Pagefind before anything is typed', async () => {
    const { page, context, requests } = await openPage(browser, 'roles/');
    await page.waitForLoadState('networkidle');
    expect(requests.filter(isSearchRequest)).toEqual([]);
    await page.locator('[data-search-open]').focus();
    await expect.poll(() => requests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
    await expect.poll(() => requests.some((url) => /\/pagefind\/pagefind\.en_[^/]*\.pf_meta$/.test(url))).toBe(true);
    expect(await page.locator('[data-search-dialog]').evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    await context.close();
  });

  test('hovering the search button starts loading Pagefind too; the search page loads it on focus', async () => {
    const { page, context, requests } = await openPage(browser, 'th/');
    await page.waitForLoadState('networkidle');
    await page.locator('[data-search-open]').hover();
    await expect.poll(() => requests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
    await context.close();

    const searchPage = await openPage(browser, 'search/');
    await searchPage.page.waitForLoadState('networkidle');
    expect(searchPage.requests.some((url) => url.includes('/pagefind/'))).toBe(false);
    await searchPage.page.locator('#search-page-input').focus();
    await expect.poll(() => searchPage.requests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
    await searchPage.context.close();
  });
});
