// Incidents as columns: what an import produces and what computeMetrics reads.
//
// A million imported incidents as objects, each with eight milestone strings, kept the garbage
// collector busy for a third of the import; as a few typed arrays they are almost nothing to it. A
// single incident is turned back into a MetricsIncident only where one is shown (`incidentAt`).
// Milestones are instants (epoch ms): given back they are written in UTC, to the millisecond.
import { MILESTONES, SEVERITY_IDS, STATUSES } from './constants.ts';
import type { Incident, Milestone, Milestones, SeverityId, Status, Timestamp } from './schema.ts';
import { formatWithOffset, toEpochMs } from './time/index.ts';

/** The fields of an incident the metrics read (and an import gives back): an incident as a plain object. */
export type MetricsIncident = Pick<Incident, 'id' | 'title' | 'severity' | 'status' | 'milestones'>;

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
  readonly times = new Float64Array(MILESTONE_COUNT).fill(Number.NaN);

  clear(): void {
    this.id = '';
    this.title = '';
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

/** Collects rows into columns that grow as needed. */
export class IncidentColumnsBuilder {
  private length = 0;
  private readonly ids: string[] = [];
  private readonly titles: string[] = [];
  private severities = new Uint8Array(1024);
  private statuses = new Uint8Array(1024);
  private times = new Float64Array(1024 * MILESTONE_COUNT);

  add(row: IncidentRow): void {
    const i = this.length;
    if (i === this.severities.length) this.grow();
    this.ids.push(row.id);
    this.titles.push(row.title);
    this.severities[i] = SEVERITY_CODE[row.severity];
    this.statuses[i] = STATUS_CODE[row.status];
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
    };
  }

  private grow(): void {
    const grown = <T extends Uint8Array | Float64Array>(old: T, make: (size: number) => T): T => {
      const bigger = make(old.length * 2);
      bigger.set(old);
      return bigger;
    };
    this.severities = grown(this.severities, (n) => new Uint8Array(n));
    this.statuses = grown(this.statuses, (n) => new Uint8Array(n));
    this.times = grown(this.times, (n) => new Float64Array(n));
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
  return {
    id: columns.ids[i]!,
    title: columns.titles[i]!,
    severity: SEVERITY_IDS[columns.severities[i]!]!,
    status: STATUSES[columns.statuses[i]!]!,
    milestones,
  };
}

/** Every incident as a MetricsIncident (for tests and small inputs; a million of them is slow). */
export function toIncidents(columns: IncidentColumns): MetricsIncident[] {
  return Array.from({ length: columns.length }, (_, i) => incidentAt(columns, i));
}
