// What the worker does, as a plain class the unit tests can drive in Node: import once, compute for
// each window, and answer table pages and exports from the incidents it keeps.
import {
  computeMetrics,
  metricsReport,
  problemText,
  toMetricsJson,
  type MetricsFilters,
  type MetricsSummary,
  type WorkingHours,
} from '../../core/metrics/index.ts';
import type { IncidentColumns } from '../../core/incident-columns.ts';
import { columnSamples, detectSource, importIncidents, type SourceId } from '../../core/import/index.ts';
import type { Lang } from '../../core/schema.ts';
import { rowsToCsv } from './export.ts';
import {
  REJECTED_SHOWN,
  type ColumnMapping,
  type DateOrder,
  type Mapping,
  type Question,
  type Rejected,
  type RunResult,
  type Stage,
  type TablePage,
} from './protocol.ts';
import { pageOf, sortRows, tableRows, type SortOrder, type TableRow } from './table.ts';
import type { WindowOptions } from './window.ts';

export type Progress = (stage: Stage, fraction: number) => void;

/** A problem with the whole input (not JSON, unknown format…): nothing could be read. */
export class InputError extends Error {
  readonly detected: string | null;
  /** Set when the user can settle the problem: by mapping the columns or choosing the date order. */
  readonly question: Question | undefined;
  constructor(message: string, detected: string | null, question?: Question) {
    super(message);
    this.name = 'InputError';
    this.detected = detected;
    this.question = question;
  }
}

/** What reading the input depends on besides the text. */
interface ReadingOptions {
  source: string | null;
  mapping: Mapping;
  zone: string;
  columns: ColumnMapping | null;
  dateOrder: DateOrder | null;
  lang: Lang;
}

interface Imported {
  key: string;
  detected: string | null;
  source: string;
  naiveTimes: number;
  zone: string;
  columns: ColumnMapping | null;
  incidents: IncidentColumns;
  rejected: Rejected[];
  rowsRead: number;
}

/** The names some incident has, sorted ('' first when some have none); empty when the export names none. */
function namesUsed(names: readonly string[], codes: Uint32Array): string[] {
  if (names.length <= 1) return [];
  const used = new Uint8Array(names.length);
  for (const code of codes) used[code] = 1;
  return names.filter((_, i) => used[i]).sort();
}

export class MetricsSession {
  private text = '';
  private name = '';
  private imported: Imported | null = null;
  /** detectSource's answer for the current input, once asked (it parses the whole text). */
  private detection: { value: string | null } | null = null;
  private result: MetricsSummary | null = null;
  private rows: TableRow[] = [];
  private sorted: { key: string; rows: TableRow[] } | null = null;
  /** The zone of the last run: the CSV download writes times in it. */
  private zone = 'UTC';

  get hasInput(): boolean {
    return this.text !== '' || this.name !== '';
  }

  setInput(text: string, name: string): void {
    this.text = text;
    this.name = name;
    this.imported = null;
    this.detection = null;
  }

  /** Imports (only when the input, source or mapping changed) and computes the window. */
  run(
    opts: {
      source: string | null;
      mapping: Mapping;
      window: WindowOptions;
      lang: Lang;
      sort: SortOrder;
      pageSize: number;
      columns?: ColumnMapping | null;
      dateOrder?: DateOrder | null;
      filters?: MetricsFilters;
      workingHours?: WorkingHours;
    },
    progress: Progress = () => {},
  ): Omit<RunResult, 'type' | 'id'> {
    const imported = this.importOnce(
      {
        source: opts.source,
        mapping: opts.mapping,
        zone: opts.window.timeZone,
        columns: opts.columns ?? null,
        dateOrder: opts.dateOrder ?? null,
        lang: opts.lang,
      },
      progress,
    );
    progress('compute', 0);
    const { incidents } = imported;
    // The table lists exactly the incidents computeMetrics counted, with the durations it measured.
    const { windowIncidents, ...result } = computeMetrics(incidents, {
      ...opts.window,
      listIncidents: true,
      ...(opts.filters && { filters: opts.filters }),
      ...(opts.workingHours && { workingHours: opts.workingHours }),
    });
    this.result = result;
    this.zone = opts.window.timeZone;
    this.rows = tableRows(incidents, windowIncidents!);
    this.sorted = null;
    progress('compute', 1);
    return {
      detected: imported.detected,
      source: imported.source,
      rowsRead: imported.rowsRead,
      kept: imported.incidents.length,
      rejectedCount: imported.rejected.length,
      rejected: imported.rejected.slice(0, REJECTED_SHOWN),
      // Only the first problems cross to the page (a big, messy file could have one per incident), in its language.
      result: {
        ...result,
        errors: result.errors.slice(0, REJECTED_SHOWN).map((p) => ({ ...p, message: problemText(p, opts.lang) })),
      },
      problemCount: result.errors.length,
      json: toMetricsJson(result, []),
      report: metricsReport(result, opts.lang, { details: true }),
      table: this.page(opts.sort, 0, opts.pageSize),
      naiveTimes: imported.naiveTimes,
      zone: opts.window.timeZone,
      columns: imported.columns,
      services: namesUsed(incidents.serviceNames, incidents.services),
      teams: namesUsed(incidents.teamNames, incidents.teams),
    };
  }

  page(sort: SortOrder, page: number, pageSize: number): TablePage {
    const key = `${sort.key}:${sort.direction}`;
    if (this.sorted?.key !== key) this.sorted = { key, rows: sortRows(this.rows, sort) };
    const slice = pageOf(this.sorted.rows, page, pageSize);
    return { ...slice, total: this.rows.length, sort };
  }

  /** The per-incident table (in the order last shown) as CSV. */
  exportCsv(): string {
    return rowsToCsv(this.sorted?.rows ?? this.rows, this.zone);
  }

  /** The same JSON `npm run metrics -- FILE --format json` prints for this input and window. */
  exportJson(): string {
    if (!this.result || !this.imported) return '';
    return JSON.stringify(toMetricsJson(this.result, this.imported.rejected), null, 2) + '\n';
  }

  private importOnce(reading: ReadingOptions, progress: Progress): Imported {
    const { source, mapping, zone, columns, dateOrder, lang } = reading;
    const key = JSON.stringify([source, mapping, columns, dateOrder, lang]);
    // The zone only changes how times without an offset read: another zone re-imports only when there were some.
    if (this.imported?.key === key && (this.imported.naiveTimes === 0 || this.imported.zone === zone)) return this.imported;
    progress('import', 0);
    const outcome = importIncidents(this.text, {
      source: (source ?? 'auto') as SourceId | 'auto',
      mapping,
      zone,
      ...(columns ? { columns } : {}),
      ...(dateOrder ? { dateOrder } : {}),
      lang,
      onProgress: (fraction) => progress('import', fraction),
    });
    // Auto-detection already happened inside the import; only a hand-picked source needs asking.
    if (source === null) this.detection = { value: outcome.error ? detectSource(this.text, this.name) : outcome.source };
    else if (!this.detection) this.detection = { value: detectSource(this.text, this.name) };
    const detected = this.detection.value;
    if (outcome.error) {
      const question: Question = {};
      if (outcome.needsColumns) question.columns = { names: outcome.needsColumns, samples: columnSamples(this.text) };
      if (outcome.needsDateOrder) question.dateOrder = outcome.needsDateOrder;
      throw new InputError(outcome.error, detected, question.columns || question.dateOrder ? question : undefined);
    }
    this.imported = {
      key,
      detected,
      source: outcome.source ?? 'columns',
      naiveTimes: outcome.naiveTimes,
      zone,
      columns: outcome.columns ?? null,
      incidents: outcome.incidents,
      rejected: outcome.rejected,
      rowsRead: outcome.rowsRead,
    };
    progress('import', 1);
    return this.imported;
  }
}
