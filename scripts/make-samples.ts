// `npm run samples`: writes realistic sample exports for every importer into public/samples/, from a
// seeded PRNG so every run produces the same bytes. About a year of incidents up to END, each file with
// a few of the bad rows real exports contain (missing times, unknown priorities, test incidents...).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { MetricsIncident } from '../src/core/metrics/index.ts';
import type { Milestone, SeverityId } from '../src/core/schema.ts';
import { toIncidentCsv } from '../src/core/import/csv.ts';
import { formatWithOffset } from '../src/core/time/index.ts';

export const END = Date.parse('2026-11-27T00:00:00Z');
const DAY = 86_400_000;
const MIN = 60_000;

/** mulberry32: small, fast, good enough for sample data, and the same on every platform. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
/** Log-normal minutes around a median, so most incidents are quick and a few take very long. */
const minutes = (rand: Rand, median: number, spread = 0.8): number => {
  const gauss = Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  return Math.max(0.5, median * Math.exp(spread * gauss));
};
const hex = (rand: Rand, n: number, alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ') =>
  Array.from({ length: n }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');

const SERVICES = [
  'checkout-api',
  'payments',
  'search',
  'auth',
  'web-frontend',
  'mobile-gateway',
  'orders-db',
  'notifications',
  'cdn',
  'billing-worker',
];
const TEAMS = ['Platform', 'Payments', 'Growth', 'Identity', 'Data'];
const PROBLEMS = [
  'API response time > 5s',
  'Elevated 5xx error rate',
  'Database connection pool exhausted',
  'Disk usage above 90%',
  'TLS certificate expiring',
  'Queue backlog growing',
  'Login failures spiking',
  'Memory above 90% threshold',
  'DNS resolution failures',
  'Replica lag over 60s',
  'Payment provider timeouts',
  'Search index stale',
];

export interface SampleIncident {
  n: number;
  severity: SeverityId;
  service: string;
  team: string;
  title: string;
  /** Epoch ms per milestone; missing when it has not happened yet. */
  t: Partial<Record<Milestone, number>>;
}

const SEVERITY_WEIGHTS: [SeverityId, number][] = [
  ['SEV1', 0.06],
  ['SEV2', 0.2],
  ['SEV3', 0.44],
  ['SEV4', 0.3],
];
// Medians in minutes: detection, acknowledgement, mitigation after impact, resolution after mitigation.
const MEDIANS: Record<SeverityId, { ttd: number; tta: number; ttm: number; fix: number }> = {
  SEV1: { ttd: 4, tta: 2, ttm: 35, fix: 40 },
  SEV2: { ttd: 8, tta: 4, ttm: 60, fix: 60 },
  SEV3: { ttd: 20, tta: 10, ttm: 150, fix: 120 },
  SEV4: { ttd: 60, tta: 45, ttm: 600, fix: 600 },
};

/** A year of incidents ending at END, oldest first. */
export function sampleIncidents(seed: number, count: number): SampleIncident[] {
  const rand = prng(seed);
  const out: SampleIncident[] = [];
  for (let i = 0; i < count; i++) {
    let r = rand();
    const severity = SEVERITY_WEIGHTS.find(([, w]) => (r -= w) < 0)?.[0] ?? 'SEV4';
    const m = MEDIANS[severity];
    const impactStarted = END - 365 * DAY + rand() * 364.5 * DAY;
    const detected = impactStarted + minutes(rand, m.ttd) * MIN;
    const declared = detected + rand() * 6 * MIN;
    const acknowledged = declared + minutes(rand, m.tta) * MIN;
    const mitigated = Math.max(acknowledged, impactStarted + minutes(rand, m.ttm) * MIN);
    const identified = acknowledged + (mitigated - acknowledged) * (0.3 + 0.5 * rand());
    const resolved = mitigated + minutes(rand, m.fix) * MIN;
    const closed = resolved + (1 + rand() * 6) * DAY;
    const t: SampleIncident['t'] = { impactStarted, detected, declared, acknowledged, identified, mitigated, resolved, closed };
    // Still open at END: drop what has not happened yet.
    for (const key of Object.keys(t) as Milestone[]) if (t[key]! > END) delete t[key];
    const service = pick(rand, SERVICES);
    out.push({ n: 0, severity, service, team: pick(rand, TEAMS), title: `${service}: ${pick(rand, PROBLEMS)}`, t });
  }
  out.sort((a, b) => a.t.declared! - b.t.declared!);
  out.forEach((inc, i) => (inc.n = i + 1));
  return out;
}

const iso = (ms: number | undefined, offsetMin = 0): string | null =>
  ms === undefined ? null : formatWithOffset(Math.floor(ms / 1000) * 1000, offsetMin);
const isoMs = (ms: number | undefined): string | null => (ms === undefined ? null : new Date(Math.floor(ms)).toISOString());
const isoMicro = (ms: number | undefined, rand: Rand): string | null =>
  ms === undefined
    ? null
    : `${new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19)}.${String(Math.floor(rand() * 1e6)).padStart(6, '0')}Z`;
const csv = (fields: string[], rows: unknown[][]) => Papa.unparse({ fields, data: rows }, { newline: '\n' }) + '\n';
const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';
const PRIORITY: Record<SeverityId, string> = { SEV1: 'P1', SEV2: 'P2', SEV3: 'P3', SEV4: 'P4' };

function handbookIncidents(count: number, seed: number): MetricsIncident[] {
  return sampleIncidents(seed, count).map((inc) => ({
    id: `INC-${String(inc.n).padStart(4, '0')}`,
    title: inc.title,
    severity: inc.severity,
    status: inc.t.resolved ? 'resolved' : inc.t.mitigated ? 'monitoring' : 'investigating',
    milestones: Object.fromEntries(Object.entries(inc.t).map(([k, v]) => [k, iso(v, 7 * 60)])),
  }));
}

export function handbookCsv(count = 240, seed = 1): string {
  const text = toIncidentCsv(handbookIncidents(count, seed));
  const bad = [
    'INC-0241,Checkout latency,SEV5,resolved,,,2026-11-02T10:00:00+07:00,,,,2026-11-02T11:00:00+07:00,',
    'INC-0242,Payments 502s,SEV2,resolved,,,2026-11-10 09:30:00,,,,2026-11-10 10:10:00,',
    'INC-0243,Search down,SEV1,fixed,,,2026-11-12T08:00:00+07:00,,,,,',
  ];
  return text + bad.join('\n') + '\n';
}

export function handbookJson(count = 150, seed = 11): string {
  const incidents: unknown[] = handbookIncidents(count, seed);
  // Hand-written entries: a priority where the severity belongs, and a time without its offset.
  incidents.push(
    {
      id: `INC-${String(count + 1).padStart(4, '0')}`,
      title: 'Webhook retries piling up',
      severity: 'P2',
      status: 'resolved',
      milestones: { declared: '2026-11-18T09:00:00+07:00', resolved: '2026-11-18T09:40:00+07:00' },
    },
    {
      id: `INC-${String(count + 2).padStart(4, '0')}`,
      title: 'Stale cache after deploy',
      severity: 'SEV3',
      status: 'resolved',
      milestones: { declared: '2026-11-19T14:00:00+07:00', resolved: '2026-11-19 15:10' },
    },
  );
  return json(incidents);
}

export function pagerdutyIncidents(count = 320, seed = 2): string {
  const rand = prng(seed);
  const incidents = sampleIncidents(seed, count).map((inc) => {
    const status = inc.t.resolved ? 'resolved' : inc.t.acknowledged ? 'acknowledged' : 'triggered';
    const id = `Q${hex(rand, 13)}`;
    // Resolved incidents come back with an empty acknowledgements list (API behaviour).
    const acknowledgements =
      status === 'acknowledged'
        ? [
            {
              at: iso(inc.t.acknowledged),
              acknowledger: { id: `P${hex(rand, 6)}`, type: 'user_reference', summary: 'On-call engineer' },
            },
          ]
        : [];
    const priority =
      rand() < 0.85
        ? { id: `P${hex(rand, 6)}`, type: 'priority_reference', summary: PRIORITY[inc.severity], name: PRIORITY[inc.severity] }
        : null;
    return {
      id,
      type: 'incident',
      summary: `[#${1000 + inc.n}] ${inc.title}`,
      self: `https://api.pagerduty.com/incidents/${id}`,
      html_url: `https://acme.pagerduty.com/incidents/${id}`,
      incident_number: 1000 + inc.n,
      title: inc.title,
      created_at: iso(inc.t.detected),
      updated_at: iso(inc.t.resolved ?? inc.t.acknowledged ?? inc.t.detected),
      status,
      incident_key: hex(rand, 32, '0123456789abcdef'),
      service: { id: `P${hex(rand, 6)}`, type: 'service_reference', summary: inc.service },
      assignments: [],
      last_status_change_at: iso(inc.t.resolved ?? inc.t.acknowledged ?? inc.t.detected),
      resolved_at: iso(inc.t.resolved),
      acknowledgements,
      alert_counts: {
        all: 1 + Math.floor(rand() * 5),
        triggered: status === 'resolved' ? 0 : 1,
        resolved: status === 'resolved' ? 1 : 0,
      },
      urgency: inc.severity === 'SEV1' || inc.severity === 'SEV2' ? 'high' : 'low',
      priority,
      escalation_policy: { id: `P${hex(rand, 6)}`, type: 'escalation_policy_reference', summary: `${inc.team} escalation` },
      teams: [{ id: `P${hex(rand, 6)}`, type: 'team_reference', summary: inc.team }],
    };
  });
  incidents[17]!.created_at = null; // a record damaged in transit
  (incidents[40] as { urgency: string }).urgency = 'medium';
  incidents[40]!.priority = null;
  return json({ incidents, limit: 100, offset: 0, total: incidents.length, more: false });
}

export function pagerdutyAnalyticsCsv(count = 380, seed = 3): string {
  const rand = prng(seed);
  const fields = [
    'id',
    'incident_number',
    'description',
    'created_at',
    'resolved_at',
    'seconds_to_first_ack',
    'seconds_to_resolve',
    'seconds_to_engage',
    'seconds_to_mobilize',
    'priority_name',
    'urgency',
    'major',
    'service_name',
    'team_name',
    'escalation_count',
    'assignment_count',
  ];
  const la = -8 * 60; // an account in America/Los_Angeles (standard time)
  const rows = sampleIncidents(seed, count).map((inc) => {
    const created = inc.t.detected!;
    const secs = (to: number | undefined) => (to === undefined ? '' : Math.round((to - created) / 1000));
    return [
      `Q${hex(rand, 13)}`,
      5000 + inc.n,
      inc.title,
      iso(created, la),
      iso(inc.t.resolved, la) ?? '',
      secs(inc.t.acknowledged),
      secs(inc.t.resolved),
      secs(inc.t.acknowledged),
      secs(inc.t.acknowledged),
      rand() < 0.9 ? PRIORITY[inc.severity] : '',
      inc.severity === 'SEV1' || inc.severity === 'SEV2' ? 'high' : 'low',
      inc.severity === 'SEV1' && rand() < 0.5 ? 'true' : 'false',
      inc.service,
      inc.team,
      Math.floor(rand() * 3),
      1 + Math.floor(rand() * 2),
    ];
  });
  rows[25]![5] = 'n/a'; // a hand-edited spreadsheet cell
  rows[61]![3] = '2026-03-14 02:30:00'; // no offset: refused, never guessed
  return csv(fields, rows);
}

export function incidentIoJson(count = 200, seed = 4): string {
  const rand = prng(seed);
  const severities = { SEV1: ['Critical', 3], SEV2: ['Major', 2], SEV3: ['Minor', 1], SEV4: ['Minor', 1] } as const;
  const stamp = (name: string, rank: number, ms: number | undefined) =>
    ms === undefined
      ? null
      : {
          incident_timestamp: { id: `01FCNDV6P870EA6S7TK1DSY${String(rank).padStart(3, '0')}`, name, rank },
          value: { value: isoMicro(ms, rand) },
        };
  const incidents = sampleIncidents(seed, count).map((inc) => {
    const r = rand();
    const category = r < 0.04 ? 'declined' : r < 0.06 ? 'merged' : inc.t.closed ? 'closed' : inc.t.resolved ? 'learning' : 'live';
    const mode = rand() < 0.03 ? 'test' : rand() < 0.01 ? 'tutorial' : 'standard';
    const [sevName, rank] = severities[inc.severity];
    return {
      id: `01H${hex(rand, 23)}`,
      reference: `INC-${inc.n + 100}`,
      name: inc.title,
      summary: `${inc.service} degraded; see the channel for details.`,
      mode,
      visibility: rand() < 0.9 ? 'public' : 'private',
      permalink: `https://app.incident.io/acme/incidents/${inc.n + 100}`,
      created_at: isoMicro(inc.t.declared, rand),
      updated_at: isoMicro(inc.t.closed ?? inc.t.resolved ?? inc.t.declared, rand),
      incident_status: {
        id: `01G${hex(rand, 23)}`,
        name: { declined: 'Declined', merged: 'Merged', closed: 'Closed', learning: 'Post-incident', live: 'Investigating' }[
          category
        ],
        category,
        rank: 1,
      },
      severity: { id: `01F${hex(rand, 23)}`, name: sevName, rank, description: `${sevName} impact` },
      incident_type: { id: '01FCNDV6P870EA6S7TK1DSYDG0', name: 'Default' },
      incident_timestamp_values: [
        stamp('Impact started at', 1, inc.t.impactStarted),
        stamp('Reported at', 2, inc.t.detected),
        stamp('Accepted at', 3, inc.t.acknowledged),
        stamp('Identified at', 4, inc.t.identified),
        stamp('Fixed at', 5, inc.t.mitigated),
        stamp('Resolved at', 6, inc.t.resolved),
        stamp('Closed at', 7, inc.t.closed),
      ].filter((v) => v !== null),
    };
  });
  return json({ incidents, pagination_meta: { after: incidents.at(-1)!.id, page_size: 250 } });
}

export function opsgenieJson(count = 400, seed = 5): string {
  const rand = prng(seed);
  const data = sampleIncidents(seed, count).map((inc) => {
    const created = inc.t.detected!;
    const closed = inc.t.resolved;
    const report: Record<string, unknown> = {};
    if (inc.t.acknowledged !== undefined)
      Object.assign(report, { ackTime: Math.round(inc.t.acknowledged - created), acknowledgedBy: 'oncall@acme.example' });
    if (closed !== undefined) Object.assign(report, { closeTime: Math.round(closed - created), closedBy: 'oncall@acme.example' });
    return {
      id: `${hex(rand, 8, '0123456789abcdef')}-${hex(rand, 4, '0123456789abcdef')}-4${hex(rand, 3, '0123456789abcdef')}-a${hex(rand, 3, '0123456789abcdef')}-${hex(rand, 12, '0123456789abcdef')}`,
      tinyId: String(1700 + inc.n),
      alias: `${inc.service}-${inc.n}`,
      message: inc.title,
      status: closed !== undefined ? 'closed' : 'open',
      acknowledged: inc.t.acknowledged !== undefined,
      isSeen: true,
      tags: [inc.service, inc.team.toLowerCase()],
      snoozed: false,
      count: 1 + Math.floor(rand() * 8),
      lastOccurredAt: isoMs(created),
      createdAt: isoMs(created),
      updatedAt: isoMs(closed ?? inc.t.acknowledged ?? created),
      source: 'Prometheus Alertmanager',
      owner: inc.t.acknowledged !== undefined ? 'oncall@acme.example' : '',
      priority: inc.severity === 'SEV4' && rand() < 0.4 ? 'P5' : PRIORITY[inc.severity],
      teams: [{ id: hex(rand, 8, '0123456789abcdef') }],
      responders: [],
      integration: { id: hex(rand, 8, '0123456789abcdef'), name: 'Alertmanager', type: 'Prometheus' },
      report,
    };
  });
  data[33]!.priority = 'P0'; // not an Opsgenie priority
  (data[90]!.report as { ackTime?: number }).ackTime = -1200; // clock skew in a relay
  return json({
    data,
    paging: {
      first: 'https://api.opsgenie.com/v2/alerts?limit=400&offset=0',
      last: 'https://api.opsgenie.com/v2/alerts?limit=400&offset=0',
    },
    took: 0.123,
    requestId: '9ae63dd7-ed00-4c81-86f0-c4ffd33142c9',
  });
}

export function grafanaOncallJson(count = 300, seed = 6): string {
  const rand = prng(seed);
  const labelFor: Record<SeverityId, string> = { SEV1: 'critical', SEV2: 'major', SEV3: 'warning', SEV4: 'info' };
  const results = sampleIncidents(seed, count).map((inc, i) => {
    const state = inc.t.resolved ? 'resolved' : inc.t.acknowledged ? 'acknowledged' : 'firing';
    const labels = [
      { key: { id: 'service', name: 'service' }, value: { id: inc.service, name: inc.service } },
      { key: { id: 'team', name: 'team' }, value: { id: inc.team.toLowerCase(), name: inc.team.toLowerCase() } },
    ];
    if (i % 97 !== 5)
      labels.push({
        key: { id: 'severity', name: 'severity' },
        value: { id: labelFor[inc.severity], name: labelFor[inc.severity] },
      });
    return {
      id: `I${hex(rand, 12)}`,
      integration_id: 'CFRPV98RPR1U8',
      route_id: 'RIYGUJXCPFHXY',
      alerts_count: 1 + Math.floor(rand() * 6),
      state,
      created_at: isoMicro(inc.t.detected, rand),
      alert_group_number: 4200 + inc.n,
      resolved_at: isoMicro(inc.t.resolved, rand),
      acknowledged_at: isoMicro(inc.t.acknowledged, rand),
      acknowledged_by: inc.t.acknowledged ? `U${hex(rand, 12)}` : null,
      resolved_by: inc.t.resolved ? `U${hex(rand, 12)}` : null,
      title: inc.title,
      permalinks: { slack: null, telegram: null, web: `https://acme.grafana.net/a/grafana-oncall-app/alert-groups/I${inc.n}` },
      silenced_at: null,
      labels,
    };
  });
  return json({
    count: results.length,
    next: null,
    previous: null,
    results,
    current_page_number: 1,
    page_size: results.length,
    total_pages: 1,
  });
}

export function dispatchCsv(count = 160, seed = 7): string {
  const rand = prng(seed);
  const fields = [
    'name',
    'title',
    'description',
    'status',
    'incident_type.name',
    'incident_severity.name',
    'incident_priority.name',
    'reported_at',
    'stable_at',
    'closed_at',
    'commander.individual.email',
    'project.name',
  ];
  const sevName: Record<SeverityId, string> = { SEV1: 'Critical', SEV2: 'High', SEV3: 'Medium', SEV4: 'Low' };
  const pyIso = (ms: number | undefined) =>
    ms === undefined
      ? ''
      : `${new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19)}.${String(Math.floor(rand() * 1e6)).padStart(6, '0')}+00:00`;
  const rows = sampleIncidents(seed, count).map((inc) => {
    const status = inc.t.resolved ? 'Closed' : inc.t.mitigated ? 'Stable' : 'Active';
    return [
      `acme-${2026}-${inc.n}`,
      inc.title,
      `Automated page from ${inc.service}.`,
      status,
      rand() < 0.8 ? 'Operational' : 'Security',
      sevName[inc.severity],
      rand() < 0.5 ? 'High' : 'Medium',
      pyIso(inc.t.detected),
      pyIso(inc.t.mitigated),
      pyIso(inc.t.resolved),
      `${pick(rand, ['ana', 'bob', 'chai', 'dao', 'eve'])}@acme.example`,
      'default',
    ];
  });
  rows[12]![7] = ''; // reported_at lost in a migration
  return csv(fields, rows);
}

export function statuspageJson(count = 150, seed = 8): string {
  const rand = prng(seed);
  const impact: Record<SeverityId, string> = { SEV1: 'critical', SEV2: 'major', SEV3: 'minor', SEV4: 'none' };
  const offset = -6 * 60; // Statuspage writes times in the page's zone
  const incidents = sampleIncidents(seed, count).map((inc) => {
    const id = hex(rand, 12, '0123456789abcdefghijklmnopqrstuvwxyz');
    const update = (status: string, ms: number | undefined, body: string) =>
      ms === undefined
        ? null
        : {
            id: hex(rand, 12, '0123456789abcdefghijklmnopqrstuvwxyz'),
            incident_id: id,
            status,
            body,
            created_at: iso(ms, offset),
            display_at: iso(ms, offset),
            affected_components: null,
          };
    const status = inc.t.resolved
      ? 'resolved'
      : inc.t.mitigated
        ? 'monitoring'
        : inc.t.identified
          ? 'identified'
          : 'investigating';
    return {
      id,
      name: inc.title.replace(/^[^:]+: /, `${inc.service} `),
      status,
      created_at: iso(inc.t.declared, offset),
      updated_at: iso(inc.t.resolved ?? inc.t.declared, offset),
      monitoring_at: iso(inc.t.mitigated, offset),
      resolved_at: iso(inc.t.resolved, offset),
      impact: impact[inc.severity],
      shortlink: `https://stspg.io/${hex(rand, 6, 'abcdefghijklmnopqrstuvwxyz0123456789')}`,
      started_at: iso(inc.t.impactStarted, offset),
      page_id: 'kctbh9vrtdwd',
      incident_updates: [
        update('resolved', inc.t.resolved, 'This incident has been resolved.'),
        update('monitoring', inc.t.mitigated, 'A fix has been implemented and we are monitoring the results.'),
        update('identified', inc.t.identified, 'The issue has been identified and a fix is being implemented.'),
        update('investigating', inc.t.declared, 'We are currently investigating this issue.'),
      ].filter((u) => u !== null),
      components: [],
      scheduled_for: null,
      scheduled_until: null,
      impact_override: null,
      postmortem_body: null,
    };
  });
  const maintenance = (n: number, day: number) => ({
    id: `mnt${hex(rand, 9, '0123456789abcdefghijklmnopqrstuvwxyz')}`,
    name: `Scheduled database maintenance ${n}`,
    status: 'completed',
    created_at: iso(END - day * DAY, offset),
    updated_at: iso(END - day * DAY + 3 * 3600_000, offset),
    monitoring_at: null,
    resolved_at: iso(END - day * DAY + 3 * 3600_000, offset),
    impact: 'maintenance',
    shortlink: `https://stspg.io/${hex(rand, 6, 'abcdefghijklmnopqrstuvwxyz0123456789')}`,
    started_at: iso(END - day * DAY + 3600_000, offset),
    page_id: 'kctbh9vrtdwd',
    incident_updates: [],
    components: [],
    scheduled_for: iso(END - day * DAY + 3600_000, offset),
    scheduled_until: iso(END - day * DAY + 3 * 3600_000, offset),
    impact_override: null,
    postmortem_body: null,
  });
  return json(
    [...incidents, maintenance(1, 40), maintenance(2, 12)].sort((a, b) =>
      String(b.created_at).localeCompare(String(a.created_at)),
    ),
  );
}

const CHUNK = 50_000;

/**
 * A large CSV export for the benchmarks, built from one of the generators above in chunks of 50,000
 * rows (each chunk its own seed, the header kept once), so a million rows never exist as objects at once.
 */
export function csvInChunks(make: (count: number, seed: number) => string, rows: number): string {
  const parts: string[] = [];
  for (let done = 0, seed = 1000; done < rows; done += CHUNK, seed++) {
    const text = make(Math.min(CHUNK, rows - done), seed);
    parts.push(done === 0 ? text : text.slice(text.indexOf('\n') + 1));
  }
  return parts.join('');
}

export const SAMPLE_FILES: Record<string, () => string> = {
  'handbook.csv': () => handbookCsv(),
  'handbook.json': () => handbookJson(),
  'pagerduty-incidents.json': () => pagerdutyIncidents(),
  'pagerduty-analytics.csv': () => pagerdutyAnalyticsCsv(),
  'incident-io.json': () => incidentIoJson(),
  'opsgenie-alerts.json': () => opsgenieJson(),
  'grafana-oncall.json': () => grafanaOncallJson(),
  'dispatch.csv': () => dispatchCsv(),
  'statuspage.json': () => statuspageJson(),
};

if (import.meta.main) {
  const dir = join(import.meta.dirname, '..', 'public', 'samples');
  mkdirSync(dir, { recursive: true });
  for (const [name, make] of Object.entries(SAMPLE_FILES)) {
    const text = make();
    writeFileSync(join(dir, name), text);
    console.log(`public/samples/${name}  ${(text.length / 1024).toFixed(0)} KB`);
  }
}
