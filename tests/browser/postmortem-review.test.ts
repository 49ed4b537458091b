// The review panel of the post-mortem generator in Chromium, against the production build: it appears
// once the writer starts, counts the findings, follows the draft as it changes, a finding's link
// focuses the field it is about, the findings can go into the document as a checklist, and it speaks
// Thai on the Thai page.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, postmortemReady } from './browser.ts';

const PAGE = 'tools/postmortem/';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const summary = (page: Page) => page.getByTestId('review-summary');
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return { tag: el?.tagName ?? '', name: el?.getAttribute('name') ?? '', value: el?.value ?? '' };
  });

describe('post-mortem review panel', () => {
  test('counts the findings, follows the draft, and a finding’s link focuses its field', async () => {
    const { page, context, external } = await openPage(browser, PAGE);
    await postmortemReady(page, 'Title');
    await page.getByRole('button', { name: 'New draft from the example (INC-0001)' }).click();
    await expect
      .poll(() => summary(page).textContent(), { timeout: 15_000 })
      .toMatch(/^Problems: 0 · Suggestions: \d+ · Good: \d+$/);

    const impact = page.locator('.pm-editor [name="impact"]');
    await impact.fill('Customers could not log in');
    await page.getByLabel('Title', { exact: true }).focus();
    await expect.poll(() => summary(page).textContent(), { timeout: 15_000 }).toMatch(/^Problems: 1 /);

    const finding = page.locator('.pm-finding[data-rule="impact-number"]');
    await expect.poll(() => finding.textContent()).toContain('The impact has no number');
    await finding.getByRole('button', { name: 'Impact' }).click();
    expect(await focused(page)).toEqual({ tag: 'TEXTAREA', name: 'impact', value: 'Customers could not log in' });

    // An action item without an owner: its link focuses that item's owner field.
    const owner = page.locator('.pm-editor fieldset.pm-action').nth(1).getByLabel('Owner', { exact: true });
    await owner.fill('');
    await page.getByLabel('Title', { exact: true }).focus();
    const ownerFinding = page.locator('.pm-finding[data-rule="action-item-fields"]');
    await ownerFinding.getByRole('button', { name: 'Action item 2 · Owner' }).click();
    expect(await owner.evaluate((el) => el === document.activeElement)).toBe(true);

    // The reason and the handbook page are one click away.
    await ownerFinding.locator('summary').click();
    expect(await ownerFinding.getByRole('link', { name: 'Read the handbook page' }).getAttribute('href')).toBe(
      '/postmortems/action-items/',
    );
    expect(external).toEqual([]);
    await context.close();
  }, 60_000);

  test('the findings go into the document as a checklist only when asked', async () => {
    const { page, context } = await openPage(browser, PAGE);
    await postmortemReady(page, 'Title');
    await page.getByRole('button', { name: 'New draft from the example (INC-0001)' }).click();
    await summary(page).waitFor({ timeout: 15_000 });
    const document = page.getByRole('article', { name: 'Preview' });
    expect(await document.textContent()).not.toContain('Review checklist');
    await page.getByLabel('Add the review to the exported document as a checklist').check();
    await expect.poll(() => document.textContent(), { timeout: 15_000 }).toContain('Review checklist');
    await context.close();
  }, 60_000);

  test('the Thai page reviews in Thai', async () => {
    const { page, context } = await openPage(browser, `th/${PAGE}`);
    await postmortemReady(page, 'หัวข้อ');
    await page
      .getByRole('button', { name: /INC-0001/ })
      .first()
      .click();
    await expect.poll(() => summary(page).textContent(), { timeout: 15_000 }).toMatch(/^ปัญหา: 0 · ข้อเสนอแนะ: \d+ · ดีแล้ว: \d+$/);
    expect(await page.locator('.pm-review').getByRole('link', { name: 'การตรวจทานทำงานอย่างไร' }).getAttribute('href')).toBe(
      '/th/postmortems/review/',
    );
    await context.close();
  }, 60_000);
});
