// The metrics as the seed's text report and as the CLI's JSON.
import { SEVERITY_IDS } from '../constants.ts';
import type { Lang } from '../i18n/locales.ts';
import { metricsReportTranslate } from '../i18n/metrics.ts';
import { formatWithOffset, toEpochMs } from '../time/index.ts';
import {
  METRIC_IDS,
  type DurationJson,
  type DurationStats,
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
  }
  return lines.join('\n') + '\n';
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
  const duration = (s: DurationStats): DurationJson => ({
    n: s.n,
    mean: roundMinutes(s.mean),
    median: roundMinutes(s.median),
    p90: roundMinutes(s.p90),
    max: roundMinutes(s.max),
  });
  const { total, inWindow, resolved, unresolved } = result.incidents;
  return {
    window: { ...result.window, from: utc(result.window.from), to: utc(result.window.to) },
    incidents: { total, inWindow, resolved, unresolved },
    bySeverity: { ...result.bySeverity },
    ttd: duration(result.ttd),
    tta: duration(result.tta),
    ttm: duration(result.ttm),
    ttr: duration(result.ttr),
    errors: errors.map(({ row, field, code, message }) => ({ row, field, code, message })),
  };
}
