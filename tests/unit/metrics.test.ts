import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  computeMetrics,
  formatDuration,
  formatWholeMinutes,
  METRIC_IDS,
  metricsReport,
  percentile,
  problemText,
  toMetricsJson,
  type MetricsIncident,
} from '../../src/core/metrics/index.ts';
import { summarise } from '../../src/core/metrics/statistics.ts';
import { isoWeekLabel } from '../../src/core/time/index.ts';
import { MILESTONES, SEVERITY_IDS, type Milestone, type SeverityId } from '../../src/core/schema.ts';

const NOW = '2026-11-27T12:00:00Z';
const base = Date.parse('2026-11-20T10:00:00Z');
const at = (minutes: number) => new Date(base + minutes * 60_000).toISOString().replace('.000Z', 'Z');

function incident(id: string, severity: SeverityId, m: Partial<Record<Milestone, number>>): MetricsIncident {
  const milestones = Object.fromEntries(Object.entries(m).map(([k, v]) => [k, at(v!)]));
  return { id, title: id, severity, status: m.resolved !== undefined ? 'resolved' : 'investigating', milestones };
}

describe('computeMetrics durations', () => {
  test('mean, median, p90 (linear interpolation) and max of TTR in minutes', () => {
    const incidents = [10, 20, 30, 40].map((ttr, i) => incident(`INC-000${i + 1}`, 'SEV2', { declared: 0, resolved: ttr }));
    const r = computeMetrics(incidents, { days: 30, now: NOW });
    expect(r.ttr).toMatchObject({ n: 4, mean: 25, median: 25, p90: 37, max: 40, leftOut: 0, uses: ['declared', 'resolved'] });
  });

  test('each metric names its milestones and measures between them', () => {
    const r = computeMetrics(
      [
        incident('INC-0001', 'SEV1', {
          impactStarted: -15,
          detected: -5,
          declared: 0,
          acknowledged: 3,
          mitigated: 40,
          resolved: 90,
        }),
      ],
      { days: 30, now: NOW },
    );
    expect(r.ttd).toMatchObject({ n: 1, median: 10, uses: ['impactStarted', 'detected'] });
    expect(r.tta).toMatchObject({ n: 1, median: 3, uses: ['declared', 'acknowledged'] });
    expect(r.ttm).toMatchObject({ n: 1, median: 55, uses: ['impactStarted', 'mitigated'] });
    expect(r.ttr).toMatchObject({ n: 1, median: 90, uses: ['declared', 'resolved'] });
  });

  test('a missing timestamp leaves the incident out of that metric instead of counting zero', () => {
    const r = computeMetrics(
      [incident('INC-0001', 'SEV2', { declared: 0, resolved: 60 }), incident('INC-0002', 'SEV2', { declared: 0 })],
      { days: 30, now: NOW },
    );
    expect(r.ttr).toMatchObject({ n: 1, mean: 60, median: 60, leftOut: 1, leftOutReasons: { missing: 1, negative: 0 } });
    expect(r.tta).toMatchObject({ n: 0, mean: null, median: null, p90: null, max: null, leftOut: 2 });
    expect(r.incidents).toMatchObject({ inWindow: 2, resolved: 1, unresolved: 1 });
  });

  test('a negative duration (milestones out of order) is left out and named in errors', () => {
    const r = computeMetrics([incident('INC-0007', 'SEV3', { declared: 0, resolved: -30 })], { days: 30, now: NOW });
    expect(r.ttr).toMatchObject({ n: 0, leftOut: 1, leftOutReasons: { missing: 0, negative: 1 } });
    expect(r.errors).toEqual([
      {
        id: 'INC-0007',
        field: 'resolved',
        code: 'metricsReport.problem.reversed',
        vars: { metric: 'ttr', to: 'resolved', from: 'declared' },
        message: 'ttr: resolved is before declared',
      },
    ]);
    expect(problemText(r.errors[0]!, 'th')).toBe('ttr: resolved อยู่ก่อน declared');
  });

  test('percentile interpolates between closest ranks', () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBeCloseTo(9.1);
    expect(percentile([5], 0.9)).toBe(5);
    expect(percentile([], 0.5)).toBeNull();
  });

  test('median and p90 are the closest-rank interpolations of the sorted durations (p90 searched above the median)', () => {
    const closestRanks = (sorted: number[], q: number) => {
      if (sorted.length === 0) return null;
      const pos = (sorted.length - 1) * q;
      const rank = Math.floor(pos);
      return rank === pos || rank + 1 >= sorted.length
        ? sorted[rank]!
        : sorted[rank]! + (sorted[rank + 1]! - sorted[rank]!) * (pos - rank);
    };
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 5 }), fc.double({ min: 0, max: 1e4, noNaN: true })), { maxLength: 60 }),
        (values) => {
          const sorted = [...values].sort((a, b) => a - b);
          const stats = summarise(new Float64Array(values), { missing: 0, negative: 0 }, ['declared', 'resolved']);
          expect(stats.median).toBe(closestRanks(sorted, 0.5));
          expect(stats.p90).toBe(closestRanks(sorted, 0.9));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('computeMetrics window', () => {
  test('the window is (now - days, now]: the start is excluded, the end included', () => {
    const now = '2026-11-27T00:00:00Z';
    const r = computeMetrics(
      [
        { id: 'A', title: '', severity: 'SEV1', status: 'investigating', milestones: { declared: '2026-10-28T00:00:00Z' } },
        { id: 'B', title: '', severity: 'SEV2', status: 'investigating', milestones: { declared: '2026-10-28T00:00:01Z' } },
        { id: 'C', title: '', severity: 'SEV3', status: 'investigating', milestones: { declared: '2026-11-27T00:00:00Z' } },
        { id: 'D', title: '', severity: 'SEV4', status: 'investigating', milestones: { declared: '2026-11-27T00:00:01Z' } },
      ],
      { days: 30, now },
    );
    expect(r.incidents).toMatchObject({ total: 4, inWindow: 2 });
    expect(r.bySeverity).toEqual({ SEV1: 0, SEV2: 1, SEV3: 1, SEV4: 0 });
    expect(r.window).toEqual({ from: '2026-10-28T00:00:00Z', to: now, days: 30 });
  });

  test('offsets are respected: 07:00+07:00 is midnight UTC', () => {
    const r = computeMetrics(
      [{ id: 'A', title: '', severity: 'SEV1', status: 'investigating', milestones: { declared: '2026-11-27T07:00:00+07:00' } }],
      { days: 1, now: '2026-11-27T00:00:00Z' },
    );
    expect(r.incidents.inWindow).toBe(1);
  });

  test('without declared, detected then impactStarted place the incident; with none it is reported', () => {
    const r = computeMetrics(
      [
        { id: 'A', title: '', severity: 'SEV1', status: 'investigating', milestones: { detected: at(0) } },
        { id: 'B', title: '', severity: 'SEV1', status: 'investigating', milestones: { impactStarted: at(0) } },
        { id: 'C', title: '', severity: 'SEV1', status: 'resolved', milestones: { resolved: at(0) } },
      ],
      { days: 30, now: NOW },
    );
    expect(r.incidents).toMatchObject({ total: 3, inWindow: 2, undated: 1 });
    expect(r.errors.map((e) => e.id)).toEqual(['C']);
  });

  test('from/to windows and bad windows', () => {
    const r = computeMetrics([incident('A', 'SEV1', { declared: 0 })], {
      from: '2026-11-20T00:00:00Z',
      to: '2026-11-21T12:00:00Z',
    });
    expect(r.window.days).toBe(1.5);
    expect(r.incidents.inWindow).toBe(1);
    expect(() => computeMetrics([], { days: 30, now: '2026-11-27T12:00:00' })).toThrow(/UTC offset/);
    expect(() => computeMetrics([], { days: 0, now: NOW })).toThrow(/positive/);
    expect(() => computeMetrics([], { from: NOW, to: NOW })).toThrow(/after/);
  });
});

describe('trends', () => {
  test('ISO week labels of a calendar date, including week 53 across the new year', () => {
    expect(isoWeekLabel(Date.parse('2026-11-27T12:00:00Z'))).toBe('2026-W48');
    expect(isoWeekLabel(Date.parse('2026-11-23T00:00:00Z'))).toBe('2026-W48');
    expect(isoWeekLabel(Date.parse('2027-01-01T00:00:00Z'))).toBe('2026-W53');
    expect(isoWeekLabel(Date.parse('2025-12-29T00:00:00Z'))).toBe('2026-W01');
  });

  test('weekly and monthly counts per severity and MTTR per month', () => {
    const r = computeMetrics(
      [
        {
          id: 'A',
          title: '',
          severity: 'SEV1',
          status: 'resolved',
          milestones: { declared: '2026-10-30T10:00:00Z', resolved: '2026-10-30T11:00:00Z' },
        },
        {
          id: 'B',
          title: '',
          severity: 'SEV2',
          status: 'resolved',
          milestones: { declared: '2026-11-24T10:00:00Z', resolved: '2026-11-24T10:20:00Z' },
        },
        {
          id: 'C',
          title: '',
          severity: 'SEV2',
          status: 'resolved',
          milestones: { declared: '2026-11-25T10:00:00Z', resolved: '2026-11-25T10:40:00Z' },
        },
      ],
      { days: 30, now: '2026-11-27T12:00:00Z' },
    );
    expect(r.trends.monthly.map((m) => [m.period, m.total, m.mttr, m.ttrN])).toEqual([
      ['2026-10', 1, 60, 1],
      ['2026-11', 2, 30, 2],
    ]);
    const w48 = r.trends.weekly.find((w) => w.period === '2026-W48')!;
    expect(w48).toMatchObject({ start: '2026-11-23T00:00:00Z', total: 2, bySeverity: { SEV1: 0, SEV2: 2, SEV3: 0, SEV4: 0 } });
    expect(r.trends.weekly[0]!.period).toBe('2026-W44');
    expect(r.trends.weekly.reduce((s, w) => s + w.total, 0)).toBe(3);
  });

  test("weeks and months follow the chosen time zone's calendar", () => {
    // Monday 02:00 in Bangkok is still Sunday in UTC; 1 December 03:00 in Bangkok is 30 November in UTC.
    const incidents: MetricsIncident[] = [
      {
        id: 'A',
        title: '',
        severity: 'SEV1',
        status: 'resolved',
        milestones: { declared: '2026-11-23T02:00:00+07:00', resolved: '2026-11-23T03:00:00+07:00' },
      },
      {
        id: 'B',
        title: '',
        severity: 'SEV3',
        status: 'resolved',
        milestones: { declared: '2026-12-01T03:00:00+07:00', resolved: '2026-12-01T03:30:00+07:00' },
      },
    ];
    const window = { days: 30, now: '2026-12-05T00:00:00Z' };
    const count = (buckets: readonly { period: string; total: number }[]) =>
      Object.fromEntries(buckets.filter((b) => b.total > 0).map((b) => [b.period, b.total]));
    const utc = computeMetrics(incidents, window);
    expect(count(utc.trends.weekly)).toEqual({ '2026-W47': 1, '2026-W49': 1 });
    expect(count(utc.trends.monthly)).toEqual({ '2026-11': 2 });
    const bangkok = computeMetrics(incidents, { ...window, timeZone: 'Asia/Bangkok' });
    expect(count(bangkok.trends.weekly)).toEqual({ '2026-W48': 1, '2026-W49': 1 });
    expect(count(bangkok.trends.monthly)).toEqual({ '2026-11': 1, '2026-12': 1 });
    expect(bangkok.trends.weekly.find((w) => w.period === '2026-W48')!.start).toBe('2026-11-23T00:00:00+07:00');
    expect(bangkok.trends.monthly.find((m) => m.period === '2026-12')).toMatchObject({
      start: '2026-12-01T00:00:00+07:00',
      mttr: 30,
    });
    // Only the buckets and the hours of day move: the counts and durations are the same in any zone.
    const zoneFree = (r: typeof utc) => ({
      ...r,
      trends: null,
      outOfHours: { ...r.outOfHours, timeZone: null },
      busiestHours: null,
    });
    expect(zoneFree(bangkok)).toEqual(zoneFree(utc));
    expect(bangkok.busiestHours.counts[2]).toBe(1);
    expect(utc.busiestHours.counts[19]).toBe(1);
  });

  test('bucket starts keep the offset of the day they begin on across a daylight-saving change', () => {
    const r = computeMetrics([], { from: '2026-10-20T00:00:00Z', to: '2026-11-20T00:00:00Z', timeZone: 'America/New_York' });
    // New York leaves daylight saving on Sunday 1 November 2026.
    expect(r.trends.weekly.map((w) => w.start)).toEqual([
      '2026-10-19T00:00:00-04:00',
      '2026-10-26T00:00:00-04:00',
      '2026-11-02T00:00:00-05:00',
      '2026-11-09T00:00:00-05:00',
      '2026-11-16T00:00:00-05:00',
    ]);
    expect(r.trends.monthly.map((m) => m.start)).toEqual(['2026-10-01T00:00:00-04:00', '2026-11-01T00:00:00-04:00']);
    expect(() => computeMetrics([], { days: 7, now: NOW, timeZone: 'Mars/Olympus' })).toThrow(/IANA time zone/);
  });

  test('every incident in the window lands in exactly one week and one month, in any zone (property)', () => {
    const zones = ['UTC', 'Asia/Bangkok', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Chatham'];
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -60 * 24 * 400, max: 60 * 24 * 10 }), { maxLength: 40 }),
        fc.constantFrom(...zones),
        fc.integer({ min: 1, max: 400 }),
        (minutes, timeZone, days) => {
          const r = computeMetrics(
            minutes.map((m, i) => incident(`I${i}`, 'SEV2', { declared: m })),
            { days, now: NOW, timeZone },
          );
          expect(r.trends.weekly.reduce((sum, w) => sum + w.total, 0)).toBe(r.incidents.inWindow);
          expect(r.trends.monthly.reduce((sum, m) => sum + m.total, 0)).toBe(r.incidents.inWindow);
          const starts = r.trends.weekly.map((w) => Date.parse(w.start));
          expect(starts.every((ms, i) => i === 0 || ms > starts[i - 1]!)).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('text report', () => {
  test("reproduces the seed's metrics_report layout for its worked example", () => {
    const seedIncident: MetricsIncident = {
      id: 'INC-0001',
      title: 'API Response Time > 5s',
      severity: 'SEV2',
      status: 'resolved',
      milestones: { declared: '2026-11-27T09:00:00+07:00', resolved: '2026-11-27T09:45:00+07:00' },
    };
    const report = metricsReport(computeMetrics([seedIncident], { days: 30, now: '2026-11-27T12:00:00+07:00' }));
    expect(report).toBe(
      [
        '==================================================',
        'Incident Metrics (30 days)',
        '==================================================',
        ' Total Incidents: 1',
        ' SEV2: 1',
        ' Avg TTR: 45 minutes',
        ' Resolved: 1/1',
        '',
      ].join('\n'),
    );
  });

  test('lists only the severities present, sorted, and Avg TTR 0 when nothing is resolved (as the seed does)', () => {
    const r = computeMetrics([incident('A', 'SEV3', { declared: 0 }), incident('B', 'SEV1', { declared: 1 })], {
      days: 30,
      now: NOW,
    });
    expect(metricsReport(r).split('\n').slice(3)).toEqual([
      ' Total Incidents: 2',
      ' SEV1: 1',
      ' SEV3: 1',
      ' Avg TTR: 0 minutes',
      ' Resolved: 0/2',
      '',
    ]);
  });

  test('details follow the seed block; Thai labels in Thai', () => {
    const r = computeMetrics([incident('A', 'SEV2', { declared: 0, resolved: 45 })], { days: 8, now: NOW });
    const en = metricsReport(r, 'en', { details: true });
    expect(en.startsWith(metricsReport(r))).toBe(true);
    expect(en).toContain(' TTR (resolved − declared): mean 45 min, median 45 min, p90 45 min, max 45 min; n=1, left out 0');
    const th = metricsReport(r, 'th');
    expect(th).toContain('สถิติ Incident (8 วัน)');
    expect(th).not.toMatch(/undefined|null|NaN/);
  });

  test('durations read as hours and minutes in both languages', () => {
    expect(formatDuration(1297.05)).toBe('21 h 37 min');
    expect(formatDuration(45)).toBe('45 min');
    expect(formatDuration(1297.05, 'th')).toBe('21 ชม. 37 นาที');
    expect(formatDuration(60 * 30)).toBe('30 h 0 min');
  });

  test("whole minutes round half to even like Python's .0f", () => {
    expect([0.5, 1.5, 2.5, 2.4999, 2.51, 44.6].map(formatWholeMinutes)).toEqual(['0', '2', '2', '2', '3', '45']);
  });
});

describe('JSON shape', () => {
  test('has exactly the documented keys, minutes rounded to 2 decimals, null when n is 0', () => {
    const r = computeMetrics(
      [
        incident('A', 'SEV2', { declared: 0, resolved: 10 }),
        incident('B', 'SEV2', { declared: 0, resolved: 20 }),
        incident('C', 'SEV2', { declared: 0, resolved: 20 }),
      ],
      { days: 30, now: NOW },
    );
    const json = toMetricsJson(r, [{ row: 3, field: 'severity', code: 'import.missing', message: 'severity is missing' }]);
    // The fields of the first version keep their names and places; the breakdowns come after them.
    expect(Object.keys(json)).toEqual([
      'window',
      'incidents',
      'bySeverity',
      'ttd',
      'tta',
      'ttm',
      'ttr',
      'filters',
      'breakdowns',
      'previousWindow',
      'outOfHours',
      'busiestHours',
      'errors',
    ]);
    expect(Object.keys(json.incidents)).toEqual(['total', 'inWindow', 'resolved', 'unresolved']);
    expect(json.ttr).toEqual({ n: 3, mean: 16.67, median: 20, p90: 20, max: 20 });
    expect(json.tta).toEqual({ n: 0, mean: null, median: null, p90: null, max: null });
    expect(json.errors).toEqual([{ row: 3, field: 'severity', code: 'import.missing', message: 'severity is missing' }]);
  });
});

describe('metric invariants (property)', () => {
  const WINDOW_START = Date.parse('2026-08-01T00:00:00Z');
  const arbIncident = fc.record({
    severity: fc.constantFrom(...SEVERITY_IDS),
    status: fc.constantFrom('investigating', 'resolved' as const),
    times: fc.array(fc.option(fc.integer({ min: 0, max: 150 * 24 * 60 }), { nil: undefined }), {
      minLength: MILESTONES.length,
      maxLength: MILESTONES.length,
    }),
  });
  test('median <= p90 <= max, n + leftOut = inWindow, counts add up', () => {
    fc.assert(
      fc.property(fc.array(arbIncident, { maxLength: 40 }), fc.integer({ min: 1, max: 120 }), (arb, days) => {
        const incidents: MetricsIncident[] = arb.map((a, i) => ({
          id: `INC-${i}`,
          title: '',
          severity: a.severity,
          status: a.status,
          milestones: Object.fromEntries(
            MILESTONES.flatMap((m, j) =>
              a.times[j] === undefined ? [] : [[m, new Date(WINDOW_START + a.times[j]! * 60_000).toISOString()]],
            ),
          ),
        }));
        const r = computeMetrics(incidents, { days, now: '2026-12-01T00:00:00Z' });
        expect(SEVERITY_IDS.reduce((s, id) => s + r.bySeverity[id], 0)).toBe(r.incidents.inWindow);
        expect(r.incidents.resolved + r.incidents.unresolved).toBe(r.incidents.inWindow);
        for (const metric of ['ttd', 'tta', 'ttm', 'ttr'] as const) {
          const s = r[metric];
          expect(s.n + s.leftOut).toBe(r.incidents.inWindow);
          if (s.n > 0) {
            expect(s.median!).toBeLessThanOrEqual(s.p90!);
            expect(s.p90!).toBeLessThanOrEqual(s.max!);
            expect(s.median!).toBeGreaterThanOrEqual(0);
          } else {
            expect([s.mean, s.median, s.p90, s.max]).toEqual([null, null, null, null]);
          }
        }
        expect(metricsReport(r, 'en', { details: true })).not.toMatch(/undefined|NaN/);
      }),
      { numRuns: 200 },
    );
  });
});

describe('percentile (property)', () => {
  test('selection gives the same answer as sorting and interpolating', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })), {
          minLength: 1,
          maxLength: 200,
        }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, q) => {
          const sorted = [...values].sort((a, b) => a - b);
          const h = (sorted.length - 1) * q;
          const lo = Math.floor(h);
          const hi = Math.min(lo + 1, sorted.length - 1);
          const expected = sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (h - lo);
          expect(percentile(values, q)).toBeCloseTo(expected, 6);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('computeMetrics: the incidents it counted (listIncidents)', () => {
  test('lists each in-window incident with its anchor and durations, NaN where left out', () => {
    const incidents = [
      incident('A', 'SEV2', { declared: 0, acknowledged: 5, resolved: 60 }),
      incident('B', 'SEV1', { declared: 10, resolved: 0 }),
      incident('old', 'SEV3', { declared: -60 * 24 * 60, resolved: 1 }),
      incident('C', 'SEV4', { detected: 20 }),
    ];
    const window = { from: '2026-11-19T00:00:00Z', to: '2026-11-27T00:00:00Z' };
    expect(computeMetrics(incidents, window).windowIncidents).toBeUndefined();
    const r = computeMetrics(incidents, { ...window, listIncidents: true });
    const listed = r.windowIncidents!;
    expect([...listed.indexes]).toEqual([0, 1, 3]);
    expect([...listed.anchors]).toEqual([base, base + 10 * 60_000, base + 20 * 60_000]);
    const minutes = (j: number, metric: (typeof METRIC_IDS)[number]) =>
      listed.minutes[j * METRIC_IDS.length + METRIC_IDS.indexOf(metric)];
    expect([minutes(0, 'tta'), minutes(0, 'ttr')]).toEqual([5, 60]);
    expect(minutes(1, 'ttr')).toBeNaN(); // resolved before declared: left out, as in the statistics
    expect(minutes(2, 'ttd')).toBeNaN();
    expect(r.incidents.inWindow).toBe(listed.indexes.length);
    expect(r.ttr.n).toBe(1);
  });
});
