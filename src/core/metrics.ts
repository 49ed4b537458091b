// Incident metrics: counts, durations (TTD, TTA, TTM, TTR) and trends over a time window.
//
// Rules (documented in README "Metrics CLI"):
// - Window: an incident is in the window when its anchor time lies in (from, to]. The anchor is
//   `declared`, falling back to `detected`, then `impactStarted` (imports from tools that only know
//   when an alert fired still count). An incident with no anchor is in no window; it is reported in
//   `errors` and `incidents.undated`.
// - A duration needs both of its milestones. A missing or unparseable one leaves the incident out
//   of that metric (counted in `leftOut`), never as zero. A negative duration (milestones in the
//   wrong order) is also left out, counted in `leftOutReasons.negative` and named in `errors`.
// - Percentiles use linear interpolation between closest ranks (R type 7, numpy's default,
//   Excel PERCENTILE.INC): p = sorted[(n-1)·q], interpolated. The median is the 0.5 percentile.
// - Trends use UTC calendar buckets: ISO 8601 weeks (Monday start, `2026-W48`) and months (`2026-11`).
// The core never reads the clock: callers pass the window's end (`now`) or both ends.
import { SEVERITY_IDS, type Incident, type Lang, type Milestone, type SeverityId, type Timestamp } from './schema.ts';
import { formatWithOffset, offsetMinutes, offsetOf, toEpochMs } from './time.ts';
import { isoToEpochMs } from './import/timestamp.ts';

export type MetricsIncident = Pick<Incident, 'id' | 'title' | 'severity' | 'status' | 'milestones'>;

export type MetricsWindowOptions = { days: number; now: Timestamp } | { from: Timestamp; to: Timestamp };

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
  /** `2026-W48` (ISO week, UTC) or `2026-11` (UTC month). */
  period: string;
  /** First instant of the bucket, UTC. */
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
  message: string;
}

export type DurationOutcome =
  | { ok: true; minutes: number }
  | { ok: false; reason: 'missing' | 'negative'; field: Milestone; message: string };

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
}

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;

function zeroCounts(): SeverityCounts {
  return { SEV1: 0, SEV2: 0, SEV3: 0, SEV4: 0 };
}

/** Epoch ms of a milestone; NaN when missing or unparseable (which counts as missing). */
function parseMs(value: Timestamp | undefined): number {
  if (value === undefined) return Number.NaN;
  const fast = isoToEpochMs(value);
  return Number.isNaN(fast) ? toEpochMs(value) : fast;
}

type ParsedMilestones = Partial<Record<Milestone, number>>;

function durationFrom(parsed: ParsedMilestones, metric: MetricId): DurationOutcome {
  const [fromField, toField] = METRIC_MILESTONES[metric];
  const from = parsed[fromField]!;
  if (Number.isNaN(from)) return { ok: false, reason: 'missing', field: fromField, message: `${fromField} is missing` };
  const to = parsed[toField]!;
  if (Number.isNaN(to)) return { ok: false, reason: 'missing', field: toField, message: `${toField} is missing` };
  if (to < from) {
    return { ok: false, reason: 'negative', field: toField, message: `${toField} is before ${fromField}` };
  }
  return { ok: true, minutes: (to - from) / 60_000 };
}

// Each milestone the metrics read is parsed once per incident: this loop runs over 100,000s of incidents.
const USED_MILESTONES: readonly Milestone[] = ['impactStarted', 'detected', 'declared', 'acknowledged', 'mitigated', 'resolved'];

function parseMilestones(incident: Pick<MetricsIncident, 'milestones'>): ParsedMilestones {
  const out: ParsedMilestones = {};
  for (const m of USED_MILESTONES) out[m] = parseMs(incident.milestones[m]);
  return out;
}

function anchorFrom(parsed: ParsedMilestones): number {
  for (const field of WINDOW_ANCHORS) {
    const ms = parsed[field]!;
    if (!Number.isNaN(ms)) return ms;
  }
  return Number.NaN;
}

/** One duration of one incident, or why it is not available. */
export function incidentDuration(incident: Pick<MetricsIncident, 'milestones'>, metric: MetricId): DurationOutcome {
  return durationFrom(parseMilestones(incident), metric);
}

/** The instant (epoch ms) that places an incident in a window, or NaN when it has none. */
export function anchorMs(incident: Pick<MetricsIncident, 'milestones'>): number {
  return anchorFrom(parseMilestones(incident));
}

export function isResolved(incident: Pick<MetricsIncident, 'status' | 'milestones'>): boolean {
  return incident.status === 'resolved' || incident.milestones.resolved !== undefined;
}

/** Linear interpolation between closest ranks (R type 7) on an ascending array; q in [0, 1]. */
export function percentile(sorted: ArrayLike<number>, q: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const pos = (n - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, n - 1);
  const lower = sorted[lo]!;
  const upper = sorted[hi]!;
  return lower + (upper - lower) * (pos - lo);
}

function summarise(values: number[], leftOut: DurationStats['leftOutReasons'], uses: readonly [Milestone, Milestone]): DurationStats {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += sorted[i]!;
  return {
    n,
    mean: n ? sum / n : null,
    median: percentile(sorted, 0.5),
    p90: percentile(sorted, 0.9),
    max: n ? sorted[n - 1]! : null,
    leftOut: leftOut.missing + leftOut.negative,
    leftOutReasons: leftOut,
    uses,
  };
}

function resolveWindow(opts: MetricsWindowOptions): { fromMs: number; toMs: number; from: Timestamp; to: Timestamp; days: number } {
  if ('now' in opts) {
    const toMs = toEpochMs(opts.now);
    if (Number.isNaN(toMs)) throw new RangeError(`now must be an ISO 8601 timestamp with a UTC offset, got "${opts.now}"`);
    if (!(opts.days > 0)) throw new RangeError(`days must be a positive number, got ${opts.days}`);
    const fromMs = toMs - opts.days * DAY_MS;
    return { fromMs, toMs, from: formatWithOffset(fromMs, offsetMinutes(offsetOf(opts.now))), to: opts.now, days: opts.days };
  }
  const fromMs = toEpochMs(opts.from);
  const toMs = toEpochMs(opts.to);
  if (Number.isNaN(fromMs)) throw new RangeError(`from must be an ISO 8601 timestamp with a UTC offset, got "${opts.from}"`);
  if (Number.isNaN(toMs)) throw new RangeError(`to must be an ISO 8601 timestamp with a UTC offset, got "${opts.to}"`);
  if (toMs <= fromMs) throw new RangeError(`to (${opts.to}) must be after from (${opts.from})`);
  return { fromMs, toMs, from: opts.from, to: opts.to, days: (toMs - fromMs) / DAY_MS };
}

/** Monday 00:00 UTC of the ISO week containing `ms`. */
function isoWeekStart(ms: number): number {
  const days = Math.floor(ms / DAY_MS);
  const weekday = (((days + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday; Monday = 0
  return (days - weekday) * DAY_MS;
}

/** `2026-W48`: ISO 8601 week-numbering year and week of a Monday (UTC). */
export function isoWeekLabel(ms: number): string {
  const thursday = new Date(isoWeekStart(ms) + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / WEEK_MS) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

function monthStart(ms: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

function nextMonth(ms: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

function utcIso(ms: number): Timestamp {
  return formatWithOffset(ms, 0);
}

/**
 * Metrics for the incidents whose anchor time lies in the window (from, to].
 * `incidents.total` counts every incident passed in; everything else counts those in the window.
 */
export function computeMetrics(incidents: readonly MetricsIncident[], opts: MetricsWindowOptions): MetricsResult {
  const win = resolveWindow(opts);
  const bySeverity = zeroCounts();
  const errors: MetricsProblem[] = [];
  const values: Record<MetricId, number[]> = { ttd: [], tta: [], ttm: [], ttr: [] };
  const leftOut: Record<MetricId, DurationStats['leftOutReasons']> = {
    ttd: { missing: 0, negative: 0 },
    tta: { missing: 0, negative: 0 },
    ttm: { missing: 0, negative: 0 },
    ttr: { missing: 0, negative: 0 },
  };

  const weekly = new Map<number, TrendBucket>();
  const monthly = new Map<number, MonthlyBucket & { ttrs: number[] }>();
  for (let ms = isoWeekStart(win.fromMs + 1); ms <= win.toMs; ms += WEEK_MS) {
    weekly.set(ms, { period: isoWeekLabel(ms), start: utcIso(ms), total: 0, bySeverity: zeroCounts() });
  }
  for (let ms = monthStart(win.fromMs + 1); ms <= win.toMs; ms = nextMonth(ms)) {
    monthly.set(ms, { period: utcIso(ms).slice(0, 7), start: utcIso(ms), total: 0, bySeverity: zeroCounts(), mttr: null, medianTtr: null, ttrN: 0, ttrs: [] });
  }

  let inWindow = 0;
  let resolved = 0;
  let undated = 0;
  for (const incident of incidents) {
    const parsed = parseMilestones(incident);
    const at = anchorFrom(parsed);
    if (Number.isNaN(at)) {
      undated++;
      errors.push({ id: incident.id, field: 'declared', message: 'no declared, detected or impactStarted time; the incident cannot be placed in any window' });
      continue;
    }
    if (at <= win.fromMs || at > win.toMs) continue;
    inWindow++;
    bySeverity[incident.severity]++;
    if (isResolved(incident)) resolved++;
    let ttr: number | null = null;
    for (const metric of METRIC_IDS) {
      const outcome = durationFrom(parsed, metric);
      if (outcome.ok) {
        values[metric].push(outcome.minutes);
        if (metric === 'ttr') ttr = outcome.minutes;
      } else {
        leftOut[metric][outcome.reason]++;
        if (outcome.reason === 'negative') errors.push({ id: incident.id, field: outcome.field, message: `${metric}: ${outcome.message}` });
      }
    }
    const week = weekly.get(isoWeekStart(at));
    if (week) {
      week.total++;
      week.bySeverity[incident.severity]++;
    }
    const month = monthly.get(monthStart(at));
    if (month) {
      month.total++;
      month.bySeverity[incident.severity]++;
      if (ttr !== null) month.ttrs.push(ttr);
    }
  }

  const monthlyOut: MonthlyBucket[] = [...monthly.values()].map(({ ttrs, ...bucket }) => {
    const stats = summarise(ttrs, { missing: 0, negative: 0 }, METRIC_MILESTONES.ttr);
    return { ...bucket, mttr: stats.mean, medianTtr: stats.median, ttrN: stats.n };
  });

  return {
    window: { from: win.from, to: win.to, days: win.days },
    incidents: { total: incidents.length, inWindow, resolved, unresolved: inWindow - resolved, undated },
    bySeverity,
    ttd: summarise(values.ttd, leftOut.ttd, METRIC_MILESTONES.ttd),
    tta: summarise(values.tta, leftOut.tta, METRIC_MILESTONES.tta),
    ttm: summarise(values.ttm, leftOut.ttm, METRIC_MILESTONES.ttm),
    ttr: summarise(values.ttr, leftOut.ttr, METRIC_MILESTONES.ttr),
    trends: { weekly: [...weekly.values()], monthly: monthlyOut },
    errors,
  };
}

// ---------------------------------------------------------------------------------------------
// Output

/** Python's `f"{x:.0f}"`: round half to even, so the report matches the seed's script to the minute. */
export function formatWholeMinutes(x: number): string {
  const floor = Math.floor(x);
  const diff = x - floor;
  const rounded = diff > 0.5 ? floor + 1 : diff < 0.5 ? floor : floor % 2 === 0 ? floor : floor + 1;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

function formatDays(days: number): string {
  return Number.isInteger(days) ? String(days) : days.toFixed(1);
}

const REPORT_LABELS: Record<Lang, { title: (days: string) => string; total: string; avgTtr: string; minutes: string; resolved: string; mean: string; median: string; max: string; na: string; leftOut: string }> = {
  en: {
    title: (days) => `Incident Metrics (${days} days)`,
    total: 'Total Incidents',
    avgTtr: 'Avg TTR',
    minutes: 'minutes',
    resolved: 'Resolved',
    mean: 'mean',
    median: 'median',
    max: 'max',
    na: 'n/a',
    leftOut: 'left out',
  },
  th: {
    title: (days) => `สถิติ Incident (${days} วัน)`,
    total: 'Incident ทั้งหมด',
    avgTtr: 'TTR เฉลี่ย',
    minutes: 'นาที',
    resolved: 'แก้ไขแล้ว',
    mean: 'ค่าเฉลี่ย',
    median: 'มัธยฐาน',
    max: 'สูงสุด',
    na: 'ไม่มีข้อมูล',
    leftOut: 'ไม่นับ',
  },
};

/**
 * The seed's `metrics_report` text (without its leading blank line):
 * a 50-character rule, the title, the rule, then the counts. Severities are listed in sorted order and
 * only when present; Avg TTR is 0 when nothing is resolved, as in the seed.
 * With `details`, a blank line and one line per duration (mean, median, p90, max, n, left out) follow.
 */
export function metricsReport(result: MetricsResult, lang: Lang = 'en', opts: { details?: boolean } = {}): string {
  const t = REPORT_LABELS[lang];
  const rule = '='.repeat(50);
  const lines = [rule, t.title(formatDays(result.window.days)), rule, ` ${t.total}: ${result.incidents.inWindow}`];
  for (const sev of SEVERITY_IDS) {
    if (result.bySeverity[sev] > 0) lines.push(` ${sev}: ${result.bySeverity[sev]}`);
  }
  lines.push(` ${t.avgTtr}: ${formatWholeMinutes(result.ttr.mean ?? 0)} ${t.minutes}`);
  lines.push(` ${t.resolved}: ${result.incidents.resolved}/${result.incidents.inWindow}`);
  if (opts.details) {
    lines.push('');
    for (const metric of METRIC_IDS) {
      const s = result[metric];
      const fmt = (v: number | null) => (v === null ? t.na : formatWholeMinutes(v));
      lines.push(
        ` ${metric.toUpperCase()} (${s.uses[1]} − ${s.uses[0]}): ${t.mean} ${fmt(s.mean)}, ${t.median} ${fmt(s.median)}, p90 ${fmt(s.p90)}, ${t.max} ${fmt(s.max)} ${t.minutes}; n=${s.n}, ${t.leftOut} ${s.leftOut}`,
      );
    }
  }
  return lines.join('\n') + '\n';
}

export interface RowError {
  row: number;
  field: string;
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

/** Minutes rounded to 2 decimals, so the CLI and the browser show the same numbers. */
export function roundMinutes(v: number | null): number | null {
  return v === null ? null : Math.round(v * 100) / 100;
}

/** The exact JSON shape of `npm run metrics -- --format json` (issue 2). */
export function toMetricsJson(result: MetricsResult, errors: readonly RowError[] = []): MetricsJson {
  const duration = (s: DurationStats): DurationJson => ({
    n: s.n,
    mean: roundMinutes(s.mean),
    median: roundMinutes(s.median),
    p90: roundMinutes(s.p90),
    max: roundMinutes(s.max),
  });
  const { total, inWindow, resolved, unresolved } = result.incidents;
  return {
    window: { ...result.window },
    incidents: { total, inWindow, resolved, unresolved },
    bySeverity: { ...result.bySeverity },
    ttd: duration(result.ttd),
    tta: duration(result.tta),
    ttm: duration(result.ttm),
    ttr: duration(result.ttr),
    errors: errors.map(({ row, field, message }) => ({ row, field, message })),
  };
}
