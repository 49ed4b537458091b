// The incident kickoff assistant in Chromium, against the production build: three questions decide
// declaring, the severity questions suggest a level, the channel and steps follow it, the escalation clock says who has been paged,
// the message composer reports missing placeholders by name, the hand-over opens the post-mortem
// generator with the kickoff, axe finds nothing, and no request leaves the site.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axe, baseSiteUrl, describeViolations, inMain, kickoffReady, launchBrowser, openPage } from './browser.ts';

const PAGE = 'tools/kickoff/';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function ready(page: Page): Promise<void> {
  await page.getByLabel('Title', { exact: true }).waitFor();
  await kickoffReady(page);
}

async function answerAll(page: Page, answer: 'Yes' | 'No' | 'Not sure', questions = QUESTIONS): Promise<void> {
  for (const q of questions) await page.getByRole('group', { name: q }).getByLabel(answer, { exact: true }).check();
}

const QUESTIONS = [
  'Do you need a second team to fix the problem?',
  'Is the problem visible to customers?',
  'Is it still unsolved after an hour of focused work?',
];

/** Answers the severity questions of severity.yaml by their option labels. */
async function answerSeverity(
  page: Page,
  users: string,
  features: string,
  dataOrSecurity: string,
  workaround: string,
): Promise<void> {
  const pick = (question: string, option: string) =>
    page.getByRole('group', { name: question }).getByLabel(option, { exact: true }).check();
  await pick('How many users are affected?', users);
  await pick('Which features are affected?', features);
  await pick('Is data being lost or security breached?', dataOrSecurity);
  await pick('Do affected users have a workaround?', workaround);
}
const CORE_FEATURE = 'A core one (checkout, payments, login, the main site or API)';

/** A SEV1 declared at 14:02 Bangkok time as INC-0042 "Checkout errors". */
async function declareSev1(page: Page): Promise<void> {
  await answerAll(page, 'Yes');
  await answerSeverity(page, 'All or nearly all', CORE_FEATURE, 'No', 'No');
  await page.getByText('The answers suggest SEV1 (Critical).').waitFor();
  // Keyboard only: the suggestion is confirmed with Enter.
  await page.getByRole('button', { name: 'Use SEV1' }).focus();
  await page.keyboard.press('Enter');
  expect(await page.getByRole('radio', { name: 'SEV1 Critical' }).isChecked()).toBe(true);
  await page.getByLabel('Title', { exact: true }).fill('Checkout errors');
  await page.getByLabel('Incident number').fill('42');
  // The zone list fills in when the select is reached for (focus or pointer), as a reader does.
  await page.getByLabel('Time zone').focus();
  await page.getByLabel('Time zone').selectOption('Asia/Bangkok');
  await page.getByLabel('Declared at').fill('2026-11-27T14:02');
}

describe('incident kickoff assistant', () => {
  test('questions suggest the severity; channel, steps, escalation clock and messages follow it', async () => {
    const { page, context, external } = await openPage(browser, PAGE);
    await ready(page);
    // Declaring and severity are separate decisions: one yes declares, the size decides the level.
    await answerAll(page, 'No');
    await page.getByText('No incident needed yet', { exact: false }).waitFor();
    await page.getByRole('group', { name: QUESTIONS[1] }).getByLabel('Yes', { exact: true }).check();
    await page.getByText('Declare an incident now.').waitFor();
    // Checkout down for everyone but fixable by one team is still SEV1.
    await answerSeverity(page, 'All or nearly all', CORE_FEATURE, 'No', 'No');
    await page.getByText('The answers suggest SEV1 (Critical).').waitFor();
    await answerSeverity(page, 'Some', 'Part of a feature or a non-critical page', 'No', 'Yes');
    await page.getByText('The answers suggest SEV3 (Minor).').waitFor();
    // If unsure, pick the higher one.
    await page
      .getByRole('group', { name: 'Is data being lost or security breached?' })
      .getByLabel('Not sure', { exact: true })
      .check();
    await page.getByText('The answers suggest SEV1 (Critical). A “not sure” answer made it more severe.').waitFor();
    // The suggestion alone decides nothing.
    expect(await page.getByText('No severity chosen yet.').isVisible()).toBe(true);

    await declareSev1(page);
    expect(await page.getByLabel('Incident id').inputValue()).toBe('INC-0042');
    expect(await page.getByLabel('Slack channel').inputValue()).toBe('#inc-2026-11-27-checkout-errors');
    await page.getByText('Stored with its UTC offset: 2026-11-27T14:02:00+07:00').waitFor();
    const steps = page.getByRole('group', { name: 'Automation steps for SEV1 (Critical)' }).getByRole('checkbox');
    expect(await steps.count()).toBe(6);
    await page.getByLabel('Create a PagerDuty alert').check();
    await page.getByLabel('Start a status page update').waitFor();

    // SEV2 has no status-page step.
    await page.getByRole('radio', { name: 'SEV2 Major' }).check();
    const sev2Steps = page.getByRole('group', { name: 'Automation steps for SEV2 (Major)' });
    expect(await sev2Steps.getByRole('checkbox').count()).toBe(5);
    expect(await sev2Steps.getByText('Start a status page update').count()).toBe(0);
    await page.getByRole('radio', { name: 'SEV1 Critical' }).check();

    // Minute 10 of a SEV1: on-call and team lead paged, the VP not yet.
    await page.getByLabel('Minutes since declared').fill('10');
    const summary = page.getByTestId('escalation-summary');
    await summary.getByText('At minute 10, notified: On-call engineer, Team lead.').waitFor();
    await summary.getByText('Next: VP Engineering in 5 min, at 2026-11-27 14:17 UTC+07:00.').waitFor();
    expect(await summary.textContent()).not.toContain('notified: On-call engineer, Team lead, VP');

    // The first message: missing placeholders are named, then gone once filled.
    await page.getByText('Missing: what is broken ({description}), who or what is affected ({impact}).').waitFor();
    await page.getByLabel('what is broken').fill('checkout');
    await page.getByLabel('who or what is affected').fill('all customers');
    await page.getByText('Every placeholder is filled in.').waitFor();
    expect(await page.getByText(/Missing:/).count()).toBe(0);
    expect(await page.getByLabel('Preview (English)').inputValue()).toBe(
      'We are investigating a problem with checkout that is affecting all customers. Next update by 2026-11-27 14:17 UTC+07:00.',
    );
    await page.getByLabel('Message language').selectOption('th');
    expect(await page.getByLabel('Preview (Thai (ไทย))').inputValue()).toContain('อัปเดตครั้งถัดไปภายใน 2026-11-27 14:17 UTC+07:00');

    // Roles and the kickoff message.
    await page.getByLabel('Incident Lead', { exact: true }).fill('Alice');
    await page.getByLabel('Scribe', { exact: true }).fill('Dan');
    expect(await page.getByLabel('Kickoff message').inputValue()).toBe(
      'Incident INC-0042 declared: Checkout errors. SEV1 (Critical).\nChannel: #inc-2026-11-27-checkout-errors\nIncident Lead: Alice · Scribe: Dan\nNext update at 2026-11-27 14:17 UTC+07:00.',
    );

    // Everything survives a reload.
    await page.waitForFunction(() => (localStorage.getItem('incident-handbook.kickoff') ?? '').includes('Dan'));
    await page.reload();
    await ready(page);
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe('Checkout errors');
    expect(await page.getByLabel('Create a PagerDuty alert').isChecked()).toBe(true);
    expect(await page.getByLabel('Declared at').inputValue()).toBe('2026-11-27T14:02');
    expect(external).toEqual([]);
    await context.close();
  });

  test('the live clock counts from the declared time in the browser', async () => {
    const { page, context } = await openPage(browser, PAGE);
    await ready(page);
    await page.getByRole('radio', { name: 'SEV1 Critical' }).check();
    await page.getByRole('button', { name: 'Set to now' }).click();
    await page.getByRole('button', { name: 'Start live clock' }).click();
    const minutes = page.getByLabel('Minutes since declared');
    // "Now" is this minute; the clock may have ticked past a minute boundary since.
    await page.waitForFunction(() =>
      /^[01]$/.test((document.querySelector('input[name="minutes"]') as HTMLInputElement | null)?.value ?? ''),
    );
    expect(await minutes.getAttribute('readonly')).not.toBeNull();
    await page.getByText(/^At minute [01], notified: On-call engineer\.$/).waitFor();
    await page.getByRole('button', { name: 'Stop live clock' }).click();
    expect(await minutes.getAttribute('readonly')).toBeNull();
    // Declared twelve minutes ago (typed in UTC): the live clock says the team lead has been paged.
    await page.getByLabel('Time zone').focus();
    await page.getByLabel('Time zone').selectOption('UTC');
    await page.getByLabel('Declared at').fill(new Date(Date.now() - 12 * 60_000).toISOString().slice(0, 16));
    await page.getByRole('button', { name: 'Start live clock' }).click();
    await page.getByText(/^At minute 1[23], notified: On-call engineer, Team lead\.$/).waitFor();
    // SEV1 updates every 15 minutes: two or three minutes to go, on the page and in the tab title.
    await page
      .getByTestId('update-countdown')
      .getByText(/^Next update due in [23]:\d\d \(at \d{4}-\d\d-\d\d \d\d:\d\d UTC\)\.$/)
      .waitFor();
    expect(await page.title()).toMatch(/^Update in [23]:\d\d · Incident kickoff assistant/);
    // Someone acknowledges: paging stops, and the clock says so.
    await page.getByRole('button', { name: 'Acknowledged' }).click();
    const summary = page.getByTestId('escalation-summary');
    await summary.getByText(/^Acknowledged at minute 1[23]: paging has stopped\.$/).waitFor();
    expect(await summary.getByText(/^Next:/).count()).toBe(0);
    expect(await page.getByText('not paged: acknowledged').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Stop live clock' }).click();
    expect(await page.title()).toMatch(/^Incident kickoff assistant/);
    await context.close();
  });

  test('continue in the post-mortem generator: the kickoff arrives after the replace prompt', async () => {
    const { page, context, external, requests } = await openPage(browser, PAGE);
    await ready(page);
    await declareSev1(page);
    await page.getByLabel('Incident Lead', { exact: true }).fill('Alice');
    await page.getByLabel('Technical Lead', { exact: true }).fill('Carol');
    await page.getByLabel('Communications Lead', { exact: true }).fill('Bob');
    // A step ticked and a message copied travel into the post-mortem's timeline.
    await page.getByLabel('Create a PagerDuty alert').check();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
    await page.getByLabel('what is broken').fill('checkout');
    await page.getByRole('button', { name: 'Copy message' }).click();
    await expect
      .poll(() => page.getByTestId('handover-carried').textContent())
      .toBe('Its timeline also gets 1 checklist step ticked and 1 message sent, each at the time it was ticked or copied.');
    const link = page.getByRole('link', { name: 'Open this kickoff in the post-mortem generator' });
    expect(await link.getAttribute('href')).toMatch(/^\/tools\/postmortem\/#draft=[A-Za-z0-9_-]+$/);
    await link.click();
    await page.waitForURL(/\/tools\/postmortem\//);
    await page.getByText('This link carries a draft: “Checkout errors”').waitFor();
    await page.getByRole('button', { name: 'Replace the current draft' }).click();
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe('Checkout errors');
    expect(await page.getByLabel('Severity', { exact: true }).inputValue()).toBe('SEV1');
    expect(await page.getByLabel('Incident Lead', { exact: true }).inputValue()).toBe('Alice');
    expect(await page.getByLabel('Technical Lead', { exact: true }).inputValue()).toBe('Carol');
    const entries = page.locator('.pm-entry');
    await expect.poll(() => entries.count()).toBe(3);
    const rows = await entries.allTextContents();
    expect(rows[0]).toContain('Incident declared');
    const step = rows.find((r) => r.includes('Checklist: Create a PagerDuty alert'));
    // Shown in the generator's zone (this browser's), at the minute it was ticked.
    expect(step).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC(?:[+-]\d{2}:\d{2})? Action Alice/);
    const message = rows.find((r) => r.includes('Message sent ('));
    expect(message).toMatch(/ UTC(?:[+-]\d{2}:\d{2})? Status change Bob/);
    expect(message).toContain('checkout');
    // The fragment is never sent anywhere; nothing leaves the origin.
    expect(requests.some((r) => r.includes('draft='))).toBe(false);
    expect(external).toEqual([]);
    await context.close();
  });

  test('under a base path and in Thai, the hand-over link keeps both', async () => {
    const based = await openPage(browser, PAGE, { base: baseSiteUrl() });
    await ready(based.page);
    await declareSev1(based.page);
    expect(
      await based.page.getByRole('link', { name: 'Open this kickoff in the post-mortem generator' }).getAttribute('href'),
    ).toMatch(/^\/handbook\/tools\/postmortem\/#draft=/);
    expect(based.external).toEqual([]);
    await based.context.close();

    const thai = await openPage(browser, `th/${PAGE}`);
    await thai.page.getByRole('heading', { level: 1, name: 'ผู้ช่วยเริ่มต้น Incident' }).waitFor();
    await thai.page.locator('.ko-tool[data-ready="true"]').waitFor();
    await thai.page.getByRole('radio', { name: 'SEV2 รุนแรง' }).check();
    await thai.page.getByLabel('หมายเลข Incident').fill('7');
    await thai.page.getByText(/^⚠? ?ยังขาด:/).waitFor();
    expect(await thai.page.getByRole('link', { name: 'เปิดข้อมูลนี้ในเครื่องมือสร้าง Post-mortem' }).getAttribute('href')).toMatch(
      /^\/th\/tools\/postmortem\/#draft=/,
    );
    expect(thai.external).toEqual([]);
    await thai.context.close();
  });

  test('axe finds no violation in the tool, filled in, in light and dark themes and in Thai', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const path of [PAGE, `th/${PAGE}`]) {
        const { page, context, external } = await openPage(browser, path, { colorScheme });
        await page.locator('.ko-tool[data-ready="true"]').waitFor();
        await page.getByRole('radio', { name: /^SEV1 / }).check();
        if (path === PAGE) {
          await answerAll(page, 'Not sure');
          await page.getByLabel('Incident number').fill('x');
          await page.getByLabel('Minutes since declared').fill('10');
        }
        const violations = await inMain(page, await axe(page));
        expect(violations, describeViolations(`${path} (${colorScheme})`, violations)).toEqual([]);
        expect(external).toEqual([]);
        await context.close();
      }
    }
  });

  test('without JavaScript, each tool page says it needs it instead of loading forever', async () => {
    for (const [path, notice] of [
      [PAGE, 'The kickoff assistant needs JavaScript.'],
      ['tools/postmortem/', 'The post-mortem generator needs JavaScript.'],
      [`th/${PAGE}`, 'ผู้ช่วยเริ่มต้น Incident ต้องใช้ JavaScript'],
      ['th/tools/postmortem/', 'เครื่องมือสร้าง Post-mortem ต้องใช้ JavaScript'],
    ] as const) {
      const { page, context } = await openPage(browser, path, { javaScriptEnabled: false });
      // Playwright's text queries skip <noscript>, so the notice is found by its place in <main>.
      const shown = page.locator('main noscript > p');
      expect(await shown.isVisible(), path).toBe(true);
      expect(await shown.textContent(), path).toContain(notice);
      await context.close();
    }
  });

  test('the home page, Start here, When to declare and every footer link to the assistant', async () => {
    for (const [lang, path] of [
      ['', ''],
      ['', 'start/'],
      ['', 'start/when-to-declare/'],
      ['th/', 'th/'],
      ['th/', 'th/start/'],
      ['th/', 'th/start/when-to-declare/'],
    ] as const) {
      const { page, context } = await openPage(browser, path, { javaScriptEnabled: false });
      const target = `/${lang}${PAGE}`;
      const inMainColumn = page.locator(`main a[href="${target}"]`);
      expect(await inMainColumn.count(), `${path || 'home'}: link in the page`).toBeGreaterThan(0);
      expect(await page.locator(`footer.site-footer a[href="${target}"]`).count(), `${path || 'home'}: footer`).toBe(1);
      await context.close();
    }
  });
});
