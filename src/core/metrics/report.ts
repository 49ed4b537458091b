// The metrics as the seed's text report and as the CLI's JSON.
import { SEVERITY_IDS } from '../constants.ts';
import type { Lang } from '../i18n/locales.ts';
import { metricsReportTranslate } from '../i18n/metrics.ts';
import { formatInstant, formatWithOffset, toEpochMs } from '../time/index.ts';
import { busiest, change, dayRuns, hourLabel } from './compare.ts';
import {
  METRIC_IDS,
  type BreakdownGroup,
  type BreakdownJson,
  type DurationFigures,
  type DurationJson,
  type DurationStats,
  type MetricId,
  type Weekday,
  type MetricsJson,
  type MetricsProblem,
  type MetricsSummary,
  type RowError,
} from './types.ts';

/** Python's `f"{x:.0f}"`: round half to even, so the report matches the seed's script to the minute. */
export function formatWholeMinutes(x: number): string {
  const floor = Math.floor(x);
  const diff = x - floor;
  const rounded = diff > 0.5 ? floor + 1 : diff < 0.5 ? floor : floor % 2 === 0 ? floor : floor + 1;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/**
 * A duration for people: `21 h 37 min`, `45 min` (`21 ชม. 37 นาที` in Thai), to the nearest whole
 * minute. Machine output (JSON, CSV) keeps minutes as numbers.
 */
export function formatDuration(minutes: number, lang: Lang = 'en'): string {
  const t = metricsReportTranslate(lang);
  const whole = Math.max(0, Math.round(minutes));
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  return hours === 0
    ? t('metricsReport.minutes', { minutes: rest })
    : t('metricsReport.hoursMinutes', { hours: hours.toLocaleString('en-US'), minutes: rest });
}

function formatDays(days: number): string {
  return Number.isInteger(days) ? String(days) : days.toFixed(1);
}

/** A problem with one incident (an undated one, milestones out of order) in the reader's language. */
export function problemText(problem: MetricsProblem, lang: Lang): string {
  return metricsReportTranslate(lang)(problem.code, problem.vars);
}

/**
 * The seed's `metrics_report` text (without its leading blank line):
 * a 50-character rule, the title, the rule, then the counts. Severities are listed in sorted order and
 * only when present; Avg TTR is 0 when nothing is resolved, as in the seed.
 * With `details`, a blank line and one line per duration (mean, median, p90, max, n, left out) follow.
 */
export function metricsReport(result: MetricsSummary, lang: Lang = 'en', opts: { details?: boolean } = {}): string {
  const t = metricsReportTranslate(lang);
  const rule = '='.repeat(50);
  const { inWindow, resolved } = result.incidents;
  const lines = [
    rule,
    t('metricsReport.title', { days: formatDays(result.window.days) }),
    rule,
    ` ${t('metricsReport.total', { count: inWindow })}`,
  ];
  for (const sev of SEVERITY_IDS) {
    if (result.bySeverity[sev] > 0) lines.push(` ${sev}: ${result.bySeverity[sev]}`);
  }
  lines.push(` ${t('metricsReport.avgTtr', { minutes: formatWholeMinutes(result.ttr.mean ?? 0) })}`);
  lines.push(` ${t('metricsReport.resolved', { resolved, total: inWindow })}`);
  if (opts.details) {
    lines.push('');
    const fmt = (v: number | null) => (v === null ? t('metricsReport.na') : formatDuration(v, lang));
    for (const metric of METRIC_IDS) {
      const s = result[metric];
      const vars = {
        metric: metric.toUpperCase(),
        from: s.uses[0],
        to: s.uses[1],
        mean: fmt(s.mean),
        median: fmt(s.median),
        p90: fmt(s.p90),
        max: fmt(s.max),
        n: s.n,
        leftOut: s.leftOut,
      };
      lines.push(` ${t('metricsReport.duration', vars)}`);
    }
    lines.push(...breakdownLines(result, lang));
  }
  return lines.join('\n') + '\n';
}

const DAY_KEYS = {
  mon: 'metricsReport.day_mon',
  tue: 'metricsReport.day_tue',
  wed: 'metricsReport.day_wed',
  thu: 'metricsReport.day_thu',
  fri: 'metricsReport.day_fri',
  sat: 'metricsReport.day_sat',
  sun: 'metricsReport.day_sun',
} as const satisfies Record<Weekday, string>;

const METRIC_LABELS: Record<MetricId, string> = { ttd: 'MTTD', tta: 'MTTA', ttm: 'MTTM', ttr: 'MTTR' };

/**
 * Working days in words, `Mon–Fri` or `Mon, Wed, Fri` (`จ.–ศ.` in Thai): each run of consecutive days
 * joined by a dash.
 */
export function workingDaysLabel(days: readonly Weekday[], lang: Lang = 'en'): string[] {
  const t = metricsReportTranslate(lang);
  return dayRuns(days).map(([first, last]) =>
    first === last ? t(DAY_KEYS[first]) : `${t(DAY_KEYS[first])}–${t(DAY_KEYS[last])}`,
  );
}

/** The sections after the durations: filters, breakdowns, the previous window, out of hours, busiest hours. */
function breakdownLines(result: MetricsSummary, lang: Lang): string[] {
  const t = metricsReportTranslate(lang);
  const fmt = (v: number | null) => (v === null ? t('metricsReport.na') : formatDuration(v, lang));
  const zone = result.outOfHours.timeZone;
  const lines: string[] = [];
  const { severity, service, team, status } = result.filters;
  if (severity.length + service.length + team.length + status.length > 0) {
    const parts = [
      severity.length ? t('metricsReport.filterSeverity', { values: severity }) : '',
      service.length ? t('metricsReport.filterService', { values: service }) : '',
      team.length ? t('metricsReport.filterTeam', { values: team }) : '',
      status.length ? t('metricsReport.filterStatus', { values: status }) : '',
    ].filter(Boolean);
    lines.push('', ` ${t('metricsReport.filters', { filters: parts.join('; '), count: result.filters.matching })}`);
  }
  const group = (heading: string, groups: readonly BreakdownGroup[], none: string) => {
    if (groups.length === 0) return;
    lines.push('', ` ${heading}`);
    for (const g of groups) {
      if (g.count === 0) continue;
      const vars = {
        name: g.key ?? none,
        count: g.count,
        tta: fmt(g.tta.median),
        ttd: fmt(g.ttd.median),
        ttm: fmt(g.ttm.median),
        ttr: fmt(g.ttr.median),
      };
      lines.push(`  ${t('metricsReport.group', vars)}`);
    }
  };
  group(t('metricsReport.bySeverity'), result.breakdowns.bySeverity, '');
  group(t('metricsReport.byService'), result.breakdowns.byService, t('metricsReport.noService'));
  group(t('metricsReport.byTeam'), result.breakdowns.byTeam, t('metricsReport.noTeam'));

  const previous = result.previousWindow;
  const changeWords = (current: number | null, before: number | null, show: (v: number) => string) => {
    const c = change(current, before);
    if (!c) return t('metricsReport.na');
    return c.direction === 'same'
      ? t('metricsReport.same')
      : t(c.direction === 'up' ? 'metricsReport.up' : 'metricsReport.down', { amount: show(c.amount) });
  };
  lines.push(
    '',
    ` ${t('metricsReport.previous', {
      from: formatInstant(toEpochMs(previous.from), zone),
      to: formatInstant(toEpochMs(previous.to), zone),
    })}`,
    `  ${t('metricsReport.changeCount', {
      current: result.incidents.inWindow,
      previous: previous.inWindow,
      change: changeWords(result.incidents.inWindow, previous.inWindow, String),
    })}`,
  );
  for (const metric of METRIC_IDS) {
    const current = result[metric].median;
    if (current === null && previous.median[metric] === null) continue;
    lines.push(
      `  ${t('metricsReport.changeMedian', {
        metric: METRIC_LABELS[metric],
        current: fmt(current),
        previous: fmt(previous.median[metric]),
        change: changeWords(current, previous.median[metric], (v) => formatDuration(v, lang)),
      })}`,
    );
  }
  const hours = result.outOfHours;
  lines.push(
    '',
    ` ${t('metricsReport.outOfHours', {
      days: workingDaysLabel(hours.workingHours.days, lang).join(', '),
      start: hours.workingHours.start,
      end: hours.workingHours.end,
      zone,
      count: hours.count,
      total: result.incidents.inWindow,
      percent: hours.share === null ? t('metricsReport.na') : `${Math.round(hours.share * 100)}%`,
    })}`,
  );
  const top = busiest(result.busiestHours.counts);
  lines.push(
    ` ${t('metricsReport.busiestHours', {
      zone,
      hours: top.length ? top.map((h) => `${hourLabel(h.hour)} (${h.count})`).join(', ') : t('metricsReport.na'),
    })}`,
  );
  return lines;
}

/** Minutes rounded to 2 decimals, so the CLI and the browser show the same numbers. */
export function roundMinutes(v: number | null): number | null {
  return v === null ? null : Math.round(v * 100) / 100;
}

/** A window bound in UTC: the same instant whatever zone it was chosen in. */
function utc(bound: string): string {
  const ms = toEpochMs(bound);
  return Number.isNaN(ms) ? bound : formatWithOffset(ms, 0);
}

/**
 * The exact JSON shape of `npm run metrics -- --format json` (issue 2). The window bounds are written
 * in UTC, so the page's download and the CLI's output are the same bytes whatever zone either ran in.
 */
export function toMetricsJson(result: MetricsSummary, errors: readonly RowError[] = []): MetricsJson {
  const duration = (s: DurationStats | DurationFigures): DurationJson => ({
    n: s.n,
    mean: roundMinutes(s.mean),
    median: roundMinutes(s.median),
    p90: roundMinutes(s.p90),
    max: roundMinutes(s.max),
  });
  const { total, inWindow, resolved, unresolved } = result.incidents;
  const groups = <K extends string>(key: K, list: readonly BreakdownGroup[]): BreakdownJson<K>[] =>
    list.map(
      (g) =>
        ({
          [key]: g.key,
          count: g.count,
          ttd: duration(g.ttd),
          tta: duration(g.tta),
          ttm: duration(g.ttm),
          ttr: duration(g.ttr),
        }) as BreakdownJson<K>,
    );
  const previous = result.previousWindow;
  const medians = (pick: (metric: MetricId) => number | null) =>
    Object.fromEntries(METRIC_IDS.map((m) => [m, pick(m)])) as Record<MetricId, number | null>;
  const { workingHours, ...hours } = result.outOfHours;
  return {
    window: { ...result.window, from: utc(result.window.from), to: utc(result.window.to) },
    incidents: { total, inWindow, resolved, unresolved },
    bySeverity: { ...result.bySeverity },
    ttd: duration(result.ttd),
    tta: duration(result.tta),
    ttm: duration(result.ttm),
    ttr: duration(result.ttr),
    filters: { ...result.filters },
    breakdowns: {
      bySeverity: groups('severity', result.breakdowns.bySeverity),
      byService: groups('service', result.breakdowns.byService),
      byTeam: groups('team', result.breakdowns.byTeam),
    },
    previousWindow: {
      from: utc(previous.from),
      to: utc(previous.to),
      inWindow: previous.inWindow,
      median: medians((m) => roundMinutes(previous.median[m])),
      change: {
        inWindow: inWindow - previous.inWindow,
        median: medians((m) => change(result[m].median, previous.median[m])?.delta ?? null),
      },
    },
    outOfHours: {
      timeZone: hours.timeZone,
      days: [...workingHours.days],
      start: workingHours.start,
      end: workingHours.end,
      count: hours.count,
      share: hours.share === null ? null : Math.round(hours.share * 10_000) / 10_000,
    },
    busiestHours: { timeZone: result.busiestHours.timeZone, counts: [...result.busiestHours.counts] },
    errors: errors.map(({ row, field, code, message }) => ({ row, field, code, message })),
  };
}
