// Two tabs of the post-mortem tool (issue 19, item 1): one tab's autosave never silently overwrites
// the other's edits; when both changed the drafts the user is asked (merge or copy), and both edits survive,
// also when the other tab saved from a stale copy of storage, beside this tab's last save.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage, postmortemReady, siteUrl } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// A tab's save waits for its debounce, and the first visit's precaching runs at the same time: the
// checks allow more than expect.poll's default second.
const SAVED = { timeout: 10_000 };

const KEY = 'incident-handbook.postmortem.drafts';
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key) ?? '', KEY);

type StoredEntry = { rev: string; parent: string | null; drafts: { incident: { title: string } }[] };

/**
 * A tool tab that saved "First in A", then "Second in A"; then what another tab writes when it saved
 * from a stale copy of storage (two tabs saving within the same few milliseconds): an entry based on
 * the first save, written without seeing the second, changed by `edit`. It is written from a page
 * without the tool, so only the tool's tab hears of it.
 */
async function savedBeside(edit: (entry: StoredEntry) => void) {
  const { context, page: tab } = await openPage(browser, 'tools/postmortem/');
  await postmortemReady(tab);
  const title = tab.getByLabel('Title', { exact: true });
  await title.fill('First in A');
  await expect.poll(() => stored(tab), SAVED).toContain('First in A');
  const entry = JSON.parse(await stored(tab)) as StoredEntry;
  await title.fill('Second in A');
  await expect.poll(() => stored(tab), SAVED).toContain('Second in A');
  entry.parent = entry.rev;
  entry.rev = 'written-beside';
  edit(entry);
  const other = await context.newPage();
  await other.goto(siteUrl());
  await other.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, JSON.stringify(entry)]);
  return { context, tab, title };
}

describe('post-mortem drafts in two tabs', () => {
  test('a tab without edits follows the other; edits in both are kept after a merge', { timeout: 60_000 }, async () => {
    const { context, page: tabA } = await openPage(browser, 'tools/postmortem/');
    await postmortemReady(tabA);
    // Nothing is stored until something is typed.
    expect(await stored(tabA)).toBe('');
    const tabB = await context.newPage();
    await tabB.goto(new URL('tools/postmortem/', siteUrl()).href);
    await postmortemReady(tabB);

    // A edits and creates a draft; B, with nothing unsaved, follows.
    await tabA.getByLabel('Title', { exact: true }).fill('Edited in A');
    await tabA.getByRole('button', { name: 'New draft from the example (INC-0001)' }).click();
    await expect.poll(() => stored(tabA), SAVED).toContain('Edited in A');
    await expect.poll(() => tabB.getByLabel('Current draft').locator('option').count(), SAVED).toBe(2);

    // Both now edit the same draft before either saves: one of them is asked, nothing is overwritten.
    await tabB.getByLabel('Current draft').selectOption({ index: 0 });
    await tabA.getByLabel('Current draft').selectOption({ index: 0 });
    await Promise.all([
      tabA.getByLabel('Title', { exact: true }).fill('Second edit in A'),
      tabB.getByLabel('Title', { exact: true }).fill('Edit in B'),
    ]);
    const merge = (page: Page) => page.getByRole('button', { name: /^Merge/ });
    await expect
      .poll(async () => (await merge(tabA).count()) + (await merge(tabB).count()), { timeout: 10_000 })
      .toBeGreaterThan(0);
    const asked = (await merge(tabA).count()) > 0 ? tabA : tabB;
    await merge(asked).click();
    await expect.poll(() => stored(asked), SAVED).toContain('Second edit in A');
    await expect.poll(() => stored(asked), SAVED).toContain('Edit in B');
    await context.close();
  });

  test('two tabs opened before either saved: neither asks, and the untouched one follows', { timeout: 60_000 }, async () => {
    // Both load at once, so each finds nothing stored and starts its own fresh draft.
    const { context, page: tabA } = await openPage(browser, null);
    const tabB = await context.newPage();
    const url = new URL('tools/postmortem/', siteUrl()).href;
    await Promise.all([tabA.goto(url), tabB.goto(url)]);
    await Promise.all([postmortemReady(tabA), postmortemReady(tabB)]);

    await tabA.getByLabel('Title', { exact: true }).fill('Typed in A');
    await expect.poll(() => stored(tabA), SAVED).toContain('Typed in A');
    await expect.poll(() => tabB.getByLabel('Title', { exact: true }).inputValue(), SAVED).toBe('Typed in A');
    for (const tab of [tabA, tabB]) expect(await tab.getByRole('button', { name: /^Merge/ }).count()).toBe(0);
    await context.close();
  });

  test(
    'a save written beside this tab’s last one is not followed: the user is asked, and both edits are kept',
    { timeout: 60_000 },
    async () => {
      const { context, tab, title } = await savedBeside((entry) => {
        entry.drafts[0]!.incident.title = 'Edit from the other tab';
      });
      await tab.getByRole('button', { name: /^Merge/ }).click();
      expect(await title.inputValue()).toBe('Second in A');
      await expect.poll(() => stored(tab), SAVED).toContain('Second in A');
      await expect.poll(() => stored(tab), SAVED).toContain('Edit from the other tab');
      await context.close();
    },
  );

  test(
    'a save beside this tab’s last one that changed no draft: this tab keeps its edit and saves it again',
    { timeout: 60_000 },
    async () => {
      // The other tab saved the first save's drafts unchanged (as when it only opens another draft).
      const { context, tab, title } = await savedBeside(() => {});
      // This tab's edit, which that save replaced, is stored again, over it.
      const saved = async () => {
        const entry = JSON.parse(await stored(tab)) as StoredEntry;
        return [entry.parent, entry.drafts[0]!.incident.title];
      };
      await expect.poll(saved, SAVED).toEqual(['written-beside', 'Second in A']);
      expect(await title.inputValue()).toBe('Second in A');
      expect(await tab.getByRole('button', { name: /^Merge/ }).count()).toBe(0);
      await context.close();
    },
  );
});
