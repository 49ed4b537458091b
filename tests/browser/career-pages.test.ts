// The career pages as a reader meets them: the compare picker works with JavaScript off, comparison
// pages exist in both languages and ship no framework JavaScript, skills lead to their competency,
// and the pages are axe-clean in both themes and fit a 390-px phone.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { axe, describeViolations, launchBrowser, openPage, siteUrl } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PAGES = [
  'career/',
  'career/senior/',
  'career/compare/mid-senior/',
  'career/promotion/',
  'th/career/',
  'th/career/junior/',
  'th/career/compare/junior-staff/',
  'th/career/promotion/',
];

describe('career pages', () => {
  test('the compare picker is plain links: with JavaScript off, a reader goes from a level page to a comparison', async () => {
    const { page, context } = await openPage(browser, 'career/mid/', { javaScriptEnabled: false });
    await page
      .getByRole('navigation', { name: 'Compare Mid-level Engineer with' })
      .getByRole('link', { name: 'Senior Engineer' })
      .click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/career/compare/mid-senior/');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Mid-level Engineer and Senior Engineer compared');
    expect(await page.getByRole('heading', { name: 'New at Senior Engineer' }).count()).toBe(5);
    await context.close();
  });

  test('every pair exists in both languages, the Thai one in Thai, with no framework JavaScript', async () => {
    const { page, context } = await openPage(browser, null);
    for (const pair of ['junior-mid', 'junior-senior', 'junior-staff', 'mid-senior', 'mid-staff', 'senior-staff']) {
      for (const prefix of ['', 'th/']) {
        const response = await page.goto(new URL(`${prefix}career/compare/${pair}/`, siteUrl()).href);
        expect(response?.status(), `${prefix}${pair}`).toBe(200);
        expect(await page.locator('astro-island').count()).toBe(0);
      }
    }
    expect(await page.locator('h1').textContent()).toBe('เปรียบเทียบ Senior Engineer กับ Staff/Principal Engineer');
    expect(await page.locator('html').getAttribute('lang')).toBe('th');
    await context.close();
  });

  test('a skill on a level page leads to its competency row in the matrix', async () => {
    const { page, context } = await openPage(browser, 'career/junior/');
    await page.getByRole('link', { name: '(Competency: Runbooks and operability)' }).first().click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#competency-runbooks');
    expect(await page.locator('#competency-runbooks th').textContent()).toBe('Runbooks and operability');
    await context.close();
  });

  test('the certification records are honest about DORA Metrics and Leadership Training', async () => {
    const { page, context } = await openPage(browser, 'career/senior/');
    expect(await page.locator('#cert-dora-metrics').textContent()).toContain('There is no "DORA Metrics" certificate to earn');
    await page.goto(new URL('th/career/staff/', siteUrl()).href);
    expect(await page.locator('#cert-leadership-training').textContent()).toContain('ไม่ใช่ใบรับรองอย่างเป็นทางการ');
    await context.close();
  });

  test('axe finds nothing in either theme', async () => {
    const violations: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, context } = await openPage(browser, null, { colorScheme });
      for (const path of PAGES) {
        const url = new URL(path, siteUrl()).href;
        await page.goto(url);
        const found = await axe(page);
        if (found.length) violations.push(describeViolations(`${url} (${colorScheme})`, found));
      }
      await context.close();
    }
    expect(violations).toEqual([]);
  });

  test('no career page is wider than a 390-px screen', async () => {
    const { page, context } = await openPage(browser, null, { viewport: { width: 390, height: 844 } });
    const wide: string[] = [];
    for (const path of PAGES) {
      await page.goto(new URL(path, siteUrl()).href);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) wide.push(`/${path} is ${overflow} px wider than the screen`);
    }
    await context.close();
    expect(wide).toEqual([]);
  });
});
