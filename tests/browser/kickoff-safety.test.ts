// Nothing typed into the kickoff assistant is lost (issue 19 for the kickoff), in Chromium against the
// production build: two tabs never overwrite each other (a clean tab follows, edits in both are merged
// or kept as a copy, also when one saved from a stale copy of storage), a partly corrupt saved kickoff keeps what is readable and names what was left
// out (in English and Thai) and where the saved text went, a full storage names no key that does not
// exist and loses nothing, and a zone this browser does not know falls back with a notice.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axe, describeViolations, inMain, kickoffReady, launchBrowser, openPage, siteUrl } from './browser.ts';

const PAGE = 'tools/kickoff/';
const KEY = 'incident-handbook.kickoff';
const BACKUP_KEY = /“(incident-handbook\.kickoff\.(?:unreadable|other-tab)\.[^”]+)”/;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Opens the assistant in a second tab whose storage events can be held back from the tool (as when a
 * busy tab has not yet heard of another tab's save): what the tool then does must not depend on the
 * event arriving in time. `hold` starts holding them.
 */
async function openHoldableTab(context: BrowserContext): Promise<{ page: Page; hold: () => Promise<void> }> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const add = EventTarget.prototype.addEventListener;
    EventTarget.prototype.addEventListener = function (type, listener, options) {
      if (type !== 'storage' || typeof listener !== 'function') return add.call(this, type, listener, options);
      const held = function (this: unknown, event: Event) {
        if (!(window as { holdStorage?: boolean }).holdStorage) listener.call(this, event);
      };
      return add.call(this, type, held, options);
    };
  });
  await page.goto(new URL(PAGE, siteUrl()).href);
  await kickoffReady(page);
  const hold = () =>
    page.evaluate(() => {
      (window as { holdStorage?: boolean }).holdStorage = true;
    });
  return { page, hold };
}

const stored = (page: Page, key = KEY) => page.evaluate((k) => localStorage.getItem(k) ?? '', key);
const title = (page: Page) => page.getByLabel('Title', { exact: true });

/**
 * Opens the site's home page (no tool there writes the kickoff), stores `value` as the saved kickoff,
 * then opens the assistant: the way a kickoff saved by an earlier visit meets a new one.
 */
async function withSaved(value: string, path = PAGE, options: { timezoneId?: string } = {}) {
  const opened = await openPage(browser, '', options);
  await opened.page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, value]);
  await opened.page.goto(new URL(path, siteUrl()).href);
  await kickoffReady(opened.page);
  return opened;
}

type StoredKickoff = { rev: string; parent: string | null; state: { title: string; counter: string; declaredAt: string } };

/**
 * Stores `entry` as the saved kickoff from another page of the site (no tool there), as another tab
 * does: the assistant's tabs hear of it by the storage event.
 */
async function writeAsAnotherTab(context: BrowserContext, entry: object) {
  const other = await context.newPage();
  await other.goto(siteUrl());
  await other.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, JSON.stringify(entry)]);
}

/** An assistant tab that saved the title "First in A", then "Second in A"; `first` is the first save. */
async function savedTwice() {
  const { context, page: tab } = await openPage(browser, PAGE);
  await kickoffReady(tab);
  await title(tab).fill('First in A');
  await expect.poll(() => stored(tab)).toContain('First in A');
  const first = JSON.parse(await stored(tab)) as StoredKickoff;
  await title(tab).fill('Second in A');
  await expect.poll(() => stored(tab)).toContain('Second in A');
  return { context, tab, first };
}

/** The backup key a notice names; fails the test when none is named. */
async function namedKey(page: Page, notice: RegExp): Promise<string> {
  const text = (await page.getByText(notice).textContent()) ?? '';
  const key = BACKUP_KEY.exec(text)?.[1];
  expect(key, `no key named in “${text}”`).toBeTruthy();
  return key!;
}

const PARTLY_CORRUPT = JSON.stringify({
  version: 1,
  state: {
    title: 'Checkout errors',
    severity: 'SEV2',
    counter: true,
    minute: 12,
    declaredAt: '2026-11-27T14:02:00+07:00',
    timeZone: 'Asia/Bangkok',
    roles: { 'incident-lead': 'Alice', scribe: ['Dan'] },
    messageLang: 'fr',
  },
});

describe('kickoff in two tabs', () => {
  test('a tab without edits follows the other; edits in both tabs are merged after asking', { timeout: 90_000 }, async () => {
    const { context, page: tabA } = await openPage(browser, PAGE);
    await kickoffReady(tabA);
    const { page: tabB, hold } = await openHoldableTab(context);

    // A edits; B, with nothing unsaved, follows and says so.
    await title(tabA).fill('Edited in A');
    await expect.poll(() => stored(tabA)).toContain('Edited in A');
    await expect.poll(() => title(tabB).inputValue()).toBe('Edited in A');
    await tabB.getByText('This kickoff was changed in another tab; this tab now shows those changes.').waitFor();

    // Both edit different fields, B before it hears of A's save (its storage event held back, as a busy
    // tab's may be): B's own save notices that A saved, writes nothing, and asks; a merge keeps both edits.
    await hold();
    await title(tabA).fill('Second edit in A');
    await expect.poll(() => stored(tabA)).toContain('Second edit in A');
    await tabB.getByLabel('Incident number').fill('7');
    const merge = (page: Page) => page.getByRole('button', { name: /^Merge: keep this tab’s changes/ });
    await merge(tabB).waitFor();
    const [asked, other] = [tabB, tabA];
    await asked.getByRole('heading', { name: 'Changed in another tab' }).waitFor();
    // Until the answer, neither tab has written over the other: the stored kickoff holds one edit, not both.
    const before = JSON.parse(await stored(asked)).state;
    expect(before.title === 'Second edit in A' && before.counter === '7').toBe(false);
    // The question takes the focus, and axe finds nothing wrong with it.
    await expect.poll(() => asked.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/^Merge:/);
    const violations = await inMain(asked, await axe(asked));
    expect(violations, describeViolations('two-tab question', violations)).toEqual([]);
    await merge(asked).click();
    await asked.getByText('Merged the changes of both tabs.').waitFor();
    await expect
      .poll(async () => JSON.parse(await stored(asked)).state)
      .toMatchObject({ title: 'Second edit in A', counter: '7' });
    // The other tab, with nothing unsaved now, follows the merge.
    await expect.poll(() => title(other).inputValue()).toBe('Second edit in A');
    await expect.poll(() => other.getByLabel('Incident number').inputValue()).toBe('7');
    await context.close();
  });

  test(
    'the same field changed in both tabs: "keep a copy" shows the other tab’s and keeps this one’s under a named key',
    {
      timeout: 90_000,
    },
    async () => {
      const { context, page: tabA } = await openPage(browser, PAGE);
      await kickoffReady(tabA);
      const { page: tabB, hold } = await openHoldableTab(context);

      // Both change the title; B hears of A's save only when its own save is refused.
      await hold();
      await title(tabA).fill('Title from A');
      await expect.poll(() => stored(tabA)).toContain('Title from A');
      await title(tabB).fill('Title from B');
      const copy = (page: Page) =>
        page.getByRole('button', { name: 'Use the other tab’s kickoff and keep this tab’s as a copy' });
      await copy(tabB).waitFor();
      const [asked, mine, theirs] = [tabB, 'Title from B', 'Title from A'];
      await copy(asked).click();
      await expect.poll(() => title(asked).inputValue()).toBe(theirs);
      await asked.getByText('This tab now shows the other tab’s kickoff; this tab’s own is saved as a copy.').waitFor();
      const key = await namedKey(asked, /^It is kept, exactly as it was/);
      expect(JSON.parse(await stored(asked, key)).state.title).toBe(mine);
      expect(JSON.parse(await stored(asked)).state.title).toBe(theirs);
      await context.close();
    },
  );

  test('a save written beside this tab’s last one (from a stale copy of storage) is merged from what both started with', async () => {
    const { context, tab, first } = await savedTwice();
    // Another tab read the first save and set the incident number without seeing the second.
    await writeAsAnotherTab(context, {
      ...first,
      parent: first.rev,
      rev: 'written-beside',
      state: { ...first.state, counter: '7' },
    });
    // Not followed (that would drop “Second in A”); merged from the first save, both edits are kept.
    await tab.getByRole('button', { name: /^Merge: keep this tab’s changes/ }).click();
    await tab.getByText('Merged the changes of both tabs.').waitFor();
    expect(await title(tab).inputValue()).toBe('Second in A');
    expect(await tab.getByLabel('Incident number').inputValue()).toBe('7');
    await expect.poll(async () => JSON.parse(await stored(tab)).state).toMatchObject({ title: 'Second in A', counter: '7' });
    await context.close();
  });

  test('a save beside this tab’s last one that changed nothing: nobody is asked, and this tab saves its edit again', async () => {
    const { context, tab, first } = await savedTwice();
    await writeAsAnotherTab(context, { ...first, parent: first.rev, rev: 'written-beside' });
    // That save replaced “Second in A” in storage; this tab writes it again, over that save.
    await expect
      .poll(async () => {
        const entry = JSON.parse(await stored(tab)) as StoredKickoff;
        return [entry.parent, entry.state.title];
      })
      .toEqual(['written-beside', 'Second in A']);
    expect(await title(tab).inputValue()).toBe('Second in A');
    expect(await tab.getByRole('button', { name: /^Merge/ }).count()).toBe(0);
    await context.close();
  });

  test('two tabs opened where nothing was stored each save a fresh kickoff: the untouched one follows, nobody is asked', async () => {
    const { context, page: tab } = await openPage(browser, PAGE);
    await kickoffReady(tab);
    await expect.poll(() => stored(tab)).not.toBe('');
    const mine = JSON.parse(await stored(tab)) as StoredKickoff;
    // The other tab's fresh kickoff (opened at another minute), written where it found nothing stored.
    const declaredAt = mine.state.declaredAt.replace(/^\d{4}/, '2025');
    await writeAsAnotherTab(context, { ...mine, rev: 'fresh-elsewhere', parent: null, state: { ...mine.state, declaredAt } });
    await tab.getByText('This kickoff was changed in another tab; this tab now shows those changes.').waitFor();
    expect(await tab.getByRole('button', { name: /^Merge/ }).count()).toBe(0);
    await context.close();
  });

  test('a fresh kickoff saved from a stale copy over one this tab restored: a merge keeps this tab’s edits', async () => {
    const saved = {
      version: 1,
      state: { title: 'Checkout errors', declaredAt: '2026-11-27T14:02:00+07:00', timeZone: 'Asia/Bangkok' },
    };
    const { context, page: tab } = await withSaved(JSON.stringify(saved));
    await title(tab).fill('Checkout errors, edited');
    await expect.poll(() => stored(tab)).toContain('Checkout errors, edited');
    // A tab that found nothing stored (its storage copy was stale) saved its fresh kickoff with a number.
    const fresh = {
      version: 1,
      rev: 'fresh-elsewhere',
      parent: null,
      state: { title: '', counter: '9', declaredAt: '2026-12-06T10:00:00+07:00', timeZone: 'Asia/Bangkok' },
    };
    await writeAsAnotherTab(context, fresh);
    await tab.getByRole('button', { name: /^Merge: keep this tab’s changes/ }).click();
    // Both started from an empty kickoff: this tab's title stays, the other's number is added.
    expect(await title(tab).inputValue()).toBe('Checkout errors, edited');
    expect(await tab.getByLabel('Incident number').inputValue()).toBe('9');
    await context.close();
  });
});

describe('a saved kickoff that cannot be read in full', () => {
  test('readable fields are kept; each left-out field is named with the reason; the saved text is kept under a real key', async () => {
    const { page, context } = await withSaved(PARTLY_CORRUPT);
    await page.getByText('3 saved fields could not be read and were left out; everything else was restored:').waitFor();
    await page.getByText('Incident number: expected text (saved value “true”).').waitFor();
    await page.getByText('Message language: not a language of this site (saved value “fr”).').waitFor();
    await page.getByText('Roles “scribe”: expected text (saved value “["Dan"]”).').waitFor();
    expect(await title(page).inputValue()).toBe('Checkout errors');
    expect(await page.getByRole('radio', { name: 'SEV2 Major' }).isChecked()).toBe(true);
    expect(await page.getByLabel('Incident Lead', { exact: true }).inputValue()).toBe('Alice');
    const key = await namedKey(page, /^It is kept, exactly as it was/);
    expect(await stored(page, key)).toBe(PARTLY_CORRUPT);
    await context.close();
  });

  test('in Thai, the same notice is in Thai', async () => {
    const { page, context } = await withSaved(PARTLY_CORRUPT, `th/${PAGE}`);
    await page.getByText('อ่านข้อมูลที่บันทึกไว้ไม่ได้ 3 ช่อง จึงข้ามช่องเหล่านั้น ส่วนที่เหลือกู้คืนแล้ว:').waitFor();
    await page.getByText('หมายเลข Incident: ต้องเป็นข้อความ (ค่าที่บันทึกไว้ “true”)').waitFor();
    const key = await namedKey(page, /^ข้อมูลนี้ถูกเก็บไว้ตามเดิมทุกประการ/);
    expect(await stored(page, key)).toBe(PARTLY_CORRUPT);
    await context.close();
  });

  test(
    'with the storage full, no key is named, nothing is deleted, and the copy is made once there is room',
    {
      timeout: 90_000,
    },
    async () => {
      const broken = '{"state": {"title": "half a kickoff';
      const { page, context } = await openPage(browser, '');
      await page.evaluate(
        ([k, v]) => {
          localStorage.setItem(k!, v!);
          // Fill the origin's storage to the last character: big chunks first, then smaller ones.
          let n = 0;
          for (let size = 1 << 20; size >= 1; size = Math.floor(size / 2)) {
            try {
              for (;;) localStorage.setItem(`filler-${n++}`, 'x'.repeat(size));
            } catch {
              // full at this size; try a smaller one
            }
          }
        },
        [KEY, broken],
      );
      await page.goto(new URL(PAGE, siteUrl()).href);
      await kickoffReady(page);
      await page.getByText('The saved kickoff could not be read (not valid JSON), so a new one was started.').waitFor();
      await page
        .getByText(
          'This browser’s storage is too full for a separate copy, so it is kept inside the saved kickoff until there is room; nothing was deleted.',
        )
        .waitFor();
      await page.getByText(/^This browser’s storage is full, so the kickoff could not be saved\./).waitFor();
      const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('incident-handbook.kickoff.')));
      expect(keys).toEqual([]);
      expect(await stored(page)).toBe(broken);

      // Room again: the text is copied aside under a key that is named and exists.
      await page.evaluate(() => {
        for (const k of Object.keys(localStorage)) if (k.startsWith('filler-')) localStorage.removeItem(k);
      });
      await page.reload();
      await kickoffReady(page);
      const key = await namedKey(page, /kept in this browser’s storage under|It is kept, exactly as it was/);
      expect(await stored(page, key)).toBe(broken);
      await context.close();
    },
  );
});

describe('a time zone this browser does not know', () => {
  test('the kickoff opens in the browser’s zone with a notice; nothing else changes', async () => {
    const saved = JSON.stringify({
      version: 1,
      state: { title: 'Zoned', timeZone: 'Mars/Olympus_Mons', declaredAt: '2026-11-27T14:02:00+07:00' },
    });
    const { page, context } = await withSaved(saved, PAGE, { timezoneId: 'Europe/Berlin' });
    await page
      .getByText(
        'The saved kickoff used the time zone “Mars/Olympus_Mons”, which this browser does not know. Its times are unchanged and shown in Europe/Berlin.',
      )
      .waitFor();
    expect(await title(page).inputValue()).toBe('Zoned');
    expect(await page.getByLabel('Time zone').inputValue()).toBe('Europe/Berlin');
    await expect.poll(async () => JSON.parse(await stored(page)).state.timeZone).toBe('Europe/Berlin');
    await context.close();
  });
});
