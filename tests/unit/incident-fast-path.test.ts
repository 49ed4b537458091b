// parseIncident's fast path (readPlainIncident) is the schema, only faster: on generated records, valid
// and broken in every field, whatever the fast path returns is byte for byte what IncidentSchema returns,
// it never accepts what the schema rejects, and it does take the plain valid records (else it would be
// no faster).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  ACTION_STATUSES,
  ACTION_TYPES,
  INCIDENT_ID_RE,
  MILESTONES,
  PRIORITIES,
  ROLE_IDS,
  SEVERITY_IDS,
  STATUSES,
  TIMELINE_KINDS,
} from '../../src/core/constants.ts';
import { timeValue } from '../../src/core/import/record.ts';
import { isIncidentId, readPlainIncident } from '../../src/core/incident-fast-path.ts';
import { IncidentSchema, TimestampSchema } from '../../src/core/incident-schema.ts';
import { parseIncident } from '../../src/core/incident.ts';
import { isoToEpochMs } from '../../src/core/time/parse.ts';
import { handbookJson } from '../../scripts/make-samples.ts';

type Rec = Record<string, unknown>;

const timestamp = fc.constantFrom(
  '2026-11-27T10:02:00+07:00',
  '2026-11-27T03:02:00Z',
  '2026-11-27T03:02:00.250Z',
  '2024-02-29T23:59:59-05:30',
  // Spellings the schema accepts that isoToEpochMs does not read: the fast path's second way.
  '2026-11-27T03:02:00.1234567891Z',
);
const badTimestamp = fc.constantFrom(
  '2026-11-27 10:02',
  '2026-11-27T10:02:00',
  '2026-02-30T10:02:00Z',
  '2026-11-27T24:00:00Z',
  ' 2026-11-27T10:02:00Z',
  '',
  1764212520000,
);
const date = fc.constantFrom('2026-12-01', '2024-02-29', '');
const badDate = fc.constantFrom('2026-13-01', '2026-02-30', '01/12/2026', 20261201, null);
const junk = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
  fc.string({ maxLength: 3 }),
);

/** A field that is absent, valid, or (now and then) something else. */
function field(valid: fc.Arbitrary<unknown>, invalid: fc.Arbitrary<unknown> = junk, required = false) {
  const options = [
    { weight: 30, arbitrary: valid },
    { weight: 1, arbitrary: invalid },
  ];
  return required ? fc.oneof(...options) : fc.oneof({ weight: 2, arbitrary: fc.constant(undefined) }, ...options);
}

function record(shape: Record<string, fc.Arbitrary<unknown>>, extra = true): fc.Arbitrary<Rec> {
  return fc
    .tuple(
      fc.record(shape),
      extra ? fc.option(fc.dictionary(fc.string({ maxLength: 6 }), junk, { maxKeys: 2 })) : fc.constant(null),
    )
    .map(([fields, more]) => {
      const out: Rec = { ...(more ?? {}) };
      for (const [key, value] of Object.entries(fields)) if (value !== undefined) out[key] = value;
      return out;
    });
}

const text = fc.string({ maxLength: 12 });
const timelineEntry = record({
  time: field(timestamp, badTimestamp, true),
  author: field(text, junk, true),
  text: field(text, junk, true),
  kind: field(fc.constantFrom(...TIMELINE_KINDS)),
});
const actionItem = record({
  task: field(fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom('', 7), true),
  owner: field(text),
  priority: field(fc.constantFrom(...PRIORITIES), fc.constantFrom('P4', 'p1')),
  due: field(date, badDate),
  type: field(fc.constantFrom(...ACTION_TYPES)),
  status: field(fc.constantFrom(...ACTION_STATUSES)),
});
const milestones = fc
  .tuple(
    fc.subarray([...MILESTONES]),
    fc.array(timestamp, { minLength: 8, maxLength: 8 }),
    fc.oneof(
      { weight: 8, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...MILESTONES, 'began'), badTimestamp) },
    ),
  )
  .map(([names, times, broken]) => {
    // Written in reverse order: the schema returns them in its own order, and so must the fast path.
    const out: Rec = {};
    for (const [i, name] of [...names].reverse().entries()) out[name] = times[i];
    if (broken) out[broken[0]] = broken[1];
    return out;
  });

const incident = record({
  schemaVersion: field(fc.constant(1), fc.constant('1')),
  id: field(
    fc.integer({ min: 1, max: 99999 }).map((n) => `INC-${String(n).padStart(4, '0')}`),
    fc.constantFrom('INC-1', 'inc-0001'),
    true,
  ),
  title: field(text, junk, true),
  severity: field(fc.constantFrom(...SEVERITY_IDS), fc.constantFrom('SEV5', 'sev1'), true),
  status: field(fc.constantFrom(...STATUSES), fc.constantFrom('fixed', 'Resolved')),
  roles: field(record(Object.fromEntries(ROLE_IDS.map((r) => [r, field(text)])))),
  summary: field(text),
  impact: field(text),
  rootCause: field(text),
  trigger: field(text),
  detection: field(text),
  resolution: field(text),
  wentWell: field(fc.array(text, { maxLength: 3 }), fc.constant([1])),
  wentWrong: field(fc.array(text, { maxLength: 3 })),
  gotLucky: field(fc.array(text, { maxLength: 3 })),
  milestones: field(milestones),
  timeline: field(fc.array(timelineEntry, { maxLength: 4 })),
  actionItems: field(fc.array(actionItem, { maxLength: 3 })),
  supportingInfo: field(text),
});

/** What the importer made of a milestone before the reader gave its instant: timeValue on the reader's text. */
function importedMs(milestones: Rec): number[] {
  return MILESTONES.map((m) => timeValue(`milestones.${m}`, milestones[m]));
}

/** A part of a timestamp: usually one of the valid values, now and then one of the others. */
const part = (valid: string[], invalid: string[]) =>
  fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...valid) }, { weight: 1, arbitrary: fc.constantFrom(...invalid) });

/** Text shaped like a timestamp, one part now and then something else: edges of the calendar and the clock. */
const nearTimestamp = fc
  .tuple(
    part(['0000', '1900', '2000', '2024', '2026', '2100', '9999'], ['202', '2o26', '-202']),
    part(['01', '02', '04', '09', '11', '12'], ['00', '13', '1:', '/1', '1']),
    part(['01', '09', '28', '29', '30', '31'], ['00', '32', '3:', '/1', '1']),
    part(['T'], ['t', ' ', '_']),
    part(['00', '09', '19', '23'], ['24', '2:', '/1', '1']),
    part(['00', '09', '59'], ['60', '5:', '/1']),
    part([':00', ':09', ':59'], [':60', ':5:', ':/1', '']),
    part(['', '.5', '.250', '.123456789'], ['.', '.1234567891', '.5:', ',5']),
    part(['Z', '+07:00', '-05:30', '+23:59', '-00:00'], ['z', '+24:00', '-00:60', '+0700', '+07', '+07:0:', '+/1:00', '']),
  )
  .map((parts) => {
    const [year, month, day, sep, hour, minute, seconds, fraction, offset] = parts;
    return `${year}-${month}-${day}${sep}${hour}:${minute}${seconds}${fraction}${offset}`;
  });

describe('parseIncident fast path', () => {
  test('a timestamp isoToEpochMs reads always matches the schema pattern, so the fast path skips the pattern for it', () => {
    const pattern = (TimestampSchema._zod.def as unknown as { pattern: RegExp }).pattern;
    let read = 0;
    let refused = 0;
    fc.assert(
      fc.property(nearTimestamp, (text) => {
        if (Number.isNaN(isoToEpochMs(text))) return void refused++;
        read++;
        expect(pattern.test(text)).toBe(true);
        expect(TimestampSchema.safeParse(text).success).toBe(true);
      }),
      { numRuns: 5000 },
    );
    // Both sides of the edge are tried.
    expect(read).toBeGreaterThan(500);
    expect(refused).toBeGreaterThan(500);
  });

  test('reads incident ids as INCIDENT_ID_RE does', () => {
    const idLike = fc
      .tuple(
        fc.constantFrom('INC-', 'INC', 'inc-', 'INC_', ' INC-', ''),
        fc.array(fc.constantFrom('0', '5', '9', '/', ':', 'a', '٣', '\n', ' '), { maxLength: 7 }),
        fc.array(fc.constantFrom('0', '1', '9'), { maxLength: 3 }),
        fc.constantFrom('', '', '', '\n', ' ', 'x'),
      )
      .map(([prefix, digits, more, end]) => prefix + digits.join('') + more.join('') + end);
    fc.assert(
      fc.property(fc.oneof(idLike, fc.string({ maxLength: 10 })), (id) => {
        expect(isIncidentId(id)).toBe(INCIDENT_ID_RE.test(id));
      }),
      { numRuns: 5000 },
    );
    for (const id of ['INC-0001', 'INC-12345', 'INC-001', 'INC-000a', 'INC-0001\n', 'INC-٠٠٠١'])
      expect(isIncidentId(id)).toBe(INCIDENT_ID_RE.test(id));
  });

  test("gives each milestone's instant as the importer read it, on every path of the reader", () => {
    let taken = 0;
    fc.assert(
      fc.property(incident, (value) => {
        const fastMs = new Float64Array(MILESTONES.length).fill(7);
        const fast = readPlainIncident(value, fastMs);
        const readerMs = new Float64Array(MILESTONES.length).fill(7);
        const parsed = parseIncident(value, 'en', readerMs);
        if (!parsed.ok) return;
        const expected = importedMs(parsed.incident.milestones);
        expect([...readerMs]).toEqual(expected);
        if (fast === undefined) return;
        taken++;
        expect([...fastMs]).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
    expect(taken).toBeGreaterThan(200);
    // The older shapes, migrated before the schema reads them.
    const seedMs = new Float64Array(MILESTONES.length);
    const seed = parseIncident(
      {
        id: 'INC-0001',
        title: 'x',
        severity: 2,
        created_at: '2026-11-27T10:02:00+07:00',
        resolved_at: '2026-11-27T11:00:00.1234567891+07:00',
      },
      'en',
      seedMs,
    );
    expect(seed.ok && [...seedMs]).toEqual(
      importedMs({ declared: '2026-11-27T10:02:00+07:00', resolved: '2026-11-27T11:00:00.1234567891+07:00' }),
    );
    const flatMs = new Float64Array(MILESTONES.length);
    const flat = parseIncident(
      { id: 'INC-0002', title: 'x', severity: 'SEV2', declared: '2026-11-27T03:02:00Z', resolved: '' },
      'en',
      flatMs,
    );
    expect(flat.ok && [...flatMs]).toEqual(importedMs({ declared: '2026-11-27T03:02:00Z' }));
  });

  test('returns exactly what the schema returns, and only for records the schema accepts', () => {
    let taken = 0;
    fc.assert(
      fc.property(incident, (value) => {
        const fast = readPlainIncident(value);
        const full = IncidentSchema.safeParse(value);
        if (fast === undefined) return;
        taken++;
        expect(full.success).toBe(true);
        expect(JSON.stringify(fast)).toBe(JSON.stringify(full.data));
        expect(fast).toEqual(full.data);
      }),
      { numRuns: 3000 },
    );
    // Not a vacuous pass: a good share of the generated records take the fast path.
    expect(taken).toBeGreaterThan(300);
  });

  test('parseIncident gives the same result as the schema alone for current-shape records, in both languages', () => {
    fc.assert(
      fc.property(incident, fc.constantFrom('en', 'th') as fc.Arbitrary<'en' | 'th'>, (value, lang) => {
        // Older shapes (the seed's dict, flat milestones) are migrated first: not the schema alone.
        fc.pre(typeof value['severity'] !== 'number' && !['lead', 'created_at', ...MILESTONES].some((k) => k in value));
        const parsed = parseIncident(value, lang);
        const full = IncidentSchema.safeParse(value);
        expect(parsed.ok).toBe(full.success);
        if (parsed.ok && full.success) expect(JSON.stringify(parsed.incident)).toBe(JSON.stringify(full.data));
      }),
      { numRuns: 1000 },
    );
  });

  test('takes every plain valid record of a handbook export', () => {
    const records = (JSON.parse(handbookJson(500, 3)) as Rec[]).slice(0, 500);
    for (const value of records) expect(readPlainIncident(value)).toEqual(IncidentSchema.parse(value));
  });

  test('writes every milestone in the schema order, whatever order the file has', () => {
    const times = MILESTONES.map((_, i) => `2026-11-27T0${i}:00:00Z`);
    const all = Object.fromEntries(MILESTONES.map((m, i) => [m, times[i]]).reverse()) as Rec;
    const value = { id: 'INC-0001', title: 'x', severity: 'SEV2', milestones: all };
    const ms = new Float64Array(MILESTONES.length);
    const fast = readPlainIncident(value, ms);
    expect(Object.keys(fast!.milestones)).toEqual([...MILESTONES]);
    expect(JSON.stringify(fast)).toBe(JSON.stringify(IncidentSchema.parse(value)));
    expect([...ms]).toEqual(times.map((t) => Date.parse(t)));
    // An extra key, or a milestone set to undefined, is for the schema to word.
    expect(readPlainIncident({ ...value, milestones: { ...all, began: times[0] } })).toBeUndefined();
    expect(readPlainIncident({ ...value, milestones: { ...all, closed: undefined } })).toBeUndefined();
  });

  test('leaves unusual objects to the schema', () => {
    const valid = { id: 'INC-0001', title: 'x', severity: 'SEV2' };
    expect(readPlainIncident(valid)).toBeDefined();
    expect(readPlainIncident(Object.assign(Object.create({ status: 'resolved' }) as Rec, valid))).toBeUndefined();
    expect(readPlainIncident({ ...valid, milestones: { declared: undefined } })).toBeUndefined();
    expect(readPlainIncident({ ...valid, timeline: [new Date()] })).toBeUndefined();
  });
});
