// Import incidents from other tools' exports (and the handbook's own CSV/JSON) into incident columns.
// The source is detected from the JSON keys or CSV columns, or chosen by the caller. Every record read
// is either kept or rejected with its row, field and reason: rejected.length + incidents.length === rowsRead.
import { IncidentColumnsBuilder, IncidentRow, type IncidentColumns } from '../incident-columns.ts';
import { duplicateColumns, readCsvRecords } from './csv.ts';
import { safeText, shown } from '../text/shown.ts';
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
  type Rec,
  type Rejection,
  type SourceId,
  type SourceImporter,
  type SourceRecord,
} from './record.ts';
import { withDefaults, type SeverityMapping } from './severity.ts';
import { statuspage } from './statuspage.ts';

export { DEFAULT_SEVERITY_MAPPING, type SeverityMapping } from './severity.ts';
export { SOURCE_IDS, type Rejection, type SourceId } from './record.ts';
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
}

const PROGRESS_EVERY_RECORDS = 5000;

export interface ImportResult {
  source: SourceId | null;
  format: ImportFormat;
  /** The kept incidents, as columns: pass them to computeMetrics; `incidentAt` gives one back as an object. */
  incidents: IncidentColumns;
  rejected: Rejection[];
  rowsRead: number;
  /** A problem with the whole file (not JSON, no incident list, unknown source); then nothing is read. */
  error?: string;
}

export function detectFormat(text: string): ImportFormat {
  const first = /\S/.exec(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)?.[0];
  return first === '[' || first === '{' ? 'json' : 'csv';
}

// Wrapper keys of list responses: PagerDuty and Statuspage `incidents`, Opsgenie and PagerDuty
// Analytics `data`, Grafana OnCall `results`.
const LIST_KEYS = ['incidents', 'data', 'results', 'alert_groups', 'alerts', 'items'];

/** The list of incident records in a parsed JSON document, or null when there is none. */
export function jsonRecords(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value;
  if (value && typeof value === 'object') {
    const obj = value as Rec;
    for (const key of LIST_KEYS) if (Array.isArray(obj[key])) return obj[key] as unknown[];
    for (const key of ['incident', 'alert'])
      if (obj[key] && typeof obj[key] === 'object' && !Array.isArray(obj[key])) return [obj[key]];
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

/** The text without a leading UTF-8 byte order mark (spreadsheets and Windows editors write one; JSON.parse refuses it). */
function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A row's message, safe to print: echoed input has its control characters escaped and is cut short. */
function rejection(row: number, field: string, message: string, value?: string): Rejection {
  const safe = { row, field: safeText(field), message: safeText(message, 400) };
  return value === undefined ? safe : { ...safe, value: safeText(value) };
}

export function importIncidents(withBom: string, opts: ImportOptions = {}): ImportResult {
  const text = withoutBom(withBom);
  const mapping = withDefaults(opts.mapping);
  const format = detectFormat(text);
  const kept = new IncidentColumnsBuilder();
  const mapped = new IncidentRow(); // refilled for every record
  const rejected: Rejection[] = [];
  const chosen = opts.source && opts.source !== 'auto' ? opts.source : null;
  if (chosen && !SOURCE_IDS.includes(chosen)) {
    return {
      source: null,
      format,
      incidents: kept.done(),
      rejected,
      rowsRead: 0,
      error: `unknown source "${chosen}"; use one of: ${SOURCE_IDS.join(', ')}`,
    };
  }

  const take = (importer: SourceImporter, record: unknown, row: number) => {
    if (!record || typeof record !== 'object' || Array.isArray(record)) {
      rejected.push({ row, field: 'row', message: 'not an object' });
      return;
    }
    try {
      mapped.clear();
      importer.mapRecord(record as SourceRecord, { mapping }, mapped);
      kept.add(mapped);
    } catch (error) {
      if (error instanceof RowProblem) {
        rejected.push(rejection(row, error.field, error.message, error.value));
      } else {
        rejected.push(rejection(row, 'row', `could not read this row: ${describe(error)}`));
      }
    }
  };

  if (format === 'csv') {
    const header = csvHeader(text);
    const source = chosen ?? detectFromKeys(new Set(header));
    if (!source) {
      return {
        source: null,
        format,
        incidents: kept.done(),
        rejected,
        rowsRead: 0,
        error: `could not tell which tool wrote this CSV from its columns (${header
          .slice(0, 8)
          .map((name) => shown(name, 40))
          .join(', ')}); choose the source`,
      };
    }
    // With a column twice, which copy holds the data is a guess: the file is refused, naming the column.
    const twice = duplicateColumns(header);
    if (twice.length) {
      return {
        source,
        format,
        incidents: kept.done(),
        rejected,
        rowsRead: 0,
        error: `the CSV header has the column ${twice.map((name) => shown(name, 40)).join(', ')} more than once; remove or rename the extra copy so it is clear which one to read`,
      };
    }
    const importer = sourceById(source);
    const { rowsRead } = readCsvRecords(text, {
      record: (record, row) => take(importer, record, row),
      badRow: (row, message) => rejected.push(rejection(row, 'row', message)),
      ...(opts.onProgress ? { progress: opts.onProgress } : {}),
    });
    return { source, format, incidents: kept.done(), rejected, rowsRead };
  }

  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { source: null, format, incidents: kept.done(), rejected, rowsRead: 0, error: `not valid JSON: ${describe(error)}` };
  }
  const records = jsonRecords(parsed);
  if (!records) {
    return {
      source: null,
      format,
      incidents: kept.done(),
      rejected,
      rowsRead: 0,
      error: `no list of incidents found: expected an array or an object with one of ${LIST_KEYS.join(', ')}`,
    };
  }
  const source = chosen ?? detectFromKeys(keysOf(records));
  if (!source) {
    const keys = [...keysOf(records)]
      .slice(0, 8)
      .map((key) => shown(key, 40))
      .join(', ');
    return {
      source: null,
      format,
      incidents: kept.done(),
      rejected,
      rowsRead: 0,
      error: `could not tell which tool wrote this JSON from its keys (${keys || 'none'}); choose the source`,
    };
  }
  const importer = sourceById(source);
  records.forEach((record, i) => {
    take(importer, record, i + 1);
    if (opts.onProgress && (i + 1) % PROGRESS_EVERY_RECORDS === 0) opts.onProgress((i + 1) / records.length);
  });
  return { source, format, incidents: kept.done(), rejected, rowsRead: records.length };
}
