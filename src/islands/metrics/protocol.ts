// Messages between the page and the worker. Only small, plain data crosses: the incidents stay in
// the worker, and the page asks it for a sorted page of the table or an export when it needs one.
import type { Lang, SeverityId } from '../../core/schema.ts';
import type { MetricsFilters, MetricsJson, MetricsSummary, WorkingHours } from '../../core/metrics/index.ts';
import type { SortOrder, TableRow } from './columns.ts';
import type { WindowOptions } from './window.ts';
import type { ColumnMapping, DateOrder } from '../../core/import/index.ts';

export type { ColumnMapping, DateOrder };

/** The incidents to read; absent in a request means "the same input as last time". */
export type InputSpec =
  { kind: 'file'; file: File } | { kind: 'text'; text: string; name: string } | { kind: 'url'; url: string; name: string };

export type { SeverityMapping as Mapping } from '../../core/import/severity.ts';
import type { SeverityMapping as Mapping } from '../../core/import/severity.ts';

export interface RunRequest {
  type: 'run';
  id: number;
  input?: InputSpec;
  /** null: detect from the content. */
  source: string | null;
  mapping: Mapping;
  window: WindowOptions;
  lang: Lang;
  sort: SortOrder;
  pageSize: number;
  /** The user's column mapping for an export no importer recognises; null: detect the source. */
  columns: ColumnMapping | null;
  /** The user's answer for numeric dates whose column does not settle day-first or month-first. */
  dateOrder: DateOrder | null;
  /** Which incidents count: cards, charts, tables and downloads alike. */
  filters: MetricsFilters;
  workingHours: WorkingHours;
}
export interface PageRequest {
  type: 'page';
  id: number;
  sort: SortOrder;
  page: number;
  pageSize: number;
}
export interface ExportRequest {
  type: 'export';
  id: number;
  format: 'csv' | 'json';
}
export interface DefaultsRequest {
  type: 'defaults';
  id: number;
}
export type ToWorker = RunRequest | PageRequest | ExportRequest | DefaultsRequest;

export type Stage = 'read' | 'import' | 'compute';

/** A rejected row (the core's Rejection): `reason` in the page's language, `message` in English for the JSON. */
export interface Rejected {
  row: number;
  field: string;
  code: string;
  message: string;
  reason: string;
  value?: string;
}

export interface TablePage {
  rows: TableRow[];
  page: number;
  pages: number;
  total: number;
  sort: SortOrder;
}

export interface RunResult {
  type: 'result';
  id: number;
  /** What detectSource said (null: not recognised). */
  detected: string | null;
  /** The source actually used. */
  source: string;
  rowsRead: number;
  kept: number;
  rejectedCount: number;
  /** The first rejected rows (all of them are in the JSON export). */
  rejected: Rejected[];
  /** `errors` holds only the first REJECTED_SHOWN of problemCount metric problems (no time, reversed milestones). */
  result: MetricsSummary;
  problemCount: number;
  /** The result as the CLI's JSON prints it (minutes rounded to 2 decimals); the cards show these numbers. */
  json: MetricsJson;
  report: string;
  table: TablePage;
  /** Times without a UTC offset, read in `zone` (the page's chosen zone). */
  naiveTimes: number;
  zone: string;
  /** The column mapping the rows were read through, if any. */
  columns: ColumnMapping | null;
  /** The services and teams the export names (for the filters), sorted; '' when some incidents have none. */
  services: string[];
  teams: string[];
}

/** What the page must ask before the input can be read: which column is which, or the date order. */
export interface Question {
  columns?: { names: string[]; samples: Record<string, string> };
  dateOrder?: string[];
}

export type FromWorker =
  | { type: 'progress'; id: number; stage: Stage; fraction: number }
  | RunResult
  | ({ type: 'page'; id: number } & TablePage)
  | { type: 'export'; id: number; format: 'csv' | 'json'; text: string }
  | { type: 'defaults'; id: number; sources: { id: string; label: string }[]; mapping: Mapping; severities: SeverityId[] }
  | { type: 'error'; id: number; message: string; status?: number; detected?: string | null; question?: Question };

/** How many rejected rows the page lists; more would only slow the page down. */
export const REJECTED_SHOWN = 200;
