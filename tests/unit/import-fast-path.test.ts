// The import's fast paths agree with the general ones: the hand-rolled ISO 8601 parser with Date.parse,
// the milestone epoch ms the import hands to computeMetrics with parsing the milestones again, and
// computeMetrics with those epoch ms with computeMetrics parsing by itself.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { importIncidents } from '../../src/core/import/index.ts';
import { isoToEpochMs } from '../../src/core/import/timestamp.ts';
import { computeMetrics, milestoneEpochMs, type MetricsIncident } from '../../src/core/metrics.ts';
import { MILESTONES } from '../../src/core/schema.ts';
import { toEpochMs } from '../../src/core/time.ts';
import { SAMPLE_FILES } from '../../scripts/make-samples.ts';

const two = (n: number) => String(n).padStart(2, '0');

/** Canonical-looking timestamps, including impossible dates and times, fractions and odd offsets. */
const isoLikeIn = (years: { min: number; max: number }) => fc
  .record({
    year: fc.integer(years),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.integer({ min: 0, max: 32 }),
    hour: fc.integer({ min: 0, max: 24 }),
    minute: fc.integer({ min: 0, max: 60 }),
    second: fc.integer({ min: 0, max: 60 }),
    fraction: fc.option(fc.stringMatching(/^[0-9]{0,10}$/), { nil: undefined }),
    offset: fc.oneof(
      fc.constant('Z'),
      fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 })).map(([s, h, m]) => `${s}${two(h)}:${two(m)}`),
      fc.constantFrom('', 'z', '+0700', '+07', ' Z'),
    ),
  })
  .map(({ year, month, day, hour, minute, second, fraction, offset }) =>
    `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}:${two(second)}${fraction === undefined ? '' : `.${fraction}`}${offset}`,
  );
const isoLike = isoLikeIn({ min: 0, max: 9999 });

/**
 * The general path for the canonical shape: every field in range (checked through Date's own calendar),
 * then Date.parse. Other spellings are not the fast path's to accept.
 */
function general(text: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:Z|[+-](\d{2}):(\d{2}))$/.exec(text);
  if (!m) return Number.NaN;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  if (hour > 23 || minute > 59 || second > 59 || Number(m[7] ?? 0) > 23 || Number(m[8] ?? 0) > 59) return Number.NaN;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return Number.NaN;
  return Date.parse(text);
}

describe('ISO 8601 fast path', () => {
  test('agrees with Date.parse on generated canonical-looking timestamps, valid or not', () => {
    fc.assert(
      fc.property(isoLike, (text) => {
        expect(isoToEpochMs(text)).toBe(general(text));
      }),
      { numRuns: 5000 },
    );
  });

  test('agrees with Date.parse on every instant written in any offset', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9999, 11, 31) }), fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 }), (ms, offset) => {
        const local = new Date(ms + offset * 60_000).toISOString().slice(0, 23);
        const sign = offset < 0 ? '-' : '+';
        const text = `${local}${offset === 0 ? 'Z' : `${sign}${two(Math.floor(Math.abs(offset) / 60))}:${two(Math.abs(offset) % 60)}`}`;
        expect(isoToEpochMs(text)).toBe(ms);
        expect(isoToEpochMs(text)).toBe(toEpochMs(text));
      }),
      { numRuns: 5000 },
    );
  });
});

/** The general path: each kept incident's milestones parsed one by one. */
function parsedAgain(incidents: readonly MetricsIncident[]): Float64Array {
  const out = new Float64Array(incidents.length * MILESTONES.length);
  incidents.forEach((incident, i) => MILESTONES.forEach((m, k) => (out[i * MILESTONES.length + k] = milestoneEpochMs(incident.milestones[m]))));
  return out;
}

describe('milestone epoch ms handed from the import to computeMetrics', () => {
  test.each(Object.keys(SAMPLE_FILES))('%s: equal to parsing the kept milestones again, and the metrics are the same', (name) => {
    const imported = importIncidents(SAMPLE_FILES[name]!());
    expect(imported.error).toBeUndefined();
    expect(imported.milestoneMs).toEqual(parsedAgain(imported.incidents));
    for (const window of [{ days: 365, now: '2026-11-27T00:00:00Z' }, { days: 30, now: '2026-11-20T12:00:00+07:00' }]) {
      expect(computeMetrics(imported.incidents, { ...window, milestoneMs: imported.milestoneMs })).toEqual(computeMetrics(imported.incidents, window));
    }
  });

  test('equal to parsing again for fuzzed handbook CSV rows (good, bad and odd times)', () => {
    const time = fc.oneof(isoLikeIn({ min: 2024, max: 2026 }), fc.constantFrom('', '1795000000', '1795000000123', '2026-11-20 10:00:00 UTC', '2026-11-20T10:00+0530', 'yesterday'));
    const row = fc.tuple(fc.constantFrom('SEV1', 'SEV2', '3', 'SEV9'), fc.constantFrom('', 'resolved', 'monitoring'), fc.array(time, { minLength: 8, maxLength: 8 }));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), (rows) => {
        const lines = rows.map(([severity, status, times], i) => [`INC-${i}`, 'title', severity, status, ...times].join(','));
        const imported = importIncidents(['id,title,severity,status,' + MILESTONES.join(','), ...lines].join('\n'), { source: 'handbook' });
        expect(imported.rejected.length + imported.incidents.length).toBe(imported.rowsRead);
        expect(imported.milestoneMs).toEqual(parsedAgain(imported.incidents));
        const window = { days: 730, now: '2026-07-01T00:00:00Z' };
        expect(computeMetrics(imported.incidents, { ...window, milestoneMs: imported.milestoneMs })).toEqual(computeMetrics(imported.incidents, window));
      }),
      { numRuns: 300 },
    );
  });

  test('a handbook row with every milestone gives the same object, keys in the same order, as one with some', () => {
    const times = ['2026-11-20T09:00:00Z', '2026-11-20T09:05:00Z', '2026-11-20T09:10:00+07:00', '2026-11-20T09:12:00Z', '2026-11-20T09:30:00Z', '2026-11-20T10:00:00Z', '2026-11-20T11:00:00Z', '2026-11-21T11:00:00Z'];
    const header = 'id,title,severity,status,' + MILESTONES.join(',');
    const all = importIncidents(`${header}\nINC-1,t,SEV1,resolved,${times.join(',')}\n`).incidents[0]!;
    const some = importIncidents(`${header}\nINC-1,t,SEV1,resolved,${times.slice(0, 7).join(',')},\n`).incidents[0]!;
    expect(Object.keys(all.milestones)).toEqual([...MILESTONES]);
    expect(Object.keys(some.milestones)).toEqual(MILESTONES.slice(0, 7));
    expect(JSON.stringify(all.milestones)).toBe(JSON.stringify(Object.fromEntries(MILESTONES.map((m, i) => [m, times[i]]))));
  });

  test('epoch ms that do not belong to the incidents are refused', () => {
    const imported = importIncidents(SAMPLE_FILES['handbook.csv']!());
    expect(() => computeMetrics(imported.incidents.slice(1), { days: 30, now: '2026-11-27T00:00:00Z', milestoneMs: imported.milestoneMs })).toThrow(RangeError);
  });
});
