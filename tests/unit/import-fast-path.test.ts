// The import's fast paths agree with the general ones: the hand-rolled ISO 8601 parser with Date.parse,
// the instants in the import's columns with parsing each cell on its own, and computeMetrics over the
// columns with computeMetrics over the same incidents as objects.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { importIncidents, parseTimestamp } from '../../src/core/import/index.ts';
import { incidentAt, toColumns, toIncidents } from '../../src/core/incident-columns.ts';
import { isoToEpochMs } from '../../src/core/time/parse.ts';
import { computeMetrics } from '../../src/core/metrics/index.ts';
import { MILESTONES } from '../../src/core/schema.ts';
import { toEpochMs } from '../../src/core/time/parse.ts';
import { SAMPLE_FILES } from '../../scripts/make-samples.ts';

const two = (n: number) => String(n).padStart(2, '0');

/** Canonical-looking timestamps, including impossible dates and times, fractions and odd offsets. */
const isoLikeIn = (years: { min: number; max: number }) =>
  fc
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
        fc
          .tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }))
          .map(([s, h, m]) => `${s}${two(h)}:${two(m)}`),
        fc.constantFrom('', 'z', '+0700', '+07', ' Z'),
      ),
    })
    .map(
      ({ year, month, day, hour, minute, second, fraction, offset }) =>
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
      fc.property(
        fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9999, 11, 31) }),
        fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 }),
        (ms, offset) => {
          const local = new Date(ms + offset * 60_000).toISOString().slice(0, 23);
          const sign = offset < 0 ? '-' : '+';
          const text = `${local}${offset === 0 ? 'Z' : `${sign}${two(Math.floor(Math.abs(offset) / 60))}:${two(Math.abs(offset) % 60)}`}`;
          expect(isoToEpochMs(text)).toBe(ms);
          expect(isoToEpochMs(text)).toBe(toEpochMs(text));
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe('incident columns from the import', () => {
  const windows = [
    { days: 365, now: '2026-11-27T00:00:00Z' },
    { days: 30, now: '2026-11-20T12:00:00+07:00' },
  ];

  test.each(Object.keys(SAMPLE_FILES))('%s: the columns and the same incidents as objects give the same metrics', (name) => {
    const imported = importIncidents(SAMPLE_FILES[name]!());
    expect(imported.error).toBeUndefined();
    const objects = toIncidents(imported.incidents);
    // Written back in UTC, every instant survives to the millisecond.
    expect(toColumns(objects).times).toEqual(imported.incidents.times);
    for (const window of windows) expect(computeMetrics(imported.incidents, window)).toEqual(computeMetrics(objects, window));
  });

  test('each kept row holds the instants its cells name, parsed one by one (fuzzed handbook CSV: good, bad and odd times)', () => {
    const time = fc.oneof(
      isoLikeIn({ min: 2024, max: 2026 }),
      fc.constantFrom('', '1795000000', '1795000000123', '2026-11-20 10:00:00 UTC', '2026-11-20T10:00+0530', 'yesterday'),
    );
    const row = fc.tuple(
      fc.constantFrom('SEV1', 'SEV2', '3', 'SEV9'),
      fc.constantFrom('', 'resolved', 'monitoring'),
      fc.array(time, { minLength: 8, maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), (rows) => {
        const lines = rows.map(([severity, status, times], i) => [`INC-${i}`, 'title', severity, status, ...times].join(','));
        const imported = importIncidents(['id,title,severity,status,' + MILESTONES.join(','), ...lines].join('\n'), {
          source: 'handbook',
        });
        expect(imported.rejected.length + imported.incidents.length).toBe(imported.rowsRead);
        const rejectedRows = new Set(imported.rejected.map((r) => r.row));
        const expected = rows
          .filter((_, i) => !rejectedRows.has(i + 1))
          .flatMap(([, , times]) =>
            times.map((t) => {
              const parsed = parseTimestamp(t);
              expect(parsed?.ok ?? true).toBe(true); // a kept row has no bad time
              return parsed?.ok ? parsed.ms : Number.NaN;
            }),
          );
        expect([...imported.incidents.times]).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  test('an incident is given back with its milestones in UTC, milliseconds only when there are some', () => {
    const header = 'id,title,severity,status,' + MILESTONES.join(',');
    const { incidents } = importIncidents(
      `${header}\nINC-1,t,SEV1,resolved,,,2026-11-20T09:10:00+07:00,2026-11-20T02:12:00.250Z,,,2026-11-20T11:00:00Z,\n`,
    );
    expect(incidentAt(incidents, 0)).toEqual({
      id: 'INC-1',
      title: 't',
      severity: 'SEV1',
      status: 'resolved',
      milestones: {
        declared: '2026-11-20T02:10:00Z',
        acknowledged: '2026-11-20T02:12:00.250Z',
        resolved: '2026-11-20T11:00:00Z',
      },
    });
  });
});
