// The runbook index: grouped lists by service that work without JavaScript, and with JavaScript two
// filters (service, starting severity) that narrow the lists on the page, in English and Thai.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axe, describeViolations, launchBrowser, openPage, siteUrl } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const visibleRunbooks = (page: Page) =>
  page
    .locator('[data-runbook-index] li a')
    .evaluateAll((links) =>
      links.filter((a) => (a as HTMLElement).offsetParent !== null).map((a) => (a as HTMLAnchorElement).pathname),
    );

describe('runbook index', () => {
  test('without JavaScript: every runbook in lists grouped by service, and no dead filter controls', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL('runbooks/', siteUrl()).href);
    const groups = await page.locator('[data-runbook-group][data-service] h3').allTextContents();
    expect(groups).toContain('database');
    expect(groups).toEqual([...groups].sort());
    // The section's other pages (the template) follow the runbooks, so the index lists the whole section.
    expect(
      await page
        .locator('[data-runbook-group]:not([data-service]) a')
        .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname)),
    ).toEqual(['/runbooks/template/']);
    const runbooks = await visibleRunbooks(page);
    expect(runbooks.length).toBeGreaterThanOrEqual(11);
    expect(runbooks).toContain('/runbooks/db-connection-pool/');
    expect(await page.locator('[data-runbook-filters]').isVisible()).toBe(false);
    await context.close();
  });

  test('with JavaScript: the service filter narrows to that service, severity narrows further, clearing shows all', async () => {
    const { page, context } = await openPage(browser, 'runbooks/');
    const all = await visibleRunbooks(page);
    const runbookCount = await page.locator('[data-runbook-group][data-service] li').count();
    await page.selectOption('[data-runbook-filters] select[name="service"]', 'database');
    expect(await visibleRunbooks(page)).toEqual(['/runbooks/db-connection-pool/']);
    expect(await page.locator('[data-runbook-status]').textContent()).toBe(`1 of ${runbookCount} runbooks shown`);
    expect(await page.locator('[data-runbook-group]:visible h3').allTextContents()).toEqual(['database']);

    await page.selectOption('[data-runbook-filters] select[name="service"]', '');
    await page.selectOption('[data-runbook-filters] select[name="severity"]', 'SEV1');
    const sev1 = await visibleRunbooks(page);
    expect(sev1).toContain('/runbooks/tls-certificate-expiry/');
    expect(sev1).not.toContain('/runbooks/db-connection-pool/');

    await page.selectOption('[data-runbook-filters] select[name="service"]', 'database');
    expect(await visibleRunbooks(page)).toEqual([]);
    expect(await page.locator('[data-runbook-status]').textContent()).toBe('No runbook matches these filters.');

    await page.selectOption('[data-runbook-filters] select[name="service"]', '');
    await page.selectOption('[data-runbook-filters] select[name="severity"]', '');
    expect(await visibleRunbooks(page)).toEqual(all);
    expect(page.url()).toMatch(/\/runbooks\/$/);
    await context.close();
  });

  test('in Thai the lists link Thai runbooks and the status is Thai', async () => {
    const { page, context } = await openPage(browser, 'th/runbooks/');
    await page.selectOption('[data-runbook-filters] select[name="service"]', 'database');
    expect(await visibleRunbooks(page)).toEqual(['/th/runbooks/db-connection-pool/']);
    expect(await page.locator('[data-runbook-status]').textContent()).toMatch(/^แสดง 1 จาก \d+ Runbook$/);
    await context.close();
  });

  test('has no axe violations with a filter set, in both themes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, context } = await openPage(browser, 'runbooks/', { colorScheme });
      await page.selectOption('[data-runbook-filters] select[name="severity"]', 'SEV2');
      const violations = await axe(page);
      expect(violations, describeViolations(`runbook index (${colorScheme})`, violations)).toEqual([]);
      await context.close();
    }
  });
});
