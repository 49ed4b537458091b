// The metrics' data shapes: the incident they read, the window options, and the result.
import type { Milestone, SeverityId, Status, Timestamp } from '../schema.ts';

export type { MetricsIncident } from '../incident-columns.ts';

export type MetricsWindowOptions = ({ days: number; now: Timestamp } | { from: Timestamp; to: Timestamp }) & {
  /** The IANA time zone whose calendar the weekly and monthly trends follow (default UTC). */
  timeZone?: string;
  /** Also return `windowIncidents`, the incidents counted and their durations (the calculator's table). */
  listIncidents?: boolean;
  /** Only the incidents these allow are counted anywhere (cards, breakdowns, trends, table, downloads). */
  filters?: MetricsFilters;
  /** What "in working hours" means for the out-of-hours share, in `timeZone` (default Mon–Fri 09:00–18:00). */
  workingHours?: WorkingHours;
};

/**
 * Which incidents count. A missing or empty list allows every value; a list allows only its values.
 * For service and team, '' stands for incidents the export names none for.
 */
export interface MetricsFilters {
  severity?: readonly SeverityId[];
  service?: readonly string[];
  team?: readonly string[];
  status?: readonly Status[];
}

/** ISO weekdays, Monday first, as the CLI's `--working-days mon-fri` writes them. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * Working hours in the chosen zone: an incident declared on one of `days` at or after `start` and before
 * `end` (`HH:MM`, 24-hour; `end` may be `24:00`) is in hours; any other is out of hours.
 */
export interface WorkingHours {
  days: readonly Weekday[];
  start: string;
  end: string;
}

export const DEFAULT_WORKING_HOURS: WorkingHours = { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '18:00' };

export const METRIC_IDS = ['ttd', 'tta', 'ttm', 'ttr'] as const;
export type MetricId = (typeof METRIC_IDS)[number];

/** The two milestones each duration is measured between: [from, to]. */
export const METRIC_MILESTONES: Record<MetricId, readonly [Milestone, Milestone]> = {
  ttd: ['impactStarted', 'detected'],
  tta: ['declared', 'acknowledged'],
  ttm: ['impactStarted', 'mitigated'],
  ttr: ['declared', 'resolved'],
};

/** Milestones tried, in order, to place an incident in a window. */
export const WINDOW_ANCHORS: readonly Milestone[] = ['declared', 'detected', 'impactStarted'];

export interface DurationStats {
  /** Incidents in the window that have this duration. */
  n: number;
  /** Minutes; null when n is 0. */
  mean: number | null;
  median: number | null;
  p90: number | null;
  max: number | null;
  /** Incidents in the window without this duration (n + leftOut = inWindow). */
  leftOut: number;
  leftOutReasons: { missing: number; negative: number };
  uses: readonly [Milestone, Milestone];
}

export type SeverityCounts = Record<SeverityId, number>;

/** The figures of one duration over a group of incidents (minutes; null when n is 0). */
export interface DurationFigures {
  n: number;
  mean: number | null;
  median: number | null;
  p90: number | null;
  max: number | null;
}

/** One group of a breakdown: its key (null: the export names no service or team for these), count and durations. */
export interface BreakdownGroup {
  key: string | null;
  count: number;
  ttd: DurationFigures;
  tta: DurationFigures;
  ttm: DurationFigures;
  ttr: DurationFigures;
}

/**
 * The window's incidents split three ways; each list's counts add up to `incidents.inWindow`. Severities
 * are always all four, most severe first; services and teams (only when the export names any) by count,
 * most first, then by name, with the incidents that have none last.
 */
export interface Breakdowns {
  bySeverity: BreakdownGroup[];
  byService: BreakdownGroup[];
  byTeam: BreakdownGroup[];
}

/** The window of the same length just before this one, with the same filters: what the change is measured against. */
export interface PreviousWindow {
  from: Timestamp;
  to: Timestamp;
  inWindow: number;
  median: Record<MetricId, number | null>;
}

/** Incidents whose anchor (declared, else detected, else impact started) lies outside working hours in `timeZone`. */
export interface OutOfHours {
  timeZone: string;
  workingHours: WorkingHours;
  count: number;
  /** count / inWindow; null when the window is empty. */
  share: number | null;
}

export interface TrendBucket {
  /** `2026-W48` (ISO week) or `2026-11` (month), in the calendar of the chosen time zone. */
  period: string;
  /** First instant of the bucket (Monday or the 1st, 00:00 in the zone), with the zone's offset then. */
  start: Timestamp;
  total: number;
  bySeverity: SeverityCounts;
}

export interface MonthlyBucket extends TrendBucket {
  /** Mean TTR in minutes of the month's incidents that have one; null when none. */
  mttr: number | null;
  medianTtr: number | null;
  ttrN: number;
}

export interface MetricsProblem {
  id: string;
  field: string;
  /** The problem's stable code: its key in the `metricsReport.` dictionary (src/core/i18n/metrics.ts). */
  code: 'metricsReport.problem.undated' | 'metricsReport.problem.reversed';
  vars: Readonly<Record<string, string>>;
  /** In English; `problemText(problem, lang)` says it in the reader's language. */
  message: string;
}

export interface MetricsResult {
  window: { from: Timestamp; to: Timestamp; days: number };
  incidents: { total: number; inWindow: number; resolved: number; unresolved: number; undated: number };
  bySeverity: SeverityCounts;
  ttd: DurationStats;
  tta: DurationStats;
  ttm: DurationStats;
  ttr: DurationStats;
  trends: { weekly: TrendBucket[]; monthly: MonthlyBucket[] };
  /** The filters applied (every list complete and in a fixed order) and how many incidents they let through. */
  filters: AppliedFilters;
  breakdowns: Breakdowns;
  previousWindow: PreviousWindow;
  outOfHours: OutOfHours;
  /** Incidents in the window by the hour (0–23) of their anchor in `timeZone`. */
  busiestHours: { timeZone: string; counts: number[] };
  /** Incidents that could not be placed in the window or whose milestones are out of order. */
  errors: MetricsProblem[];
  /** With `listIncidents`: the incidents counted (anchor in the window) and their durations, what the calculator's table lists. */
  windowIncidents?: WindowIncidents;
}

/**
 * The incidents in the window, in input order: `indexes[j]` is the incident's index in the columns (or
 * array) passed to computeMetrics, `anchors[j]` the instant (epoch ms) that placed it in the window, and
 * `minutes[j * METRIC_IDS.length + k]` its duration for METRIC_IDS[k] (one array, not one per metric:
 * a million incidents' durations in a single allocation), NaN when missing or negative (left out).
 */
export interface WindowIncidents {
  readonly indexes: Int32Array;
  readonly anchors: Float64Array;
  readonly minutes: Float64Array;
}

/** A result without the per-incident part: what crosses from the worker to the page. */
export type MetricsSummary = Omit<MetricsResult, 'windowIncidents'>;

export interface AppliedFilters {
  severity: SeverityId[];
  service: string[];
  team: string[];
  status: Status[];
  /** Incidents (of all passed in) that the filters let through. */
  matching: number;
}

/** A rejected row as the JSON report writes it: its stable reason code and the reason in English. */
export interface RowError {
  row: number;
  field: string;
  code: string;
  message: string;
}

/**
 * The JSON of `npm run metrics -- --format json` and the calculator's download (the same bytes). The
 * first fields (window … ttr, errors) are unchanged since the first version; issue 14 added, before
 * `errors`:
 * - `filters`: the filters applied (`severity`, `service`, `team`, `status`; empty = all) and `matching`,
 *   how many of `incidents.total` they let through. Every other figure counts only those.
 * - `breakdowns`: `bySeverity` (all four), `byService`, `byTeam` (empty when the export names none; the
 *   group `null` holds incidents without one); each group has `count` and `ttd`/`tta`/`ttm`/`ttr` like the
 *   top-level ones. Each list's counts add up to `incidents.inWindow`.
 * - `previousWindow`: the window of the same length just before (`from`, `to` in UTC), its `inWindow`
 *   and medians, and `change` (this window minus that one: count, and median minutes; null without both).
 * - `outOfHours`: `count` and `share` (0–1, 4 decimals) of the window's incidents declared outside
 *   `days` `start`–`end` in `timeZone`.
 * - `busiestHours`: `counts[h]`, the window's incidents declared in hour h (0–23) of `timeZone`.
 */
export interface MetricsJson {
  window: { from: Timestamp; to: Timestamp; days: number };
  incidents: { total: number; inWindow: number; resolved: number; unresolved: number };
  bySeverity: SeverityCounts;
  ttd: DurationJson;
  tta: DurationJson;
  ttm: DurationJson;
  ttr: DurationJson;
  filters: AppliedFilters;
  breakdowns: {
    bySeverity: BreakdownJson<'severity'>[];
    byService: BreakdownJson<'service'>[];
    byTeam: BreakdownJson<'team'>[];
  };
  previousWindow: PreviousWindow & { change: { inWindow: number; median: Record<MetricId, number | null> } };
  outOfHours: { timeZone: string; days: Weekday[]; start: string; end: string; count: number; share: number | null };
  busiestHours: { timeZone: string; counts: number[] };
  errors: RowError[];
}
export type DurationJson = DurationFigures;

/** A breakdown group in the JSON: `{ "service": "api", "count": 3, "ttd": {...}, ... }`. */
export type BreakdownJson<K extends string> = { [key in K]: string | null } & {
  count: number;
  ttd: DurationJson;
  tta: DurationJson;
  ttm: DurationJson;
  ttr: DurationJson;
};
