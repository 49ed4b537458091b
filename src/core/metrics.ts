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
//   Excel PERCENTILE.INC): h = (n-1)·q, p = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]) over the sorted
//   values x (found by selection, not a full sort). The median is the 0.5 percentile.
// - Trends use the calendar of a chosen IANA time zone (UTC by default): ISO 8601 weeks starting Monday
//   00:00 there (`2026-W48`) and months starting on the 1st at 00:00 there (`2026-11`).
// The core never reads the clock: callers pass the window's end (`now`) or both ends.
import { MILESTONES, SEVERITY_IDS, STATUSES, type Incident, type Lang, type Milestone, type SeverityId, type Timestamp } from './schema.ts';
import { formatWithOffset, offsetMinutes, offsetOf, toEpochMs } from './time.ts';
import { isTimeZone, wallTimeToTimestamp, zoneOffsetMinutes } from './zone.ts';
import { toColumns, type IncidentColumns } from './incident-columns.ts';

export type MetricsIncident = Pick<Incident, 'id' | 'title' | 'severity' | 'status' | 'milestones'>;

export type MetricsWindowOptions = ({ days: number; now: Timestamp } | { from: Timestamp; to: Timestamp }) & {
  /** The IANA time zone whose calendar the weekly and monthly trends follow (default UTC). */
  timeZone?: string;
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

function severityCounts(byIndex: Float64Array): SeverityCounts {
  const counts = zeroCounts();
  SEVERITY_IDS.forEach((id, i) => (counts[id] = byIndex[i]!));
  return counts;
}

const MILESTONE_COUNT = MILESTONES.length;
const index = (m: Milestone) => MILESTONES.indexOf(m);
/** [from, to] milestone indexes of each metric, in METRIC_IDS order. */
const METRIC_INDEXES = METRIC_IDS.map((id) => [index(METRIC_MILESTONES[id][0]), index(METRIC_MILESTONES[id][1])] as const);
const ANCHOR_INDEXES = WINDOW_ANCHORS.map(index);
const RESOLVED_INDEX = index('resolved');
const RESOLVED_STATUS = STATUSES.indexOf('resolved');

/** The duration whose milestones start at `times[at]` (one incident's run of IncidentColumns.times). */
function durationFrom(times: Float64Array, at: number, metric: MetricId): DurationOutcome {
  const [fromField, toField] = METRIC_MILESTONES[metric];
  const from = times[at + index(fromField)]!;
  if (Number.isNaN(from)) return { ok: false, reason: 'missing', field: fromField, message: `${fromField} is missing` };
  const to = times[at + index(toField)]!;
  if (Number.isNaN(to)) return { ok: false, reason: 'missing', field: toField, message: `${toField} is missing` };
  if (to < from) {
    return { ok: false, reason: 'negative', field: toField, message: `${toField} is before ${fromField}` };
  }
  return { ok: true, minutes: (to - from) / 60_000 };
}

function anchorFrom(times: Float64Array, at: number): number {
  for (const i of ANCHOR_INDEXES) {
    const ms = times[at + i]!;
    if (!Number.isNaN(ms)) return ms;
  }
  return Number.NaN;
}

/** Index of the last element of an ascending array that is <= value, or -1. */
function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** One duration of the i-th incident, or why it is not available. */
export function durationAt(columns: IncidentColumns, i: number, metric: MetricId): DurationOutcome {
  return durationFrom(columns.times, i * MILESTONE_COUNT, metric);
}

/** The instant (epoch ms) that places the i-th incident in a window, or NaN when it has none. */
export function anchorAt(columns: IncidentColumns, i: number): number {
  return anchorFrom(columns.times, i * MILESTONE_COUNT);
}

/**
 * Moves the k-th smallest value (0-based) of a[lo..hi] to a[k], with everything before it <= it and
 * everything after it >= it (Hoare/Wirth selection, median-of-three pivot): O(n) on average, where
 * sorting a million durations per metric would be O(n log n).
 */
function selectInPlace(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const x = medianOfThree(a[lo]!, a[k]!, a[hi]!);
    let i = lo;
    let j = hi;
    do {
      while (a[i]! < x) i++;
      while (x < a[j]!) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    } while (i <= j);
    if (j < k) lo = i;
    if (k < i) hi = j;
  }
  return a[k]!;
}

function medianOfThree(a: number, b: number, c: number): number {
  return a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
}

/** Percentile q in [0, 1] by linear interpolation between closest ranks (R type 7); reorders `values`. */
function percentileInPlace(values: Float64Array, q: number): number | null {
  const n = values.length;
  if (n === 0) return null;
  const pos = (n - 1) * q;
  const rank = Math.floor(pos);
  const lower = selectInPlace(values, rank);
  if (rank === pos || rank + 1 >= n) return lower;
  // After selection everything right of `rank` is >= lower; the next rank is their minimum.
  let upper = Infinity;
  for (let i = rank + 1; i < n; i++) if (values[i]! < upper) upper = values[i]!;
  return lower + (upper - lower) * (pos - rank);
}

/** Percentile q in [0, 1] of `values` (any order) by linear interpolation between closest ranks (R type 7). */
export function percentile(values: ArrayLike<number>, q: number): number | null {
  return percentileInPlace(new Float64Array(Array.from(values)), q);
}

/** Statistics of `work`, which it reorders (percentiles are found by selection in place). */
function summarise(work: Float64Array, counts: DurationStats['leftOutReasons'], uses: readonly [Milestone, Milestone]): DurationStats {
  const leftOut = { missing: counts.missing, negative: counts.negative };
  const n = work.length;
  let sum = 0;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    sum += work[i]!;
    if (work[i]! > max) max = work[i]!;
  }
  return {
    n,
    mean: n ? sum / n : null,
    median: percentileInPlace(work, 0.5),
    p90: percentileInPlace(work, 0.9),
    max: n ? max : null,
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

/** `2026-W48`: ISO 8601 week-numbering year and week of the calendar date `ms` falls on (read in UTC). */
export function isoWeekLabel(ms: number): string {
  const thursday = new Date(isoWeekStart(ms) + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / WEEK_MS) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/**
 * The calendar of one time zone, for trend buckets. Dates are days since 1970-01-01 (their UTC
 * midnight stands for the date itself); `midnight` is the instant that date begins in the zone.
 */
interface ZoneCalendar {
  /** The local calendar date of an instant, as days since the epoch. */
  dateOf(ms: number): number;
  /** The instant a local date begins (after a daylight-saving gap, if midnight falls into one). */
  midnight(date: number): number;
  /** A bucket's first instant, written with the zone's offset at that instant. */
  write(ms: number): Timestamp;
}

function zoneCalendar(timeZone: string): ZoneCalendar {
  if (timeZone === 'UTC') return { dateOf: (ms) => Math.floor(ms / DAY_MS), midnight: (date) => date * DAY_MS, write: (ms) => formatWithOffset(ms, 0) };
  if (!isTimeZone(timeZone)) throw new RangeError(`timeZone must be an IANA time zone such as Asia/Bangkok, got "${timeZone}"`);
  return {
    dateOf: (ms) => Math.floor((ms + zoneOffsetMinutes(timeZone, ms) * 60_000) / DAY_MS),
    midnight: (date) => toEpochMs(wallTimeToTimestamp(`${new Date(date * DAY_MS).toISOString().slice(0, 10)}T00:00`, timeZone)!),
    write: (ms) => formatWithOffset(ms, zoneOffsetMinutes(timeZone, ms)),
  };
}

/** The first instants of the ISO weeks (Monday 00:00 in the zone) that overlap (fromMs, toMs]. */
function weekStarts(calendar: ZoneCalendar, fromMs: number, toMs: number): { start: number; label: string }[] {
  const weeks: { start: number; label: string }[] = [];
  const firstDate = calendar.dateOf(fromMs + 1);
  for (let monday = firstDate - ((((firstDate + 3) % 7) + 7) % 7); ; monday += 7) {
    const start = calendar.midnight(monday);
    if (start > toMs) return weeks;
    weeks.push({ start, label: isoWeekLabel(monday * DAY_MS) });
  }
}

/** The first instants of the calendar months (the 1st, 00:00 in the zone) that overlap (fromMs, toMs]. */
function monthStarts(calendar: ZoneCalendar, fromMs: number, toMs: number): { start: number; label: string }[] {
  const months: { start: number; label: string }[] = [];
  const first = new Date(calendar.dateOf(fromMs + 1) * DAY_MS);
  for (let month = first.getUTCMonth(); ; month++) {
    const date = Date.UTC(first.getUTCFullYear(), month, 1);
    const start = calendar.midnight(date / DAY_MS);
    if (start > toMs) return months;
    months.push({ start, label: new Date(date).toISOString().slice(0, 7) });
  }
}

/**
 * Metrics for the incidents whose anchor time lies in the window (from, to].
 * `incidents.total` counts every incident passed in; everything else counts those in the window.
 */
export function computeMetrics(input: readonly MetricsIncident[] | IncidentColumns, opts: MetricsWindowOptions): MetricsResult {
  const win = resolveWindow(opts);
  const incidents = Array.isArray(input) ? toColumns(input as readonly MetricsIncident[]) : (input as IncidentColumns);
  const { times, severities, statuses } = incidents;
  // Counts by SEVERITY_IDS index, turned into a SeverityCounts at the end (and per bucket likewise).
  const bySeverity = new Float64Array(SEVERITY_IDS.length);
  const errors: MetricsProblem[] = [];
  // Per metric, in METRIC_IDS order (ttr last): durations go straight into typed arrays sized for every
  // incident, with counters in typed arrays too; the loop below runs a million times in the benchmark.
  const metricCount = METRIC_IDS.length;
  const fromIndex = Int32Array.from(METRIC_INDEXES, ([from]) => from);
  const toIndex = Int32Array.from(METRIC_INDEXES, ([, to]) => to);
  const values = METRIC_IDS.map(() => new Float64Array(incidents.length));
  const n = new Int32Array(metricCount);
  const missing = new Int32Array(metricCount);
  const negative = new Int32Array(metricCount);
  const TTR = METRIC_IDS.indexOf('ttr');

  // Trend buckets in the chosen zone's calendar; each incident's bucket is found by binary search.
  const calendar = zoneCalendar(opts.timeZone ?? 'UTC');
  const weekBounds = weekStarts(calendar, win.fromMs, win.toMs);
  const monthBounds = monthStarts(calendar, win.fromMs, win.toMs);
  const weekStartMs = weekBounds.map((w) => w.start);
  const monthStartMs = monthBounds.map((m) => m.start);
  const weeks: TrendBucket[] = weekBounds.map((w) => ({ period: w.label, start: calendar.write(w.start), total: 0, bySeverity: zeroCounts() }));
  const months: (MonthlyBucket & { ttrs: number[] })[] = monthBounds.map((m) => ({
    period: m.label,
    start: calendar.write(m.start),
    total: 0,
    bySeverity: zeroCounts(),
    mttr: null,
    medianTtr: null,
    ttrN: 0,
    ttrs: [],
  }));
  // Counts per bucket and severity, copied into the buckets at the end.
  const weekCounts = new Float64Array(weeks.length * SEVERITY_IDS.length);
  const monthCounts = new Float64Array(months.length * SEVERITY_IDS.length);

  let inWindow = 0;
  let resolved = 0;
  let undated = 0;
  for (let i = 0, base = 0; i < incidents.length; i++, base += MILESTONE_COUNT) {
    const at = anchorFrom(times, base);
    if (Number.isNaN(at)) {
      undated++;
      errors.push({ id: incidents.ids[i]!, field: 'declared', message: 'no declared, detected or impactStarted time; the incident cannot be placed in any window' });
      continue;
    }
    if (at <= win.fromMs || at > win.toMs) continue;
    inWindow++;
    const severity = severities[i]!;
    bySeverity[severity]!++;
    if (statuses[i] === RESOLVED_STATUS || !Number.isNaN(times[base + RESOLVED_INDEX]!)) resolved++;
    let ttr = Number.NaN;
    for (let k = 0; k < metricCount; k++) {
      const from = times[base + fromIndex[k]!]!;
      const to = times[base + toIndex[k]!]!;
      if (Number.isNaN(from) || Number.isNaN(to)) missing[k]!++;
      else if (to < from) {
        negative[k]!++;
        const metric = METRIC_IDS[k]!;
        const [fromField, toField] = METRIC_MILESTONES[metric];
        errors.push({ id: incidents.ids[i]!, field: toField, message: `${metric}: ${toField} is before ${fromField}` });
      } else {
        const minutes = (to - from) / 60_000;
        values[k]![n[k]!++] = minutes;
        if (k === TTR) ttr = minutes;
      }
    }
    weekCounts[lastAtOrBefore(weekStartMs, at) * SEVERITY_IDS.length + severity]!++;
    const month = lastAtOrBefore(monthStartMs, at);
    monthCounts[month * SEVERITY_IDS.length + severity]!++;
    if (!Number.isNaN(ttr)) months[month]!.ttrs.push(ttr);
  }
  const fillCounts = (bucket: TrendBucket, counts: Float64Array, index: number) => {
    SEVERITY_IDS.forEach((id, s) => (bucket.bySeverity[id] = counts[index * SEVERITY_IDS.length + s]!));
    bucket.total = SEVERITY_IDS.reduce((sum, id) => sum + bucket.bySeverity[id], 0);
  };
  weeks.forEach((week, w) => fillCounts(week, weekCounts, w));
  months.forEach((month, m) => fillCounts(month, monthCounts, m));
  const durationStats = (k: number) =>
    summarise(values[k]!.subarray(0, n[k]!), { missing: missing[k]!, negative: negative[k]! }, METRIC_MILESTONES[METRIC_IDS[k]!]);

  const monthlyOut: MonthlyBucket[] = months.map(({ ttrs, ...bucket }) => {
    const stats = summarise(new Float64Array(ttrs), { missing: 0, negative: 0 }, METRIC_MILESTONES.ttr); // not .from: that walks the iterator protocol
    return { ...bucket, mttr: stats.mean, medianTtr: stats.median, ttrN: stats.n };
  });

  return {
    window: { from: win.from, to: win.to, days: win.days },
    incidents: { total: incidents.length, inWindow, resolved, unresolved: inWindow - resolved, undated },
    bySeverity: severityCounts(bySeverity),
    ttd: durationStats(0),
    tta: durationStats(1),
    ttm: durationStats(2),
    ttr: durationStats(3),
    trends: { weekly: weeks, monthly: monthlyOut },
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
