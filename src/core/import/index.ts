// Import incidents from other tools' exports (and the handbook's own CSV/JSON) into incident columns.
// The source is detected from the JSON keys or CSV columns, or chosen by the caller. Every record read
// is either kept or rejected with its row, field and reason: rejected.length + incidents.length === rowsRead.
import { IncidentColumnsBuilder, IncidentRow, type IncidentColumns } from '../incident-columns.ts';
import {
  DateOrderEvidence,
  collectNumericDates,
  mayHoldNumericDates,
  type DateOrder,
  type NaiveTimeSettings,
} from '../time/naive.ts';
import { columnMappingProblems, mapColumnsRecord, type ColumnMapping } from './columns.ts';
import { duplicateColumns, readCsvRecords } from './csv.ts';
import { safeText, shown } from '../text/shown.ts';
import type { Lang } from '../i18n/locales.ts';
import { importText, type ImportCode, type ImportProblem } from './reason.ts';
import { dispatch } from './dispatch.ts';
import { grafanaOncall } from './grafana-oncall.ts';
import { handbook } from './handbook.ts';
import { incidentIo } from './incident-io.ts';
import { opsgenie } from './opsgenie.ts';
import { pagerduty } from './pagerduty.ts';
import { pagerdutyAnalytics } from './pagerduty-analytics.ts';
import {
  RowProblem,
  SOURCE_IDS,
  type MapContext,
  type ProblemVars,
  type Rec,
  type Rejection,
  type SourceId,
  type SourceImporter,
  type SourceRecord,
} from './record.ts';
import { withDefaults, type SeverityMapping } from './severity.ts';
import { statuspage } from './statuspage.ts';

export { DEFAULT_SEVERITY_MAPPING, parseSeverityMappingJson, severityMappingJson, type SeverityMapping } from './severity.ts';
export { SOURCE_IDS, type Rejection, type SourceId } from './record.ts';
export { importText, type ImportCode, type ImportProblem } from './reason.ts';
export {
  COLUMN_FIELDS,
  columnMappingProblems,
  formatColumnMapping,
  guessColumnMapping,
  parseColumnMapping,
  type ColumnField,
  type ColumnMapping,
} from './columns.ts';
export { DATE_ORDERS, type DateOrder } from '../time/naive.ts';
export { parseTimestamp, epochUnit } from '../time/index.ts';

/** In detection order: the most specific keys first, the handbook's generic ones last. */
export const SOURCES: readonly SourceImporter[] = [
  incidentIo,
  opsgenie,
  pagerdutyAnalytics,
  pagerduty,
  grafanaOncall,
  statuspage,
  dispatch,
  handbook,
];

export function sourceById(id: SourceId): SourceImporter {
  return SOURCES.find((s) => s.id === id)!;
}

export type ImportFormat = 'json' | 'csv';

export interface ImportOptions {
  /** A source id, or 'auto' / undefined to detect it. */
  source?: SourceId | 'auto';
  /** Changes to DEFAULT_SEVERITY_MAPPING, table by table. */
  mapping?: Partial<SeverityMapping>;
  /** Called now and then with how much of the input has been read (0–1). */
  onProgress?: (fraction: number) => void;
  /** IANA zone in which times without a UTC offset are read; without it such times reject their rows. */
  zone?: string | undefined;
  /** Day-first or month-first, for numeric-date columns that their own values do not settle. */
  dateOrder?: DateOrder | undefined;
  /** Which column holds which field, for an export no importer recognises (wins over `source`). */
  columns?: ColumnMapping | undefined;
  /** The reader's language: of each rejection's `reason` and of `error` (`message` stays English). */
  lang?: Lang | undefined;
}

const PROGRESS_EVERY_RECORDS = 5000;

export interface ImportResult {
  source: SourceId | null;
  format: ImportFormat;
  /** The kept incidents, as columns: pass them to computeMetrics; `incidentAt` gives one back as an object. */
  incidents: IncidentColumns;
  rejected: Rejection[];
  rowsRead: number;
  /** A problem with the whole file (not JSON, no incident list, unknown source), in `lang`; then nothing is read. */
  error?: string;
  /** The stable code of `error` (its key in src/core/i18n/import.ts). */
  errorCode?: ImportCode;
  /** The file's columns (CSV header, or the JSON records' keys) when `error` asks for a column mapping. */
  needsColumns?: string[];
  /** The fields whose numeric dates could be day-first or month-first, when `error` asks for the date order. */
  needsDateOrder?: string[];
  /** The column mapping the rows were read through, when one was given. */
  columns?: ColumnMapping;
  /** How many times had no UTC offset and were read in `zone`. */
  naiveTimes: number;
  zone?: string;
}

export function detectFormat(text: string): ImportFormat {
  const first = /\S/.exec(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)?.[0];
  return first === '[' || first === '{' ? 'json' : 'csv';
}

// Wrapper keys of list responses: PagerDuty and Statuspage `incidents`, Opsgenie and PagerDuty
// Analytics `data`, Grafana OnCall `results`.
const LIST_KEYS = ['incidents', 'data', 'results', 'alert_groups', 'alerts', 'items'];

// Keys that make an object one incident rather than a wrapper around a list.
const SINGLE_INCIDENT_KEYS = ['id', 'milestones', 'declared', 'created_at', 'incident_number'];

/** The list of incident records in a parsed JSON document, or null when there is none. */
export function jsonRecords(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value;
  if (value && typeof value === 'object') {
    const obj = value as Rec;
    for (const key of LIST_KEYS) if (Array.isArray(obj[key])) return obj[key] as unknown[];
    for (const key of ['incident', 'alert'])
      if (obj[key] && typeof obj[key] === 'object' && !Array.isArray(obj[key])) return [obj[key]];
    // One incident on its own (the post-mortem generator's download, examples/inc-0001.json).
    if (SINGLE_INCIDENT_KEYS.some((key) => key in obj)) return [obj];
  }
  return null;
}

function keysOf(records: readonly unknown[]): Set<string> {
  const keys = new Set<string>();
  for (const record of records.slice(0, 20)) {
    if (record && typeof record === 'object' && !Array.isArray(record)) for (const k of Object.keys(record)) keys.add(k);
  }
  return keys;
}

function detectFromKeys(keys: ReadonlySet<string>, filename?: string): SourceId | null {
  const found = SOURCES.find((s) => s.detect(keys));
  if (found) return found.id;
  const name = filename?.toLowerCase().replace(/[\s_.]+/g, '-') ?? '';
  return [...SOURCE_IDS].sort((a, b) => b.length - a.length).find((id) => name.includes(id)) ?? null;
}

/** The header row: the first non-blank line (as readCsvRecords will read it), without parsing the rest. */
function csvHeader(text: string): string[] {
  let header: string[] = [];
  const start = Math.max(0, text.search(/\S/));
  const end = text.indexOf('\n', start);
  readCsvRecords(text.slice(start, end === -1 ? undefined : end + 1), {
    header: (h) => (header = h),
    record: () => {},
    badRow: () => {},
  });
  return header;
}

/**
 * The first value of each column (CSV) or key (JSON list), for the column-mapping step to show next to
 * the column names; only the start of the text is read.
 */
export function columnSamples(text: string): Record<string, string> {
  const samples: Record<string, string> = {};
  if (detectFormat(text) === 'csv') {
    const head = text.slice(0, 64 * 1024);
    const cut = head.length < text.length ? head.slice(0, head.lastIndexOf('\n') + 1) : head;
    let done = false;
    readCsvRecords(cut, {
      record: (record) => {
        if (done) return;
        done = true;
        for (const name of record.names()) samples[name] = record.get(name) ?? '';
      },
      badRow: () => {},
    });
    return samples;
  }
  try {
    const first = jsonRecords(JSON.parse(text))?.find((r) => r && typeof r === 'object' && !Array.isArray(r)) as Rec | undefined;
    for (const [key, value] of Object.entries(first ?? {})) {
      samples[key] = typeof value === 'object' && value !== null ? JSON.stringify(value).slice(0, 60) : String(value);
    }
  } catch {
    // Not JSON: no samples, the mapping step still lists the columns.
  }
  return samples;
}

/** The source of an export, from its JSON keys or CSV header; the file name is only a tie-breaker. */
export function detectSource(withBom: string, filename?: string): SourceId | null {
  const text = withoutBom(withBom);
  if (detectFormat(text) === 'csv') return detectFromKeys(new Set(csvHeader(text)), filename);
  try {
    const records = jsonRecords(JSON.parse(text));
    return records ? detectFromKeys(keysOf(records), filename) : null;
  } catch {
    return null;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

type RecordMapper = (record: SourceRecord, ctx: MapContext, row: IncidentRow) => void;

/** The date order per field from the evidence; the fields a caller must still decide (ambiguous or conflicting). */
function settleDateOrders(evidence: ReadonlyMap<string, DateOrderEvidence>, chosen: DateOrder | undefined) {
  const fieldOrders: Record<string, DateOrder> = {};
  const undecided: string[] = [];
  for (const [field, found] of evidence) {
    const order = found.result();
    if (order === 'dmy' || order === 'mdy') fieldOrders[field] = order;
    else if (order !== null && !chosen) undecided.push(field);
  }
  return { fieldOrders, undecided };
}

/** The numeric-date evidence of each CSV column (a second read, only when the text may hold such dates). */
function csvDateEvidence(text: string): Map<string, DateOrderEvidence> {
  const evidence = new Map<string, DateOrderEvidence>();
  if (!mayHoldNumericDates(text)) return evidence;
  let byColumn: DateOrderEvidence[] = [];
  readCsvRecords(text, {
    header: (names) => {
      byColumn = names.map(() => new DateOrderEvidence());
      names.forEach((name, i) => evidence.set(name, byColumn[i]!));
    },
    record: (record) => record.cells.forEach((cell, i) => byColumn[i]?.add(cell)),
    badRow: () => {},
  });
  return evidence;
}

function jsonDateEvidence(text: string, records: readonly unknown[]): Map<string, DateOrderEvidence> {
  const evidence = new Map<string, DateOrderEvidence>();
  if (mayHoldNumericDates(text)) for (const record of records) collectNumericDates(record, evidence);
  return evidence;
}

/** The text without a leading UTF-8 byte order mark (spreadsheets and Windows editors write one; JSON.parse refuses it). */
function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * A rejected row, its reason in English and in the reader's language, safe to print: echoed input has
 * its control characters escaped and is cut short.
 */
function rejection(row: number, field: string, code: ImportCode, vars: ProblemVars, lang: Lang, value?: string): Rejection {
  const text = (to: Lang) => safeText(importText({ code, vars: typeof vars === 'function' ? vars(to) : vars }, to), 400);
  const message = text('en');
  const safe = { row, field: safeText(field), code, message, reason: lang === 'en' ? message : text(lang) };
  return value === undefined ? safe : { ...safe, value: safeText(value) };
}

export function importIncidents(withBom: string, opts: ImportOptions = {}): ImportResult {
  const text = withoutBom(withBom);
  const mapping = withDefaults(opts.mapping);
  const format = detectFormat(text);
  const kept = new IncidentColumnsBuilder();
  const mapped = new IncidentRow(); // refilled for every record
  const rejected: Rejection[] = [];
  const tally = { read: 0 };
  const zoneFacts = opts.zone ? { zone: opts.zone } : {};
  const lang = opts.lang ?? 'en';
  const fail = (problem: ImportProblem, more: Partial<ImportResult> = {}): ImportResult => ({
    source: null,
    format,
    incidents: kept.done(),
    rejected,
    rowsRead: 0,
    naiveTimes: 0,
    ...zoneFacts,
    error: importText(problem, lang),
    errorCode: problem.code,
    ...more,
  });
  const chosen = opts.source && opts.source !== 'auto' ? opts.source : null;
  if (chosen && !SOURCE_IDS.includes(chosen))
    return fail({ code: 'import.file.unknownSource', vars: { source: shown(chosen, 40), sources: SOURCE_IDS.join(', ') } });
  const columns = opts.columns && Object.keys(opts.columns).length > 0 ? opts.columns : undefined;

  /** The reading context, once the date order of every numeric-date field is known; an error asks for it. */
  const contextFor = (evidence: ReadonlyMap<string, DateOrderEvidence>): MapContext | ImportResult => {
    if (!opts.zone) return { mapping };
    const { fieldOrders, undecided } = settleDateOrders(evidence, opts.dateOrder);
    if (undecided.length > 0) {
      return fail({ code: 'import.file.dateOrder', vars: { fields: undecided.join(', ') } }, { needsDateOrder: undecided });
    }
    const naive: NaiveTimeSettings = { zone: opts.zone, fieldOrders, tally };
    if (opts.dateOrder) naive.dateOrder = opts.dateOrder;
    return { mapping, naive };
  };

  const take = (map: RecordMapper, ctx: MapContext, record: unknown, row: number) => {
    if (!record || typeof record !== 'object' || Array.isArray(record)) {
      rejected.push(rejection(row, 'row', 'import.row.notObject', {}, lang));
      return;
    }
    try {
      mapped.clear();
      map(record as SourceRecord, ctx, mapped);
      kept.add(mapped);
    } catch (error) {
      if (error instanceof RowProblem) {
        rejected.push(rejection(row, error.field, error.code, error.vars, lang, error.value));
      } else {
        rejected.push(rejection(row, 'row', 'import.row.unreadable', { problem: describe(error) }, lang));
      }
    }
  };

  /** The mapper for the rows: the user's column mapping, or the source's importer; an error when neither. */
  const mapperFor = (
    names: readonly string[],
    detected: SourceId | null,
  ): { map: RecordMapper; source: SourceId | null } | ImportResult => {
    if (columns) {
      const problems = columnMappingProblems(columns, names);
      if (problems.length > 0) {
        const text = problems.map((problem) => importText(problem, lang)).join('; ');
        const code = format === 'csv' ? 'import.file.csvColumnsDoNotFit' : 'import.file.jsonColumnsDoNotFit';
        return fail({ code, vars: { problems: text } }, { needsColumns: [...names] });
      }
      return { map: (record, ctx, row) => mapColumnsRecord(columns, record, ctx, row), source: null };
    }
    const source = chosen ?? detected;
    if (!source) {
      const listed =
        names
          .slice(0, 8)
          .map((name) => shown(name, 40))
          .join(', ') || importText({ code: 'import.file.none' }, lang);
      const code = format === 'csv' ? 'import.file.unknownCsv' : 'import.file.unknownJson';
      return fail({ code, vars: { names: listed } }, { needsColumns: [...names] });
    }
    return { map: sourceById(source).mapRecord, source };
  };

  const finish = (source: SourceId | null, rowsRead: number): ImportResult => ({
    source,
    format,
    incidents: kept.done(),
    rejected,
    rowsRead,
    naiveTimes: tally.read,
    ...zoneFacts,
    ...(columns ? { columns } : {}),
  });

  if (format === 'csv') {
    const header = csvHeader(text);
    // With a column twice, which copy holds the data is a guess: the file is refused, naming the column.
    const twice = duplicateColumns(header);
    if (twice.length) {
      return fail({ code: 'import.file.duplicateColumns', vars: { columns: twice.map((name) => shown(name, 40)).join(', ') } });
    }
    const mapper = mapperFor(header, detectFromKeys(new Set(header)));
    if (!('map' in mapper)) return mapper;
    const ctx = contextFor(opts.zone ? csvDateEvidence(text) : new Map());
    if (!('mapping' in ctx)) return ctx;
    const { rowsRead } = readCsvRecords(text, {
      record: (record, row) => take(mapper.map, ctx, record, row),
      badRow: (row, problem) => rejected.push(rejection(row, 'row', problem.code, problem.vars ?? {}, lang)),
      ...(opts.onProgress ? { progress: opts.onProgress } : {}),
    });
    return finish(mapper.source, rowsRead);
  }

  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return fail({ code: 'import.file.notJson', vars: { problem: describe(error) } });
  }
  const records = jsonRecords(parsed);
  if (!records) {
    return fail({ code: 'import.file.noIncidents', vars: { keys: LIST_KEYS.join(', ') } });
  }
  const keys = keysOf(records);
  const mapper = mapperFor([...keys], detectFromKeys(keys));
  if (!('map' in mapper)) return mapper;
  const ctx = contextFor(opts.zone ? jsonDateEvidence(text, records) : new Map());
  if (!('mapping' in ctx)) return ctx;
  kept.reserve(records.length);
  records.forEach((record, i) => {
    take(mapper.map, ctx, record, i + 1);
    if (opts.onProgress && (i + 1) % PROGRESS_EVERY_RECORDS === 0) opts.onProgress((i + 1) / records.length);
  });
  return finish(mapper.source, records.length);
}
