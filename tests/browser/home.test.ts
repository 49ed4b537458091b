import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('home page', () => {
  test('shows the severity levels from content/data', async () => {
    const { page, context, external } = await openPage(browser, '');
    expect(await page.locator('table').first().textContent()).toContain('SEV1');
    expect(external).toEqual([]);
    await context.close();
  });
});
