// The reading experience, clicked through in the built site: sidebar and previous/next navigation,
// the language switch, the theme choice, the mobile menu, the on-page TOC and build-time diagrams.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseSiteUrl, builtHtmlFiles, launchBrowser, openPage, pathOfFile, siteUrl } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const pathname = (page: Page) => new URL(page.url()).pathname;

/** A built docs page that has both previous and next links and an on-page TOC. */
function pageWithPrevNextAndToc(): string {
  const file = builtHtmlFiles('dist').find((f) => {
    if (f.startsWith('th/') || f.startsWith('tools/')) return false;
    const html = readFileSync(`dist/${f}`, 'utf8');
    return html.includes('rel="prev"') && html.includes('rel="next"') && (html.match(/class="toc-depth-2"/g) ?? []).length >= 3;
  });
  if (!file) throw new Error('no built page has previous/next links and a TOC of three or more sections');
  return `/${pathOfFile(file)}`;
}

/** The first built English page whose diagram was drawn at build time. */
function pageWithDiagram(): string {
  const file = builtHtmlFiles('dist').find(
    (f) => !f.startsWith('th/') && /<figure class="diagram"[^>]*><svg/.test(readFileSync(`dist/${f}`, 'utf8')),
  );
  if (!file) throw new Error('no built page has a build-time diagram');
  return `/${pathOfFile(file)}`;
}

describe('navigation', () => {
  test('the sidebar links to a page and marks it as current', async () => {
    const { page, context } = await openPage(browser, 'severity/');
    const link = page.locator('#sidebar a[href="/roles/"]');
    await link.click();
    await page.waitForURL('**/roles/');
    expect(pathname(page)).toBe('/roles/');
    const current = page.locator('#sidebar a[aria-current="page"]');
    await expect.poll(() => current.count()).toBe(1);
    expect(await current.getAttribute('href')).toBe('/roles/');
    expect(await page.locator('h1').textContent()).toBe(await current.textContent());
    await context.close();
  });

  test('next and previous links walk the reading order and come back', async () => {
    const start = pageWithPrevNextAndToc();
    const { page, context } = await openPage(browser, start);
    const nextHref = await page.locator('a[rel="next"]').getAttribute('href');
    await page.locator('a[rel="next"]').click();
    await page.waitForURL(`**${nextHref}`);
    expect(pathname(page)).toBe(nextHref);
    await page.locator('a[rel="prev"]').click();
    await page.waitForURL(`**${start}`);
    expect(pathname(page)).toBe(start);
    await context.close();
  });

  test('breadcrumbs lead back to the home page', async () => {
    const { page, context } = await openPage(browser, 'roles/scribe/');
    await page.locator('nav.breadcrumbs a').first().click();
    await page.waitForURL(siteUrl());
    expect(await page.locator('table').first().textContent()).toContain('SEV1');
    await context.close();
  });

  test('the on-page table of contents marks the section scrolled into view', async () => {
    const { page, context } = await openPage(browser, pageWithPrevNextAndToc());
    const links = page.locator('nav.toc a');
    const first = await links.nth(0).getAttribute('href');
    expect(await page.locator('nav.toc a[aria-current="true"]').getAttribute('href')).toBe(first);
    const target = links.nth(2);
    const href = await target.getAttribute('href');
    await target.click();
    await expect.poll(() => page.locator('nav.toc a[aria-current="true"]').getAttribute('href')).toBe(href);
    expect(new URL(page.url()).hash).toBe(href);
    await context.close();
  });
});

describe('language', () => {
  test('the language switch opens the same page in the other language and back', async () => {
    const { page, context } = await openPage(browser, 'roles/scribe/');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.locator('[data-lang-switch]').click();
    await page.waitForURL('**/th/roles/scribe/');
    expect(await page.getAttribute('html', 'lang')).toBe('th');
    expect(await page.locator('a[data-lang-switch]').getAttribute('href')).toBe('/roles/scribe/');
    await page.locator('[data-lang-switch]').click();
    await page.waitForURL('**/roles/scribe/');
    expect(pathname(page)).toBe('/roles/scribe/');
    await context.close();
  });

  test('every page names its language and its alternates', async () => {
    const { page, context } = await openPage(browser, 'th/severity/');
    expect(await page.getAttribute('html', 'lang')).toBe('th');
    expect(await page.locator('link[rel="alternate"][hreflang="en"]').getAttribute('href')).toBe(
      'https://handbook.example.org/severity/',
    );
    expect(await page.locator('link[rel="alternate"][hreflang="th"]').getAttribute('href')).toBe(
      'https://handbook.example.org/th/severity/',
    );
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBeTruthy();
    await context.close();
  });

  test('the Thai 404 page and the bilingual root 404 page exist', async () => {
    const { page, context } = await openPage(browser, 'no-such-page/');
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    expect(await page.locator('section[lang="th"] h2').textContent()).toBe('ไม่พบหน้านี้');
    await page.goto(new URL('th/404/', siteUrl()).href);
    expect(await page.getAttribute('html', 'lang')).toBe('th');
    await context.close();
  });
});

describe('theme', () => {
  test('the theme choice survives a reload, and "system" follows the OS setting', async () => {
    const { page, context } = await openPage(browser, 'severity/', { colorScheme: 'light' });
    expect(await page.getAttribute('html', 'data-theme')).toBe('light');
    await page.selectOption('[data-theme-select]', 'dark');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await page.reload();
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await page.inputValue('[data-theme-select]')).toBe('dark');
    await page.selectOption('[data-theme-select]', 'system');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => page.getAttribute('html', 'data-theme')).toBe('dark');
    await page.reload();
    expect(await page.inputValue('[data-theme-select]')).toBe('system');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await context.close();
  });

  test('the theme is applied before the stylesheet paints (inline script first in <head>)', async () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head.indexOf('localStorage.getItem')).toBeGreaterThan(-1);
    expect(head.indexOf('localStorage.getItem')).toBeLessThan(head.indexOf('rel="stylesheet"'));
  });
});

describe('mobile menu', () => {
  test('opens and closes from the keyboard', async () => {
    const { page, context } = await openPage(browser, 'severity/', { viewport: { width: 390, height: 800 } });
    const sidebar = page.locator('#sidebar');
    const button = page.locator('[data-menu-button]');
    expect(await sidebar.isVisible()).toBe(false);
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // menu button
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await sidebar.isVisible()).toBe(true);
    // Focus moves into the menu, on the current page's link.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-current'))).toBe('page');
    await page.keyboard.press('Escape');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await sidebar.isVisible()).toBe(false);
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Space');
    expect(await sidebar.isVisible()).toBe(true);
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await sidebar.isVisible()).toBe(false);
    await context.close();
  });

  test('the skip link moves focus to the main content', async () => {
    const { page, context } = await openPage(browser, 'severity/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    await context.close();
  });
});

describe('diagrams', () => {
  test('a Mermaid diagram is an inline SVG drawn at build time that follows both themes', async () => {
    const path = pageWithDiagram();
    const fills: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, context, requests } = await openPage(browser, path, { colorScheme });
      const svg = page.locator('figure.diagram > svg').first();
      expect(await svg.isVisible()).toBe(true);
      expect(await svg.getAttribute('role')).toBe('img');
      expect(await page.locator('[data-mermaid]').count()).toBe(0);
      // No diagram code and no web font is fetched: the picture is in the HTML.
      expect(requests.filter((url) => /mermaid|fonts\.googleapis/.test(url))).toEqual([]);
      fills.push(
        await svg
          .locator('text')
          .first()
          .evaluate((el) => getComputedStyle(el).fill),
      );
      await context.close();
    }
    expect(fills[0]).not.toBe(fills[1]);
  });

  test('several diagrams on one page do not share SVG ids', async () => {
    for (const file of builtHtmlFiles('dist')) {
      const html = readFileSync(`dist/${file}`, 'utf8');
      const ids = [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].flatMap((svg) =>
        [...svg[0].matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!),
      );
      const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
      expect(dupes, `${file} repeats SVG ids`).toEqual([]);
    }
  });
});

describe('base path', () => {
  test('navigation and the language switch stay under the base path', async () => {
    const { page, context, external } = await openPage(browser, 'severity/', { base: baseSiteUrl() });
    expect(await page.locator('#sidebar a[aria-current="page"]').getAttribute('href')).toBe('/handbook/severity/');
    await page.locator('[data-lang-switch]').click();
    await page.waitForURL('**/handbook/th/severity/');
    await page.locator('a[rel="next"]').click();
    expect(new URL(page.url()).pathname.startsWith('/handbook/th/')).toBe(true);
    expect(external).toEqual([]);
    await context.close();
  });
});

describe('tabs', () => {
  test('tabs switch with a click and with the arrow keys', async () => {
    const file = builtHtmlFiles('dist').find(
      (f) => !f.startsWith('th/') && readFileSync(`dist/${f}`, 'utf8').includes('data-tabs'),
    );
    if (!file) throw new Error('no built page uses <Tabs>');
    const { page, context } = await openPage(browser, `/${pathOfFile(file)}`);
    const tabs = page.locator('[data-tabs]').first().locator('[role="tab"]');
    expect(await tabs.count()).toBeGreaterThan(1);
    expect(await tabs.nth(0).getAttribute('aria-selected')).toBe('true');
    const secondPanel = page.locator(`#${await tabs.nth(1).getAttribute('aria-controls')}`);
    expect(await secondPanel.isVisible()).toBe(false);
    await tabs.nth(0).focus();
    await page.keyboard.press('ArrowRight');
    expect(await tabs.nth(1).getAttribute('aria-selected')).toBe('true');
    expect(await secondPanel.isVisible()).toBe(true);
    expect(await tabs.nth(1).evaluate((el) => el === document.activeElement)).toBe(true);
    await tabs.nth(0).click();
    expect(await secondPanel.isVisible()).toBe(false);
    await context.close();
  });
});

describe('print', () => {
  test('a page prints as the article alone, with link targets written out and diagrams kept', async () => {
    const { page, context } = await openPage(browser, pageWithDiagram());
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['header.site-header', '#sidebar', 'nav.toc', 'nav.pagination', 'footer.site-footer']) {
      expect(await page.locator(selector).isVisible(), `${selector} is hidden in print`).toBe(false);
    }
    expect(await page.locator('article h1').isVisible()).toBe(true);
    expect(await page.locator('figure.diagram > svg').first().isVisible()).toBe(true);
    const link = page.locator('article a[href^="/"]').first();
    const after = await link.evaluate((el) => getComputedStyle(el, '::after').content);
    const href = (await link.getAttribute('href'))!;
    // Chromium reports the rule (`" (" attr(href) ")"`) or its value, depending on version.
    expect(after.includes('attr(href)') || after.includes(href), `print shows the target of ${href}: ${after}`).toBe(true);
    await context.close();
  });
});

describe('sidebar', () => {
  test('groups collapse and expand from the keyboard, and a deep page starts with its link in view', async () => {
    const { page, context } = await openPage(browser, 'reference/glossary/');
    const current = page.locator('#sidebar a[aria-current="page"]');
    expect(await current.isVisible()).toBe(true);
    const inView = await current.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const bar = el.closest('#sidebar')!.getBoundingClientRect();
      return box.top >= bar.top && box.bottom <= bar.bottom;
    });
    expect(inView).toBe(true);
    const group = page.locator('#sidebar details').first();
    const summary = group.locator('summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    expect(await group.getAttribute('open')).toBeNull();
    expect(await group.locator('a').first().isVisible()).toBe(false);
    await page.keyboard.press('Enter');
    expect(await group.getAttribute('open')).toBe('');
    await context.close();
  });
});

describe('sidebar of a long section (runbooks)', () => {
  /** The runbook pages the runbooks index lists, and the ones the sidebar there leaves out. */
  async function runbooksBeyondTheSidebar(page: Page): Promise<{ all: string[]; hidden: string[] }> {
    const all = await page
      .locator('[data-runbook-index] li a')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    const inSidebar = await page
      .locator('#sidebar a')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    return { all, hidden: all.filter((path) => !inSidebar.includes(path)) };
  }

  test.each([
    ['with JavaScript', true],
    ['without JavaScript', false],
  ])(
    '%s: the sidebar lists the first runbooks, the current one wherever it is, and links to the full index',
    async (_, javaScriptEnabled) => {
      const { page, context } = await openPage(browser, 'runbooks/', { javaScriptEnabled });
      const { all, hidden } = await runbooksBeyondTheSidebar(page);
      expect(all.length, 'the runbooks index lists every runbook').toBeGreaterThan(10);
      expect(hidden.length, 'the sidebar leaves some runbooks to the index').toBeGreaterThan(0);
      const deepest = hidden.at(-1)!;

      await page.goto(new URL(deepest.replace(/^\//, ''), siteUrl()).href);
      const current = page.locator('#sidebar a[aria-current="page"]');
      expect(await current.getAttribute('href')).toBe(deepest);
      expect(await current.isVisible()).toBe(true);
      const more = page.locator('#sidebar a[data-nav-more]');
      expect(await more.count()).toBe(1);
      expect(await more.textContent()).toContain(String(all.length + 1));
      await Promise.all([page.waitForURL((url) => url.pathname === '/runbooks/'), more.click()]);
      expect(await page.locator('#sidebar a[aria-current="page"]').getAttribute('href')).toBe('/runbooks/');
      await context.close();
    },
  );

  test('the link to every runbook is reached and followed from the keyboard, in Thai too', async () => {
    const { page, context } = await openPage(browser, 'th/runbooks/disk-full/');
    const more = page.locator('#sidebar a[data-nav-more]');
    expect(await more.textContent()).toMatch(/ดูทั้งหมด \d+ หน้าในหมวด/);
    // Tab through the page's links until the "every runbook" link has focus.
    let focused = false;
    for (let i = 0; i < 80 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await more.evaluate((el) => el === document.activeElement);
    }
    expect(focused).toBe(true);
    await Promise.all([page.waitForURL((url) => url.pathname === '/th/runbooks/'), page.keyboard.press('Enter')]);
    await context.close();
  });
});

describe('page metadata', () => {
  test('"last updated" is the date of the page file\'s last commit', async () => {
    const { execFileSync } = await import('node:child_process');
    const committed = execFileSync('git', ['log', '-1', '--format=%cI', '--', 'content/docs/en/roles/scribe.mdx'], {
      encoding: 'utf8',
    }).trim();
    expect(committed, 'content/docs/en/roles/scribe.mdx is committed').not.toBe('');
    const { page, context } = await openPage(browser, 'roles/scribe/');
    const datetime = await page.locator('.doc-meta time').getAttribute('datetime');
    expect(datetime).toBe(new Date(committed).toISOString());
    expect(await page.locator('.doc-meta time').textContent()).toContain('(UTC)');
    await context.close();
  });
});
