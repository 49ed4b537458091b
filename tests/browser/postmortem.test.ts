// The post-mortem generator in Chromium, against the production build: drafts survive a reload,
// the downloaded Markdown equals the CLI's, bad files leave the draft alone, hostile text stays text,
// axe finds nothing, and no request leaves the site.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  axe,
  baseSiteUrl,
  describeViolations,
  download,
  inMain,
  launchBrowser,
  openPage,
  postmortemReady,
  siteUrl,
} from './browser.ts';

const PAGE = 'tools/postmortem/';
let browser: Browser;
let work: string;

beforeAll(async () => {
  browser = await launchBrowser();
  work = mkdtempSync(join(tmpdir(), 'pm-browser-'));
});
afterAll(async () => {
  await browser?.close();
});

/** Waits past the autosave debounce until the stored drafts contain the text. */
async function savedContains(page: Page, text: string): Promise<void> {
  await page.waitForFunction((t) => (localStorage.getItem('incident-handbook.postmortem.drafts') ?? '').includes(t), text);
}

describe('post-mortem generator', () => {
  test('a filled-in draft is restored after a reload, with several named drafts', async () => {
    const { page, context, external } = await openPage(browser, PAGE);
    await postmortemReady(page);
    await page.getByLabel('Title', { exact: true }).fill('Checkout latency');
    await page.getByLabel('Impact', { exact: true }).fill('Slow checkout for 20 minutes');
    await page.getByLabel('Draft name').fill('First draft');
    await page.getByRole('button', { name: 'New draft from the example (INC-0001)' }).click();
    await expect.poll(() => page.getByLabel('Title', { exact: true }).inputValue()).toBe('API Response Time > 5s');
    // The full worked example (examples/inc-0001.json, the /example/ page's record), not a sketch of it.
    expect(await page.getByLabel('Communications Lead', { exact: true }).inputValue()).toBe('Carol');
    expect(await page.locator('.pm-entry').count()).toBe(6);
    await expect.poll(() => page.locator('.pm-document').textContent()).toContain('Announce campaign launches');
    await page.getByLabel('Current draft').selectOption({ label: 'First draft' });
    await savedContains(page, 'API Response Time');
    await page.reload();
    await postmortemReady(page);
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe('Checkout latency');
    expect(await page.getByLabel('Impact', { exact: true }).inputValue()).toBe('Slow checkout for 20 minutes');
    const options = await page.getByLabel('Current draft').locator('option').allTextContents();
    expect(options).toEqual(['First draft', 'API Response Time > 5s']);
    expect(external).toEqual([]);
    await context.close();
  });

  test('"delete draft" can be undone', async () => {
    const { page, context } = await openPage(browser, PAGE);
    await postmortemReady(page);
    await page.getByLabel('Title', { exact: true }).fill('Keep me');
    await page.getByRole('button', { name: 'Delete this draft' }).click();
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe('');
    await page.getByRole('button', { name: /^Undo/ }).click();
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe('Keep me');
    await context.close();
  });

  test('the downloaded .md equals the CLI output for the downloaded JSON, in every template and language', async () => {
    const { page, context, external } = await openPage(browser, PAGE);
    await postmortemReady(page);
    await page.getByRole('button', { name: 'New draft from the example (INC-0001)' }).click();
    await page.getByLabel('What went well').fill('Alert fired within a minute\nRollback was quick');
    await page.getByLabel('Summary', { exact: true }).fill('Pool *exhausted* under load; see <runbook> & [notes]');
    const json = await download(page, 'Download JSON', work);
    for (const template of ['basic', 'sre', 'pagerduty']) {
      for (const lang of ['en', 'th']) {
        await page.getByLabel('Template').selectOption(template);
        await page.getByLabel('Document language').selectOption(lang);
        const md = readFileSync(await download(page, 'Download .md', work), 'utf8');
        const cli = execFileSync(process.execPath, ['scripts/postmortem.ts', json, '--template', template, '--lang', lang], {
          encoding: 'utf8',
        });
        expect(md, `${template}/${lang}`).toBe(cli);
      }
    }
    // The preview shows the same document, and Copy Markdown copies the same bytes.
    await expect.poll(() => page.locator('.pm-document h1').textContent()).toContain('INC-0001');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteUrl()).origin });
    await page.getByRole('button', { name: 'Copy Markdown' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(readFileSync(await download(page, 'Download .md', work), 'utf8'));
    expect(external).toEqual([]);
    await context.close();
  });

  test('a malformed or foreign JSON file shows the problem and leaves the draft untouched', async () => {
    const { page, context } = await openPage(browser, PAGE);
    await postmortemReady(page);
    await page.getByLabel('Title', { exact: true }).fill('My precious draft');
    const broken = join(work, 'broken.json');
    writeFileSync(broken, '{"id": "INC-0002", "title": ');
    await page.getByLabel('Open incident JSON').setInputFiles(broken);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('not valid JSON');
    const foreign = join(work, 'foreign.json');
    writeFileSync(foreign, JSON.stringify({ schemaVersion: 1, id: 'ticket-9', title: 'x', severity: 'HIGH' }));
    await page.getByLabel('Open incident JSON').setInputFiles(foreign);
    const problem = page.getByTestId('upload-problem');
    await expect.poll(() => problem.textContent()).toContain('severity');
    expect(await problem.textContent()).toContain('id: must look like INC-0001');
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe('My precious draft');
    expect(await page.getByLabel('Current draft').locator('option').count()).toBe(1);
    // A valid file opens as a new draft.
    const good = join(work, 'good.json');
    writeFileSync(good, readFileSync('examples/inc-0001.json'));
    await page.getByLabel('Open incident JSON').setInputFiles(good);
    await expect.poll(() => page.getByLabel('Title', { exact: true }).inputValue()).toBe('API Response Time > 5s');
    await page.getByLabel('Current draft').selectOption({ index: 0 });
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe('My precious draft');
    await context.close();
  });

  test('pasted incident JSON opens as a draft; a JSON the CLI would reject warns before it downloads', async () => {
    const { page, context } = await openPage(browser, PAGE);
    await postmortemReady(page);
    const record = JSON.parse(readFileSync('examples/inc-0001.json', 'utf8')) as { milestones: Record<string, string> };
    record.milestones['resolved'] = '2026-03-12T09:00:00+07:00'; // before the declaration
    await page.getByLabel('Or paste incident JSON').fill('{ "id": ');
    await page.getByRole('button', { name: 'Open pasted JSON' }).click();
    await expect.poll(() => page.getByTestId('upload-problem').textContent()).toContain('not valid JSON');
    await page.getByLabel('Or paste incident JSON').fill(JSON.stringify(record));
    await page.getByRole('button', { name: 'Open pasted JSON' }).click();
    await expect.poll(() => page.getByLabel('Title', { exact: true }).inputValue()).toBe('API Response Time > 5s');
    expect(await page.getByLabel('Or paste incident JSON').inputValue()).toBe('');
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.getByRole('button', { name: 'Download JSON', exact: true }).click();
    const warning = page.getByTestId('json-problems');
    await expect.poll(() => warning.textContent()).toContain('would reject this JSON');
    expect(await warning.textContent()).toMatch(/resolved/i);
    expect(downloads).toBe(0);
    await page.getByRole('button', { name: 'Keep editing' }).click();
    expect(await warning.count()).toBe(0);
    await page.getByRole('button', { name: 'Download JSON', exact: true }).click();
    const path = await download(page, 'Download anyway', work);
    expect(JSON.parse(readFileSync(path, 'utf8')).title).toBe('API Response Time > 5s');
    await context.close();
  });

  test('when the compressor could not be loaded, Share link says why it cannot make a link', async () => {
    const { page, context } = await openPage(browser, PAGE);
    // The share codec (the chunk that exports encodeShare) is loaded ahead of need (see
    // offline.test.ts); here it never arrives.
    await page.route(/\/_astro\/.*\.js$/, async (route) => {
      const body = await (await route.fetch()).text();
      return /\bas encodeShare\b/.test(body) ? route.abort() : route.fallback();
    });
    await page.reload();
    await postmortemReady(page);
    await page.getByLabel('Title', { exact: true }).fill('Offline draft');
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Share link', exact: true }).click();
    await page.getByText('The share link could not be made', { exact: false }).first().waitFor();
    await context.setOffline(false);
    await context.close();
  });

  test('on a phone, "Jump to the preview" and "Back to editing" move there and back; on a desktop they are hidden', async () => {
    const { page, context } = await openPage(browser, PAGE, { viewport: { width: 390, height: 844 } });
    await postmortemReady(page);
    const previewTop = () =>
      page.getByRole('heading', { name: 'Preview', exact: true }).evaluate((h) => h.getBoundingClientRect().top);
    expect(await previewTop()).toBeGreaterThan(2000);
    await page.getByRole('button', { name: 'Jump to the preview' }).click();
    // On screen, in its upper half (below the sticky header).
    await expect.poll(previewTop).toBeLessThan(844 / 2);
    expect(await previewTop()).toBeGreaterThanOrEqual(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('pm-preview-heading');
    await page.getByRole('button', { name: 'Back to editing' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('pm-editor-heading');
    expect(await page.evaluate(() => location.hash)).toBe('');
    await context.close();
    const desktop = await openPage(browser, PAGE);
    await postmortemReady(desktop.page);
    expect(await desktop.page.getByRole('button', { name: 'Jump to the preview' }).isVisible()).toBe(false);
    await desktop.context.close();
  });

  test('pasted chat lines become timeline entries and unreadable lines are listed', async () => {
    const { page, context } = await openPage(browser, PAGE);
    await postmortemReady(page);
    // The zone list fills in when the select is reached for (focus or pointer), as a reader does.
    await page.getByLabel('Time zone for times you type').focus();
    await page.getByLabel('Time zone for times you type').selectOption('Asia/Bangkok');
    await page.getByText('Paste chat lines').click();
    await page.getByLabel('Chat lines').fill('14:02 Alice: restarted the pool\nnot a chat line\nBob  2:05 PM\nlatency is back');
    await page.getByLabel('Date of the chat').fill('2026-03-12');
    await page.getByRole('button', { name: 'Add to timeline' }).click();
    const entries = page.locator('.pm-entry');
    await expect.poll(() => entries.count()).toBe(2);
    expect(await entries.nth(0).textContent()).toContain('2026-03-12 14:02 UTC+07:00');
    expect(await entries.nth(1).textContent()).toContain('latency is back');
    // The same instants read in another zone show that zone's clock and offset.
    await page.getByLabel('Time zone for times you type').focus();
    await page.getByLabel('Time zone for times you type').selectOption('Europe/London');
    await expect.poll(() => entries.nth(0).textContent()).toContain('2026-03-12 07:02 UTC');
    expect(await page.locator('.pm-unread').textContent()).toContain('Line 2');
    await context.close();
  });

  test('a pasted "Decision:" line is a decision, and an entry can set a milestone to its time', async () => {
    const { page, context } = await openPage(browser, PAGE);
    await postmortemReady(page);
    await page.getByLabel('Time zone for times you type').focus();
    await page.getByLabel('Time zone for times you type').selectOption('Asia/Bangkok');
    await page.getByText('Paste chat lines').click();
    await page
      .getByLabel('Chat lines')
      .fill('14:02 Alice: Decision: roll back rather than hotfix\n14:10 Bob: Status -> resolved: rollback finished');
    await page.getByLabel('Date of the chat').fill('2026-03-12');
    await page.getByRole('button', { name: 'Add to timeline' }).click();
    const entries = page.locator('.pm-entry');
    await expect.poll(() => entries.count()).toBe(2);
    expect(await entries.nth(0).locator('.pm-entry-kind').textContent()).toBe('Decision');
    // The resolved entry offers "Resolved" first; setting it fills the milestone field with the entry's time.
    await entries.nth(1).getByText('Set milestone from this entry').click();
    expect(await entries.nth(1).getByLabel('Milestone').inputValue()).toBe('resolved');
    await entries.nth(1).getByRole('button', { name: 'Set to 2026-03-12 14:10 UTC+07:00' }).click();
    await expect.poll(() => page.getByLabel('Resolved', { exact: true }).inputValue()).toBe('2026-03-12T14:10');
    // Any milestone can be chosen: the decision's time becomes "Detected".
    await entries.nth(0).getByText('Set milestone from this entry').click();
    await entries.nth(0).getByLabel('Milestone').selectOption('detected');
    await entries.nth(0).getByRole('button', { name: 'Set to 2026-03-12 14:02 UTC+07:00' }).click();
    await expect.poll(() => page.getByLabel('Detected', { exact: true }).inputValue()).toBe('2026-03-12T14:02');
    await context.close();
  });

  test('hostile text in every field never runs and never becomes an element', async () => {
    const { page, context, external } = await openPage(browser, PAGE);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await postmortemReady(page);
    const payload =
      '<img src=x onerror="window.__xss=1"> <script>window.__xss=2</script> [click](javascript:window.__xss=3) <a href="javascript:alert(1)">a</a> <svg onload=alert(1)> **b** # h';
    const textInputs = page.locator('.pm-editor :is(input[type=text], textarea):not(.pm-chat *)');
    const count = await textInputs.count();
    for (let i = 0; i < count; i++) {
      const input = textInputs.nth(i);
      if ((await input.getAttribute('name')) === 'id') continue;
      await input.fill(payload);
    }
    // The add-entry form's text inputs are filled above; give it a time and add the entry.
    await page.locator('.pm-add-entry input[type=datetime-local]').fill('2026-03-12T10:00');
    await page.locator('.pm-add-entry').getByRole('button', { name: 'Add entry' }).click();
    await page.getByRole('button', { name: 'Add action item' }).click();
    await page.locator('.pm-action').getByLabel('Task').fill(payload);
    await page.locator('.pm-action').getByLabel('Owner').fill(payload);
    await page.getByLabel('Draft name').fill(payload);
    for (const template of ['basic', 'sre', 'pagerduty']) {
      await page.getByLabel('Template').selectOption(template);
      await expect.poll(() => page.locator('.pm-document').textContent()).toContain('window.__xss=2');
      const injected = await page.evaluate(() => ({
        flag: (window as unknown as { __xss?: number }).__xss ?? null,
        imgs: document.querySelectorAll('main img[src="x"]').length,
        scripts: [...document.querySelectorAll('main script')].filter((s) => s.textContent?.includes('__xss')).length,
        svgs: document.querySelectorAll('.pm-tool svg').length,
        jsLinks: document.querySelectorAll('a[href^="javascript" i]').length,
      }));
      expect(injected, template).toEqual({ flag: null, imgs: 0, scripts: 0, svgs: 0, jsLinks: 0 });
    }
    // Reloading renders the stored payload again, still as text.
    await savedContains(page, 'onerror');
    await page.reload();
    await postmortemReady(page);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss ?? null)).toBeNull();
    expect(await page.locator('main img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });

  test('a share link carries the draft in the fragment and asks before opening it', async () => {
    const { page, context, external, requests } = await openPage(browser, PAGE);
    await postmortemReady(page);
    await page.getByLabel('Title', { exact: true }).fill('Shared incident');
    await page.getByRole('button', { name: 'Share link', exact: true }).click();
    const link = await page.getByLabel('Link to this draft').inputValue();
    expect(link).toMatch(/#draft=[A-Za-z0-9_-]+$/);
    // A second visitor (fresh storage) with their own draft opens the link.
    const other = await openPage(browser, PAGE);
    await postmortemReady(other.page);
    await other.page.getByLabel('Title', { exact: true }).fill('Their own work');
    await savedContains(other.page, 'Their own work');
    // Pasting the link into the address bar of the open tool changes only the fragment.
    await other.page.goto(link);
    await other.page.getByText('This link carries a draft: “Shared incident”').waitFor();
    expect(await other.page.getByLabel('Title', { exact: true }).inputValue()).toBe('Their own work');
    await other.page.getByRole('button', { name: 'Open as a new draft' }).click();
    expect(await other.page.getByLabel('Title', { exact: true }).inputValue()).toBe('Shared incident');
    expect(await other.page.getByLabel('Current draft').locator('option').allTextContents()).toEqual([
      'Their own work',
      'Shared incident',
    ]);
    expect(other.page.url()).not.toContain('#draft=');
    // The fragment never reaches the server.
    expect([...requests, ...other.requests].some((r) => r.includes('draft='))).toBe(false);
    expect([...external, ...other.external]).toEqual([]);
    await other.context.close();
    await context.close();
  });

  test('a link whose draft cannot be read says why in the reader’s language (on screen and announced)', async () => {
    const damaged = await openPage(browser, 'th/tools/postmortem/#draft=not-deflate');
    await postmortemReady(damaged.page, 'หัวข้อ');
    await damaged.page.getByText('อ่านร่างในลิงก์นี้ไม่ได้: ลิงก์เสียหายหรือไม่ครบ (โปรดขอลิงก์ใหม่) ร่างของคุณไม่เปลี่ยนแปลง').first().waitFor();
    await damaged.context.close();
    const huge = await openPage(browser, `th/tools/postmortem/#draft=${'A'.repeat(200_001)}`);
    await postmortemReady(huge.page, 'หัวข้อ');
    await huge.page.getByText('อ่านร่างในลิงก์นี้ไม่ได้: ลิงก์ยาวเกิน 200000 ตัวอักษร ร่างของคุณไม่เปลี่ยนแปลง').first().waitFor();
    await huge.context.close();
  });

  test('a draft saved by an older version of the tool is migrated, not discarded', async () => {
    const { page, context } = await openPage(browser, null as unknown as string);
    await context.addInitScript(() => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(
        'incident-handbook.postmortem.draft',
        JSON.stringify({
          version: 1,
          incident: {
            id: 'INC-0042',
            title: 'Old format draft',
            severity: 2,
            status: 'resolved',
            lead: 'Alice',
            created_at: '2026-03-12T10:02:00+07:00',
            root_cause: 'Pool too small',
          },
        }),
      );
    });
    await page.goto(new URL(PAGE, siteUrl()).href);
    await postmortemReady(page);
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe('Old format draft');
    expect(await page.getByLabel('Contributing factors / root cause').inputValue()).toBe('Pool too small');
    expect(await page.locator('.pm-notices').textContent()).toContain('older version of this tool');
    await savedContains(page, 'Old format draft');
    await context.close();
  });

  test('a full storage is reported and the draft stays exportable', async () => {
    const { page, context } = await openPage(browser, null as unknown as string);
    await context.addInitScript(() => {
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key.startsWith('incident-handbook.postmortem'))
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.call(this, key, value);
      };
    });
    await page.goto(new URL(PAGE, siteUrl()).href);
    await postmortemReady(page);
    await page.getByLabel('Title', { exact: true }).fill('Unsaved but safe');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('storage is full');
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe('Unsaved but safe');
    const json = JSON.parse(readFileSync(await download(page, 'Download JSON', work), 'utf8')) as { title: string };
    expect(json.title).toBe('Unsaved but safe');
    await context.close();
  });

  test('works by keyboard alone: add a timeline entry and an action item', async () => {
    const { page, context } = await openPage(browser, PAGE);
    await postmortemReady(page);
    const form = page.locator('.pm-add-entry');
    await form.locator('input[type=datetime-local]').focus();
    await page.keyboard.type('03122026');
    await page.keyboard.press('Tab');
    await page.keyboard.type('1002AM');
    // Tab walks through the rest of the date-time control's own parts, then on to "Who".
    const author = form.getByLabel('Who');
    for (let i = 0; i < 4 && !(await author.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await page.keyboard.type('Alice');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Declared the incident');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.pm-entry').count()).toBe(1);
    expect(await page.locator('.pm-entry').textContent()).toContain('Declared the incident');
    await page.getByRole('button', { name: 'Add action item' }).focus();
    await page.keyboard.press('Enter');
    // The new item's task field has the focus, ready to type.
    await page.keyboard.type('Add pool alerts');
    expect(await page.locator('.pm-action').getByLabel('Task').inputValue()).toBe('Add pool alerts');
    expect(await page.locator('.pm-action').textContent()).toContain('No owner');
    await context.close();
  });

  test('axe finds no violation with the tool filled in (English and Thai)', async () => {
    for (const path of [PAGE, `th/${PAGE}`]) {
      const { page, context } = await openPage(browser, path);
      await postmortemReady(page, path.startsWith('th/') ? 'หัวข้อ' : 'Title');
      await page.locator('.pm-drafts button').nth(1).click();
      await page.locator('.pm-action').first().waitFor();
      await page.locator('.pm-chat summary').click();
      const violations = await inMain(page, await axe(page));
      expect(violations, describeViolations(path, violations)).toEqual([]);
      await context.close();
    }
  });

  test('works under a base path, and the Thai page is in Thai, its error messages included', async () => {
    const { page, context, external } = await openPage(browser, `th/${PAGE}`, { base: baseSiteUrl() });
    await postmortemReady(page, 'หัวข้อ');
    await page.getByLabel('หัวข้อ', { exact: true }).fill('ทดสอบ');
    await expect.poll(() => page.locator('.pm-document h1').textContent()).toContain('ทดสอบ');
    expect(await page.locator('html').getAttribute('lang')).toBe('th');
    // A file that is not a valid incident is explained in Thai, field by field.
    const foreign = join(work, 'foreign-th.json');
    writeFileSync(foreign, JSON.stringify({ schemaVersion: 1, id: 'ticket-9', title: 'x', severity: 'HIGH' }));
    await page.getByLabel('เปิดไฟล์ JSON ของ Incident').setInputFiles(foreign);
    const problem = page.getByTestId('upload-problem');
    await expect.poll(() => problem.textContent()).toContain('id: ต้องอยู่ในรูปแบบ INC-0001');
    expect(await problem.textContent()).toMatch(/severity: ตัวเลือกไม่ถูกต้อง/);
    expect(await page.getByLabel('หัวข้อ', { exact: true }).inputValue()).toBe('ทดสอบ');
    expect(external).toEqual([]);
    await context.close();
  });

  test('the print stylesheet shows only the document', async () => {
    const { page, context } = await openPage(browser, PAGE);
    await postmortemReady(page);
    // The preview loads on idle after the first paint; until then its place holds a placeholder.
    await page.locator('.pm-document h1').waitFor();
    await page.emulateMedia({ media: 'print' });
    const visible = await page.evaluate(() => ({
      document: getComputedStyle(document.querySelector('.pm-document h1')!).visibility,
      editor: getComputedStyle(document.querySelector('.pm-editor h2')!).visibility,
      header: getComputedStyle(document.querySelector('header')!).visibility,
    }));
    expect(visible).toEqual({ document: 'visible', editor: 'hidden', header: 'hidden' });
    await context.close();
  });
});
