// The metrics calculator, clicked through the built site: every sample export gives the numbers the
// CLI gives for the same file, window and "now"; the JSON download is byte-for-byte the CLI's; the
// page is accessible with results and charts shown; and no data leaves the browser.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { toIncidentCsv } from '../../src/core/import/csv.ts';
import type { MetricsJson } from '../../src/core/metrics/index.ts';
import { formatWithOffset } from '../../src/core/time/index.ts';
import { listSamples } from '../../src/islands/metrics/samples.ts';
import { parseShownNumber } from '../../src/islands/metrics/format.ts';
import { END, sampleIncidents } from '../../scripts/make-samples.ts';
import { axe, baseSiteUrl, describeViolations, launchBrowser, openPage, siteUrl, type TrackedPage } from './browser.ts';

// The CLI echoes --now into window.to; the page writes its now in the chosen zone (UTC here), so they match.
const NOW = formatWithOffset(END, 0);
const SAMPLES = listSamples();
const METRICS = ['tta', 'ttd', 'ttm', 'ttr'] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function cli(file: string, days: number): { text: string; json: MetricsJson } {
  const text = execFileSync(
    process.execPath,
    // The page always reads times without an offset in its chosen zone (UTC in these tests): so does the CLI here.
    ['scripts/metrics.ts', `public/samples/${file}`, '--format', 'json', '--now', NOW, '--days', String(days), '--zone', 'UTC'],
    {
      encoding: 'utf8',
    },
  );
  return { text, json: JSON.parse(text) as MetricsJson };
}

async function openTool(path = `tools/metrics/?now=${NOW}`, options: Parameters<typeof openPage>[2] = {}): Promise<TrackedPage> {
  const tracked = await openPage(browser, path, options);
  // Ready once the worker has answered with the default severity mapping.
  await tracked.page.locator('.mt-mapping').waitFor();
  // Whatever zone the test machine is in, compare in UTC (the zone only changes how times are written).
  // The zone list fills in when the select is reached for (focus or pointer), as a reader does.
  await tracked.page.locator('#mt-zone').focus();
  await tracked.page.locator('#mt-zone').selectOption('UTC');
  return tracked;
}

async function chooseDays(page: Page, days: number) {
  await page.locator(`input[name="mt-window"][value="${days}"]`).check();
}

async function loadSample(page: Page, file: string) {
  await page.locator(`[data-sample="${file}"]`).click();
  await page
    .locator('[data-status]')
    .filter({ hasText: /Done|เสร็จแล้ว/ })
    .waitFor({ timeout: 30_000 });
}

const shown = async (page: Page, selector: string) => parseShownNumber((await page.locator(selector).textContent()) ?? '');

async function expectPageMatches(page: Page, json: MetricsJson, label: string) {
  const results = page.locator('.mt-results');
  expect(await results.locator('[data-window-from]').getAttribute('data-window-to'), label).toBe(json.window.to);
  expect(await shown(page, '[data-summary="kept"]'), `${label} kept`).toBe(json.incidents.total);
  expect(await shown(page, '[data-summary="rejected"]'), `${label} rejected`).toBe(json.errors.length);
  expect(await shown(page, '[data-summary="inWindow"]'), `${label} inWindow`).toBe(json.incidents.inWindow);
  expect(await shown(page, '[data-summary="resolved"]'), `${label} resolved`).toBe(json.incidents.resolved);
  expect(await shown(page, '[data-summary="unresolved"]'), `${label} unresolved`).toBe(json.incidents.unresolved);
  for (const [severity, count] of Object.entries(json.bySeverity)) {
    expect(await shown(page, `[data-count="${severity}"]`), `${label} ${severity}`).toBe(count);
  }
  for (const metric of METRICS) {
    const card = `[data-metric="${metric}"]`;
    expect(await shown(page, `${card} [data-stat="n"]`), `${label} ${metric} n`).toBe(json[metric].n);
    for (const stat of ['median', 'p90', 'mean'] as const) {
      const cell = page.locator(`${card} [data-stat="${stat}"]`);
      const text = (await cell.textContent()) ?? '';
      const expected = json[metric][stat];
      if (expected === null) expect(text, `${label} ${metric} ${stat}`).toMatch(/not available|ไม่มีข้อมูล/);
      else {
        // Shown in hours and minutes; the exact minutes the JSON has are on the element.
        expect(Number(await cell.getAttribute('data-minutes')), `${label} ${metric} ${stat}`).toBe(expected);
        expect(text).toMatch(/^(\d[\d,]* (h|ชม\.) )?\d+ (min|นาที)$/);
      }
    }
    // n plus left out is every incident in the window.
    expect(json[metric].n + ((await shown(page, `${card} [data-stat="leftOut"]`)) ?? NaN), `${label} ${metric} left out`).toBe(
      json.incidents.inWindow,
    );
  }
}

/** Requests after the page loaded must be its own lazy chunks, the worker, or sample files: never a send. */
function expectNothingSent(tracked: TrackedPage, from: number) {
  expect(tracked.external).toEqual([]);
  const later = tracked.requests.slice(from).map((url) => new URL(url));
  for (const url of later) {
    if (url.protocol === 'blob:' || url.protocol === 'data:') continue;
    expect(url.pathname, url.href).toMatch(/\/(_astro\/[^/]+|samples\/[^/]+\.(csv|json))$/);
  }
}

describe('metrics calculator: samples agree with the CLI', () => {
  test('there is a sample button for every file in public/samples', async () => {
    expect(SAMPLES.length).toBeGreaterThan(5);
    const tracked = await openTool();
    const buttons = await tracked.page
      .locator('[data-sample]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-sample')));
    expect(buttons).toEqual(SAMPLES);
    await tracked.context.close();
  });

  for (const file of SAMPLES) {
    test(`${file}: page numbers and JSON download equal \`npm run metrics -- ${file} --format json\``, async () => {
      const expected = cli(file, 365);
      const tracked = await openTool();
      const { page, context } = tracked;
      const loaded = tracked.requests.length;
      await chooseDays(page, 365);
      await loadSample(page, file);
      await expectPageMatches(page, expected.json, file);
      expect(await page.locator('[data-detected]').getAttribute('data-source')).not.toBe('');

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download metrics (JSON)' }).click(),
      ]);
      expect(readFileSync((await download.path())!, 'utf8')).toBe(expected.text);
      expectNothingSent(tracked, loaded);
      await context.close();
    });
  }

  test('changing the window recomputes: 30 days agrees with the CLI too', async () => {
    const file = SAMPLES.find((f) => f.startsWith('handbook')) ?? SAMPLES[0]!;
    const tracked = await openTool();
    await chooseDays(tracked.page, 365);
    await loadSample(tracked.page, file);
    await chooseDays(tracked.page, 30);
    await tracked.page.locator('.mt-results [data-window-from]').filter({ hasText: /./ }).waitFor();
    await expect.poll(() => tracked.page.locator('.mt-report').textContent()).toContain('Incident Metrics (30 days)');
    await expectPageMatches(tracked.page, cli(file, 30).json, `${file} 30 days`);
    await tracked.context.close();
  });
});

describe('metrics calculator: using it', () => {
  test('the per-incident table sorts by a column, both ways, and says how it is sorted', async () => {
    const { page, context } = await openTool();
    await chooseDays(page, 365);
    await loadSample(page, 'handbook.csv');
    const ttrHeader = page.locator('th:has(button[data-sort="ttr"])');
    const ttrs = () =>
      page.locator('.mt-incidents tbody tr td:nth-child(9)').evaluateAll((cells) => cells.map((c) => c.textContent ?? ''));
    const numbers = (cells: string[]) => cells.filter((c) => c !== '–').map((c) => Number(c.replace(/,/g, '')));

    await page.locator('button[data-sort="ttr"]').click();
    await expect.poll(() => ttrHeader.getAttribute('aria-sort')).toBe('ascending');
    const ascending = numbers(await ttrs());
    expect(ascending.length).toBeGreaterThan(10);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));

    await page.locator('button[data-sort="ttr"]').click();
    await expect.poll(() => ttrHeader.getAttribute('aria-sort')).toBe('descending');
    const descending = numbers(await ttrs());
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    expect(descending[0]).toBeGreaterThanOrEqual(ascending.at(-1)!);
    await expect.poll(() => page.locator('.mt-incidents caption').textContent()).toMatch(/TTR \(min\) \(descending\)/);

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download incidents (CSV)' }).click(),
    ]);
    const lines = readFileSync((await csv.path())!, 'utf8')
      .trim()
      .split('\n');
    expect(lines[0]).toBe('id,title,severity,status,service,team,declared,tta_minutes,ttd_minutes,ttm_minutes,ttr_minutes');
    expect(lines.length - 1).toBe(await shown(page, '[data-summary="inWindow"]'));
    await context.close();
  });

  test('works from the keyboard: a sample, the window and sorting', async () => {
    const { page, context } = await openTool();
    await page.locator('[data-sample="handbook.csv"]').focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-status]').filter({ hasText: 'Done' }).waitFor();
    await page.locator('input[name="mt-window"][value="30"]').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('.mt-report').textContent()).toContain('Incident Metrics (90 days)');
    await page.locator('button[data-sort="severity"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('th:has(button[data-sort="severity"])').getAttribute('aria-sort')).toBe('ascending');
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('th:has(button[data-sort="severity"])').getAttribute('aria-sort')).toBe('descending');
    await context.close();
  });

  test('the time zone changes how dates read, a custom range is read as days in that zone, and the trends follow it', async () => {
    const { page, context } = await openTool();
    await loadSample(page, 'handbook.csv');
    await page.locator('#mt-zone').focus();
    await page.locator('#mt-zone').selectOption('Asia/Bangkok');
    await expect.poll(() => page.locator('.mt-window').textContent()).toContain('+07:00');
    await page.locator('input[name="mt-window"][value="custom"]').check();
    await page.locator('#mt-from').fill('2026-11-01');
    await page.locator('#mt-to').fill('2026-11-26');
    const windowLine = page.locator('.mt-results [data-window-from]');
    await expect.poll(() => windowLine.getAttribute('data-window-from')).toBe('2026-11-01T00:00:00+07:00');
    await expect.poll(() => windowLine.getAttribute('data-window-to')).toBe('2026-11-27T00:00:00+07:00');
    // Shown in the one human format of every tool: date, 24-hour time, UTC offset.
    expect(await windowLine.textContent()).toContain('2026-11-01 00:00 UTC+07:00');
    expect(await windowLine.textContent()).toContain('2026-11-27 00:00 UTC+07:00');
    expect(await page.locator('.mt-incidents tbody tr td').nth(4).textContent()).toMatch(
      /^\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\+07:00$/,
    );
    expect(await page.locator('.mt-incidents thead').textContent()).toContain('Asia/Bangkok');
    // The trends follow the zone's calendar too, and say so.
    expect(await page.locator('.mt-results').textContent()).toContain('weeks start on Monday at 00:00, Asia/Bangkok');

    await page.locator('#mt-to').fill('2026-10-01');
    await expect.poll(() => page.locator('[data-error]').textContent()).toContain('before the “From” date');
    await context.close();
  });

  test('bad input is announced and the pasted text is kept; a hand-picked source is used', async () => {
    const { page, context } = await openTool();
    await page.locator('#mt-paste').fill('this is not an export');
    await page.getByRole('button', { name: 'Calculate from pasted text' }).click();
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/Could not read the input: .+/);
    expect(await page.locator('#mt-paste').inputValue()).toBe('this is not an export');

    const handbookCsv = readFileSync('public/samples/handbook.csv', 'utf8').split('\n').slice(0, 6).join('\n');
    await page.locator('#mt-paste').fill(handbookCsv);
    await page.locator('#mt-source').selectOption('handbook');
    await page.getByRole('button', { name: 'Calculate from pasted text' }).click();
    // Choosing the source first re-reads the earlier text as that source; the pasted rows follow.
    await expect
      .poll(() =>
        page
          .locator('[data-summary="rowsRead"]')
          .textContent()
          .then((t) => parseShownNumber(t ?? '')),
      )
      .toBe(5);
    expect(await page.locator('[data-detected]').textContent()).toMatch(/chosen by hand/);
    expect(await alert.textContent()).toBe('');
    await context.close();
  });

  test('the severity mapping is visible and an edit recomputes the counts', async () => {
    const { page, context } = await openTool();
    await chooseDays(page, 365);
    await loadSample(page, 'opsgenie-alerts.json');
    const before = await shown(page, '[data-count="SEV1"]');
    await page.locator('.mt-mapping summary').click();
    await page.locator('#mt-map-priority-P2').selectOption('SEV1');
    await expect.poll(() => shown(page, '[data-count="SEV1"]')).toBeGreaterThan(before ?? 0);
    await page.getByRole('button', { name: 'Reset to defaults' }).click();
    await expect.poll(() => shown(page, '[data-count="SEV1"]')).toBe(before);
    await context.close();
  });

  test('a large import shows progress and can be cancelled, keeping the page usable', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'metrics-cancel-'));
    const path = join(dir, 'big.csv');
    writeFileSync(
      path,
      toIncidentCsv(
        sampleIncidents(7, 60_000).map((inc) => ({
          id: `INC-${String(inc.n).padStart(6, '0')}`,
          title: inc.title,
          severity: inc.severity,
          status: inc.t.resolved ? 'resolved' : 'investigating',
          milestones: Object.fromEntries(
            Object.entries(inc.t).map(([k, v]) => [k, formatWithOffset(Math.floor(v / 1000) * 1000, 0)]),
          ),
        })),
      ),
    );
    const { page, context } = await openTool();
    await page.locator('#mt-file').setInputFiles(path);
    await page.locator('progress').waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.locator('[data-status]').textContent()).toContain('Cancelled');
    expect(await page.locator('progress').count()).toBe(0);
    await loadSample(page, 'handbook.csv');
    expect(await shown(page, '[data-summary="kept"]')).toBeGreaterThan(0);
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('the text report is the seed layout and can be copied', async () => {
    const { page, context } = await openTool();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteUrl()).origin });
    await loadSample(page, 'handbook.csv');
    const report = (await page.locator('.mt-report').textContent()) ?? '';
    expect(report).toMatch(/^={50}\nIncident Metrics \(30 days\)\n={50}\n Total Incidents: \d+\n/);
    await page.getByRole('button', { name: 'Copy report' }).click();
    await expect.poll(() => page.locator('[data-status]').textContent()).toContain('copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(report);
    await context.close();
  });
});

describe('metrics calculator: language, base path, privacy, accessibility', () => {
  test('the Thai page works in Thai', async () => {
    const { page, context } = await openTool(`th/tools/metrics/?now=${NOW}`);
    expect(await page.locator('h1').textContent()).toBe('เครื่องคำนวณ Incident Metrics');
    expect(await page.locator('[data-privacy]').textContent()).toContain('ข้อมูลของคุณอยู่ในเบราว์เซอร์นี้เท่านั้น');
    await loadSample(page, 'handbook.csv');
    await expectPageMatches(page, cli('handbook.csv', 30).json, 'th handbook.csv');
    expect(await page.locator('.mt-report').textContent()).toContain('สถิติ Incident (30 วัน)');
    // Rejected rows give their reason in Thai, the same words as `npm run metrics -- --lang th`.
    const reasons = await page.locator('.mt-rejected tbody tr td:nth-child(3)').allTextContents();
    expect(reasons).toContain('ระดับความรุนแรง "SEV5" ต้องเป็นค่าใดค่าหนึ่งใน SEV1, SEV2, SEV3, SEV4');
    expect(reasons).toContain('สถานะ "fixed" ต้องเป็นค่าใดค่าหนึ่งใน investigating, identified, monitoring, resolved');
    for (const reason of reasons) expect(reason).not.toMatch(/must be|is missing|not in the severity mapping/);
    await context.close();
  });

  test('under a base path the worker and the samples load from that path', async () => {
    const tracked = await openTool(`tools/metrics/?now=${NOW}`, { base: baseSiteUrl() });
    await chooseDays(tracked.page, 365);
    await loadSample(tracked.page, 'dispatch.csv');
    await expectPageMatches(tracked.page, cli('dispatch.csv', 365).json, 'base dispatch.csv');
    const own = tracked.requests.filter((u) => /samples\/|worker/.test(u));
    expect(own.length).toBeGreaterThan(1);
    for (const url of own) expect(new URL(url).pathname.startsWith('/handbook/')).toBe(true);
    expect(tracked.external).toEqual([]);
    await tracked.context.close();
  });

  test('the page says no data leaves the browser, and a file import sends nothing', async () => {
    const tracked = await openTool();
    expect(await tracked.page.locator('[data-privacy]').textContent()).toContain('nothing is uploaded');
    const loaded = tracked.requests.length;
    // The charting library is not part of the first load; it comes with the first results.
    const chartChunk = () => tracked.requests.some((u) => /\/_astro\/ChartCanvas[^/]*\.js$/.test(u));
    expect(chartChunk()).toBe(false);
    const methods: string[] = [];
    tracked.page.on('request', (r) => methods.push(r.method()));
    await tracked.page.locator('#mt-file').setInputFiles('public/samples/pagerduty-analytics.csv');
    await tracked.page.locator('[data-status]').filter({ hasText: 'Done' }).waitFor();
    await tracked.page.locator('.mt-chart canvas').first().waitFor();
    expect(chartChunk()).toBe(true);
    await tracked.page.getByRole('button', { name: 'Download incidents (CSV)' }).click();
    expectNothingSent(tracked, loaded);
    expect(tracked.requests.slice(loaded).some((u) => u.includes('/samples/'))).toBe(false);
    expect(methods.filter((m) => m !== 'GET')).toEqual([]);
    await tracked.context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no violation with results and charts shown (${colorScheme})`, async () => {
      const { page, context } = await openTool(`tools/metrics/?now=${NOW}`, { colorScheme });
      await chooseDays(page, 365);
      await loadSample(page, 'incident-io.json');
      await page.locator('.mt-chart canvas').nth(1).waitFor();
      await page.locator('.mt-mapping summary').click();
      for (const summary of await page.locator('.mt-figure summary').all()) await summary.click();
      const violations = await axe(page);
      expect(violations, describeViolations(page.url(), violations)).toEqual([]);
      await context.close();
    });
  }
});

const FIXTURES = 'tests/fixtures/metrics';

function cliOn(path: string, ...args: string[]): string {
  return execFileSync(
    process.execPath,
    ['scripts/metrics.ts', path, '--format', 'json', '--now', NOW, '--days', '365', ...args],
    {
      encoding: 'utf8',
    },
  );
}

async function upload(page: Page, file: string) {
  await page.locator('#mt-file').setInputFiles(join(FIXTURES, file));
}

async function waitDone(page: Page) {
  await page
    .locator('[data-status]')
    .filter({ hasText: /Done|เสร็จแล้ว/ })
    .waitFor({ timeout: 30_000 });
}

describe('metrics calculator: real exports', () => {
  for (const browserZone of ['America/New_York', 'Asia/Tokyo']) {
    test(`naive times in the chosen zone: the JSON download is the CLI's bytes with --zone (browser in ${browserZone})`, async () => {
      const expected = cliOn(join(FIXTURES, 'bom-crlf-naive.csv'), '--zone', 'Asia/Bangkok');
      const tracked = await openTool(undefined, { timezoneId: browserZone });
      const { page, context } = tracked;
      const loaded = tracked.requests.length;
      await page.locator('#mt-zone').focus();
      await page.locator('#mt-zone').selectOption('Asia/Bangkok');
      await chooseDays(page, 365);
      await upload(page, 'bom-crlf-naive.csv');
      await waitDone(page);
      expect(await page.locator('[data-naive-times]').textContent()).toBe(
        '5 times had no UTC offset and were read in Asia/Bangkok.',
      );
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download metrics (JSON)' }).click(),
      ]);
      expect(readFileSync((await download.path())!, 'utf8')).toBe(expected);
      expect(download.suggestedFilename()).toMatch(/^handbook-metrics-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.json$/);
      // The cards read as hours and minutes.
      expect(await page.locator('[data-metric="ttr"] [data-stat="median"]').textContent()).toMatch(/^\d+ h \d+ min$/);

      // A filter changes the download exactly as --severity changes the CLI's output.
      await page.locator('[data-filter="severity"] input[value="SEV3"]').check();
      await expect.poll(() => page.locator('[data-filter-matching]').getAttribute('data-filter-matching')).toBe('1');
      const [filtered] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download metrics (JSON)' }).click(),
      ]);
      expect(readFileSync((await filtered.path())!, 'utf8')).toBe(
        cliOn(join(FIXTURES, 'bom-crlf-naive.csv'), '--zone', 'Asia/Bangkok', '--severity', 'SEV3'),
      );
      expectNothingSent(tracked, loaded);
      await context.close();
    });
  }

  test('filters on service, team and status apply to the cards, the tables and both downloads, as the CLI applies them', async () => {
    const file = join('public', 'samples', 'pagerduty-incidents.json');
    const tracked = await openTool(undefined, { timezoneId: 'Asia/Tokyo' });
    const { page, context } = tracked;
    await chooseDays(page, 365);
    await loadSample(page, 'pagerduty-incidents.json');
    // In UTC the times already say UTC: the window names the zone once, not again in brackets.
    expect(await page.locator('.mt-window').textContent()).toMatch(/^Window: [\d-]+ [\d:]+ UTC to [\d-]+ [\d:]+ UTC$/);
    await page.locator('[data-filter="service"] input').first().check();
    const service = await page.locator('[data-filter="service"] input:checked').getAttribute('value');
    await page.locator('[data-filter="status"] input[value="resolved"]').check();
    await page.locator('[data-filter="team"] input').first().check();
    const team = await page.locator('[data-filter="team"] input:checked').getAttribute('value');
    const expected = cliOn(file, '--zone', 'UTC', '--service', service!, '--status', 'resolved', '--team', team!);
    const json = JSON.parse(expected) as MetricsJson;
    await expect.poll(() => shown(page, '[data-summary="inWindow"]')).toBe(json.incidents.inWindow);
    expect(json.filters.matching).toBeGreaterThan(0);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download metrics (JSON)' }).click(),
    ]);
    expect(readFileSync((await download.path())!, 'utf8')).toBe(expected);
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download incidents (CSV)' }).click(),
    ]);
    const rows = readFileSync((await csv.path())!, 'utf8')
      .trim()
      .split('\n')
      .slice(1);
    expect(rows).toHaveLength(json.incidents.inWindow);
    // The breakdowns, the comparison and the hours are there, in words.
    expect(await page.locator('[data-breakdowns] [data-group]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-compare-row="inWindow"] [data-change]').textContent()).toMatch(
      /up|down|no change|not available/,
    );
    expect(await page.locator('[data-busiest] tbody tr').count()).toBe(24);
    await context.close();
  });

  test('an unrecognised CSV asks which column is which, remembers the answer, and a day-or-month question follows', async () => {
    const { page, context } = await openTool();
    await chooseDays(page, 365);
    await upload(page, 'google-sheets.csv');
    const mapper = page.locator('[data-column-mapper]');
    await mapper.waitFor();
    // Guessed from the headers, shown with a sample value.
    expect(await page.locator('#mt-column-created').inputValue()).toBe('Opened');
    expect(await page.locator('#mt-column-id option[value="Incident"]').textContent()).toBe('Incident — e.g. “IR-1”');
    await page.getByRole('button', { name: 'Read the file with these columns' }).click();
    await waitDone(page);
    expect(await page.locator('[data-columns-used]').textContent()).toContain('created="Opened"');
    expect(await shown(page, '[data-summary="kept"]')).toBe(3);

    // Another unrecognised file: its own mapping, then the date order its columns cannot settle.
    await upload(page, 'ambiguous-dates.csv');
    await page.locator('[data-column-mapper]').waitFor();
    await page.getByRole('button', { name: 'Read the file with these columns' }).click();
    await page.locator('[data-date-order]').waitFor();
    await page.locator('#mt-date-order').selectOption('mdy');
    await page.getByRole('button', { name: 'Read the dates this way' }).click();
    await waitDone(page);
    expect(await shown(page, '[data-summary="kept"]')).toBe(2);

    // The first header set again: read straight away with the remembered mapping.
    await upload(page, 'google-sheets.csv');
    await waitDone(page);
    expect(await page.locator('[data-column-mapper]').count()).toBe(0);
    expect(await shown(page, '[data-summary="kept"]')).toBe(3);
    await context.close();
  });

  test('the severity mapping takes an organisation’s own word, and the Thai page names the PagerDuty rule', async () => {
    const { page, context } = await openTool();
    await chooseDays(page, 365);
    await upload(page, 'excel-semicolon-dayfirst.csv');
    await page.locator('[data-column-mapper]').waitFor();
    await page.locator('#mt-column-acknowledged').selectOption('Acknowledged At');
    await page.getByRole('button', { name: 'Read the file with these columns' }).click();
    await waitDone(page);
    expect(await shown(page, '[data-summary="rejected"]')).toBe(2);
    await page.locator('.mt-mapping summary').click();
    await page.locator('#mt-map-add-value').fill('blocker');
    await page.locator('#mt-map-add-severity').selectOption('SEV1');
    await page.getByRole('button', { name: 'Add to the mapping' }).click();
    await expect.poll(() => shown(page, '[data-summary="rejected"]')).toBe(1);
    expect(await shown(page, '[data-count="SEV1"]')).toBe(2);
    await context.close();

    const thai = await openTool(`th/tools/metrics/?now=${NOW}`);
    expect(await thai.page.locator('[data-major-rule]').textContent()).toContain('priority ที่ระบุไว้ชัดเจน');
    await thai.context.close();
  });
});
