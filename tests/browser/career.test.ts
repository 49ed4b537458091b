// The career self-assessment in Chromium, against the production build: ratings and two snapshots
// survive a reload and compare, the downloaded growth plan equals the CLI's bytes for the exported
// file, a share link opens read-only in a fresh browser and asks before replacing anything, a full
// storage is reported with the answers kept, unreadable data is copied aside, the Thai page works,
// axe finds nothing in either theme, it fits 390 px, and no request leaves the site.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axe, careerReady, describeViolations, download, inMain, launchBrowser, openPage, siteUrl } from './browser.ts';

const PAGE = 'career/assessment/';
const STORAGE_KEY = 'incident-handbook.career.assessment';
let browser: Browser;
let work: string;

beforeAll(async () => {
  browser = await launchBrowser();
  work = mkdtempSync(join(tmpdir(), 'career-browser-'));
});
afterAll(async () => {
  await browser?.close();
});

/** The n-th behaviour's radio button with this label. */
const radio = (page: Page, n: number, label: string) =>
  page
    .locator('.ca-behaviour')
    .filter({ has: page.locator('fieldset') })
    .nth(n)
    .getByRole('radio', { name: label, exact: true });

async function stored(
  page: Page,
): Promise<{ ratings: Record<string, { value: string }>; snapshots: unknown[]; target: string | null }> {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), STORAGE_KEY);
}

describe('career self-assessment', () => {
  test('ratings and two snapshots survive a reload, and the snapshots compare', async () => {
    const { page, context, external } = await openPage(browser, PAGE);
    await careerReady(page);
    await radio(page, 0, 'Consistently').check();
    await radio(page, 1, 'Sometimes').check();
    await page.getByRole('button', { name: 'Save snapshot' }).click();
    await expect.poll(async () => (await stored(page))?.snapshots.length).toBe(1);
    await radio(page, 1, 'Consistently').check();
    await radio(page, 2, 'Consistently').check();
    await radio(page, 0, 'Sometimes').check();
    await page.getByRole('button', { name: 'Save snapshot' }).click();
    await expect.poll(async () => (await stored(page))?.snapshots.length).toBe(2);

    await page.reload();
    await careerReady(page);
    expect(await radio(page, 0, 'Sometimes').isChecked()).toBe(true);
    expect(await radio(page, 1, 'Consistently').isChecked()).toBe(true);
    expect(await radio(page, 2, 'Consistently').isChecked()).toBe(true);
    await expect.poll(() => page.getByRole('list', { name: 'Snapshots' }).getByRole('listitem').count()).toBe(2);

    // The comparison defaults to the last two snapshots: two behaviours moved up, one down.
    const compare = page.locator('.ca-compare');
    await expect.poll(() => compare.getByRole('heading', { name: /Moved up/ }).textContent()).toBe('Moved up (2)');
    expect(await compare.getByRole('heading', { name: /Moved down/ }).textContent()).toBe('Moved down (1)');
    expect(await compare.locator('.ca-moved-down li').first().textContent()).toMatch(/Consistently → Sometimes$/);
    // Against the current answers nothing has moved since the second snapshot.
    await compare.getByLabel('From').selectOption({ index: 1 });
    await compare.getByLabel('To').selectOption({ label: 'Current answers' });
    await expect.poll(() => compare.textContent()).toContain('Nothing changed between these two.');
    expect(external).toEqual([]);
    await context.close();
  });

  test('the downloaded growth plan is byte for byte what the CLI prints for the exported file', async () => {
    const { page, context } = await openPage(browser, PAGE);
    await careerReady(page);
    await page.getByLabel('Target level', { exact: true }).selectOption('senior');
    await radio(page, 0, 'Consistently').check();
    await radio(page, 1, 'Sometimes').check();
    // Evidence on a behaviour still in the plan (rated "sometimes"), with Markdown-special characters.
    const second = page
      .locator('.ca-behaviour')
      .filter({ has: page.locator('fieldset') })
      .nth(1);
    await second.locator('summary').click();
    await second.getByLabel('Evidence note').fill('Declared INC-7 | fast *and* calm');
    await second.getByLabel('Evidence link').fill('https://example.org/inc-7');
    await expect
      .poll(async () => ((await stored(page))?.ratings ? JSON.stringify(await stored(page)) : ''))
      .toContain('example.org/inc-7');
    for (const lang of ['en', 'th'] as const) {
      if (lang === 'th') {
        await page.goto(new URL(`th/${PAGE}`, siteUrl()).href);
        await careerReady(page);
        // Restored evidence shows in its fields.
        const restored = page
          .locator('.ca-behaviour')
          .filter({ has: page.locator('fieldset') })
          .nth(1);
        await restored.locator('summary').click();
        expect(await restored.getByLabel('ลิงก์หลักฐาน').inputValue()).toBe('https://example.org/inc-7');
        expect(await restored.getByLabel('บันทึกหลักฐาน').inputValue()).toBe('Declared INC-7 | fast *and* calm');
      }
      const json = await download(page, 'Export (JSON)', work);
      const markdown = readFileSync(
        await download(page, lang === 'en' ? 'Download plan (Markdown)' : 'ดาวน์โหลดแผน (Markdown)', work),
        'utf8',
      );
      const cli = execFileSync(process.execPath, ['scripts/career.ts', json, '--target', 'senior', '--lang', lang], {
        encoding: 'utf8',
      });
      expect(markdown).toBe(cli);
      expect(markdown).toContain('Declared INC-7 \\| fast \\*and\\* calm <https://example.org/inc-7>');
    }
    await context.close();
  });

  test('the chart downloads as SVG with its title and as PNG drawn in the browser', async () => {
    const { page, context, external } = await openPage(browser, PAGE);
    await careerReady(page);
    await radio(page, 0, 'Consistently').check();
    const svg = readFileSync(await download(page, 'Download chart (SVG)', work), 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('<title id="ca-own-chart-title">Level per area against the target Mid-level Engineer</title>');
    const png = readFileSync(await download(page, 'Download chart (PNG)', work));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16)).toBe(960);
    expect(external).toEqual([]);
    await context.close();
  });

  test('a share link opens read-only in a fresh browser and replaces nothing until asked', async () => {
    const sender = await openPage(browser, PAGE);
    await careerReady(sender.page);
    await radio(sender.page, 0, 'Consistently').check();
    await radio(sender.page, 1, 'Consistently').check();
    await sender.page.getByRole('button', { name: 'Copy read-only share link' }).click();
    const url = await sender.page.locator('.ca-share-url').inputValue();
    expect(new URL(url).hash).toMatch(/^#assessment=/);
    await sender.context.close();

    // The receiver has answers of their own.
    const receiver = await openPage(browser, PAGE);
    const { page } = receiver;
    await careerReady(page);
    await radio(page, 2, 'Sometimes').check();
    await expect.poll(async () => Object.keys((await stored(page))?.ratings ?? {}).length).toBe(1);
    const own = JSON.stringify(await stored(page));

    await page.goto(url);
    await careerReady(page);
    const shared = page.locator('.ca-shared');
    await shared.waitFor();
    expect(await shared.getByRole('heading', { level: 2 }).textContent()).toBe('Shared assessment (read-only)');
    expect(await shared.locator('input, select, textarea').count()).toBe(0);
    // Nothing replaced: the own answers are on the page and in storage.
    expect(await radio(page, 2, 'Sometimes').isChecked()).toBe(true);
    expect(JSON.stringify(await stored(page))).toBe(own);
    // The fragment never reaches the server.
    expect(receiver.requests.some((r) => r.includes('assessment='))).toBe(false);

    await shared.getByRole('button', { name: 'Replace my answers with the shared ones' }).click();
    await expect.poll(() => radio(page, 0, 'Consistently').isChecked()).toBe(true);
    expect(await radio(page, 2, 'Not yet').isChecked()).toBe(true);
    expect(new URL(page.url()).hash).toBe('');
    expect(receiver.external).toEqual([]);
    await receiver.context.close();
  });

  test('an exported file imports; a bad file is refused with its field named and changes nothing', async () => {
    const { page, context } = await openPage(browser, PAGE);
    await careerReady(page);
    await radio(page, 2, 'Sometimes').check();
    const input = page.getByLabel('Import JSON file');
    await input.setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          format: 'incident-handbook/career-assessment',
          version: 1,
          target: 'senior',
          ratings: { 'declare-and-escalate@junior': { value: 'always' } },
          snapshots: [],
          shifts: [],
        }),
      ),
    });
    const refused = page.locator('.ca-problem').filter({ hasText: 'bad.json was not imported' });
    await refused.waitFor();
    expect(await refused.textContent()).toContain('ratings["declare-and-escalate@junior"].value');
    expect(await radio(page, 2, 'Sometimes').isChecked()).toBe(true);

    await input.setInputFiles('examples/assessment.json');
    await page.getByText('Imported assessment.json.').waitFor();
    const example = JSON.parse(readFileSync('examples/assessment.json', 'utf8')) as { ratings: Record<string, unknown> };
    await expect
      .poll(async () => Object.keys((await stored(page))?.ratings ?? {}).sort())
      .toEqual(Object.keys(example.ratings).sort());
    expect(await radio(page, 0, 'Consistently').isChecked()).toBe(true);
    expect(await page.getByLabel('Target level', { exact: true }).inputValue()).toBe('senior');
    await context.close();
  });

  test('printing shows the growth plan only', async () => {
    const { page, context } = await openPage(browser, PAGE);
    await careerReady(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#ca-plan-title').isVisible()).toBe(true);
    expect(await page.locator('.ca-plan-item').first().isVisible()).toBe(true);
    for (const hidden of [
      '#ca-rate-title',
      '#ca-profile-title',
      '#ca-history-title',
      '#ca-roles-title',
      'header',
      '.ca-plan .row-buttons',
    ]) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    await context.close();
  });

  test('role shifts move the reader along the readiness path and survive a reload', async () => {
    const { page, context } = await openPage(browser, PAGE);
    await careerReady(page);
    const form = page.locator('fieldset').filter({ has: page.getByRole('button', { name: 'Add shift' }) });
    const lead = page.locator('.ca-role').filter({ has: page.getByRole('heading', { name: 'Incident Lead' }) });
    expect(await lead.textContent()).toContain('Not started');
    // A shift without a date is refused with a message on the field.
    await form.getByRole('button', { name: 'Add shift' }).click();
    await form.getByText('Enter the date of the shift.').waitFor();
    for (const date of ['2026-10-01', '2026-10-20']) {
      await form.getByLabel('Date').fill(date);
      await form.getByRole('button', { name: 'Add shift' }).click();
    }
    await expect.poll(() => lead.textContent()).toContain('Ready for reverse shadow');
    expect(await lead.textContent()).toContain('Shadow 2, reverse shadow 0, primary 0');
    await form.getByLabel('Shift').selectOption('reverse-shadow');
    await form.getByLabel('Date').fill('2026-11-05');
    await form.getByRole('button', { name: 'Add shift' }).click();
    await expect.poll(() => lead.textContent()).toContain('Reverse shadowing');
    await expect.poll(async () => ((await stored(page)) as unknown as { shifts: unknown[] }).shifts.length).toBe(3);
    await page.reload();
    await careerReady(page);
    expect(await lead.textContent()).toContain('Shadow 2, reverse shadow 1, primary 0');
    await lead.getByRole('button', { name: 'Remove the Reverse shadow shift of 2026-11-05 (Incident Lead)' }).click();
    await expect.poll(() => lead.textContent()).toContain('Ready for reverse shadow');
    await context.close();
  });

  test('a full storage is reported and the answers stay on the page', async () => {
    const { page, context } = await openPage(browser, PAGE);
    await careerReady(page);
    await radio(page, 0, 'Consistently').check();
    await expect.poll(async () => Object.keys((await stored(page))?.ratings ?? {}).length).toBe(1);
    // Fill the origin's storage to the last byte.
    await page.evaluate(() => {
      let chunk = 'x'.repeat(1 << 20);
      for (let i = 0; chunk.length > 0; i++) {
        try {
          localStorage.setItem(`filler-${i}`, chunk);
        } catch {
          chunk = chunk.slice(0, chunk.length >> 1);
        }
      }
    });
    await radio(page, 1, 'Sometimes').check();
    await page.getByText('This browser’s storage is full').waitFor();
    expect(await radio(page, 0, 'Consistently').isChecked()).toBe(true);
    expect(await radio(page, 1, 'Sometimes').isChecked()).toBe(true);
    // What was saved before is still there.
    expect(Object.keys((await stored(page))?.ratings ?? {})).toHaveLength(1);
    await context.close();
  });

  test('unreadable saved data is copied aside under a key of its own and reported', async () => {
    const { page, context } = await openPage(browser, null);
    await context.addInitScript((key) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, '{"format":"incident-handbook/career-assessment","version":1,"ratings":');
        sessionStorage.setItem('seeded', '1');
      }
    }, STORAGE_KEY);
    await page.goto(new URL(PAGE, siteUrl()).href);
    await careerReady(page);
    const notice = page.locator('.ca-problem').filter({ hasText: 'could not be read' });
    await notice.waitFor();
    const key = /storage key (\S+), and/.exec((await notice.textContent()) ?? '')?.[1];
    expect(key).toMatch(/^incident-handbook\.career\.unreadable\./);
    expect(await page.evaluate((k) => localStorage.getItem(k!), key)).toContain('"ratings":');
    await context.close();
  });

  test('the Thai page works in Thai', async () => {
    const { page, context, external } = await openPage(browser, `th/${PAGE}`);
    await careerReady(page);
    expect(await page.locator('h1').textContent()).toBe('ประเมินตนเองและแผนพัฒนา');
    await radio(page, 0, 'ทำได้สม่ำเสมอ').check();
    await expect.poll(() => page.locator('.ca-status').first().textContent()).toContain('ให้คะแนนแล้ว 1 จาก');
    await page.getByRole('button', { name: 'บันทึกสแนปช็อต' }).click();
    await expect.poll(() => page.getByRole('list', { name: 'สแนปช็อต' }).getByRole('listitem').count()).toBe(1);
    // Practice links stay in Thai.
    const href = await page.locator('.ca-plan a').first().getAttribute('href');
    expect(href).toMatch(/^\/th\//);
    expect(external).toEqual([]);
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds nothing in the tool, ${colorScheme} theme, with a snapshot comparison and a shared view open`, async () => {
      const { page, context } = await openPage(browser, PAGE, { colorScheme });
      await careerReady(page);
      await radio(page, 0, 'Consistently').check();
      await page.getByRole('button', { name: 'Save snapshot' }).click();
      await radio(page, 1, 'Sometimes').check();
      await page.locator('.ca-compare').waitFor();
      await page.getByRole('button', { name: 'Copy read-only share link' }).click();
      await page.goto(await page.locator('.ca-share-url').inputValue());
      await page.locator('.ca-shared').waitFor();
      const violations = await inMain(page, await axe(page));
      expect(describeViolations(page.url(), violations)).toBe('');
      await context.close();
    });
  }

  test('fits a 390 px wide screen and is usable by keyboard alone', async () => {
    const { page, context } = await openPage(browser, PAGE, { viewport: { width: 390, height: 844 } });
    await careerReady(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // Keyboard: focus the first rating group and choose with the arrow keys.
    await radio(page, 0, 'Not yet').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => radio(page, 0, 'Sometimes').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Save snapshot' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await stored(page))?.snapshots.length).toBe(1);
    await context.close();
  });
});
