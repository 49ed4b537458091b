// The site's fallbacks and build options, seen by a reader: a diagram type only the browser can draw
// (the INC-0001 gantt chart on the worked example), a Thai page without its translation, and the
// "edit this page" link of a build that names a repository.
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { useTranslations } from '../../src/i18n/index.ts';

const ui = { en: useTranslations('en'), th: useTranslations('th') };
import { axe, baseSiteUrl, describeViolations, launchBrowser, openPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A variable the base-path build sets in its package.json script (one place to change it). */
function buildBaseEnv(name: string): string {
  const script: string = JSON.parse(readFileSync('package.json', 'utf8')).scripts['build:base'];
  const value = script.match(new RegExp(`\\b${name}=(\\S+)`))?.[1];
  if (!value) throw new Error(`package.json "build:base" does not set ${name}`);
  return value;
}

const isMermaidCode = (url: string) => /\/_astro\/mermaid-[^/]+\/.+\.mjs$/.test(url);

/** The browser-drawn diagram's SVG, once mermaid has replaced the source with it. */
async function drawnSvg(page: Page, run: number) {
  const svg = page.locator(`figure.diagram-client [data-mermaid] > svg#mermaid-client-${run}-0`);
  await svg.waitFor({ state: 'visible', timeout: 20_000 });
  return svg;
}

describe('diagram drawn in the browser', () => {
  test("the worked example's gantt chart becomes an inline SVG in light and dark, redrawn on a theme switch, passing axe", async () => {
    const { page, context, requests, external } = await openPage(browser, 'example/', { colorScheme: 'light' });
    const light = await drawnSvg(page, 1);
    expect(await light.getAttribute('aria-roledescription')).toBe('gantt');
    // The phases from the page's own timeline, as bars with their labels.
    for (const phase of ['Impact, 45 min', 'Detection, 4 min', 'Triage, 18 min', 'Mitigation, 23 min', 'Monitoring, 30 min']) {
      expect(await light.locator('text', { hasText: phase }).count(), phase).toBe(1);
    }
    expect(await page.locator('figure.diagram-client pre.mermaid-source').count()).toBe(0);
    // The chart's times are the incident's afternoon: no "today" line at the reader's clock time.
    expect(await light.locator('.today').count()).toBe(0);
    const barFill = (svg: typeof light) =>
      svg
        .locator('rect.task')
        .nth(1)
        .evaluate((el) => getComputedStyle(el).fill);
    const lightFill = await barFill(light);
    let found = await axe(page);
    expect(describeViolations(page.url(), found)).toBe('');

    await page.selectOption('[data-theme-select]', 'dark');
    const dark = await drawnSvg(page, 2);
    expect(await barFill(dark)).not.toBe(lightFill);
    found = await axe(page);
    expect(describeViolations(`${page.url()} (dark)`, found)).toBe('');

    expect(requests.filter(isMermaidCode).length).toBeGreaterThan(0);
    expect(external).toEqual([]);
    await context.close();
  });

  test('a dark reader gets the dark drawing first, and the Thai example has the same chart', async () => {
    const { page, context, external } = await openPage(browser, 'th/example/', { colorScheme: 'dark' });
    const svg = await drawnSvg(page, 1);
    expect(await svg.locator('text', { hasText: 'Mitigation 23 นาที' }).count()).toBe(1);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const textFill = await svg
      .locator('text.taskText')
      .first()
      .evaluate((el) => getComputedStyle(el).fill);
    expect(textFill).not.toBe(background);
    expect(external).toEqual([]);
    await context.close();
  });

  test('pages whose diagrams were drawn at build time never fetch mermaid', async () => {
    for (const path of ['lifecycle/', 'severity/', 'th/roles/incident-lead/']) {
      const { page, context, requests, external } = await openPage(browser, path);
      await page.waitForLoadState('networkidle');
      expect(requests.filter(isMermaidCode), path).toEqual([]);
      expect(await page.locator('[data-mermaid]').count(), path).toBe(0);
      expect(external, path).toEqual([]);
      await context.close();
    }
  });
});

describe('untranslated page (base-path build previews one)', () => {
  const path = buildBaseEnv('HANDBOOK_UNTRANSLATED_PREVIEW');
  const englishTitle = readFileSync(`content/docs/en/${path}.mdx`, 'utf8').match(/^title:\s*"?(.+?)"?\s*$/m)?.[1];

  test(`/th/${path}/ shows the English text under a visible Thai notice, in a Thai page, out of the search index`, async () => {
    expect(englishTitle, `title of content/docs/en/${path}.mdx`).toBeTruthy();
    const { page, context } = await openPage(browser, `th/${path}/`, { base: baseSiteUrl() });
    expect(await page.getAttribute('html', 'lang')).toBe('th');
    const notice = page.locator('.untranslated-notice');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain(ui.th('site.untranslated'));
    const article = page.locator('article.doc');
    expect(await article.getAttribute('lang')).toBe('en');
    expect(await article.locator('h1').textContent()).toBe(englishTitle);
    // Pagefind indexes only pages with a data-pagefind-body: the English text stays out of Thai search.
    expect(await page.locator('[data-pagefind-body]').count()).toBe(0);
    // The Thai chrome around it stays Thai, and the edit link points at the English file shown.
    expect(await page.locator('.breadcrumbs').getAttribute('aria-label')).toBe(ui.th('site.breadcrumbs'));
    expect(await page.locator('.doc-meta a', { hasText: ui.th('site.editPage') }).getAttribute('href')).toBe(
      `${buildBaseEnv('EDIT_URL_BASE')}content/docs/en/${path}.mdx`,
    );
    await context.close();
  });

  test(`the plain build shows the Thai translation of /th/${path}/, indexed for search`, async () => {
    const { page, context } = await openPage(browser, `th/${path}/`);
    expect(await page.locator('.untranslated-notice').count()).toBe(0);
    expect(await page.locator('article.doc').getAttribute('lang')).toBeNull();
    expect(await page.locator('article.doc[data-pagefind-body]').count()).toBe(1);
    expect(await page.locator('article.doc h1').textContent()).not.toBe(englishTitle);
    await context.close();
  });
});

describe('"edit this page"', () => {
  const editBase = buildBaseEnv('EDIT_URL_BASE');

  test('a build with EDIT_URL_BASE links each docs page to its own source file', async () => {
    for (const [path, source, label] of [
      ['roles/scribe/', 'content/docs/en/roles/scribe.mdx', ui.en('site.editPage')],
      ['th/severity/', 'content/docs/th/severity/index.mdx', ui.th('site.editPage')],
    ] as const) {
      expect(existsSync(source), source).toBe(true);
      const { page, context } = await openPage(browser, path, { base: baseSiteUrl() });
      const link = page.getByRole('link', { name: label, exact: true });
      expect(await link.getAttribute('href'), path).toBe(`${editBase}${source}`);
      await context.close();
    }
  });

  test('the plain build, without EDIT_URL_BASE, has no edit link', async () => {
    const { page, context } = await openPage(browser, 'roles/scribe/');
    expect(await page.getByRole('link', { name: ui.en('site.editPage'), exact: true }).count()).toBe(0);
    expect(await page.locator('.doc-meta a').count()).toBe(0);
    await context.close();
  });
});
