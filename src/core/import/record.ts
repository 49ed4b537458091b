// Shared pieces for the per-source importers: reading fields from a record (a JSON object or a CSV
// row keyed by its header), turning times and durations into epoch ms, and reporting a bad row.
import { STATUSES } from '../constants.ts';
import type { SeverityId, Status } from '../schema.ts';
import type { IncidentRow } from '../incident-columns.ts';
import { isoToEpochMs, parseTimestamp } from '../time/index.ts';
import { parseNaiveTime, type NaiveTimeSettings } from '../time/naive.ts';
import type { Lang } from '../i18n/locales.ts';
import type { Vars } from '../i18n/translate.ts';
import type { ImportCode } from './reason.ts';
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
  /** The reason's stable code (its key in src/core/i18n/import.ts), for programs that read the report. */
  code: ImportCode;
  /** The reason in English: what the JSON report carries, the same bytes from the page and the CLI. */
  message: string;
  /** The same reason in the language the import was asked for (`ImportOptions.lang`, English by default). */
  reason: string;
  value?: string;
}

/**
 * The values a reason names. A function when a value is itself text in a language (the incident
 * reader's problems): it is asked once per language the rejection is written in.
 */
export type ProblemVars = Vars | ((lang: Lang) => Vars);

/** Thrown by a source's `mapRecord` to reject the row; the importer catches it and reports it. */
export class RowProblem extends Error {
  readonly field: string;
  readonly code: ImportCode;
  readonly vars: ProblemVars;
  readonly value: string | undefined;
  constructor(field: string, code: ImportCode, vars: ProblemVars = {}, value?: unknown) {
    super(code);
    this.name = 'RowProblem';
    this.field = field;
    this.code = code;
    this.vars = vars;
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
  if (!value) throw new RowProblem(path, 'import.missing', { field: path });
  return value;
}

/** Epoch ms of a time field: NaN when empty; a value that is not a time rejects the row. */
export function time(record: SourceRecord, path: string, ctx?: MapContext): number {
  return timeValue(path, get(record, path), ctx?.naive);
}

/** What to do about a time the naive reader could not read (the reader's words, not a parser's). */
const NAIVE_PROBLEMS = {
  'no-zone': 'import.time.noZone',
  'needs-order': 'import.time.needsOrder',
  invalid: 'import.time.impossible',
} as const satisfies Record<string, ImportCode>;

/** Why the instant parser refused a value (parse.ts's reasons). */
const PARSE_PROBLEMS = {
  type: 'import.time.wrongType',
  invalid: 'import.time.invalid',
  'no-offset': 'import.time.noOffset',
  format: 'import.time.notTime',
  'not-finite': 'import.time.notFinite',
  'out-of-range': 'import.time.outOfRange',
} as const satisfies Record<string, ImportCode>;

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
    if (read.problem !== 'not-naive') {
      const text = value.trim();
      throw new RowProblem(field, NAIVE_PROBLEMS[read.problem], { field, text }, text);
    }
  }
  const text = typeof value === 'string' ? value.trim() : String(value);
  throw new RowProblem(field, PARSE_PROBLEMS[parsed.reason], { field, text, type: typeof value }, value);
}

/**
 * The required time at which the tool opened the incident (epoch ms): for these exports it is both
 * when the problem was detected and when the incident was declared. Missing → the row is rejected.
 */
export function openedAt(record: SourceRecord, path: string, row: IncidentRow, ctx?: MapContext): number {
  const at = time(record, path, ctx);
  if (Number.isNaN(at)) throw new RowProblem(path, 'import.missing', { field: path });
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
  if (!Number.isFinite(amount)) throw new RowProblem(path, 'import.duration.notNumber', { field: path, text: String(raw) }, raw);
  if (amount < 0) throw new RowProblem(path, 'import.duration.negative', { field: path, amount }, raw);
  const ms = Math.round(base + amount * unitMs);
  // Beyond the Date range (±8.64e15 ms) every later figure would be Infinity or null.
  if (!(Math.abs(ms) <= MAX_EPOCH_MS)) throw new RowProblem(path, 'import.duration.beyondRange', { field: path, amount }, raw);
  return ms;
}

/** The largest instant a Date can hold, in ms either side of 1970. */
const MAX_EPOCH_MS = 8.64e15;

export function severityOrReject(field: string, raw: unknown, severity: SeverityId | undefined): SeverityId {
  if (severity) return severity;
  if (isBlank(raw)) throw new RowProblem(field, 'import.severity.noFallback', { field });
  throw new RowProblem(field, 'import.severity.unmapped', { field, text: String(raw) }, raw);
}

/** Status by lower-cased source status; unknown ones follow whether the incident was resolved. */
export function statusFrom(raw: string, table: Record<string, Status>, resolved: boolean): Status {
  const mapped = table[raw.toLowerCase()];
  if (mapped) return mapped;
  if ((STATUSES as readonly string[]).includes(raw.toLowerCase())) return raw.toLowerCase() as Status;
  return resolved ? 'resolved' : 'investigating';
}
