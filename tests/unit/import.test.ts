import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_SEVERITY_MAPPING,
  detectSource,
  epochUnit,
  importIncidents,
  parseTimestamp,
  type SourceId,
} from '../../src/core/import/index.ts';
import { toIncidents } from '../../src/core/incident-columns.ts';
import { formatWithOffset } from '../../src/core/time/index.ts';
import { toIncidentCsv } from '../../src/core/import/csv.ts';

const one = (text: string, source?: SourceId) => {
  const r = importIncidents(text, source ? { source } : {});
  expect(r.error).toBeUndefined();
  expect(r.rejected.length + r.incidents.length).toBe(r.rowsRead);
  return { ...r, incidents: toIncidents(r.incidents) };
};

describe('timestamps', () => {
  test('epoch seconds, milliseconds, microseconds and nanoseconds are told apart by magnitude', () => {
    expect([1_795_000_000, 1_795_000_000_000, 1_795_000_000_000_000, 1.795e18].map(epochUnit)).toEqual(['s', 'ms', 'us', 'ns']);
    const expected = '2026-11-18T11:06:40Z';
    for (const value of [1_795_000_000, 1_795_000_000_000, '1795000000000000', 1.795e18, '1795000000000000000']) {
      expect(parseTimestamp(value)).toMatchObject({ ok: true, value: expected });
    }
  });

  test('ISO 8601 with any offset is kept as written; other spellings are normalised', () => {
    expect(parseTimestamp('2026-11-20T10:00:00.123456+07:00')).toMatchObject({
      ok: true,
      value: '2026-11-20T10:00:00.123456+07:00',
    });
    expect(parseTimestamp('2026-11-20 10:00:00 UTC')).toMatchObject({ ok: true, value: '2026-11-20T10:00:00Z' });
    expect(parseTimestamp('2026-11-20T10:00+0530')).toMatchObject({ ok: true, value: '2026-11-20T10:00:00+05:30' });
    expect(parseTimestamp('2026-11-20T10:00:00-08')).toMatchObject({ ok: true, ms: Date.parse('2026-11-20T18:00:00Z') });
  });

  test('empty is missing, not an error; no offset or garbage is an error with a reason', () => {
    expect(parseTimestamp('')).toBeNull();
    expect(parseTimestamp(null)).toBeNull();
    expect(parseTimestamp('2026-11-20T10:00:00')).toMatchObject({ ok: false, message: expect.stringContaining('no UTC offset') });
    expect(parseTimestamp('last tuesday')).toMatchObject({ ok: false });
    expect(parseTimestamp({})).toMatchObject({ ok: false });
  });
});

describe('PagerDuty REST /incidents', () => {
  const incidents = [
    {
      id: 'PT4KHLK',
      incident_number: 1234,
      title: 'The server is on fire.',
      status: 'resolved',
      urgency: 'high',
      priority: { id: 'P53ZZH5', name: 'P1', summary: 'P1' },
      created_at: '2026-11-20T10:00:00Z',
      resolved_at: '2026-11-20T11:30:00Z',
      acknowledgements: [],
    },
    {
      id: 'PT4KHLL',
      incident_number: 1235,
      title: 'Disk full',
      status: 'acknowledged',
      urgency: 'low',
      priority: null,
      created_at: '2026-11-21T10:00:00Z',
      acknowledgements: [{ at: '2026-11-21T10:07:00Z' }, { at: '2026-11-21T10:03:00Z' }],
    },
    {
      id: 'PT4KHLM',
      incident_number: 1236,
      title: 'Queue',
      status: 'triggered',
      urgency: 'high',
      priority: { name: 'P7' },
      created_at: '2026-11-22T10:00:00Z',
      acknowledgements: [],
    },
  ];
  test('maps created_at, acknowledgements[].at, resolved_at; priority first, then urgency', () => {
    const r = one(JSON.stringify({ incidents, limit: 25, offset: 0, more: false, total: 3 }));
    expect(r.source).toBe('pagerduty');
    expect(r.incidents[0]).toEqual({
      id: '1234',
      title: 'The server is on fire.',
      severity: 'SEV1',
      status: 'resolved',
      milestones: { detected: '2026-11-20T10:00:00Z', declared: '2026-11-20T10:00:00Z', resolved: '2026-11-20T11:30:00Z' },
    });
    // Resolved incidents come with empty acknowledgements: no acknowledged milestone, so TTA is not available.
    expect(r.incidents[0]!.milestones.acknowledged).toBeUndefined();
    expect(r.incidents[1]).toMatchObject({
      severity: 'SEV3',
      status: 'investigating',
      milestones: { acknowledged: '2026-11-21T10:03:00Z' },
    });
    expect(r.rejected).toEqual([
      {
        row: 3,
        field: 'priority.name',
        code: 'import.severity.unmapped',
        message: 'priority.name "P7" is not in the severity mapping',
        reason: 'priority.name "P7" is not in the severity mapping',
        value: 'P7',
      },
    ]);
  });

  test('the mapping can be changed by the caller', () => {
    const r = one(JSON.stringify({ incidents }), 'pagerduty');
    expect(r.incidents[1]!.severity).toBe('SEV3');
    const changed = importIncidents(JSON.stringify({ incidents }), {
      mapping: { urgency: { low: 'SEV4' }, priority: { P7: 'SEV4' } },
    });
    expect(toIncidents(changed.incidents).map((i) => i.severity)).toEqual(['SEV1', 'SEV4', 'SEV4']);
    expect(DEFAULT_SEVERITY_MAPPING.urgency.low).toBe('SEV3');
  });
});

describe('PagerDuty Analytics raw incidents', () => {
  test('JSON: seconds_to_first_ack and seconds_to_resolve are seconds after created_at; major wins', () => {
    const data = [
      {
        id: 'Q1',
        incident_number: 7,
        description: 'db',
        created_at: '2026-11-20T02:00:00-08:00',
        resolved_at: null,
        seconds_to_first_ack: 120,
        seconds_to_resolve: 3600,
        priority_name: 'P3',
        urgency: 'high',
        major: true,
        service_name: 'db',
        team_name: 'Data',
      },
      {
        id: 'Q2',
        incident_number: 8,
        description: 'api',
        created_at: '2026-11-21T02:00:00-08:00',
        resolved_at: '2026-11-21T02:30:00-08:00',
        seconds_to_first_ack: null,
        seconds_to_resolve: 1800,
        priority_name: null,
        urgency: 'low',
        major: false,
        service_name: 'api',
        team_name: 'Platform',
      },
    ];
    const r = one(JSON.stringify({ data, more: false }));
    expect(r.source).toBe('pagerduty-analytics');
    // An explicit priority wins over `major: true` (PagerDuty derives the flag from the priority settings).
    expect(r.incidents[0]).toMatchObject({
      id: '7',
      severity: 'SEV3',
      status: 'resolved',
      milestones: { declared: '2026-11-20T10:00:00Z', acknowledged: '2026-11-20T10:02:00Z', resolved: '2026-11-20T11:00:00Z' },
    });
    expect(r.incidents[1]).toMatchObject({ severity: 'SEV3', milestones: { resolved: '2026-11-21T10:30:00Z' } });
    expect(r.incidents[1]!.milestones.acknowledged).toBeUndefined();
  });

  test('CSV with the same columns; a bad number is rejected with its field', () => {
    const text =
      'id,incident_number,created_at,resolved_at,seconds_to_first_ack,seconds_to_resolve,priority_name,urgency,major,service_name,team_name\n' +
      'Q1,1,2026-11-20T10:00:00Z,2026-11-20T10:30:00Z,60,1800,P2,high,false,api,Platform\n' +
      'Q2,2,2026-11-20T11:00:00Z,,soon,,P2,high,false,api,Platform\n';
    const r = one(text);
    expect(r.source).toBe('pagerduty-analytics');
    expect(r.incidents[0]).toMatchObject({ severity: 'SEV2', milestones: { acknowledged: '2026-11-20T10:01:00Z' } });
    expect(r.rejected).toMatchObject([{ row: 2, field: 'seconds_to_first_ack' }]);
  });
});

describe('incident.io API v2', () => {
  const ts = (name: string, value: string) => ({ incident_timestamp: { id: name, name, rank: 1 }, value: { value } });
  const base = {
    id: '01FDAG4SAP5TYPT98WGR2N7W91',
    reference: 'INC-123',
    name: 'Our database is sad',
    mode: 'standard',
    incident_status: { id: 's', name: 'Closed', category: 'closed' },
    severity: { id: 'sev', name: 'Major', rank: 2 },
    created_at: '2026-11-20T10:01:00Z',
    incident_timestamp_values: [
      ts('Impact started at', '2026-11-20T09:40:00Z'),
      ts('Reported at', '2026-11-20T10:00:00Z'),
      ts('Accepted at', '2026-11-20T10:04:00Z'),
      ts('Identified at', '2026-11-20T10:20:00Z'),
      ts('Fixed at', '2026-11-20T10:50:00Z'),
      ts('Resolved at', '2026-11-20T11:00:00Z'),
      ts('Closed at', '2026-11-22T11:00:00Z'),
    ],
  };
  test('maps the named timestamps to milestones and severity by name, then rank', () => {
    const r = one(
      JSON.stringify({
        incidents: [base, { ...base, reference: 'INC-124', severity: { name: 'Urgent', rank: 3 } }],
        pagination_meta: { after: 'x', page_size: 25 },
      }),
    );
    expect(r.source).toBe('incident-io');
    expect(r.incidents[0]).toEqual({
      id: 'INC-123',
      title: 'Our database is sad',
      severity: 'SEV2',
      status: 'resolved',
      milestones: {
        impactStarted: '2026-11-20T09:40:00Z',
        detected: '2026-11-20T10:00:00Z',
        declared: '2026-11-20T10:00:00Z',
        acknowledged: '2026-11-20T10:04:00Z',
        identified: '2026-11-20T10:20:00Z',
        mitigated: '2026-11-20T10:50:00Z',
        resolved: '2026-11-20T11:00:00Z',
        closed: '2026-11-22T11:00:00Z',
      },
    });
    expect(r.incidents[1]!.severity).toBe('SEV1');
  });

  test('declined, merged and canceled incidents and test or tutorial mode are rejected with the reason', () => {
    const rows = [
      { ...base, incident_status: { category: 'declined' } },
      { ...base, incident_status: { category: 'merged' } },
      { ...base, incident_status: { category: 'canceled' } },
      { ...base, mode: 'test' },
      { ...base, mode: 'tutorial' },
      { ...base, incident_timestamp_values: [] },
    ];
    const r = one(JSON.stringify({ incidents: rows }));
    expect(r.rejected.map((x) => [x.row, x.field, x.value])).toEqual([
      [1, 'incident_status.category', 'declined'],
      [2, 'incident_status.category', 'merged'],
      [3, 'incident_status.category', 'canceled'],
      [4, 'mode', 'test'],
      [5, 'mode', 'tutorial'],
    ]);
    // No timestamp values: created_at is the declaration.
    expect(r.incidents).toMatchObject([{ milestones: { declared: '2026-11-20T10:01:00Z' } }]);
  });
});

describe('Opsgenie alerts', () => {
  test('report.ackTime and report.closeTime are milliseconds after createdAt', () => {
    const data = [
      {
        id: 'a-1',
        tinyId: '1791',
        message: 'CPU high',
        status: 'closed',
        acknowledged: true,
        priority: 'P2',
        createdAt: '2026-11-20T10:00:00.123Z',
        report: { ackTime: 15_000, closeTime: 3_600_000 },
      },
      {
        id: 'a-2',
        tinyId: '1792',
        message: 'Disk',
        status: 'open',
        acknowledged: false,
        priority: 'P5',
        createdAt: '2026-11-21T10:00:00Z',
      },
      { id: 'a-3', tinyId: '1793', message: 'Odd', status: 'open', priority: 'P9', createdAt: '2026-11-21T10:00:00Z' },
    ];
    const r = one(JSON.stringify({ data, paging: {}, took: 0.1, requestId: 'r' }));
    expect(r.source).toBe('opsgenie');
    expect(r.incidents[0]).toMatchObject({
      id: '1791',
      severity: 'SEV2',
      status: 'resolved',
      milestones: {
        declared: '2026-11-20T10:00:00.123Z',
        acknowledged: '2026-11-20T10:00:15.123Z',
        resolved: '2026-11-20T11:00:00.123Z',
      },
    });
    expect(r.incidents[1]).toMatchObject({ severity: 'SEV4', status: 'investigating' });
    expect(r.rejected).toMatchObject([{ row: 3, field: 'priority', value: 'P9' }]);
  });
});

describe('Grafana OnCall alert groups', () => {
  test('created_at, acknowledged_at, resolved_at and severity from labels in any of the shapes', () => {
    const results = [
      {
        id: 'I1',
        alerts_count: 3,
        state: 'resolved',
        created_at: '2026-11-20T10:00:00.430444Z',
        acknowledged_at: '2026-11-20T10:05:00Z',
        resolved_at: '2026-11-20T10:37:00Z',
        title: 'Memory above 90%',
        labels: [{ key: { id: 'k', name: 'severity' }, value: { id: 'v', name: 'critical' } }],
      },
      {
        id: 'I2',
        alerts_count: 1,
        state: 'firing',
        created_at: '2026-11-21T10:00:00Z',
        acknowledged_at: null,
        resolved_at: null,
        title: 'Latency',
        labels: { severity: 'warning' },
      },
      { id: 'I3', alerts_count: 1, state: 'firing', created_at: '2026-11-21T10:00:00Z', title: 'No label', labels: [] },
    ];
    const r = one(JSON.stringify({ count: 3, next: null, previous: null, results }));
    expect(r.source).toBe('grafana-oncall');
    expect(r.incidents[0]).toMatchObject({
      id: 'I1',
      severity: 'SEV1',
      status: 'resolved',
      milestones: { acknowledged: '2026-11-20T10:05:00Z', resolved: '2026-11-20T10:37:00Z' },
    });
    expect(r.incidents[1]).toMatchObject({ severity: 'SEV3', status: 'investigating' });
    expect(r.rejected).toMatchObject([{ row: 3, field: 'labels.severity' }]);
    const withFallback = importIncidents(JSON.stringify({ results }), { mapping: { fallback: 'SEV4' } });
    expect(withFallback.incidents).toHaveLength(3);
  });
});

describe('Netflix Dispatch CSV', () => {
  test('reported_at, stable_at and closed_at; incident_severity.name through the names table', () => {
    const text =
      'name,title,status,incident_severity.name,reported_at,stable_at,closed_at\n' +
      'acme-1,Payments down,Closed,High,2026-11-20T10:00:00.123456+00:00,2026-11-20T10:40:00+00:00,2026-11-20T12:00:00+00:00\n' +
      'acme-2,Slow search,Stable,Low,2026-11-21T10:00:00+00:00,2026-11-21T11:00:00+00:00,\n' +
      'acme-3,Broken,Active,Medium,,,\n';
    const r = one(text);
    expect(r.source).toBe('dispatch');
    expect(r.incidents[0]).toMatchObject({
      id: 'acme-1',
      severity: 'SEV2',
      status: 'resolved',
      milestones: {
        declared: '2026-11-20T10:00:00.123Z',
        mitigated: '2026-11-20T10:40:00Z',
        resolved: '2026-11-20T12:00:00Z',
        closed: '2026-11-20T12:00:00Z',
      },
    });
    expect(r.incidents[1]).toMatchObject({ severity: 'SEV4', status: 'monitoring' });
    expect(r.rejected).toEqual([
      {
        row: 3,
        field: 'reported_at',
        code: 'import.missing',
        message: 'reported_at is missing',
        reason: 'reported_at is missing',
      },
    ]);
  });
});

describe('Atlassian Statuspage', () => {
  test('created_at, monitoring_at, resolved_at and impact; maintenance is rejected', () => {
    const incidents = [
      {
        id: 'p31zjtct2jer',
        name: 'API errors',
        status: 'resolved',
        impact: 'major',
        created_at: '2026-11-20T10:00:00.000-06:00',
        monitoring_at: '2026-11-20T10:30:00.000-06:00',
        resolved_at: '2026-11-20T11:00:00.000-06:00',
        shortlink: 'https://stspg.io/x',
        incident_updates: [{ status: 'identified', created_at: '2026-11-20T10:10:00.000-06:00' }],
      },
      {
        id: 'mnt',
        name: 'Maintenance',
        status: 'completed',
        impact: 'maintenance',
        created_at: '2026-11-20T10:00:00Z',
        shortlink: 'x',
        scheduled_for: '2026-11-21T00:00:00Z',
      },
    ];
    const r = one(JSON.stringify({ page: { id: 'pg' }, incidents }));
    expect(r.source).toBe('statuspage');
    expect(r.incidents[0]).toMatchObject({
      severity: 'SEV2',
      status: 'resolved',
      milestones: { declared: '2026-11-20T16:00:00Z', identified: '2026-11-20T16:10:00Z', mitigated: '2026-11-20T16:30:00Z' },
    });
    expect(r.rejected).toMatchObject([{ row: 2, field: 'impact', message: 'scheduled maintenance is not an incident' }]);
  });
});

describe('handbook JSON', () => {
  test('accepts an array, {incidents: [...]}, flat milestone keys and the seed script shape', () => {
    const incident = {
      id: 'INC-0001',
      title: 'API Response Time > 5s',
      severity: 'SEV2',
      status: 'resolved',
      milestones: { declared: '2026-11-20T10:00:00Z', resolved: '2026-11-20T10:45:00Z' },
    };
    expect(one(JSON.stringify([incident])).incidents).toEqual([incident]);
    expect(one(JSON.stringify({ incidents: [incident] })).incidents).toEqual([incident]);
    const seed = {
      id: 'INC-0001',
      title: 'API Response Time > 5s',
      severity: 2,
      status: 'resolved',
      lead: 'Alice',
      created_at: '2026-11-20T10:00:00Z',
      resolved_at: '2026-11-20T10:45:00Z',
    };
    expect(one(JSON.stringify([seed])).incidents).toEqual([incident]);
  });

  test('file-level problems are one clear error and nothing is read', () => {
    expect(importIncidents('{"incidents": [')).toMatchObject({ rowsRead: 0, error: expect.stringMatching(/^not valid JSON/) });
    expect(importIncidents('{"foo": 1}')).toMatchObject({ rowsRead: 0, error: expect.stringMatching(/no incidents found/) });
    expect(importIncidents('[{"foo": 1}]')).toMatchObject({
      rowsRead: 0,
      error: expect.stringMatching(/could not tell which tool/),
    });
    expect(importIncidents('a,b\n1,2\n')).toMatchObject({ rowsRead: 0, error: expect.stringMatching(/choose the source/) });
  });
});

describe('sample exports in public/samples', () => {
  const dir = join(import.meta.dirname, '..', '..', 'public', 'samples');
  const expected: Record<string, SourceId> = {
    'handbook.csv': 'handbook',
    'handbook.json': 'handbook',
    'pagerduty-incidents.json': 'pagerduty',
    'pagerduty-analytics.csv': 'pagerduty-analytics',
    'incident-io.json': 'incident-io',
    'opsgenie-alerts.json': 'opsgenie',
    'grafana-oncall.json': 'grafana-oncall',
    'dispatch.csv': 'dispatch',
    'statuspage.json': 'statuspage',
  };
  test('there is a sample for every file listed and nothing else', () => {
    expect(readdirSync(dir).sort()).toEqual(Object.keys(expected).sort());
  });
  for (const [file, source] of Object.entries(expected)) {
    test(`${file} is detected as ${source} and imports with its bad rows reported`, () => {
      const text = readFileSync(join(dir, file), 'utf8');
      expect(detectSource(text, file)).toBe(source);
      // Detection works from the content alone, not the name.
      expect(detectSource(text)).toBe(source);
      const r = one(text);
      expect(r.source).toBe(source);
      expect(r.rowsRead).toBeGreaterThanOrEqual(150);
      expect(r.incidents.length).toBeGreaterThan(r.rowsRead * 0.8);
      expect(r.rejected.length).toBeGreaterThan(0);
      for (const rejection of r.rejected) {
        expect(rejection.row).toBeGreaterThan(0);
        expect(rejection.field).not.toBe('');
        expect(rejection.message).not.toBe('');
      }
    });
  }
});

describe('fuzzed exports (property)', () => {
  const FIELDS = [
    'id',
    'incident_number',
    'title',
    'status',
    'urgency',
    'priority',
    'created_at',
    'resolved_at',
    'acknowledgements',
    'seconds_to_first_ack',
    'seconds_to_resolve',
    'priority_name',
    'major',
    'reference',
    'name',
    'severity',
    'incident_status',
    'mode',
    'incident_timestamp_values',
    'tinyId',
    'message',
    'createdAt',
    'report',
    'alerts_count',
    'acknowledged_at',
    'labels',
    'incident_severity',
    'reported_at',
    'stable_at',
    'closed_at',
    'impact',
    'monitoring_at',
    'shortlink',
    'incident_updates',
    'scheduled_for',
    'declared',
    'milestones',
  ];
  const leaf = fc.oneof(
    fc.constantFrom(
      '2026-11-20T10:00:00Z',
      '2026-11-20 10:00',
      'P1',
      'P9',
      'high',
      'critical',
      'test',
      'declined',
      'maintenance',
      '',
      'SEV2',
      'true',
    ),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.string({ maxLength: 6 }),
  );
  const value = fc.letrec((tie) => ({
    v: fc.oneof(
      { depthSize: 'small' },
      leaf,
      fc.array(tie('v'), { maxLength: 3 }),
      fc.dictionary(
        fc.constantFrom(
          'name',
          'rank',
          'at',
          'value',
          'key',
          'category',
          'ackTime',
          'closeTime',
          'incident_timestamp',
          'declared',
          'resolved',
        ),
        tie('v'),
        { maxKeys: 3 },
      ),
    ),
  })).v;
  const record = fc.oneof(fc.dictionary(fc.constantFrom(...FIELDS), value, { maxKeys: 10 }), leaf);
  const SOURCES: (SourceId | 'auto')[] = [
    'auto',
    'handbook',
    'pagerduty',
    'pagerduty-analytics',
    'incident-io',
    'opsgenie',
    'grafana-oncall',
    'dispatch',
    'statuspage',
  ];

  test('JSON never throws, and rejected + kept = read', () => {
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 12 }),
        fc.constantFrom('array', 'incidents', 'data', 'results'),
        fc.constantFrom(...SOURCES),
        (records, wrap, source) => {
          const doc = wrap === 'array' ? records : { [wrap]: records };
          const r = importIncidents(JSON.stringify(doc), { source });
          if (r.error) expect(r.rowsRead).toBe(0);
          expect(r.rejected.length + r.incidents.length).toBe(r.rowsRead);
        },
      ),
      { numRuns: 400 },
    );
  });

  test('CSV never throws, and rejected + kept = read', () => {
    const cell = fc.oneof(
      leaf.map((v) => (v === null ? '' : String(v))),
      fc.constantFrom('"', '"a,b"', ',', '\n'),
    );
    fc.assert(
      fc.property(
        fc.shuffledSubarray(FIELDS, { minLength: 1, maxLength: 10 }),
        fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 12 }),
        fc.constantFrom(...SOURCES),
        (header, rows, source) => {
          const text = [header.join(','), ...rows.map((r) => r.join(','))].join('\n');
          const r = importIncidents(text, { source });
          expect(r.rejected.length + r.incidents.length).toBe(r.rowsRead);
        },
      ),
      { numRuns: 400 },
    );
  });

  test('arbitrary text never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const r = importIncidents(text);
        expect(r.rejected.length + r.incidents.length).toBe(r.rowsRead);
        detectSource(text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('CSV details', () => {
  test('blank lines before the header do not hide the source', () => {
    const text =
      '\n\nname,title,status,incident_severity.name,reported_at,stable_at,closed_at\nacme-1,t,Active,Low,2026-11-20T10:00:00Z,,\n';
    expect(detectSource(text)).toBe('dispatch');
    expect(importIncidents(text)).toMatchObject({ source: 'dispatch', rowsRead: 1, rejected: [] });
  });
});

describe('import progress', () => {
  const incidents = Array.from({ length: 12_000 }, (_, i) => ({
    id: `INC-${String(i + 1).padStart(5, '0')}`,
    title: `Incident ${i + 1}`,
    severity: 'SEV3' as const,
    status: 'resolved' as const,
    milestones: {
      declared: formatWithOffset(Date.UTC(2026, 0, 1) + i * 60_000, 420),
      resolved: formatWithOffset(Date.UTC(2026, 0, 1) + i * 60_000 + 3_600_000, 420),
    },
  }));

  test.each([
    ['CSV', () => toIncidentCsv(incidents)],
    ['JSON', () => JSON.stringify(incidents)],
  ])('a large %s file reports rising progress between 0 and 1', (_, make) => {
    const seen: number[] = [];
    const result = importIncidents(make(), { onProgress: (f) => seen.push(f) });
    expect(result.incidents).toHaveLength(12_000);
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(seen.every((f, i) => f > 0 && f <= 1 && (i === 0 || f > seen[i - 1]!))).toBe(true);
  });
});
