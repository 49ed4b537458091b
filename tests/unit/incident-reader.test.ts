// One reader for the handbook's incident JSON: the post-mortem tool and CLI (parseIncident) and the
// metrics importer (source `handbook`) accept and reject the same incidents, the seed's v0 dict included.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MILESTONES } from '../../src/core/constants.ts';
import { incidentAt } from '../../src/core/incident-columns.ts';
import { parseIncident } from '../../src/core/incident.ts';
import { importIncidents } from '../../src/core/import/index.ts';
import { toEpochMs } from '../../src/core/time/index.ts';

const example = JSON.parse(readFileSync(new URL('../../examples/inc-0001.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown
>;

/** The seed's `incident_automation.py` dict, as its `json.dumps` would print it (with offsets). */
const seedDict = {
  id: 'INC-0001',
  title: 'API Response Time > 5s',
  severity: 2,
  status: 'resolved',
  lead: 'Alice',
  created_at: '2026-03-12T10:02:00+07:00',
  resolved_at: '2026-03-12T10:47:00+07:00',
  timeline: [{ time: '2026-03-12T10:02:00+07:00', action: 'Incident declared', by: 'Alice' }],
  action_items: [{ task: 'Add cache warming', owner: 'Bob', priority: 'P1' }],
  root_cause: 'Cache stampede',
};

const CASES: Record<string, unknown> = {
  'the worked example (version 1)': example,
  "the seed's v0 dict": seedDict,
  'v0 dict with severity "Severity.SEV1"': { ...seedDict, severity: 'Severity.SEV1' },
  'v0 dict without an offset': { ...seedDict, created_at: '2026-03-12T10:02:00' },
  'v0 dict with severity 7': { ...seedDict, severity: 7 },
  'milestones as top-level keys': {
    id: 'INC-0002',
    title: 'Flat',
    severity: 'SEV3',
    declared: '2026-03-12T10:00:00Z',
    resolved: '2026-03-12T11:00:00Z',
  },
  'a bad id': { ...example, id: 'incident 7' },
  'no title': { ...example, title: undefined },
  'an unknown severity': { ...example, severity: 'SEV5' },
  'a priority for a severity': { ...example, severity: 'P2' },
  'a milestone without an offset': { ...example, milestones: { declared: '2026-03-12 10:02' } },
  'an impossible date': { ...example, milestones: { declared: '2026-02-30T10:00:00Z' } },
  'a newer schema version': { ...example, schemaVersion: 2 },
  'an unknown milestone': { ...example, milestones: { declaredd: '2026-03-12T10:00:00Z' } },
};

function readByBoth(value: unknown) {
  const reader = parseIncident(value);
  const imported = importIncidents(JSON.stringify([value]), { source: 'handbook' });
  return { reader, imported };
}

describe('the metrics importer reads incident JSON with parseIncident’s rules', () => {
  for (const [name, value] of Object.entries(CASES)) {
    test(name, () => {
      const { reader, imported } = readByBoth(value);
      expect(imported.incidents.length + imported.rejected.length).toBe(1);
      expect(imported.incidents.length === 1, JSON.stringify({ reader, rejected: imported.rejected })).toBe(reader.ok);
      if (reader.ok) {
        const row = incidentAt(imported.incidents, 0);
        expect({ id: row.id, title: row.title, severity: row.severity, status: row.status }).toEqual({
          id: reader.incident.id,
          title: reader.incident.title,
          severity: reader.incident.severity,
          status: reader.incident.status,
        });
        for (const m of MILESTONES) {
          const written = reader.incident.milestones[m];
          expect(row.milestones[m] === undefined ? undefined : toEpochMs(row.milestones[m]), m).toBe(
            written === undefined ? undefined : toEpochMs(written),
          );
        }
      } else {
        // The importer rejects on the reader's first problem, with the reader's words.
        expect(imported.rejected[0]!.field).toBe(reader.errors[0]!.field);
        expect(imported.rejected[0]!.message).toContain(reader.errors[0]!.message);
      }
    });
  }

  test('agree on any mix of good and bad fields (property)', () => {
    const field = <T>(good: T, ...bad: unknown[]) => fc.constantFrom<unknown>(good, ...bad);
    const incident = fc.record(
      {
        id: field('INC-0009', 'INC-9', '', 42),
        title: field('Checkout errors', 7, null),
        severity: field('SEV2', 'SEV9', 'sev2', 3, '3'),
        status: field('resolved', 'Resolved', 'fixed'),
        milestones: fc.record(
          {
            declared: field('2026-03-12T10:00:00+07:00', '2026-03-12T10:00:00', '2026-13-01T00:00:00Z'),
            resolved: field('2026-03-12T11:00:00Z', ''),
          },
          { requiredKeys: [] },
        ),
        created_at: field('2026-03-12T10:00:00Z', '2026-03-12 10:00'),
        lead: field('Alice'),
        schemaVersion: field(1, 0, 2),
      },
      { requiredKeys: ['id', 'severity'] },
    );
    fc.assert(
      fc.property(incident, (value) => {
        const { reader, imported } = readByBoth(value);
        expect(imported.incidents.length === 1).toBe(reader.ok);
      }),
      { numRuns: 300 },
    );
  });
});
