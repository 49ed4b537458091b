// Incidents as columns: what an import produces and what computeMetrics reads.
//
// A million imported incidents as objects, each with eight milestone strings, kept the garbage
// collector busy for a third of the import; as a few typed arrays they are almost nothing to it. A
// single incident is turned back into a MetricsIncident only where one is shown (`incidentAt`).
// Milestones are instants (epoch ms): given back they are written in UTC, to the millisecond.
import { MILESTONES, SEVERITY_IDS, STATUSES } from './constants.ts';
import type { Incident, Milestone, Milestones, SeverityId, Status, Timestamp } from './schema.ts';
import { formatWithOffset, toEpochMs } from './time/index.ts';

/**
 * The fields of an incident the metrics read (and an import gives back): an incident as a plain object.
 * `service` and `team` are what the export names them ('' or absent when it has none).
 */
export type MetricsIncident = Pick<Incident, 'id' | 'title' | 'severity' | 'status' | 'milestones'> & {
  service?: string;
  team?: string;
};

export interface IncidentColumns {
  readonly length: number;
  readonly ids: readonly string[];
  readonly titles: readonly string[];
  /** Index into SEVERITY_IDS. */
  readonly severities: Uint8Array;
  /** Index into STATUSES. */
  readonly statuses: Uint8Array;
  /** Epoch ms, MILESTONES.length per incident in MILESTONES order; NaN where missing. */
  readonly times: Float64Array;
  /** Index into serviceNames; 0 is "no service". */
  readonly services: Uint32Array;
  /** The distinct services in order of first appearance, '' (no service) first. */
  readonly serviceNames: readonly string[];
  /** Index into teamNames; 0 is "no team". */
  readonly teams: Uint32Array;
  /** The distinct teams in order of first appearance, '' (no team) first. */
  readonly teamNames: readonly string[];
}

const MILESTONE_COUNT = MILESTONES.length;

/** Index of each milestone in an incident's run of `times`. */
const MILESTONE_INDEX = Object.fromEntries(MILESTONES.map((m, i) => [m, i])) as Record<Milestone, number>;

const SEVERITY_CODE = Object.fromEntries(SEVERITY_IDS.map((id, i) => [id, i])) as Record<SeverityId, number>;
const STATUS_CODE = Object.fromEntries(STATUSES.map((id, i) => [id, i])) as Record<Status, number>;

/**
 * One incident being built: a source's mapper fills it, `IncidentColumnsBuilder.add` copies it into the
 * columns. The same row is reused for every record of an import.
 */
export class IncidentRow {
  id = '';
  title = '';
  severity: SeverityId = 'SEV4';
  status: Status = 'investigating';
  /** The service (or component) the export names, '' when none. */
  service = '';
  /** The team (or escalation policy) the export names, '' when none. */
  team = '';
  readonly times = new Float64Array(MILESTONE_COUNT).fill(Number.NaN);

  clear(): void {
    this.id = '';
    this.title = '';
    this.service = '';
    this.team = '';
    this.severity = 'SEV4';
    this.status = 'investigating';
    // A loop, not fill(): eight values a million times, where the built-in's call costs more than the work.
    for (let k = 0; k < MILESTONE_COUNT; k++) this.times[k] = Number.NaN;
  }

  has(milestone: Milestone): boolean {
    return !Number.isNaN(this.times[MILESTONE_INDEX[milestone]]!);
  }

  set(milestone: Milestone, ms: number): void {
    this.times[MILESTONE_INDEX[milestone]] = ms;
  }
}

/** Distinct names as small numbers: a million incidents of a few dozen services are grouped by number. */
class NameCodes {
  readonly names: string[] = [''];
  private readonly codes = new Map<string, number>([['', 0]]);

  code(name: string): number {
    let code = this.codes.get(name);
    if (code === undefined) {
      code = this.names.length;
      this.names.push(name);
      this.codes.set(name, code);
    }
    return code;
  }
}

/** Collects rows into columns that grow as needed. */
export class IncidentColumnsBuilder {
  private length = 0;
  private readonly ids: string[] = [];
  private readonly titles: string[] = [];
  private severities = new Uint8Array(1024);
  private statuses = new Uint8Array(1024);
  private times = new Float64Array(1024 * MILESTONE_COUNT);
  private services = new Uint32Array(1024);
  private teams = new Uint32Array(1024);
  private readonly serviceCodes = new NameCodes();
  private readonly teamCodes = new NameCodes();

  /**
   * Room for `count` incidents in all, when the caller knows how many records there are (a JSON list):
   * the columns are sized once instead of doubling as they fill.
   */
  reserve(count: number): void {
    while (this.severities.length < count) this.grow();
  }

  add(row: IncidentRow): void {
    const i = this.length;
    if (i === this.severities.length) this.grow();
    this.ids.push(row.id);
    this.titles.push(row.title);
    this.severities[i] = SEVERITY_CODE[row.severity];
    this.statuses[i] = STATUS_CODE[row.status];
    this.services[i] = row.service === '' ? 0 : this.serviceCodes.code(row.service);
    this.teams[i] = row.team === '' ? 0 : this.teamCodes.code(row.team);
    for (let k = 0, at = i * MILESTONE_COUNT; k < MILESTONE_COUNT; k++) this.times[at + k] = row.times[k]!;
    this.length = i + 1;
  }

  done(): IncidentColumns {
    const n = this.length;
    // subarray, not slice: a million incidents' times are 64 MB, not worth copying to trim.
    return {
      length: n,
      ids: this.ids,
      titles: this.titles,
      severities: this.severities.subarray(0, n),
      statuses: this.statuses.subarray(0, n),
      times: this.times.subarray(0, n * MILESTONE_COUNT),
      services: this.services.subarray(0, n),
      serviceNames: this.serviceCodes.names,
      teams: this.teams.subarray(0, n),
      teamNames: this.teamCodes.names,
    };
  }

  private grow(): void {
    const grown = <T extends Uint8Array | Uint32Array | Float64Array>(old: T, make: (size: number) => T): T => {
      const bigger = make(old.length * 2);
      bigger.set(old);
      return bigger;
    };
    this.severities = grown(this.severities, (n) => new Uint8Array(n));
    this.statuses = grown(this.statuses, (n) => new Uint8Array(n));
    this.times = grown(this.times, (n) => new Float64Array(n));
    this.services = grown(this.services, (n) => new Uint32Array(n));
    this.teams = grown(this.teams, (n) => new Uint32Array(n));
  }
}

/** Epoch ms of a milestone; NaN when missing or unparseable (which counts as missing). */
function milestoneEpochMs(value: Timestamp | undefined): number {
  return value === undefined ? Number.NaN : toEpochMs(value);
}

/** Incidents as columns (milestones that do not parse count as missing, as in computeMetrics). */
export function toColumns(incidents: readonly MetricsIncident[]): IncidentColumns {
  const builder = new IncidentColumnsBuilder();
  const row = new IncidentRow();
  for (const incident of incidents) {
    row.id = incident.id;
    row.title = incident.title;
    row.severity = incident.severity;
    row.status = incident.status;
    row.service = incident.service ?? '';
    row.team = incident.team ?? '';
    for (let k = 0; k < MILESTONE_COUNT; k++) row.times[k] = milestoneEpochMs(incident.milestones[MILESTONES[k]!]);
    builder.add(row);
  }
  return builder.done();
}

/** An instant in UTC: seconds precision, with milliseconds only when there are some. */
function utcTimestamp(ms: number): Timestamp {
  return ms % 1000 === 0 ? formatWithOffset(ms, 0) : new Date(ms).toISOString();
}

/** The i-th incident as a MetricsIncident, its milestones written in UTC. */
export function incidentAt(columns: IncidentColumns, i: number): MetricsIncident {
  const milestones: Milestones = {};
  for (let k = 0; k < MILESTONE_COUNT; k++) {
    const ms = columns.times[i * MILESTONE_COUNT + k]!;
    if (!Number.isNaN(ms)) milestones[MILESTONES[k]!] = utcTimestamp(ms);
  }
  const service = columns.serviceNames[columns.services[i]!]!;
  const team = columns.teamNames[columns.teams[i]!]!;
  return {
    id: columns.ids[i]!,
    title: columns.titles[i]!,
    severity: SEVERITY_IDS[columns.severities[i]!]!,
    status: STATUSES[columns.statuses[i]!]!,
    milestones,
    ...(service && { service }),
    ...(team && { team }),
  };
}

/** Every incident as a MetricsIncident (for tests and small inputs; a million of them is slow). */
export function toIncidents(columns: IncidentColumns): MetricsIncident[] {
  return Array.from({ length: columns.length }, (_, i) => incidentAt(columns, i));
}
