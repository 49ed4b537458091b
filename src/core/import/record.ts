// Shared pieces for the per-source importers: reading fields from a record (a JSON object or a CSV
// row keyed by its header), turning times and durations into epoch ms, and reporting a bad row.
import { STATUSES } from '../constants.ts';
import type { SeverityId, Status } from '../schema.ts';
import type { IncidentRow } from '../incident-columns.ts';
import { isoToEpochMs, parseTimestamp } from '../time/index.ts';
import { parseNaiveTime, type NaiveTimeSettings } from '../time/naive.ts';
import type { SeverityMapping } from './severity.ts';

export type Rec = Record<string, unknown>;

/**
 * One data row of a CSV export, read by column name. The cells stay in the array the CSV reader made:
 * copying a million rows into objects keyed by header name cost more than reading the fields used.
 */
export class CsvRow {
  cells: readonly string[] = [];
  /** Column index by header name (a repeated name reads its last column); a plain object looks up faster than a Map here. */
  private readonly columns: Record<string, number> = Object.create(null);

  constructor(header: readonly string[]) {
    header.forEach((name, i) => (this.columns[name] = i));
  }

  get(name: string): string | undefined {
    const i = this.columns[name];
    return i === undefined ? undefined : this.cells[i];
  }

  names(): Iterable<string> {
    return Object.keys(this.columns);
  }
}

/** What an importer reads: a JSON object, or a CSV row (whose dotted column names are plain names). */
export type SourceRecord = Rec | CsvRow;

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
    this.value =
      value === undefined || value === null
        ? undefined
        : shorten(typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value)));
  }
}

function shorten(text: string): string {
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

export interface MapContext {
  mapping: SeverityMapping;
  /** How times without a UTC offset are read; without it such a time rejects its row. */
  naive?: NaiveTimeSettings | undefined;
}

export interface SourceImporter {
  id: SourceId;
  /** Shown in the UI and the README. */
  label: string;
  /** True when the keys (JSON) or columns (CSV) look like this source's export. */
  detect(keys: ReadonlySet<string>): boolean;
  /** Fills `row` (cleared beforehand) from one record; throws RowProblem to reject the record. */
  mapRecord(record: SourceRecord, ctx: MapContext, row: IncidentRow): void;
}

/** A field by its documented name: a literal key first (CSV columns such as `priority.name`), then a dotted path. */
export function get(record: SourceRecord, path: string): unknown {
  if (record instanceof CsvRow) return record.get(path);
  if (path in record) return record[path];
  if (!path.includes('.')) return undefined;
  let current: unknown = record;
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Rec)[part];
  }
  return current;
}

/** The record's field names: CSV columns or the JSON object's keys. */
export function fieldNames(record: SourceRecord): Iterable<string> {
  return record instanceof CsvRow ? record.names() : Object.keys(record);
}

export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** Text of a field, '' when missing; numbers become text (ids such as incident_number). */
export function text(record: SourceRecord, path: string): string {
  const value = get(record, path);
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

export function requireText(record: SourceRecord, path: string): string {
  const value = text(record, path);
  if (!value) throw new RowProblem(path, `${path} is missing`);
  return value;
}

/** Epoch ms of a time field: NaN when empty; a value that is not a time rejects the row. */
export function time(record: SourceRecord, path: string, ctx?: MapContext): number {
  return timeValue(path, get(record, path), ctx?.naive);
}

/** Says what to do about a time the naive reader could not read (the reader's words, not a parser's). */
function naiveProblem(field: string, text: string, problem: 'no-zone' | 'needs-order' | 'invalid'): RowProblem {
  const message =
    problem === 'no-zone'
      ? `${field}: "${text}" has no UTC offset; choose the time zone it was written in`
      : problem === 'needs-order'
        ? `${field}: "${text}" could be day-first or month-first; choose the date order`
        : `${field}: "${text}" is not a date and time that exists`;
  return new RowProblem(field, message, text);
}

/**
 * Epoch ms of one time value: NaN when empty. A time without an offset is read in `naive.zone` (a
 * numeric date in the field's date order); any other value that is not a time rejects the row.
 */
export function timeValue(field: string, value: unknown, naive?: NaiveTimeSettings): number {
  // The common canonical case without a result object (millions per import).
  if (typeof value === 'string') {
    const ms = isoToEpochMs(value);
    if (!Number.isNaN(ms)) return ms;
  }
  const parsed = parseTimestamp(value);
  if (parsed === null) return Number.NaN;
  if (parsed.ok) return parsed.ms;
  if (typeof value === 'string') {
    const read = parseNaiveTime(value, naive?.zone, naive?.fieldOrders?.[field] ?? naive?.dateOrder);
    if (read.ok) {
      if (naive?.tally) naive.tally.read++;
      return read.ms;
    }
    if (read.problem !== 'not-naive') throw naiveProblem(field, value.trim(), read.problem);
  }
  throw new RowProblem(field, `${field}: ${parsed.message}`, value);
}

/**
 * The required time at which the tool opened the incident (epoch ms): for these exports it is both
 * when the problem was detected and when the incident was declared. Missing → the row is rejected.
 */
export function openedAt(record: SourceRecord, path: string, row: IncidentRow, ctx?: MapContext): number {
  const at = time(record, path, ctx);
  if (Number.isNaN(at)) throw new RowProblem(path, `${path} is missing`);
  row.set('detected', at);
  row.set('declared', at);
  return at;
}

/**
 * `base` (epoch ms) plus a duration field in the tool's unit (`unitMs` milliseconds per unit).
 * Empty, or no base → NaN; negative or not a number → the row is rejected.
 */
export function afterDuration(base: number, record: SourceRecord, path: string, unitMs: number): number {
  const raw = get(record, path);
  if (isBlank(raw)) return Number.NaN;
  const amount = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw.trim()) : Number.NaN;
  if (!Number.isFinite(amount)) throw new RowProblem(path, `${path}: expected a number, got "${String(raw)}"`, raw);
  if (amount < 0) throw new RowProblem(path, `${path} is negative (${amount})`, raw);
  const ms = Math.round(base + amount * unitMs);
  // Beyond the Date range (±8.64e15 ms) every later figure would be Infinity or null.
  if (!(Math.abs(ms) <= MAX_EPOCH_MS)) throw new RowProblem(path, `${path} (${amount}) is beyond the date range`, raw);
  return ms;
}

/** The largest instant a Date can hold, in ms either side of 1970. */
const MAX_EPOCH_MS = 8.64e15;

export function severityOrReject(field: string, raw: unknown, severity: SeverityId | undefined): SeverityId {
  if (severity) return severity;
  if (isBlank(raw)) throw new RowProblem(field, `${field} is missing and the mapping has no fallback severity`);
  throw new RowProblem(field, `${field} "${String(raw)}" is not in the severity mapping`, raw);
}

/** Status by lower-cased source status; unknown ones follow whether the incident was resolved. */
export function statusFrom(raw: string, table: Record<string, Status>, resolved: boolean): Status {
  const mapped = table[raw.toLowerCase()];
  if (mapped) return mapped;
  if ((STATUSES as readonly string[]).includes(raw.toLowerCase())) return raw.toLowerCase() as Status;
  return resolved ? 'resolved' : 'investigating';
}
