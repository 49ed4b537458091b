// The calculator's pure logic: time zones, windows, the per-incident table, CSV export, chart data,
// the worker's session, and the English/Thai strings.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { computeMetrics, METRIC_IDS, roundMinutes, toMetricsJson, type MetricsIncident } from '../../src/core/metrics/index.ts';
import { toColumns } from '../../src/core/incident-columns.ts';
import { CORE_CSV_FIELDS } from '../../src/core/import/csv.ts';
import { MetricsSession } from '../../src/islands/metrics/engine.ts';
import { rowsToCsv, CSV_COLUMNS } from '../../src/islands/metrics/export.ts';
import { monthlyTtr, weeklyStack } from '../../src/islands/metrics/chartData.ts';
import { formatMinutes, parseShownNumber } from '../../src/islands/metrics/format.ts';
import metricsDictionary from '../../src/i18n/metrics.ts';
import { createTranslate } from '../../src/core/i18n/translate.ts';
import { pageOf, sortRows, tableRows, type TableRow } from '../../src/islands/metrics/table.ts';
import { nowFromSearch, windowOptions } from '../../src/islands/metrics/window.ts';
import { timeZoneChoices } from '../../src/islands/shared/zone.ts';
import { dateInZone, formatInstant, startOfDayInZone, zoneOffsetLabel } from '../../src/core/time/index.ts';
import { DEFAULT_SEVERITY_MAPPING } from '../../src/core/import/index.ts';
import { SEVERITY_IDS } from '../../src/core/schema.ts';

function row(partial: Partial<TableRow> & { id: string }): TableRow {
  return {
    title: '',
    severity: 'SEV3',
    status: 'resolved',
    service: '',
    team: '',
    declared: '',
    tta: null,
    ttd: null,
    ttm: null,
    ttr: null,
    ...partial,
  };
}

describe('time zones', () => {
  test('the offset shown next to the zone follows daylight saving', () => {
    expect(zoneOffsetLabel(Date.parse('2026-01-15T12:00:00Z'), 'Asia/Bangkok')).toBe('UTC+07:00');
    expect(zoneOffsetLabel(Date.parse('2026-01-15T12:00:00Z'), 'America/New_York')).toBe('UTC-05:00');
    expect(zoneOffsetLabel(Date.parse('2026-07-15T12:00:00Z'), 'America/New_York')).toBe('UTC-04:00');
    expect(zoneOffsetLabel(Date.parse('2026-07-15T12:00:00Z'), 'Asia/Kolkata')).toBe('UTC+05:30');
  });

  test("the zone list starts with UTC and the user's zone, each once", () => {
    const zones = timeZoneChoices('Asia/Bangkok');
    expect(zones.slice(0, 2)).toEqual(['UTC', 'Asia/Bangkok']);
    expect(new Set(zones).size).toBe(zones.length);
    expect(zones).toContain('America/New_York');
  });

  test('a calendar date starts at local midnight in the chosen zone', () => {
    expect(new Date(startOfDayInZone('2026-03-01', 'Asia/Bangkok')).toISOString()).toBe('2026-02-28T17:00:00.000Z');
    expect(new Date(startOfDayInZone('2026-03-01', 'UTC')).toISOString()).toBe('2026-03-01T00:00:00.000Z');
    // The day New York springs forward still starts at 00:00 EST.
    expect(new Date(startOfDayInZone('2026-03-08', 'America/New_York')).toISOString()).toBe('2026-03-08T05:00:00.000Z');
    expect(new Date(startOfDayInZone('2026-03-09', 'America/New_York')).toISOString()).toBe('2026-03-09T04:00:00.000Z');
  });

  test('instants are shown with the zone offset, never bare', () => {
    expect(formatInstant(Date.parse('2026-03-01T10:05:00Z'), 'Asia/Bangkok')).toBe('2026-03-01 17:05 UTC+07:00');
    expect(formatInstant(Date.parse('2026-03-01T10:05:00+07:00'), 'UTC')).toBe('2026-03-01 03:05 UTC');
    expect(dateInZone(Date.parse('2026-03-01T20:00:00Z'), 'Asia/Bangkok')).toBe('2026-03-02');
  });
});

describe('window', () => {
  const now = Date.parse('2026-11-27T05:00:00Z');

  test('a rolling window ends at now, written in the chosen zone, whose calendar the trends follow', () => {
    const w = windowOptions({ kind: 'days', days: 30 }, now, 'Asia/Bangkok');
    expect(w).toEqual({ ok: true, options: { days: 30, now: '2026-11-27T12:00:00+07:00', timeZone: 'Asia/Bangkok' } });
  });

  test('a custom range covers whole local days, both ends included', () => {
    const w = windowOptions({ kind: 'custom', fromDate: '2026-11-01', toDate: '2026-11-30' }, now, 'Asia/Bangkok');
    expect(w).toEqual({
      ok: true,
      options: { from: '2026-11-01T00:00:00+07:00', to: '2026-12-01T00:00:00+07:00', timeZone: 'Asia/Bangkok' },
    });
    const utc = windowOptions({ kind: 'custom', fromDate: '2026-11-01', toDate: '2026-11-01' }, now, 'UTC');
    expect(utc).toEqual({ ok: true, options: { from: '2026-11-01T00:00:00Z', to: '2026-11-02T00:00:00Z', timeZone: 'UTC' } });
  });

  test('a bad custom range names the problem', () => {
    expect(windowOptions({ kind: 'custom', fromDate: '2026-02-30', toDate: '2026-03-01' }, now, 'UTC')).toEqual({
      ok: false,
      problem: 'custom-from-invalid',
    });
    expect(windowOptions({ kind: 'custom', fromDate: '2026-03-01', toDate: '' }, now, 'UTC')).toEqual({
      ok: false,
      problem: 'custom-to-invalid',
    });
    expect(windowOptions({ kind: 'custom', fromDate: '2026-03-02', toDate: '2026-03-01' }, now, 'UTC')).toEqual({
      ok: false,
      problem: 'custom-order',
    });
  });

  test('?now= fixes the end of the window only when it is a timestamp with an offset', () => {
    expect(nowFromSearch('?now=2026-11-27T12:00:00Z', 1)).toEqual({ nowMs: Date.parse('2026-11-27T12:00:00Z'), fixed: true });
    expect(nowFromSearch('?now=2026-11-27T12:00:00', 1)).toEqual({ nowMs: 1, fixed: false, ignored: '2026-11-27T12:00:00' });
    expect(nowFromSearch('', 7)).toEqual({ nowMs: 7, fixed: false });
  });

  test('the custom range and computeMetrics agree on which incidents are in it', () => {
    const w = windowOptions({ kind: 'custom', fromDate: '2026-11-01', toDate: '2026-11-01' }, now, 'Asia/Bangkok');
    if (!w.ok) throw new Error('expected a window');
    const at = (declared: string): MetricsIncident => ({
      id: `INC-${declared}`,
      title: '',
      severity: 'SEV2',
      status: 'investigating',
      milestones: { declared },
    });
    const result = computeMetrics(
      [
        at('2026-10-31T23:59:00+07:00'),
        at('2026-11-01T00:30:00+07:00'),
        at('2026-11-01T23:59:00+07:00'),
        at('2026-11-02T00:30:00+07:00'),
      ],
      w.options,
    );
    expect(result.incidents.inWindow).toBe(2);
  });
});

describe('per-incident table', () => {
  const rows = [
    row({ id: 'INC-0010', title: 'b', ttr: 30, declared: '2026-01-02T00:00:00Z' }),
    row({ id: 'INC-0002', title: 'a', ttr: null, declared: '2026-01-03T00:00:00Z' }),
    row({ id: 'INC-0009', title: 'c', ttr: 5, declared: '' }),
    row({ id: 'INC-0001', title: 'd', ttr: 30, declared: '2026-01-01T00:00:00Z' }),
  ];

  test('sorts ids numerically and durations both ways, blanks always last', () => {
    expect(sortRows(rows, { key: 'id', direction: 'ascending' }).map((r) => r.id)).toEqual([
      'INC-0001',
      'INC-0002',
      'INC-0009',
      'INC-0010',
    ]);
    expect(sortRows(rows, { key: 'ttr', direction: 'descending' }).map((r) => r.id)).toEqual([
      'INC-0010',
      'INC-0001',
      'INC-0009',
      'INC-0002',
    ]);
    expect(sortRows(rows, { key: 'ttr', direction: 'ascending' }).map((r) => r.id)).toEqual([
      'INC-0009',
      'INC-0010',
      'INC-0001',
      'INC-0002',
    ]);
    expect(sortRows(rows, { key: 'declared', direction: 'descending' }).map((r) => r.id)).toEqual([
      'INC-0002',
      'INC-0010',
      'INC-0001',
      'INC-0009',
    ]);
  });

  test('sorting is stable and never loses or invents a row', () => {
    const arb = fc.array(fc.record({ id: fc.string(), ttr: fc.option(fc.integer({ min: 0, max: 50 }), { nil: null }) }), {
      maxLength: 60,
    });
    fc.assert(
      fc.property(arb, fc.constantFrom('ascending' as const, 'descending' as const), (items, direction) => {
        const input = items.map((it, i) => row({ id: `${it.id}#${i}`, ttr: it.ttr }));
        const sorted = sortRows(input, { key: 'ttr', direction });
        expect([...sorted].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...input].sort((a, b) => a.id.localeCompare(b.id)));
        for (let i = 1; i < sorted.length; i++) {
          const [a, b] = [sorted[i - 1]!, sorted[i]!];
          if (a.ttr === null) expect(b.ttr).toBeNull();
          else if (b.ttr !== null) {
            expect(direction === 'ascending' ? a.ttr <= b.ttr : a.ttr >= b.ttr).toBe(true);
            if (a.ttr === b.ttr) expect(input.indexOf(a)).toBeLessThan(input.indexOf(b));
          }
        }
      }),
    );
  });

  test('pages are clamped to the pages that exist', () => {
    const items = Array.from({ length: 120 }, (_, i) => i);
    expect(pageOf(items, 0, 50)).toEqual({ rows: items.slice(0, 50), page: 0, pages: 3 });
    expect(pageOf(items, 9, 50).page).toBe(2);
    expect(pageOf(items, 9, 50).rows).toHaveLength(20);
    expect(pageOf([], 0, 50)).toEqual({ rows: [], page: 0, pages: 1 });
  });

  test('rows use the core durations; a missing or reversed timestamp is blank, never zero', () => {
    const incidents = toColumns([
      {
        id: 'INC-0001',
        title: 'API',
        severity: 'SEV2',
        status: 'resolved',
        milestones: {
          declared: '2026-01-01T10:00:00+07:00',
          acknowledged: '2026-01-01T10:04:30+07:00',
          resolved: '2026-01-01T09:00:00+07:00',
        },
      },
    ]);
    const { windowIncidents } = computeMetrics(incidents, { days: 30, now: '2026-01-10T00:00:00Z', listIncidents: true });
    expect(tableRows(incidents, windowIncidents!)).toEqual([
      {
        id: 'INC-0001',
        title: 'API',
        severity: 'SEV2',
        status: 'resolved',
        service: '',
        team: '',
        declared: '2026-01-01T03:00:00Z',
        tta: 4.5,
        ttr: null,
        ttd: null,
        ttm: null,
      },
    ]);
  });

  test('the table lists exactly the incidents the window counts, in import order', () => {
    const at = (id: string, declared: string) => ({
      id,
      title: id,
      severity: 'SEV3' as const,
      status: 'resolved' as const,
      milestones: { declared },
    });
    const incidents = toColumns([
      at('A', '2026-01-05T00:00:00Z'),
      at('B', '2025-12-01T00:00:00Z'),
      at('C', '2026-01-10T00:00:00Z'),
      at('D', '2025-12-11T00:00:00Z'),
    ]);
    const { windowIncidents, incidents: counts } = computeMetrics(incidents, {
      days: 30,
      now: '2026-01-10T00:00:00Z',
      listIncidents: true,
    });
    // (from, to]: D at exactly 30 days before now is out, C at now is in.
    expect(tableRows(incidents, windowIncidents!).map((r) => r.id)).toEqual(['A', 'C']);
    expect(counts.inWindow).toBe(2);
  });
});

describe('CSV export', () => {
  test('has a header, keeps commas, quotes and Thai intact, and defuses spreadsheet formulas', () => {
    const csv = rowsToCsv([
      row({ id: 'INC-0001', title: 'DB "primary", down', ttr: 12.3456, declared: '2026-01-01T00:00:00Z' }),
      row({ id: 'INC-0002', title: '=HYPERLINK("x")', severity: 'SEV1', status: 'investigating' }),
      row({ id: 'INC-0003', title: 'ฐานข้อมูลล่ม' }),
    ]);
    const parsed = Papa.parse<string[]>(csv.trim()).data;
    expect(parsed[0]).toEqual([...CSV_COLUMNS]);
    expect(parsed[1]).toEqual([
      'INC-0001',
      'DB "primary", down',
      'SEV3',
      'resolved',
      '',
      '',
      '2026-01-01T00:00:00Z',
      '',
      '',
      '',
      '12.346',
    ]);
    expect(parsed[2]![1]).toBe(`'=HYPERLINK("x")`);
    expect(parsed[3]![1]).toBe('ฐานข้อมูลล่ม');
    expect(parsed).toHaveLength(4);
  });
});

describe('chart data', () => {
  const zero = { SEV1: 0, SEV2: 0, SEV3: 0, SEV4: 0 };
  test('weekly stacks draw the full stack first and leave each severity its own height', () => {
    const stack = weeklyStack(
      [
        { period: '2026-W01', start: '2025-12-29T00:00:00Z', total: 6, bySeverity: { SEV1: 1, SEV2: 2, SEV3: 0, SEV4: 3 } },
        { period: '2026-W02', start: '2026-01-05T00:00:00Z', total: 0, bySeverity: zero },
      ],
      SEVERITY_IDS,
    );
    expect(stack.labels).toEqual(['2026-W01', '2026-W02']);
    expect(stack.layers.map((l) => l.severity)).toEqual(['SEV4', 'SEV3', 'SEV2', 'SEV1']);
    expect(stack.layers.map((l) => l.values[0])).toEqual([6, 3, 3, 1]);
    expect(stack.layers.every((l) => l.values[1] === 0)).toBe(true);
  });

  test('monthly lines keep months without a TTR as gaps', () => {
    const lines = monthlyTtr([
      { period: '2026-01', start: '2026-01-01T00:00:00Z', total: 2, bySeverity: zero, mttr: 40, medianTtr: 30, ttrN: 2 },
      { period: '2026-02', start: '2026-02-01T00:00:00Z', total: 0, bySeverity: zero, mttr: null, medianTtr: null, ttrN: 0 },
    ]);
    expect(lines).toEqual({ labels: ['2026-01', '2026-02'], median: [30, null], mean: [40, null] });
  });
});

describe('numbers on the page', () => {
  test('minutes rounded like the CLI JSON are shown as they are and read back to the same value', () => {
    expect(formatMinutes(1234.57, 'en')).toBe('1,234.57');
    expect(formatMinutes(1234.57, 'th')).toBe('1,234.57');
    expect(formatMinutes(roundMinutes(1234.5678), 'en')).toBe('1,234.57');
    expect(formatMinutes(null, 'en')).toBe('');
    expect(parseShownNumber('1,234.57 min')).toBe(1234.57);
    expect(parseShownNumber('1,234.57 นาที')).toBe(1234.57);
  });
});

describe('strings', () => {
  test('counts read naturally in English: 1 incident kept, 2 incidents kept', () => {
    const t = createTranslate(metricsDictionary.en, 'en');
    expect(t('metrics.stageKept', { count: 1 })).toBe('1 incident kept');
    expect(t('metrics.stageKept', { count: 2 })).toBe('2 incidents kept');
    expect(t('metrics.rejectedCaption', { count: 1 })).toBe('1 row was rejected. Every other row was kept.');
  });
});

describe('worker session', () => {
  const csv = [
    CORE_CSV_FIELDS.join(','),
    'INC-0001,Checkout down,SEV1,resolved,2026-11-20T09:55:00Z,2026-11-20T09:58:00Z,2026-11-20T10:00:00Z,2026-11-20T10:03:00Z,,2026-11-20T10:30:00Z,2026-11-20T11:00:00Z,',
    'INC-0002,Slow reports,SEV3,investigating,,,2026-11-25T08:00:00Z,,,,,',
    'INC-0003,Bad row,SEV9,resolved,,,2026-11-25T08:00:00Z,,,,,',
    'INC-0004,Old,SEV2,resolved,,,2026-01-01T08:00:00Z,,,,2026-01-01T09:00:00Z,',
  ].join('\n');
  const opts = {
    source: null,
    mapping: DEFAULT_SEVERITY_MAPPING,
    window: { days: 30, now: '2026-11-27T12:00:00Z', timeZone: 'UTC' },
    lang: 'en' as const,
    sort: { key: 'id' as const, direction: 'ascending' as const },
    pageSize: 1,
  };

  test('a Thai page gets the reasons in Thai, and the same JSON download as the English page', () => {
    const reversed = `${csv}\nINC-0005,Reversed,SEV2,resolved,,,2026-11-25T08:00:00Z,,,,2026-11-25T07:00:00Z,`;
    const run = (lang: 'en' | 'th') => {
      const session = new MetricsSession();
      session.setInput(reversed, 'incidents.csv');
      return { out: session.run({ ...opts, lang }), json: session.exportJson() };
    };
    const th = run('th');
    const en = run('en');
    expect(th.out.rejected[0]).toMatchObject({
      code: 'import.severity.notHandbook',
      message: 'severity "SEV9" must be one of SEV1, SEV2, SEV3, SEV4',
      reason: 'ระดับความรุนแรง "SEV9" ต้องเป็นค่าใดค่าหนึ่งใน SEV1, SEV2, SEV3, SEV4',
    });
    expect(th.out.result.errors[0]).toMatchObject({ id: 'INC-0005', message: 'ttr: resolved อยู่ก่อน declared' });
    expect(en.out.result.errors[0]!.message).toBe('ttr: resolved is before declared');
    expect(th.json).toBe(en.json);
  });

  test('imports, detects the source, reports rejected rows and counts what the CLI counts', () => {
    const session = new MetricsSession();
    session.setInput(csv, 'incidents.csv');
    const stages: string[] = [];
    const out = session.run(opts, (stage, fraction) => stages.push(`${stage}:${fraction}`));
    expect(out.detected).toBe('handbook');
    expect(out.source).toBe('handbook');
    expect(out.rowsRead).toBe(4);
    expect(out.kept + out.rejectedCount).toBe(out.rowsRead);
    expect(out.rejected[0]).toMatchObject({ row: 3, field: 'severity' });
    expect(out.result.incidents.inWindow).toBe(2);
    expect(out.table).toMatchObject({ total: 2, pages: 2, page: 0 });
    expect(out.table.rows.map((r) => r.id)).toEqual(['INC-0001']);
    expect(out.report).toContain('Incident Metrics (30 days)');
    expect(stages).toEqual(['import:0', 'import:1', 'compute:0', 'compute:1']);

    const json = JSON.parse(session.exportJson());
    expect(json).toEqual(
      JSON.parse(
        JSON.stringify(
          toMetricsJson(
            out.result,
            out.rejected.map(({ row, field, code, message }) => ({ row, field, code, message })),
          ),
        ),
      ),
    );
    for (const metric of METRIC_IDS) expect(Object.keys(json[metric])).toEqual(['n', 'mean', 'median', 'p90', 'max']);
    expect(session.page({ key: 'id', direction: 'descending' }, 0, 10).rows.map((r) => r.id)).toEqual(['INC-0002', 'INC-0001']);
    expect(session.exportCsv().trim().split('\n')).toHaveLength(3);
  });

  test('a large file reports import progress that rises towards 1', () => {
    const rows = Array.from(
      { length: 11_000 },
      (_, i) => `INC-${String(i + 10).padStart(5, '0')},Row ${i},SEV3,resolved,,,2026-11-20T08:00:00Z,,,,2026-11-20T09:00:00Z,`,
    );
    const session = new MetricsSession();
    session.setInput([csv.split('\n')[0], ...rows].join('\n'), 'big.csv');
    const fractions: number[] = [];
    session.run(opts, (stage, fraction) => stage === 'import' && fractions.push(fraction));
    const inside = fractions.filter((f) => f > 0 && f < 1);
    expect(inside.length).toBeGreaterThanOrEqual(2);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
  });

  test('a new window recomputes without importing again', () => {
    const session = new MetricsSession();
    session.setInput(csv, 'incidents.csv');
    session.run(opts);
    const stages: string[] = [];
    const out = session.run({ ...opts, window: { days: 365, now: '2026-11-27T12:00:00Z', timeZone: 'UTC' } }, (stage) =>
      stages.push(stage),
    );
    expect(stages).not.toContain('import');
    expect(out.result.incidents.inWindow).toBe(3);
  });

  test('another zone re-imports only when the file has times without an offset, and then reads them in it', () => {
    const session = new MetricsSession();
    session.setInput(csv, 'incidents.csv');
    session.run(opts);
    const stages: string[] = [];
    session.run({ ...opts, window: { ...opts.window, timeZone: 'Asia/Bangkok' } }, (stage) => stages.push(stage));
    expect(stages).not.toContain('import');

    const naive = new MetricsSession();
    naive.setInput(
      `${CORE_CSV_FIELDS.join(',')}\nINC-1,Naive,SEV2,resolved,,,2026-11-20 09:00,,,,2026-11-20 10:30,\n`,
      'naive.csv',
    );
    const utc = naive.run(opts);
    expect(utc).toMatchObject({ naiveTimes: 2, zone: 'UTC', kept: 1 });
    const bangkok = naive.run({ ...opts, window: { ...opts.window, timeZone: 'Asia/Bangkok' } });
    expect(bangkok.zone).toBe('Asia/Bangkok');
    expect(naive.exportCsv().split('\n')[1]).toContain('2026-11-20T09:00:00+07:00');
  });

  test('an unreadable input is an error that names the problem', () => {
    const session = new MetricsSession();
    session.setInput('{"not": "incidents"', 'x.json');
    expect(() => session.run(opts)).toThrow(/not valid JSON/);
  });

  test('an edited mapping changes the severities', () => {
    const session = new MetricsSession();
    session.setInput(
      JSON.stringify([{ tinyId: '1', message: 'm', priority: 'P3', createdAt: '2026-11-25T08:00:00Z', report: {} }]),
      'alerts.json',
    );
    const base = session.run(opts);
    expect(base.source).toBe('opsgenie');
    expect(base.result.bySeverity.SEV3).toBe(1);
    const edited = session.run({
      ...opts,
      mapping: { ...DEFAULT_SEVERITY_MAPPING, priority: { ...DEFAULT_SEVERITY_MAPPING.priority, P3: 'SEV1' } },
    });
    expect(edited.result.bySeverity.SEV1).toBe(1);
  });
});
