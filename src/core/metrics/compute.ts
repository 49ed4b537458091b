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
// - Filters (severity, service, team, status) choose the incidents before anything is counted: an
//   incident they leave out is in no figure, breakdown, trend, table or error list.
// - Breakdowns split the window's incidents by severity, service and team; each adds up to inWindow.
// - The previous window is the one of the same length ending where this one starts, (from − length, from].
// - Out of hours: the anchor's wall-clock time in the zone is outside the working hours (default
//   Mon–Fri 09:00–18:00); the busiest hours count anchors by the zone's hour of day.
// The core never reads the clock: callers pass the window's end (`now`) or both ends.
import { MILESTONES, SEVERITY_IDS, STATUSES } from '../constants.ts';
import type { Milestone, SeverityId, Status, Timestamp } from '../schema.ts';
import {
  DAY_MS,
  formatWithOffset,
  monthStarts,
  offsetMinutes,
  offsetOf,
  toEpochMs,
  weekStarts,
  zoneCalendar,
} from '../time/index.ts';
import { toColumns, type IncidentColumns } from '../incident-columns.ts';
import { metricsReportTranslate } from '../i18n/metrics.ts';
import { summarise } from './statistics.ts';
import { groupBreakdown, orderNamedGroups } from './breakdowns.ts';
import { inWorkingHours, minuteOfWeekIn, workingHoursProblem } from './hours.ts';
import {
  DEFAULT_WORKING_HOURS,
  METRIC_IDS,
  METRIC_MILESTONES,
  WINDOW_ANCHORS,
  type MetricsIncident,
  type MetricsProblem,
  type MetricsResult,
  type AppliedFilters,
  type MetricId,
  type MetricsFilters,
  type MetricsWindowOptions,
  type MonthlyBucket,
  type SeverityCounts,
  type TrendBucket,
} from './types.ts';

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

function resolveWindow(opts: MetricsWindowOptions): {
  fromMs: number;
  toMs: number;
  from: Timestamp;
  to: Timestamp;
  days: number;
} {
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

/** The filters with every list complete, deduplicated and in a fixed order (severities and statuses in the vocabulary's). */
function appliedFilters(filters: MetricsFilters | undefined): Omit<AppliedFilters, 'matching'> {
  const inOrder = <T extends string>(all: readonly T[], chosen: readonly T[] | undefined) =>
    all.filter((v) => chosen?.includes(v));
  const names = (chosen: readonly string[] | undefined) => [...new Set(chosen ?? [])].sort();
  return {
    severity: inOrder<SeverityId>(SEVERITY_IDS, filters?.severity),
    service: names(filters?.service),
    team: names(filters?.team),
    status: inOrder<Status>(STATUSES, filters?.status),
  };
}

/** 1 for each code the filter allows (every code when the list is empty). */
function allowed(codes: readonly string[], chosen: readonly string[]): Uint8Array {
  const mask = new Uint8Array(codes.length);
  codes.forEach((code, i) => (mask[i] = chosen.length === 0 || chosen.includes(code) ? 1 : 0));
  return mask;
}

/**
 * Metrics for the incidents whose anchor time lies in the window (from, to].
 * `incidents.total` counts every incident passed in and `filters.matching` those the filters let through;
 * everything else counts only those (in the window, or in the previous window for `previousWindow`).
 */
export function computeMetrics(input: readonly MetricsIncident[] | IncidentColumns, opts: MetricsWindowOptions): MetricsResult {
  const win = resolveWindow(opts);
  const incidents = Array.isArray(input) ? toColumns(input as readonly MetricsIncident[]) : (input as IncidentColumns);
  const { times, severities, statuses, services, teams } = incidents;
  const filters = appliedFilters(opts.filters);
  const filtering = filters.severity.length + filters.service.length + filters.team.length + filters.status.length > 0;
  const severityAllowed = allowed(SEVERITY_IDS, filters.severity);
  const statusAllowed = allowed(STATUSES, filters.status);
  const serviceAllowed = allowed(incidents.serviceNames, filters.service);
  const teamAllowed = allowed(incidents.teamNames, filters.team);
  const workingHours = opts.workingHours ?? DEFAULT_WORKING_HOURS;
  const hoursProblem = workingHoursProblem(workingHours);
  if (hoursProblem) throw new RangeError(`workingHours: ${hoursProblem} is not valid (${JSON.stringify(workingHours)})`);
  const timeZone = opts.timeZone ?? 'UTC';
  // Counts by SEVERITY_IDS index, turned into a SeverityCounts at the end (and per bucket likewise).
  const bySeverity = new Float64Array(SEVERITY_IDS.length);
  const errors: MetricsProblem[] = [];
  // Per metric, in METRIC_IDS order (ttr last): durations go straight into typed arrays sized for every
  // incident, with counters in typed arrays too; the loop below runs a million times in the benchmark.
  const metricCount = METRIC_IDS.length;
  const fromIndex = Int32Array.from(METRIC_INDEXES, ([from]) => from);
  const toIndex = Int32Array.from(METRIC_INDEXES, ([, to]) => to);
  const values = METRIC_IDS.map(() => new Float64Array(incidents.length));
  // Each in-window incident's index, anchor and durations (NaN when left out): the breakdowns group
  // them, and the table lists them when asked for.
  const list = opts.listIncidents === true;
  const windowIndexes = new Int32Array(incidents.length);
  const windowAnchors = new Float64Array(incidents.length);
  const windowMinutes = new Float64Array(incidents.length * metricCount);
  // The previous window's durations, for its medians.
  const lengthMs = win.toMs - win.fromMs;
  const previousFromMs = win.fromMs - lengthMs;
  const previousValues: number[][] = METRIC_IDS.map(() => []);
  let previousCount = 0;
  let matching = 0;
  const minuteOfWeek = minuteOfWeekIn(timeZone);
  const isWorking = inWorkingHours(workingHours);
  const hourCounts = new Array<number>(24).fill(0);
  let outOfHours = 0;
  const n = new Int32Array(metricCount);
  const missing = new Int32Array(metricCount);
  const negative = new Int32Array(metricCount);
  const TTR = METRIC_IDS.indexOf('ttr');

  // Trend buckets in the chosen zone's calendar; each incident's bucket is found by binary search.
  const calendar = zoneCalendar(timeZone);
  const weekBounds = weekStarts(calendar, win.fromMs, win.toMs);
  const monthBounds = monthStarts(calendar, win.fromMs, win.toMs);
  const weekStartMs = weekBounds.map((w) => w.start);
  const monthStartMs = monthBounds.map((m) => m.start);
  const weeks: TrendBucket[] = weekBounds.map((w) => ({
    period: w.label,
    start: calendar.write(w.start),
    total: 0,
    bySeverity: zeroCounts(),
  }));
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
    if (
      filtering &&
      !(severityAllowed[severities[i]!] && statusAllowed[statuses[i]!] && serviceAllowed[services[i]!] && teamAllowed[teams[i]!])
    )
      continue;
    matching++;
    const at = anchorFrom(times, base);
    if (Number.isNaN(at)) {
      undated++;
      errors.push(problem(incidents.ids[i]!, 'declared', 'metricsReport.problem.undated', {}));
      continue;
    }
    if (at <= win.fromMs || at > win.toMs) {
      if (at > previousFromMs && at <= win.fromMs) {
        previousCount++;
        for (let k = 0; k < metricCount; k++) {
          const from = times[base + fromIndex[k]!]!;
          const to = times[base + toIndex[k]!]!;
          if (to >= from) previousValues[k]!.push((to - from) / 60_000); // false for NaN
        }
      }
      continue;
    }
    const row = inWindow++;
    windowIndexes[row] = i;
    windowAnchors[row] = at;
    const local = minuteOfWeek(at);
    hourCounts[Math.floor((local % 1440) / 60)]!++;
    if (!isWorking(local)) outOfHours++;
    const severity = severities[i]!;
    bySeverity[severity]!++;
    if (statuses[i] === RESOLVED_STATUS || !Number.isNaN(times[base + RESOLVED_INDEX]!)) resolved++;
    let ttr = Number.NaN;
    for (let k = 0, cell = row * metricCount; k < metricCount; k++, cell++) {
      const from = times[base + fromIndex[k]!]!;
      const to = times[base + toIndex[k]!]!;
      if (Number.isNaN(from) || Number.isNaN(to)) {
        missing[k]!++;
        windowMinutes[cell] = Number.NaN;
      } else if (to < from) {
        negative[k]!++;
        windowMinutes[cell] = Number.NaN;
        const metric = METRIC_IDS[k]!;
        const [fromField, toField] = METRIC_MILESTONES[metric];
        errors.push(
          problem(incidents.ids[i]!, toField, 'metricsReport.problem.reversed', { metric, to: toField, from: fromField }),
        );
      } else {
        const minutes = (to - from) / 60_000;
        values[k]![n[k]!++] = minutes;
        windowMinutes[cell] = minutes;
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

  // Breakdowns over the window's incidents, by severity, service and team.
  const windowRows = windowIndexes.subarray(0, inWindow);
  const windowDurations = windowMinutes.subarray(0, inWindow * metricCount);
  // A loop, not Uint32Array.from(windowRows, fn): that walks the iterator protocol and cost a fifth of computeMetrics.
  const groupsBy = (codes: Uint8Array | Uint32Array) => {
    const groups = new Uint32Array(inWindow);
    for (let j = 0; j < inWindow; j++) groups[j] = codes[windowRows[j]!]!;
    return groups;
  };
  const named = (names: readonly string[], codes: Uint32Array) =>
    names.length > 1
      ? orderNamedGroups(
          groupBreakdown(
            groupsBy(codes),
            names.length,
            windowDurations,
            names.map((name) => name || null),
          ),
        )
      : [];
  const breakdowns = {
    bySeverity: groupBreakdown(groupsBy(severities), SEVERITY_IDS.length, windowDurations, SEVERITY_IDS),
    byService: named(incidents.serviceNames, services),
    byTeam: named(incidents.teamNames, teams),
  };
  const previousMedian = Object.fromEntries(
    METRIC_IDS.map((id, k) => [
      id,
      summarise(new Float64Array(previousValues[k]!), { missing: 0, negative: 0 }, METRIC_MILESTONES[id]).median,
    ]),
  ) as Record<MetricId, number | null>;
  const previousOffset = 'now' in opts ? offsetMinutes(offsetOf(opts.now)) : offsetMinutes(offsetOf(opts.from));

  return {
    window: { from: win.from, to: win.to, days: win.days },
    incidents: { total: incidents.length, inWindow, resolved, unresolved: inWindow - resolved, undated },
    bySeverity: severityCounts(bySeverity),
    ttd: durationStats(0),
    tta: durationStats(1),
    ttm: durationStats(2),
    ttr: durationStats(3),
    trends: { weekly: weeks, monthly: monthlyOut },
    filters: { ...filters, matching },
    breakdowns,
    previousWindow: {
      from: formatWithOffset(previousFromMs, previousOffset),
      to: win.from,
      inWindow: previousCount,
      median: previousMedian,
    },
    outOfHours: {
      timeZone,
      workingHours: { days: [...workingHours.days], start: workingHours.start, end: workingHours.end },
      count: outOfHours,
      share: inWindow ? outOfHours / inWindow : null,
    },
    busiestHours: { timeZone, counts: hourCounts },
    errors,
    ...(list && {
      windowIncidents: {
        indexes: windowIndexes.subarray(0, inWindow),
        anchors: windowAnchors.subarray(0, inWindow),
        minutes: windowMinutes.subarray(0, inWindow * metricCount),
      },
    }),
  };
}

/** A problem with one incident, with its English text (the reader's language: problemText in report.ts). */
function problem(id: string, field: string, code: MetricsProblem['code'], vars: MetricsProblem['vars']): MetricsProblem {
  return { id, field, code, vars, message: metricsReportTranslate('en')(code, vars) };
}
