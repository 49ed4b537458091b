// Shared pieces for the per-source importers: reading fields from a record (a JSON object or a CSV
// row keyed by its header), turning times and durations into milestones, and reporting a bad row.
import { MILESTONES, STATUSES, type Milestone, type Milestones, type SeverityId, type Status, type Timestamp } from '../schema.ts';
import { formatWithOffset, offsetMinutes, offsetOf } from '../time.ts';
import type { MetricsIncident } from '../metrics.ts';
import { isoToEpochMs, parseTimestamp, shiftCanonical } from './timestamp.ts';
import type { SeverityMapping } from './severity.ts';

export type Rec = Record<string, unknown>;

export const SOURCE_IDS = [
  'handbook',
  'pagerduty',
  'pagerduty-analytics',
  'incident-io',
  'opsgenie',
  'grafana-oncall',
  'dispatch',
  'statuspage',
] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

export interface Rejection {
  /** 1-based: the n-th record of the JSON list, or the n-th CSV data row (header not counted). */
  row: number;
  /** The field as the source names it (e.g. `report.ackTime`), or `row` for the whole row. */
  field: string;
  message: string;
  value?: string;
}

/** Thrown by a source's `mapRecord` to reject the row; the importer catches it and reports it. */
export class RowProblem extends Error {
  readonly field: string;
  readonly value: string | undefined;
  constructor(field: string, message: string, value?: unknown) {
    super(message);
    this.name = 'RowProblem';
    this.field = field;
    this.value = value === undefined || value === null ? undefined : shorten(typeof value === 'string' ? value : JSON.stringify(value) ?? String(value));
  }
}

function shorten(text: string): string {
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

export interface MapContext {
  mapping: SeverityMapping;
}

export interface SourceImporter {
  id: SourceId;
  /** Shown in the UI and the README. */
  label: string;
  /** True when the keys (JSON) or columns (CSV) look like this source's export. */
  detect(keys: ReadonlySet<string>): boolean;
  /** One record to one incident; throws RowProblem to reject it. */
  mapRecord(record: Rec, ctx: MapContext): MetricsIncident;
}

/** A field by its documented name: a literal key first (CSV columns such as `priority.name`), then a dotted path. */
export function get(record: Rec, path: string): unknown {
  if (path in record) return record[path];
  if (!path.includes('.')) return undefined;
  let current: unknown = record;
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Rec)[part];
  }
  return current;
}

export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** Text of a field, '' when missing; numbers become text (ids such as incident_number). */
export function text(record: Rec, path: string): string {
  const value = get(record, path);
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

export function requireText(record: Rec, path: string): string {
  const value = text(record, path);
  if (!value) throw new RowProblem(path, `${path} is missing`);
  return value;
}

/** A time field: undefined when empty, a Timestamp when valid, otherwise the row is rejected. */
export function time(record: Rec, path: string): Timestamp | undefined {
  return timeValue(path, get(record, path));
}

// The canonical times read for the current record with their epoch ms, so the import can hand
// computeMetrics the milestones' epoch ms without parsing each timestamp a second time.
const READ_MAX = 16;
const readTexts: string[] = [];
const readMs = new Float64Array(READ_MAX);
let readCount = 0;
let readNext = 0;

/** Called before each record: forgets the times read for the previous one. */
export function startRecord(): void {
  readCount = 0;
  readNext = 0;
}

/** Called after the last record: a CSV cell is a slice of the whole input and would keep it alive. */
export function forgetReadTimes(): void {
  startRecord();
  readTexts.length = 0;
}

/**
 * Epoch ms of a time the current record's mapping returned unchanged, or NaN when it was not read
 * that way. The search starts after the previous hit: milestones are usually asked for in the order
 * they were read, and then the first comparison is with the very same string (no character compared).
 */
export function readTimeMs(value: string): number {
  // Minute and second digits first: two characters tell most different times apart without a full
  // string comparison (the times of one incident share their first dozen characters).
  const minute = value.charCodeAt(15);
  const second = value.charCodeAt(18);
  for (let n = 0, i = readNext; n < readCount; n++, i = i + 1 === readCount ? 0 : i + 1) {
    const text = readTexts[i]!;
    if (text.charCodeAt(18) === second && text.charCodeAt(15) === minute && text === value) {
      readNext = i + 1 === readCount ? 0 : i + 1;
      return readMs[i]!;
    }
  }
  return Number.NaN;
}

export function timeValue(field: string, value: unknown): Timestamp | undefined {
  // Fast path for the common canonical case: no result object per timestamp (millions per import).
  if (typeof value === 'string') {
    const ms = isoToEpochMs(value);
    if (!Number.isNaN(ms)) {
      if (readCount < READ_MAX) {
        readTexts[readCount] = value;
        readMs[readCount++] = ms;
      }
      return value;
    }
  }
  const parsed = parseTimestamp(value);
  if (parsed === null) return undefined;
  if (!parsed.ok) throw new RowProblem(field, `${field}: ${parsed.message}`, value);
  return parsed.value;
}

/**
 * `base` plus a duration field in the tool's unit (`unitMs` milliseconds per unit), in the base's offset.
 * Empty → undefined; negative or not a number → the row is rejected.
 */
export function afterDuration(base: Timestamp | undefined, record: Rec, path: string, unitMs: number): Timestamp | undefined {
  const raw = get(record, path);
  if (isBlank(raw)) return undefined;
  const amount = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw.trim()) : Number.NaN;
  if (!Number.isFinite(amount)) throw new RowProblem(path, `${path}: expected a number, got "${String(raw)}"`, raw);
  if (amount < 0) throw new RowProblem(path, `${path} is negative (${amount})`, raw);
  if (base === undefined) return undefined;
  return shiftTimestamp(base, amount * unitMs);
}

/** `base` moved by `deltaMs`, written in base's own offset. */
export function shiftTimestamp(base: Timestamp, deltaMs: number): Timestamp {
  const baseMs = isoToEpochMs(base);
  if (Number.isNaN(baseMs)) return formatWithOffset(Math.round(Date.parse(base) + deltaMs), offsetMinutes(offsetOf(base)));
  return shiftCanonical(base, baseMs, deltaMs);
}

/** Milestones without the empty ones, in the core's order. */
export function milestones(values: Partial<Record<Milestone, Timestamp | undefined>>): Milestones {
  const out: Milestones = {};
  for (const m of MILESTONES) {
    const v = values[m];
    if (v !== undefined) out[m] = v;
  }
  return out;
}

export function severityOrReject(field: string, raw: unknown, severity: SeverityId | undefined): SeverityId {
  if (severity) return severity;
  if (isBlank(raw)) throw new RowProblem(field, `${field} is missing and the mapping has no fallback severity`);
  throw new RowProblem(field, `${field} "${String(raw)}" is not in the severity mapping`, raw);
}

/** Status by lower-cased source status; unknown ones follow the resolved milestone. */
export function statusFrom(raw: string, table: Record<string, Status>, resolved: Timestamp | undefined): Status {
  const mapped = table[raw.toLowerCase()];
  if (mapped) return mapped;
  if ((STATUSES as readonly string[]).includes(raw.toLowerCase())) return raw.toLowerCase() as Status;
  return resolved ? 'resolved' : 'investigating';
}
