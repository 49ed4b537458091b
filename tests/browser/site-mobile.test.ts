// On a 390-px-wide phone, docs pages never scroll sideways: wide tables and code blocks scroll
// inside themselves, and the page body keeps to the screen.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, siteUrl } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PHONE = { width: 390, height: 844 };
// Pages with the widest content: the severity and career tables, the timeline and metric tables and
// long commands of the worked example, runbook shell blocks, and their Thai versions.
const PAGES = [
  '',
  'severity/',
  'career/',
  'example/',
  'metrics/',
  'runbooks/db-connection-pool/',
  'roles/incident-lead/',
  'th/career/',
  'th/example/',
];

describe('phone screen', () => {
  test('no docs page is wider than a 390-px screen', async () => {
    const { page, context } = await openPage(browser, null, { viewport: PHONE });
    const wide: string[] = [];
    for (const path of PAGES) {
      await page.goto(new URL(path, siteUrl()).href);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) wide.push(`/${path} is ${overflow} px wider than the screen`);
    }
    // The wide tables are still all there: they scroll inside their own box.
    await page.goto(new URL('career/', siteUrl()).href);
    const box = page.locator('.doc table').last();
    expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth && getComputedStyle(el).overflowX === 'auto')).toBe(true);
    await context.close();
    expect(wide).toEqual([]);
  });
});
