// Every built page, in both themes: axe-core (WCAG 2.2 A and AA) finds no violation, no request
// answers 404 and no request leaves the site's origin. The base-path build is crawled for requests too.
// One browser context per theme and one reused tab keep the crawl fast.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { axe, baseSiteUrl, builtHtmlFiles, describeViolations, launchBrowser, openPage, pathOfFile, siteUrl } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const CRAWL_TIMEOUT = 15 * 60_000;

async function crawl(dir: string, base: string, options: { colorScheme?: 'light' | 'dark'; runAxe: boolean }) {
  const tracked = await openPage(browser, null, { base, colorScheme: options.colorScheme });
  const { page, context, external } = tracked;
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()} (from ${page.url()})`);
  });
  page.on('requestfailed', (request) => {
    const url = request.url();
    // ERR_ABORTED is a load cut short by the next navigation (a favicon, say), not a missing file.
    if (new URL(url).origin === new URL(base).origin && request.failure()?.errorText !== 'net::ERR_ABORTED')
      failed.push(`failed ${url}: ${request.failure()?.errorText} (from ${page.url()})`);
  });
  const violations: string[] = [];
  const files = builtHtmlFiles(dir).filter((f) => f !== '404.html' || options.runAxe);
  for (const file of files) {
    const url = new URL(pathOfFile(file === '404.html' ? '404.html' : file), base).href;
    await page.goto(url, { waitUntil: 'load' });
    // A diagram drawn in the browser is checked as drawn (MermaidClient marks it when done).
    await page.waitForFunction(
      () => [...document.querySelectorAll('[data-mermaid]')].every((el) => el.classList.contains('mermaid-drawn')),
      undefined,
      { timeout: 20_000 },
    );
    if (options.runAxe) {
      const found = await axe(page);
      if (found.length) violations.push(describeViolations(url, found));
    }
  }
  await context.close();
  return { pages: files.length, failed, external, violations };
}

describe('every page', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(
      `has no axe violations, no 404 and no third-party request (${colorScheme} theme)`,
      async () => {
        const result = await crawl('dist', siteUrl(), { colorScheme, runAxe: true });
        expect(result.pages).toBeGreaterThan(10);
        expect(result.violations.join('\n')).toBe('');
        expect(result.failed.join('\n')).toBe('');
        expect(result.external).toEqual([]);
      },
      CRAWL_TIMEOUT,
    );
  }

  test(
    'in the base-path build, requests nothing that 404s and nothing outside the origin',
    async () => {
      const result = await crawl('dist-base', baseSiteUrl(), { runAxe: false });
      expect(result.pages).toBeGreaterThan(10);
      expect(result.failed.join('\n')).toBe('');
      expect(result.external).toEqual([]);
    },
    CRAWL_TIMEOUT,
  );
});
