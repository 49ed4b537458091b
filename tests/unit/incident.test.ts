import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  actionItemWarnings,
  createIncident,
  durationMinutes,
  formatIncidentId,
  milestoneOrderErrors,
  parseIncident,
} from '../../src/core/incident.ts';
import { CORE_MESSAGES } from '../../src/core/i18n/index.ts';
import { ACTION_STATUSES, ACTION_TYPES, MILESTONES, STATUSES } from '../../src/core/constants.ts';
import { INCIDENT_SCHEMA_VERSION, type Incident } from '../../src/core/schema.ts';
import { SCHEMA_PATH, incidentJsonSchemaText } from '../../scripts/incident-schema.ts';

const example = JSON.parse(readFileSync(new URL('../../examples/inc-0001.json', import.meta.url), 'utf8')) as unknown;

function parsed(value: unknown): Incident {
  const result = parseIncident(value);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.incident;
}

describe('formatIncidentId', () => {
  test('pads the caller-owned counter like the seed', () => {
    expect(formatIncidentId(1)).toBe('INC-0001');
    expect(formatIncidentId(42)).toBe('INC-0042');
    expect(formatIncidentId(12345)).toBe('INC-12345');
  });
  test('rejects counters that cannot be an id', () => {
    expect(() => formatIncidentId(0)).toThrow(/counter/);
    expect(() => formatIncidentId(1.5)).toThrow(RangeError);
  });
});

describe('createIncident', () => {
  test("starts investigating, declared at the given time, with the seed's first timeline entry", () => {
    const inc = createIncident({
      counter: 1,
      title: 'API Response Time > 5s',
      severity: 'SEV2',
      lead: 'Alice',
      at: '2026-03-12T10:02:00+07:00',
    });
    expect(inc).toMatchObject({
      schemaVersion: INCIDENT_SCHEMA_VERSION,
      id: 'INC-0001',
      status: 'investigating',
      severity: 'SEV2',
      roles: { incidentLead: 'Alice' },
      milestones: { declared: '2026-03-12T10:02:00+07:00' },
    });
    expect(inc.timeline).toEqual([
      { time: '2026-03-12T10:02:00+07:00', author: 'Alice', text: 'Incident declared', kind: 'status' },
    ]);
    expect(inc.actionItems).toEqual([]);
  });
  test('refuses a time without a UTC offset instead of guessing the zone', () => {
    expect(() => createIncident({ counter: 1, title: 't', severity: 'SEV3', lead: 'A', at: '2026-03-12T10:02:00' })).toThrow(
      /at must be an ISO 8601 date-time with a UTC offset/,
    );
  });
});

describe('parseIncident', () => {
  test('reads the current format (the worked example)', () => {
    const result = parseIncident(example);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBeUndefined();
    expect(result.incident.actionItems.map((a) => a.owner)).toEqual(['Bob', 'Carol', 'Dave', 'Alice']);
    expect(result.incident.milestones.declared).toBe('2026-11-10T14:11:00+07:00');
  });

  test('fills defaults for fields a file leaves out', () => {
    const inc = parsed({ id: 'INC-0007', title: 'Disk full', severity: 'SEV3' });
    expect(inc.status).toBe('investigating');
    expect(inc.schemaVersion).toBe(1);
    expect(inc.timeline).toEqual([]);
  });

  test('names the field and the reason for every problem', () => {
    const result = parseIncident({
      id: 'X-1',
      title: 'T',
      severity: 'SEV9',
      milestones: { declared: '2026-03-12 10:02' },
      actionItems: [{ task: 'x', due: 'next week' }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byField = Object.fromEntries(result.errors.map((e) => [e.field, e.message]));
    expect(byField['id']).toMatch(/INC-0001/);
    expect(byField['severity']).toMatch(/SEV1/);
    expect(byField['milestones.declared']).toMatch(/UTC offset.*got "2026-03-12 10:02"/);
    expect(byField['actionItems[0].due']).toMatch(/date like 2026-12-04.*got "next week"/);
  });

  test('describes every problem in Thai for the Thai tool, field paths unchanged', () => {
    const bad = {
      id: 'X-1',
      title: 'T',
      severity: 'SEV9',
      milestones: { declared: '2026-03-12 10:02' },
      actionItems: [{ task: 'x', due: 'next week' }],
    };
    const result = parseIncident(bad, 'th');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const english = parseIncident(bad);
    if (english.ok) return;
    // The same problems on the same fields, in the other language.
    expect(result.errors.map((e) => e.field)).toEqual(english.errors.map((e) => e.field));
    const byField = Object.fromEntries(result.errors.map((e) => [e.field, e.message]));
    expect(byField['severity']).toMatch(/ไม่ถูกต้อง|ต้องเป็น|คาดว่า/);
    expect(byField['milestones.declared']).toMatch(/UTC offset.*ได้ "2026-03-12 10:02"/);
    expect(byField['actionItems[0].due']).toMatch(/2026-12-04.*ได้ "next week"/);
    for (const e of result.errors) expect(e.message).toMatch(/[\u0E00-\u0E7F]/);
    expect(parseIncident([], 'th')).toEqual({
      ok: false,
      errors: [{ field: '(top level)', message: expect.stringMatching(/ออบเจกต์ JSON.*อาร์เรย์/) }],
    });
    expect(parseIncident({ created_at: '2026-03-12T10:02:00', title: 'x' }, 'th')).toMatchObject({
      ok: false,
      errors: [{ field: 'created_at', message: expect.stringMatching(/ไม่มี UTC offset/) }],
    });
  });

  test('rejects non-objects and newer schema versions clearly', () => {
    expect(parseIncident([])).toEqual({
      ok: false,
      errors: [{ field: '(top level)', message: expect.stringMatching(/JSON object.*an array/) }],
    });
    expect(parseIncident(null)).toMatchObject({ ok: false });
    expect(parseIncident({ ...(example as object), schemaVersion: 2 })).toEqual({
      ok: false,
      errors: [{ field: 'schemaVersion', message: expect.stringMatching(/newer/) }],
    });
  });

  test("migrates the seed's python dict shape (version 0)", () => {
    const seed = {
      id: 'INC-0001',
      title: 'API Response Time > 5s',
      severity: 2,
      status: 'resolved',
      lead: 'Alice',
      created_at: '2026-03-12T10:02:00+07:00',
      resolved_at: '2026-03-12T10:47:00+07:00',
      timeline: [
        { time: '2026-03-12T10:02:00+07:00', action: 'Incident declared', by: 'Alice' },
        { time: '2026-03-12T10:20:00+07:00', action: 'Status -> identified: Database connection pool exhausted', by: 'Alice' },
        { time: '2026-03-12T10:30:00+07:00', action: 'Asked DBA for help', by: 'Alice' },
      ],
      action_items: [
        { task: 'Increase connection pool to 100', owner: 'Bob', priority: 'P1' },
        { task: 'Add connection pool monitoring' },
      ],
      root_cause: 'Connection pool limit too low for traffic spike',
      impact: '30% of API requests failed for 45 minutes',
    };
    const result = parseIncident(seed);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(0);
    const inc = result.incident;
    expect(inc.severity).toBe('SEV2');
    expect(inc.roles.incidentLead).toBe('Alice');
    expect(inc.rootCause).toBe('Connection pool limit too low for traffic spike');
    expect(inc.milestones).toEqual({
      declared: '2026-03-12T10:02:00+07:00',
      identified: '2026-03-12T10:20:00+07:00',
      resolved: '2026-03-12T10:47:00+07:00',
    });
    expect(inc.timeline.map((e) => [e.author, e.kind])).toEqual([
      ['Alice', 'status'],
      ['Alice', 'status'],
      ['Alice', 'note'],
    ]);
    expect(inc.actionItems[1]).toEqual({
      task: 'Add connection pool monitoring',
      owner: '',
      priority: 'P2',
      due: '',
      type: 'prevent',
      status: 'todo',
    });
    expect(durationMinutes(inc)).toBe(45);
    expect(parsed({ ...seed, severity: 'SEV1' }).severity).toBe('SEV1');
  });

  test("reports the seed's offset-less Python timestamps by field instead of guessing a zone", () => {
    const result = parseIncident({
      id: 'INC-0001',
      title: 't',
      severity: 'SEV2',
      lead: 'A',
      created_at: '2026-03-12T10:02:00.123456',
    });
    expect(result).toEqual({ ok: false, errors: [{ field: 'created_at', message: expect.stringMatching(/no UTC offset/) }] });
  });
});

describe('milestoneOrderErrors', () => {
  test('an ordered incident has none', () => {
    expect(milestoneOrderErrors(parsed(example))).toEqual([]);
  });
  test('a resolution before the declaration names both fields', () => {
    const errors = milestoneOrderErrors({
      milestones: { declared: '2026-03-12T10:02:00+07:00', resolved: '2026-03-12T09:00:00+07:00' },
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.field).toBe('milestones.resolved');
    expect(errors[0]!.message).toMatch(/resolved .* before declared/);
  });
  test('compares instants, not text, across different offsets', () => {
    // 03:30Z is 10:30 in Bangkok: after the 10:02+07:00 declaration.
    expect(
      milestoneOrderErrors({ milestones: { declared: '2026-03-12T10:02:00+07:00', resolved: '2026-03-12T03:30:00Z' } }),
    ).toEqual([]);
    expect(
      milestoneOrderErrors({ milestones: { declared: '2026-03-12T10:02:00+07:00', resolved: '2026-03-12T02:30:00Z' } }),
    ).toHaveLength(1);
  });
  test('each out-of-order milestone is reported against the latest earlier one', () => {
    const errors = milestoneOrderErrors({
      milestones: {
        impactStarted: '2026-03-12T10:00:00Z',
        declared: '2026-03-12T11:00:00Z',
        mitigated: '2026-03-12T10:30:00Z',
        resolved: '2026-03-12T10:40:00Z',
      },
    });
    expect(errors.map((e) => e.field)).toEqual(['milestones.mitigated', 'milestones.resolved']);
    expect(errors.every((e) => e.message.includes('declared'))).toBe(true);
  });
});

describe('actionItemWarnings', () => {
  test('flags a missing owner and a missing due date', () => {
    expect(actionItemWarnings({ owner: 'Bob', due: '2026-03-13' })).toEqual([]);
    expect(actionItemWarnings({ owner: '  ', due: '2026-03-13' })).toEqual(['missing-owner']);
    expect(actionItemWarnings({ owner: 'Bob', due: '' })).toEqual(['missing-due']);
    expect(actionItemWarnings({ owner: '', due: '' })).toEqual(['missing-owner', 'missing-due']);
  });
});

describe('durationMinutes', () => {
  test('is resolved minus declared, null until resolved', () => {
    expect(durationMinutes(parsed(example))).toBe(66);
    expect(durationMinutes({ milestones: { declared: '2026-03-12T10:02:00+07:00' } })).toBeNull();
    expect(durationMinutes({ milestones: { declared: '2026-03-12T23:50:00+07:00', resolved: '2026-03-12T17:20:00Z' } })).toBe(30);
  });
});

describe('labels', () => {
  test('every core label exists in English and Thai', () => {
    const keys = [
      ...STATUSES.map((k) => `incident.status.${k}`),
      ...MILESTONES.map((k) => `incident.milestone.${k}`),
      ...ACTION_TYPES.map((k) => `incident.actionType.${k}`),
      ...ACTION_STATUSES.map((k) => `incident.actionStatus.${k}`),
      'incident.actionWarning.missing-owner',
      'incident.actionWarning.missing-due',
    ];
    for (const key of keys) {
      const en = CORE_MESSAGES.en[key];
      const th = CORE_MESSAGES.th[key];
      expect(typeof en === 'string' && en.trim() !== '', key).toBe(true);
      expect(th, key).toMatch(/[\u0E00-\u0E7F]/);
    }
  });
});

describe('published JSON Schema', () => {
  test('public/schema/incident.v1.json is exactly what the zod schema generates (run `npm run schema`)', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(incidentJsonSchemaText());
  });
  test('describes the format: required fields, timestamps with offsets, enums', () => {
    const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as {
      required: string[];
      properties: Record<string, { enum?: string[]; properties?: Record<string, { format?: string }> }>;
    };
    expect(schema.required.sort()).toEqual(['id', 'severity', 'title']);
    expect(schema.properties['severity']!.enum).toEqual(['SEV1', 'SEV2', 'SEV3', 'SEV4']);
    expect(schema.properties['milestones']!.properties!['resolved']!.format).toBe('date-time');
  });
});

describe('milestone order messages in Thai', () => {
  test('name both milestones with their Thai labels', () => {
    const [error] = milestoneOrderErrors(
      { milestones: { declared: '2026-03-12T10:02:00+07:00', resolved: '2026-03-12T09:00:00+07:00' } },
      'th',
    );
    expect(error?.field).toBe('milestones.resolved');
    expect(error?.message).toContain('แก้ไขแล้ว');
    expect(error?.message).toContain('ประกาศ Incident');
    expect(error?.message).toContain('2026-03-12T09:00:00+07:00');
  });
});
