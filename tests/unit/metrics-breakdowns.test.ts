// Issue 14's breakdowns: who an incident belongs to (service, team) as each importer reads it, the
// filters, the per-severity/service/team figures, the previous window, out of hours and busiest hours.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { importIncidents } from '../../src/core/import/index.ts';
import { toIncidents, type MetricsIncident } from '../../src/core/incident-columns.ts';
import {
  computeMetrics,
  metricsReport,
  parseWorkingDays,
  parseWorkingTimes,
  toMetricsJson,
  workingHoursProblem,
} from '../../src/core/metrics/index.ts';

const SAMPLES = join(import.meta.dirname, '..', '..', 'public', 'samples');
const owners = (text: string) => {
  const r = importIncidents(text, {});
  expect(r.error).toBeUndefined();
  return toIncidents(r.incidents).map((i) => [i.service ?? '', i.team ?? '']);
};

describe('service and team, as each export names them', () => {
  test.each([
    ['pagerduty-incidents.json', 'web-frontend', 'Platform'],
    ['pagerduty-analytics.csv', 'checkout-api', 'Data'],
    ['grafana-oncall.json', 'checkout-api', 'growth'],
  ])('%s: the first incident belongs to %s and %s', (file, service, team) => {
    expect(owners(readFileSync(join(SAMPLES, file), 'utf8'))[0]).toEqual([service, team]);
  });

  test('PagerDuty: without teams, the escalation policy stands for the team', () => {
    const text = JSON.stringify({
      incidents: [
        {
          incident_number: 1,
          urgency: 'high',
          created_at: '2026-11-20T10:00:00Z',
          service: { summary: 'api' },
          escalation_policy: { summary: 'API on-call' },
          teams: [],
        },
      ],
    });
    expect(owners(text)).toEqual([['api', 'API on-call']]);
  });

  test('Opsgenie teams, incident.io custom fields, Statuspage components', () => {
    const opsgenie = {
      data: [
        { tinyId: '1', message: 'm', priority: 'P1', createdAt: '2026-11-20T10:00:00Z', teams: [{ id: 't1', name: 'SRE' }] },
      ],
    };
    expect(owners(JSON.stringify(opsgenie))).toEqual([['', 'SRE']]);
    const incidentIo = {
      incidents: [
        {
          reference: 'INC-1',
          incident_status: { category: 'live' },
          created_at: '2026-11-20T10:00:00Z',
          severity: { name: 'Major' },
          custom_field_entries: [
            { custom_field: { name: 'Affected services' }, values: [{ value_catalog_entry: { name: 'payments' } }] },
            { custom_field: { name: 'Owning team' }, values: [{ value_option: { value: 'Checkout' } }] },
          ],
        },
      ],
    };
    expect(owners(JSON.stringify(incidentIo))).toEqual([['payments', 'Checkout']]);
    const statuspage = [
      { id: 'a', name: 'n', impact: 'major', created_at: '2026-11-20T10:00:00Z', shortlink: 'x', components: [{ name: 'API' }] },
    ];
    expect(owners(JSON.stringify(statuspage))).toEqual([['API', '']]);
  });

  test('the handbook format: `service` and `team` fields in JSON and columns in CSV; the column mapping too', () => {
    const json = [
      {
        id: 'INC-0001',
        title: 't',
        severity: 'SEV2',
        service: 'api',
        team: { name: 'Core' },
        milestones: { declared: '2026-11-20T10:00:00Z' },
      },
    ];
    expect(owners(JSON.stringify(json))).toEqual([['api', 'Core']]);
    const csv = 'id,title,severity,status,service,team,declared\nINC-0001,t,SEV2,resolved,web,Edge,2026-11-20T10:00:00Z\n';
    expect(owners(csv)).toEqual([['web', 'Edge']]);
    const mapped = importIncidents('Key,Opened,Component,Squad\nA-1,2026-11-20T10:00:00Z,db,Data\n', {
      columns: { id: 'Key', created: 'Opened', service: 'Component', team: 'Squad' },
      mapping: { fallback: 'SEV3' },
    });
    expect(toIncidents(mapped.incidents)[0]).toMatchObject({ service: 'db', team: 'Data' });
  });
});

const at = (iso: string) => iso;
function incident(
  id: string,
  severity: MetricsIncident['severity'],
  declared: string,
  extra: Partial<MetricsIncident> = {},
  ttrMin?: number,
): MetricsIncident {
  const resolved = ttrMin === undefined ? undefined : new Date(Date.parse(declared) + ttrMin * 60_000).toISOString();
  return {
    id,
    title: id,
    severity,
    status: resolved ? 'resolved' : 'investigating',
    milestones: { declared: at(declared), ...(resolved && { resolved }) },
    ...extra,
  };
}

describe('breakdowns, filters, the previous window and the hours', () => {
  const NOW = '2026-11-30T00:00:00Z';
  const incidents: MetricsIncident[] = [
    incident('A', 'SEV1', '2026-11-23T10:00:00Z', { service: 'api', team: 'Core' }, 30), // Monday 10:00 UTC
    incident('B', 'SEV1', '2026-11-24T22:00:00Z', { service: 'api', team: 'Core' }, 90), // Tuesday 22:00
    incident('C', 'SEV3', '2026-11-28T10:00:00Z', { service: 'web' }, 600), // Saturday
    incident('D', 'SEV2', '2026-11-25T12:00:00Z', {}, 45),
    incident('E', 'SEV1', '2026-11-18T10:00:00Z', { service: 'api', team: 'Core' }, 120), // previous window
  ];

  test('each breakdown adds up to the window; services and teams by count, the unnamed last', () => {
    const r = computeMetrics(incidents, { days: 7, now: NOW });
    expect(r.incidents.inWindow).toBe(4);
    expect(r.breakdowns.bySeverity.map((g) => [g.key, g.count, g.ttr.median])).toEqual([
      ['SEV1', 2, 60],
      ['SEV2', 1, 45],
      ['SEV3', 1, 600],
      ['SEV4', 0, null],
    ]);
    expect(r.breakdowns.byService.map((g) => [g.key, g.count])).toEqual([
      ['api', 2],
      ['web', 1],
      [null, 1],
    ]);
    expect(r.breakdowns.byTeam.map((g) => [g.key, g.count])).toEqual([
      ['Core', 2],
      [null, 2],
    ]);
  });

  test('filters choose the incidents for every figure, the previous window included', () => {
    const r = computeMetrics(incidents, { days: 7, now: NOW, filters: { service: ['api'], status: ['resolved'] } });
    expect(r.filters).toEqual({ severity: [], service: ['api'], team: [], status: ['resolved'], matching: 3 });
    expect(r.incidents.inWindow).toBe(2);
    expect(r.ttr.median).toBe(60);
    expect(r.previousWindow).toMatchObject({ from: '2026-11-16T00:00:00Z', to: '2026-11-23T00:00:00Z', inWindow: 1 });
    expect(r.previousWindow.median.ttr).toBe(120);
    const json = toMetricsJson(r);
    expect(json.previousWindow.change).toEqual({ inWindow: 1, median: { ttd: null, tta: null, ttm: null, ttr: -60 } });
    // '' chooses the incidents the export names no team for.
    expect(computeMetrics(incidents, { days: 7, now: NOW, filters: { team: [''] } }).incidents.inWindow).toBe(2);
  });

  test('out of hours and the busiest hours follow the zone and the working hours', () => {
    const utc = computeMetrics(incidents, { days: 7, now: NOW });
    // B (22:00) and C (Saturday) are out of Mon–Fri 09:00–18:00.
    expect(utc.outOfHours).toMatchObject({ count: 2, share: 0.5, timeZone: 'UTC' });
    expect(utc.busiestHours.counts[10]).toBe(2);
    // In Bangkok A is 17:00 Monday, B 05:00 Wednesday, D 19:00, C 17:00 Saturday.
    const bangkok = computeMetrics(incidents, { days: 7, now: NOW, timeZone: 'Asia/Bangkok' });
    expect(bangkok.outOfHours.count).toBe(3);
    expect(bangkok.busiestHours.counts[17]).toBe(2);
    const weekend = computeMetrics(incidents, {
      days: 7,
      now: NOW,
      workingHours: { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '00:00', end: '24:00' },
    });
    expect(weekend.outOfHours.count).toBe(0);
    expect(() =>
      computeMetrics(incidents, { days: 7, now: NOW, workingHours: { days: [], start: '09:00', end: '18:00' } }),
    ).toThrow(RangeError);
  });

  test('working hours as the CLI writes them', () => {
    expect(parseWorkingTimes('09:00-18:00')).toEqual({ start: '09:00', end: '18:00' });
    expect(parseWorkingTimes('9-18')).toBeNull();
    expect(parseWorkingDays('mon-fri')).toEqual(['mon', 'tue', 'wed', 'thu', 'fri']);
    expect(parseWorkingDays('fri-mon')).toEqual(['mon', 'fri', 'sat', 'sun']);
    expect(parseWorkingDays('Mon,Wed,Friday')).toEqual(['mon', 'wed', 'fri']);
    expect(parseWorkingDays('someday')).toBeNull();
    expect(workingHoursProblem({ days: ['mon'], start: '18:00', end: '09:00' })).toBe('order');
    expect(workingHoursProblem({ days: ['mon'], start: '00:00', end: '24:00' })).toBe('');
  });

  test('the text report says the changes in words, in both languages', () => {
    const r = computeMetrics(incidents, { days: 7, now: NOW, filters: { service: ['api'] } });
    const en = metricsReport(r, 'en', { details: true });
    expect(en).toContain('Filters: service api (3 incidents match)');
    expect(en).toContain('  SEV1: 2 incidents; MTTA n/a, MTTD n/a, MTTM n/a, MTTR 1 h 0 min');
    expect(en).toContain('  incidents: 2, up 1 (before: 1)');
    expect(en).toContain('  median MTTR: 1 h 0 min, down 1 h 0 min (before: 2 h 0 min)');
    expect(en).toContain('Declared out of hours (working hours Mon–Fri 09:00–18:00, UTC): 1 of 2 (50%)');
    expect(en).toContain('Busiest hours (UTC): 10:00 (1), 22:00 (1)');
    const th = metricsReport(r, 'th', { details: true });
    expect(th).toContain('ลดลง 1 ชม. 0 นาที');
    expect(th).toContain('จ.–ศ. 09:00–18:00');
  });
});
