// The metrics' data shapes: the incident they read, the window options, and the result.
import type { Milestone, SeverityId, Timestamp } from '../schema.ts';

export type { MetricsIncident } from '../incident-columns.ts';

export type MetricsWindowOptions = ({ days: number; now: Timestamp } | { from: Timestamp; to: Timestamp }) & {
  /** The IANA time zone whose calendar the weekly and monthly trends follow (default UTC). */
  timeZone?: string;
  /** Also return `windowIncidents`, the incidents counted and their durations (the calculator's table). */
  listIncidents?: boolean;
};

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

/** A rejected row as the JSON report writes it: its stable reason code and the reason in English. */
export interface RowError {
  row: number;
  field: string;
  code: string;
  message: string;
}

export interface MetricsJson {
  window: { from: Timestamp; to: Timestamp; days: number };
  incidents: { total: number; inWindow: number; resolved: number; unresolved: number };
  bySeverity: SeverityCounts;
  ttd: DurationJson;
  tta: DurationJson;
  ttm: DurationJson;
  ttr: DurationJson;
  errors: RowError[];
}
export interface DurationJson {
  n: number;
  mean: number | null;
  median: number | null;
  p90: number | null;
  max: number | null;
}
