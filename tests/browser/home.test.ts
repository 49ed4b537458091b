import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { loadHandbookData } from '../../src/data/load.ts';
import { launchBrowser, openPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const levels = loadHandbookData().severity.levels;

describe('home page', () => {
  test('shows the severity levels from content/data', async () => {
    const { page, context, external } = await openPage(browser, '');
    const table = await page.locator('table').first().textContent();
    for (const level of levels) {
      expect(table).toContain(level.id);
      expect(table).toContain(level.definition.en);
    }
    expect(external).toEqual([]);
    await context.close();
  });

  test('the Thai home page shows the same levels in Thai', async () => {
    const { page, context } = await openPage(browser, 'th/');
    expect(await page.getAttribute('html', 'lang')).toBe('th');
    const table = await page.locator('table').first().textContent();
    for (const level of levels) {
      expect(table).toContain(level.name.th);
      expect(table).toContain(level.definition.th);
    }
    await context.close();
  });
});
