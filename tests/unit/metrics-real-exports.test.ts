// The metrics importer over files written the way spreadsheets, scripts and the post-mortem tool
// write them (tests/fixtures/metrics): naive times in a chosen zone, day-first and month-first dates
// settled by the whole column, unrecognised headers read through a column mapping, one incident alone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  COLUMN_FIELDS,
  formatColumnMapping,
  guessColumnMapping,
  importIncidents,
  parseColumnMapping,
  type ColumnMapping,
  type ImportOptions,
} from '../../src/core/import/index.ts';
import { toIncidents } from '../../src/core/incident-columns.ts';
import { computeMetrics, METRIC_IDS, toMetricsJson, type MetricsFilters } from '../../src/core/metrics/index.ts';
import { detectDateOrder, naiveToTimestamp, parseNaiveTime, resolveNaiveTimes } from '../../src/core/time/naive.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'metrics');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

function read(text: string, opts: ImportOptions = {}) {
  const r = importIncidents(text, opts);
  expect(r.rejected.length + r.incidents.length).toBe(r.rowsRead);
  return { ...r, incidents: toIncidents(r.incidents) };
}

const EXCEL_COLUMNS: ColumnMapping = {
  id: 'ID',
  title: 'Title',
  severity: 'Severity',
  status: 'Status',
  created: 'Created At',
  acknowledged: 'Acknowledged At',
  resolved: 'Resolved At',
};

describe('naive times', () => {
  test('a time without an offset is read as the wall clock of the chosen zone, with that zone’s offset', () => {
    expect(naiveToTimestamp('2026-11-20 09:06', 'Asia/Bangkok')).toBe('2026-11-20T09:06:00+07:00');
    expect(naiveToTimestamp('2026-07-01T12:00:00.123456', 'Europe/London')).toBe('2026-07-01T12:00:00.123+01:00');
    expect(naiveToTimestamp('20/11/2026 2:05 PM', 'UTC', 'dmy')).toBe('2026-11-20T14:05:00Z');
    expect(parseNaiveTime('03/04/2026 10:00', 'UTC')).toEqual({ ok: false, problem: 'needs-order' });
    expect(parseNaiveTime('31/02/2026 10:00', 'UTC', 'dmy')).toEqual({ ok: false, problem: 'invalid' });
    expect(parseNaiveTime('2026-11-20 09:06', undefined)).toEqual({ ok: false, problem: 'no-zone' });
  });

  test('a whole column settles day-first or month-first; a column that never does is ambiguous', () => {
    expect(detectDateOrder(['03/11/2026 09:15', '20/11/2026 14:00'])).toBe('dmy');
    expect(detectDateOrder(['11/02/2026 08:00', '11/20/2026 16:05'])).toBe('mdy');
    expect(detectDateOrder(['03/04/2026 10:00', '05/06/2026 10:00'])).toBe('ambiguous');
    expect(detectDateOrder(['13/01/2026 10:00', '01/13/2026 10:00'])).toBe('conflict');
    expect(detectDateOrder(['2026-11-20T10:00:00Z'])).toBeNull();
  });

  test('without a zone the row is rejected with a message that says what to choose', () => {
    const r = read(fixture('bom-crlf-naive.csv'));
    expect(r.source).toBe('handbook');
    expect(r.incidents).toHaveLength(0);
    expect(r.rejected[0]).toMatchObject({ row: 1, field: 'detected', value: '2026-11-20 09:00' });
    expect(r.rejected[0]!.message).toMatch(/no UTC offset; choose the time zone/);
  });

  test('a script’s CSV with a BOM, CRLF and isoformat() times is read in the chosen zone, and counted', () => {
    const r = read(fixture('bom-crlf-naive.csv'), { zone: 'Asia/Bangkok' });
    expect(r.rejected).toEqual([]);
    expect(r.naiveTimes).toBe(5);
    expect(r.zone).toBe('Asia/Bangkok');
    expect(r.incidents[0]!.milestones).toMatchObject({
      declared: '2026-11-20T02:06:00Z',
      acknowledged: '2026-11-20T02:10:00.123Z',
      resolved: '2026-11-20T04:43:00Z',
    });
    // A time that has its offset keeps it: INC-0202 resolved at 13:40 +07:00.
    expect(r.incidents[1]!.milestones.resolved).toBe('2026-11-22T06:40:00Z');
  });

  test('an ambiguous column asks for the date order instead of guessing, and the answer is used', () => {
    const asked = read(fixture('ambiguous-dates.csv'), { zone: 'UTC', columns: EXCEL_COLUMNS_SMALL() });
    expect(asked.rowsRead).toBe(0);
    expect(asked.needsDateOrder).toEqual(['Created At', 'Resolved At']);
    expect(asked.error).toMatch(/could be day-first or month-first/);
    const answered = read(fixture('ambiguous-dates.csv'), { zone: 'UTC', dateOrder: 'mdy', columns: EXCEL_COLUMNS_SMALL() });
    expect(answered.incidents.map((i) => i.milestones.declared)).toEqual(['2026-03-04T10:00:00Z', '2026-05-06T10:00:00Z']);
  });

  test('the seed script’s single v0 dict with isoformat() times is one incident', () => {
    const r = read(fixture('seed-single-naive.json'), { zone: 'UTC' });
    expect(r.incidents).toHaveLength(1);
    expect(r.incidents[0]).toMatchObject({ id: 'INC-0301', milestones: { declared: '2026-11-18T08:00:00.250Z' } });
    expect(r.naiveTimes).toBe(2);
  });

  test('resolveNaiveTimes replaces only naive times, at any depth', () => {
    expect(
      resolveNaiveTimes(
        { title: 'x', milestones: { declared: '2026-11-20 09:06', resolved: '2026-11-20T10:00:00Z' } },
        { zone: 'Asia/Bangkok' },
      ),
    ).toEqual({ title: 'x', milestones: { declared: '2026-11-20T09:06:00+07:00', resolved: '2026-11-20T10:00:00Z' } });
  });
});

function EXCEL_COLUMNS_SMALL(): ColumnMapping {
  return { id: 'ID', title: 'Title', severity: 'Severity', created: 'Created At', resolved: 'Resolved At' };
}

describe('column mapping', () => {
  test('an unrecognised CSV is not refused outright: the error lists its columns for the mapping step', () => {
    const r = read(fixture('excel-semicolon-dayfirst.csv'));
    expect(r.error).toMatch(/say which column is which/);
    expect(r.needsColumns).toEqual(['ID', 'Title', 'Severity', 'Status', 'Created At', 'Acknowledged At', 'Resolved At']);
  });

  test('Excel’s semicolon CSV with day-first dates, through a mapping, with the user’s own severity words', () => {
    const r = read(fixture('excel-semicolon-dayfirst.csv'), {
      columns: EXCEL_COLUMNS,
      zone: 'Asia/Bangkok',
      mapping: { names: { blocker: 'SEV1' } },
    });
    expect(r.columns).toEqual(EXCEL_COLUMNS);
    expect(r.incidents.map((i) => [i.id, i.severity, i.status])).toEqual([
      ['INC-101', 'SEV1', 'resolved'],
      ['INC-102', 'SEV2', 'resolved'],
      ['INC-103', 'SEV1', 'investigating'],
    ]);
    // 03/11 is 3 November: the column has 20/11 and 25/11, so it is day-first.
    expect(r.incidents[0]!.milestones).toMatchObject({ declared: '2026-11-03T02:15:00Z', resolved: '2026-11-03T04:00:00Z' });
    expect(r.rejected).toEqual([
      {
        row: 4,
        field: 'Created At',
        code: 'import.time.impossible',
        message: 'Created At: "31/11/2026 10:00" is not a date and time that exists',
        reason: 'Created At: "31/11/2026 10:00" is not a date and time that exists',
        value: '31/11/2026 10:00',
      },
    ]);
  });

  test('Google Sheets’ month-first CSV, with the mapping guessed from its headers', () => {
    const text = fixture('google-sheets.csv');
    const columns = guessColumnMapping(['Incident', 'Summary', 'Priority', 'State', 'Opened', 'Resolved']);
    expect(columns).toEqual({
      id: 'Incident',
      title: 'Summary',
      severity: 'Priority',
      status: 'State',
      created: 'Opened',
      resolved: 'Resolved',
    });
    const r = read(text, { columns, zone: 'America/New_York' });
    expect(r.rejected).toEqual([]);
    expect(r.incidents.map((i) => [i.title, i.severity, i.milestones.declared])).toEqual([
      ['DB failover, primary lost', 'SEV1', '2026-11-02T13:00:00Z'],
      ['Cache stampede', 'SEV3', '2026-11-20T21:05:00Z'],
      ['Queue lag "consumer" stuck', 'SEV2', '2026-11-24T12:45:00Z'],
    ]);
  });

  test('a mapping naming a column the file does not have is refused with the reason', () => {
    const r = read(fixture('google-sheets.csv'), { columns: { id: 'Incident', created: 'Created' } });
    expect(r.error).toMatch(/created: there is no column "Created"/);
  });

  test('the CLI spelling round-trips and rejects unknown fields', () => {
    const parsed = parseColumnMapping('id=ID,created="Created At",resolved=Resolved At');
    expect(parsed).toEqual({ ok: true, columns: { id: 'ID', created: 'Created At', resolved: 'Resolved At' } });
    expect(formatColumnMapping(parsed.ok ? parsed.columns : {})).toBe('id="ID",created="Created At",resolved="Resolved At"');
    expect(parseColumnMapping('opened=X')).toMatchObject({
      ok: false,
      problem: { code: 'import.columns.unknownField', vars: { field: 'opened' } },
    });
  });
});

describe('one incident or many', () => {
  test('the post-mortem generator’s single incident object is one incident, read by the incident reader', () => {
    const r = read(fixture('single-incident.json'));
    expect(r.source).toBe('handbook');
    expect(r.rowsRead).toBe(1);
    expect(r.incidents[0]).toMatchObject({ id: 'INC-0001', severity: 'SEV2', milestones: { declared: '2026-03-12T03:02:00Z' } });
  });
});

describe('PagerDuty Analytics severity', () => {
  const record = (priority: string | null) => ({
    id: 'Q',
    incident_number: 1,
    created_at: '2026-11-20T10:00:00Z',
    priority_name: priority,
    urgency: 'low',
    major: true,
  });
  test('an explicit priority wins over major: true; the flag decides only without a priority, and can be switched off', () => {
    const r = read(JSON.stringify({ data: [record('P2'), record(null)] }));
    expect(r.incidents.map((i) => i.severity)).toEqual(['SEV2', 'SEV1']);
    const off = read(JSON.stringify({ data: [record(null)] }), { mapping: { majorIncident: null } });
    expect(off.incidents[0]!.severity).toBe('SEV3');
  });
});

describe('fuzzing the mapping and naive-time paths', () => {
  const cell = fc.oneof(
    fc.string({ maxLength: 12 }).map((s) => s.replace(/[,"\r\n]/g, ' ')),
    fc
      .record({
        d: fc.integer({ min: 0, max: 35 }),
        m: fc.integer({ min: 0, max: 14 }),
        y: fc.integer({ min: 1990, max: 2040 }),
        h: fc.integer({ min: 0, max: 26 }),
        mi: fc.integer({ min: 0, max: 61 }),
        iso: fc.boolean(),
      })
      .map(({ d, m, y, h, mi, iso }) =>
        iso
          ? `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')} ${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}`
          : `${d}/${m}/${y} ${h}:${String(mi).padStart(2, '0')}`,
      ),
  );
  const HEADER = ['A', 'B', 'C', 'D', 'E'];
  const mapping = fc
    .record({
      id: fc.constantFrom(...HEADER),
      created: fc.constantFrom(...HEADER),
      resolved: fc.option(fc.constantFrom(...HEADER), { nil: undefined }),
      severity: fc.option(fc.constantFrom(...HEADER), { nil: undefined }),
    })
    .map((m) => Object.fromEntries(Object.entries(m).filter(([, v]) => v !== undefined)) as ColumnMapping);

  test('no crash, no NaN, no negative duration, no row lost: kept + rejected = read', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { maxLength: 12 }),
        mapping,
        fc.constantFrom('UTC', 'Asia/Bangkok', 'America/New_York', 'Asia/Kathmandu'),
        fc.option(fc.constantFrom('dmy' as const, 'mdy' as const), { nil: undefined }),
        (rows, columns, zone, dateOrder) => {
          const text = [HEADER, ...rows].map((r) => r.join(',')).join('\n') + '\n';
          const r = importIncidents(text, { columns, zone, dateOrder, mapping: { fallback: 'SEV4' } });
          if (r.error) {
            expect(r.rowsRead).toBe(0);
            return;
          }
          expect(r.incidents.length + r.rejected.length).toBe(r.rowsRead);
          expect(r.rowsRead).toBe(rows.filter((cells) => cells.join(',').trim() !== '').length);
          for (const incident of toIncidents(r.incidents)) {
            for (const value of Object.values(incident.milestones)) expect(Number.isNaN(Date.parse(value!))).toBe(false);
          }
          expect(r.rejected.every((x) => x.row >= 1 && x.field && x.message)).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });

  test('computeMetrics on fuzzed imports: no crash, no NaN, no negative duration, and every breakdown adds up to the window', () => {
    const owned = mapping.chain((columns) =>
      fc
        .record({
          service: fc.option(fc.constantFrom(...HEADER), { nil: undefined }),
          team: fc.option(fc.constantFrom(...HEADER), { nil: undefined }),
        })
        .map(
          (extra) =>
            ({ ...columns, ...Object.fromEntries(Object.entries(extra).filter(([, v]) => v !== undefined)) }) as ColumnMapping,
        ),
    );
    const filters: fc.Arbitrary<MetricsFilters> = fc.record({
      severity: fc.subarray(['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const),
      status: fc.subarray(['investigating', 'identified', 'monitoring', 'resolved'] as const),
      service: fc.array(fc.string({ maxLength: 3 }), { maxLength: 2 }),
      team: fc.array(fc.string({ maxLength: 3 }), { maxLength: 2 }),
    });
    const hours = fc
      .record({
        start: fc.integer({ min: 0, max: 47 }),
        length: fc.integer({ min: 1, max: 48 }),
        days: fc.subarray(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const, { minLength: 1 }),
      })
      .map(({ start, length, days }) => {
        const clock = (half: number) => `${String(Math.floor(half / 2)).padStart(2, '0')}:${half % 2 ? '30' : '00'}`;
        return { start: clock(start), end: clock(Math.min(48, start + length)), days };
      });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { maxLength: 12 }),
        owned,
        fc.constantFrom('UTC', 'Asia/Bangkok', 'America/New_York', 'Asia/Kathmandu'),
        fc.option(filters, { nil: undefined }),
        hours,
        fc.integer({ min: 1, max: 20_000 }),
        (rows, columns, zone, chosen, workingHours, days) => {
          const text = [HEADER, ...rows].map((r) => r.join(',')).join('\n') + '\n';
          const r = importIncidents(text, { columns, zone, dateOrder: 'dmy', mapping: { fallback: 'SEV4' } });
          if (r.error) return;
          expect(r.incidents.length + r.rejected.length).toBe(r.rowsRead);
          const result = computeMetrics(r.incidents, {
            days,
            now: '2040-12-31T00:00:00Z',
            timeZone: zone,
            workingHours,
            ...(chosen && { filters: chosen }),
          });
          const json = toMetricsJson(result, r.rejected);
          // No NaN or Infinity anywhere: JSON would write them as null, so compare with a pass through JSON.
          const numbers: number[] = [];
          JSON.stringify(json, (_, v: unknown) => (typeof v === 'number' && numbers.push(v), v));
          expect(numbers.every(Number.isFinite)).toBe(true);
          const { inWindow, total } = json.incidents;
          expect(total).toBe(r.incidents.length);
          expect(json.filters.matching).toBeLessThanOrEqual(total);
          expect(inWindow + json.previousWindow.inWindow).toBeLessThanOrEqual(json.filters.matching);
          const sum = (groups: readonly { count: number }[]) => groups.reduce((n, g) => n + g.count, 0);
          expect(sum(json.breakdowns.bySeverity)).toBe(inWindow);
          for (const groups of [json.breakdowns.byService, json.breakdowns.byTeam])
            if (groups.length) expect(sum(groups)).toBe(inWindow);
          expect(json.busiestHours.counts.reduce((a, b) => a + b, 0)).toBe(inWindow);
          expect(json.outOfHours.count).toBeLessThanOrEqual(inWindow);
          const groups = [...json.breakdowns.bySeverity, ...json.breakdowns.byService, ...json.breakdowns.byTeam];
          for (const stats of [json, ...groups].flatMap((g) => METRIC_IDS.map((m) => g[m]))) {
            for (const v of [stats.mean, stats.median, stats.p90, stats.max]) if (v !== null) expect(v).toBeGreaterThanOrEqual(0);
          }
          for (const g of groups) for (const m of METRIC_IDS) expect(g[m].n).toBeLessThanOrEqual(g.count);
        },
      ),
      { numRuns: 150 },
    );
  });

  test('every field name the CLI documents is one the mapping reads', () => {
    expect(COLUMN_FIELDS).toEqual(
      expect.arrayContaining(['id', 'title', 'severity', 'status', 'service', 'team', 'created', 'resolved']),
    );
  });
});
