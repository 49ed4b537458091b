// The results: counts, filters, response-time cards, breakdowns, charts with their data tables, the
// per-incident table, rejected rows, the seed-style text report and the exports.
import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import { useLaggingValue } from '../shared/lagging-value.ts';
import type { Lang, Milestone, SeverityId } from '../../core/schema.ts';
import type { DurationJson, DurationStats } from '../../core/metrics/index.ts';
import { formatCount, formatMinutes } from './format.ts';
import { formatDuration } from '../../core/metrics/report.ts';
import { monthlyTtr, weeklyStack } from './chartData.ts';
import type { RunResult, TablePage } from './protocol.ts';
import { SORT_KEYS, type SortKey, type SortOrder } from './columns.ts';
import { MILESTONE_KEYS, type MetricsKey, type MetricsT } from './i18n.ts';
import { formatInstant, toEpochMs } from '../../core/time/index.ts';
import type { MetricsFilters, WorkingHours } from '../../core/metrics/types.ts';
import Breakdowns from './Breakdowns.tsx';
import Filters, { STATUS_KEYS } from './Filters.tsx';
import { LoadBoundary } from '../shared/LoadBoundary.tsx';

// uPlot arrives with this chunk, only when there are results to draw (the service worker precaches it
// for offline use; when it cannot be fetched, LoadBoundary says so and the data tables stay).
const ChartCanvas = lazy(() => import('./ChartCanvas.tsx'));

const METRIC_ORDER = ['tta', 'ttd', 'ttm', 'ttr'] as const;

const METRIC_KEYS: Record<(typeof METRIC_ORDER)[number], MetricsKey> = {
  tta: 'metrics.tta',
  ttd: 'metrics.ttd',
  ttm: 'metrics.ttm',
  ttr: 'metrics.ttr',
};

const COLUMN_KEYS: Record<SortKey, MetricsKey> = {
  id: 'metrics.col_id',
  title: 'metrics.col_title',
  severity: 'metrics.col_severity',
  status: 'metrics.col_status',
  service: 'metrics.col_service',
  team: 'metrics.col_team',
  declared: 'metrics.col_declared',
  tta: 'metrics.col_tta',
  ttd: 'metrics.col_ttd',
  ttm: 'metrics.col_ttm',
  ttr: 'metrics.col_ttr',
};

const DIRECTION_KEYS: Record<SortOrder['direction'], MetricsKey> = {
  ascending: 'metrics.ascending',
  descending: 'metrics.descending',
};

export interface ResultsProps {
  run: RunResult;
  table: TablePage;
  lang: Lang;
  t: MetricsT;
  timeZone: string;
  filters: MetricsFilters;
  onFilters: (filters: MetricsFilters) => void;
  workingHours: WorkingHours;
  onWorkingHours: (hours: WorkingHours) => void;
  onSort: (sort: SortOrder) => void;
  onPage: (page: number) => void;
  onExport: (format: 'csv' | 'json') => void;
  onCopy: () => void;
}

function Minutes({ value, t, lang, stat }: { value: number | null; t: MetricsT; lang: Lang; stat: string }) {
  return (
    // Shown as `21 h 37 min`; the exact minutes (the JSON's number) stay in data-minutes and the tooltip.
    <dd
      data-stat={stat}
      data-minutes={value ?? ''}
      title={value === null ? undefined : t('metrics.minutes', { value: formatMinutes(value, lang) })}
    >
      {value === null ? t('metrics.notAvailable') : formatDuration(value, lang)}
    </dd>
  );
}

function MetricCard({
  id,
  stats,
  shown,
  t,
  lang,
}: {
  id: (typeof METRIC_ORDER)[number];
  stats: DurationStats;
  shown: DurationJson;
  t: MetricsT;
  lang: Lang;
}) {
  const milestone = (m: Milestone) => t(MILESTONE_KEYS[m]);
  return (
    <article className="mt-card" data-metric={id} aria-labelledby={`mt-card-${id}`}>
      <h4 id={`mt-card-${id}`}>{t(METRIC_KEYS[id])}</h4>
      <p className="mt-uses">{t('metrics.uses', { from: milestone(stats.uses[0]), to: milestone(stats.uses[1]) })}</p>
      <dl>
        <div>
          <dt>{t('metrics.median')}</dt>
          <Minutes value={shown.median} t={t} lang={lang} stat="median" />
        </div>
        <div>
          <dt>{t('metrics.p90')}</dt>
          <Minutes value={shown.p90} t={t} lang={lang} stat="p90" />
        </div>
        <div>
          <dt>{t('metrics.mean')}</dt>
          <Minutes value={shown.mean} t={t} lang={lang} stat="mean" />
        </div>
        <div>
          <dt>{t('metrics.n')}</dt>
          <dd data-stat="n">{formatCount(stats.n, lang)}</dd>
        </div>
      </dl>
      <p className="mt-leftout" data-stat="leftOut">
        {t('metrics.leftOut', { count: formatCount(stats.leftOut, lang) })}
      </p>
    </article>
  );
}

function Chart({
  title,
  alt,
  spec,
  t,
  table,
  legend,
}: {
  title: string;
  alt: string;
  spec: Parameters<typeof ChartCanvas>[0]['spec'];
  t: MetricsT;
  table: ReactNode;
  legend: ReactNode;
}) {
  return (
    <figure className="mt-figure">
      <figcaption>{title}</figcaption>
      <LoadBoundary fallback={<p role="status">{t('metrics.chartsFailed')}</p>}>
        <Suspense fallback={<p className="mt-chart-loading">{t('metrics.chartsLoading')}</p>}>
          <ChartCanvas spec={spec} label={`${title}. ${alt}`} />
        </Suspense>
      </LoadBoundary>
      {legend}
      <p className="mt-hint">{alt}</p>
      <details>
        <summary>{t('metrics.showTable')}</summary>
        <div className="mt-scroll" tabIndex={0} role="region" aria-label={title}>
          {table}
        </div>
      </details>
    </figure>
  );
}

/** Zones whose offset is always zero: their times already end in `UTC`, so naming the zone again says nothing. */
const UTC_ZONES = new Set(['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT', 'Etc/Universal', 'Etc/Zulu']);

export default function Results({
  run,
  table,
  lang,
  t,
  timeZone,
  filters,
  onFilters,
  workingHours,
  onWorkingHours,
  onSort,
  onPage,
  onExport,
  onCopy,
}: ResultsProps) {
  const { result } = run;
  // The core lists the severities in bySeverity most severe first; the page takes the order from there.
  const severities = Object.keys(result.bySeverity) as SeverityId[];
  const weekly = useMemo(() => weeklyStack(result.trends.weekly, Object.keys(result.bySeverity) as SeverityId[]), [result]);
  const monthly = useMemo(() => monthlyTtr(result.trends.monthly), [result]);
  const weeklySpec = useMemo(() => ({ kind: 'weekly' as const, data: weekly }), [weekly]);
  const monthlySpec = useMemo(
    () => ({ kind: 'monthly' as const, data: monthly, medianLabel: t('metrics.median'), meanLabel: t('metrics.mean') }),
    [monthly, t],
  );
  const summary: [string, MetricsKey, number][] = [
    ['rowsRead', 'metrics.summaryRows', run.rowsRead],
    ['kept', 'metrics.summaryKept', run.kept],
    ['rejected', 'metrics.summaryRejected', run.rejectedCount],
    ['inWindow', 'metrics.summaryInWindow', result.incidents.inWindow],
    ['resolved', 'metrics.summaryResolved', result.incidents.resolved],
    ['unresolved', 'metrics.summaryUnresolved', result.incidents.unresolved],
  ];
  const columnLabel = (key: SortKey) => t(COLUMN_KEYS[key], { zone: timeZone });
  // The service and team columns only when the export names any.
  const shownKeys = SORT_KEYS.filter(
    (key) => (key !== 'service' || run.services.length > 0) && (key !== 'team' || run.teams.length > 0),
  );
  const windowVars = {
    from: formatInstant(toEpochMs(result.window.from), timeZone),
    to: formatInstant(toEpochMs(result.window.to), timeZone),
    zone: timeZone,
  };
  const hasTrend = result.incidents.inWindow > 0;
  // The breakdowns render after the first paint of the results, in a second render,
  // so showing a large import's results stays one short main-thread task rather than one long one.
  const breakdownsJson = useLaggingValue(run.json, null);

  return (
    <section className="mt-results" aria-labelledby="mt-results-heading">
      <h2 id="mt-results-heading">{t('metrics.resultsHeading')}</h2>
      <p className="mt-window" data-window-from={result.window.from} data-window-to={result.window.to}>
        {UTC_ZONES.has(timeZone) ? t('metrics.windowIsUtc', windowVars) : t('metrics.windowIs', windowVars)}
      </p>
      <dl className="mt-summary">
        {summary.map(([id, key, value]) => (
          <div key={id}>
            <dt>{t(key)}</dt>
            <dd data-summary={id}>{formatCount(value, lang)}</dd>
          </div>
        ))}
      </dl>

      <Filters
        filters={filters}
        services={run.services}
        teams={run.teams}
        matching={result.filters.matching}
        total={result.incidents.total}
        onChange={onFilters}
        t={t}
      />

      <h3>{t('metrics.bySeverityHeading')}</h3>
      <ul className="mt-severity">
        {severities.map((s) => (
          <li key={s} className={`mt-sev mt-${s.toLowerCase()}`}>
            <span className="mt-sev-id">{s}</span> <span data-count={s}>{formatCount(result.bySeverity[s], lang)}</span>
          </li>
        ))}
      </ul>

      <h3>{t('metrics.timesHeading')}</h3>
      <div className="mt-cards">
        {METRIC_ORDER.map((id) => (
          <MetricCard key={id} id={id} stats={result[id]} shown={run.json[id]} t={t} lang={lang} />
        ))}
      </div>

      {breakdownsJson && (
        <Breakdowns
          json={breakdownsJson}
          timeZone={timeZone}
          workingHours={workingHours}
          onWorkingHours={onWorkingHours}
          t={t}
          lang={lang}
        />
      )}

      <h3>{t('metrics.chartsHeading')}</h3>
      {hasTrend ? (
        <div className="mt-charts">
          <Chart
            title={t('metrics.weeklyChart')}
            alt={t('metrics.weeklyAlt', { zone: timeZone })}
            spec={weeklySpec}
            t={t}
            legend={
              <ul className="mt-legend" aria-hidden="true">
                {severities.map((s) => (
                  <li key={s}>
                    <span className={`mt-swatch mt-${s.toLowerCase()}`} />
                    {s}
                  </li>
                ))}
              </ul>
            }
            table={
              <table className="mt-table">
                <thead>
                  <tr>
                    <th scope="col">{t('metrics.week')}</th>
                    {severities.map((s) => (
                      <th key={s} scope="col">
                        {s}
                      </th>
                    ))}
                    <th scope="col">{t('metrics.total')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.trends.weekly.map((w) => (
                    <tr key={w.period}>
                      <th scope="row">
                        {w.period} ({w.start.slice(0, 10)})
                      </th>
                      {severities.map((s) => (
                        <td key={s}>{w.bySeverity[s]}</td>
                      ))}
                      <td>{w.total}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            }
          />
          <Chart
            title={t('metrics.monthlyChart')}
            alt={t('metrics.monthlyAlt', { zone: timeZone })}
            spec={monthlySpec}
            t={t}
            legend={
              <ul className="mt-legend" aria-hidden="true">
                <li>
                  <span className="mt-line mt-line-median" />
                  {t('metrics.median')}
                </li>
                <li>
                  <span className="mt-line mt-line-mean" />
                  {t('metrics.mean')}
                </li>
              </ul>
            }
            table={
              <table className="mt-table">
                <thead>
                  <tr>
                    <th scope="col">{t('metrics.month')}</th>
                    <th scope="col">{t('metrics.median')}</th>
                    <th scope="col">{t('metrics.mean')}</th>
                    <th scope="col">n</th>
                  </tr>
                </thead>
                <tbody>
                  {result.trends.monthly.map((m) => (
                    <tr key={m.period}>
                      <th scope="row">{m.period}</th>
                      <td>{m.medianTtr === null ? t('metrics.notAvailable') : formatDuration(m.medianTtr, lang)}</td>
                      <td>{m.mttr === null ? t('metrics.notAvailable') : formatDuration(m.mttr, lang)}</td>
                      <td>{m.ttrN}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            }
          />
        </div>
      ) : (
        <p>{t('metrics.noTrend')}</p>
      )}

      <h3 id="mt-incidents-heading">{t('metrics.tableHeading')}</h3>
      <div className="mt-scroll" tabIndex={0} role="region" aria-labelledby="mt-incidents-heading">
        <table className="mt-table mt-incidents">
          <caption>
            {t('metrics.tableCaption', {
              column: columnLabel(table.sort.key),
              direction: t(DIRECTION_KEYS[table.sort.direction]),
              page: table.page + 1,
              pages: table.pages,
            })}
          </caption>
          <thead>
            <tr>
              {shownKeys.map((key) => {
                const active = table.sort.key === key;
                const next: SortOrder = {
                  key,
                  direction: active && table.sort.direction === 'ascending' ? 'descending' : 'ascending',
                };
                return (
                  <th key={key} scope="col" aria-sort={active ? table.sort.direction : undefined}>
                    <button type="button" onClick={() => onSort(next)} data-sort={key}>
                      {columnLabel(key)}
                      <span aria-hidden="true">{active ? (table.sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, i) => (
              <tr key={`${row.id}-${i}`}>
                <td>{row.id}</td>
                <td>{row.title}</td>
                <td>{row.severity}</td>
                <td>{t(STATUS_KEYS[row.status])}</td>
                {run.services.length > 0 && <td>{row.service}</td>}
                {run.teams.length > 0 && <td>{row.team}</td>}
                <td>{row.declared ? formatInstant(toEpochMs(row.declared), timeZone) : ''}</td>
                {(['tta', 'ttd', 'ttm', 'ttr'] as const).map((k) => (
                  <td key={k} className="mt-num">
                    {row[k] === null ? '–' : formatMinutes(row[k], lang)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="mt-pager">
        <button type="button" onClick={() => onPage(table.page - 1)} disabled={table.page === 0}>
          {t('metrics.previousPage')}
        </button>
        <span>
          {table.page + 1} / {table.pages}
        </span>
        <button type="button" onClick={() => onPage(table.page + 1)} disabled={table.page + 1 >= table.pages}>
          {t('metrics.nextPage')}
        </button>
      </div>

      <h3 id="mt-rejected-heading">{t('metrics.rejectedHeading')}</h3>
      {run.rejectedCount === 0 ? (
        <p data-rejected="0">{t('metrics.rejectedNone')}</p>
      ) : (
        <>
          <p data-rejected={run.rejectedCount}>
            {t('metrics.rejectedCaption', { count: formatCount(run.rejectedCount, lang) })}{' '}
            {run.rejectedCount > run.rejected.length ? t('metrics.rejectedShown', { shown: run.rejected.length }) : ''}
          </p>
          <div className="mt-scroll" tabIndex={0} role="region" aria-labelledby="mt-rejected-heading">
            <table className="mt-table mt-rejected">
              <thead>
                <tr>
                  <th scope="col">{t('metrics.rejectedRow')}</th>
                  <th scope="col">{t('metrics.rejectedField')}</th>
                  <th scope="col">{t('metrics.rejectedReason')}</th>
                  <th scope="col">{t('metrics.rejectedValue')}</th>
                </tr>
              </thead>
              <tbody>
                {run.rejected.map((r, i) => (
                  <tr key={`${r.row}-${r.field}-${i}`}>
                    <td>{r.row}</td>
                    <td>{r.field}</td>
                    <td>{r.reason}</td>
                    <td>{r.value ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}

      {run.problemCount > 0 && (
        <>
          <h3 id="mt-problems-heading">{t('metrics.problemsHeading')}</h3>
          <p data-problems={run.problemCount}>
            {t('metrics.problemsCaption', { count: formatCount(run.problemCount, lang) })}{' '}
            {run.problemCount > result.errors.length ? t('metrics.problemsShown', { shown: result.errors.length }) : ''}
          </p>
          <div className="mt-scroll" tabIndex={0} role="region" aria-labelledby="mt-problems-heading">
            <table className="mt-table">
              <thead>
                <tr>
                  <th scope="col">{t('metrics.problemId')}</th>
                  <th scope="col">{t('metrics.rejectedField')}</th>
                  <th scope="col">{t('metrics.rejectedReason')}</th>
                </tr>
              </thead>
              <tbody>
                {result.errors.map((p, i) => (
                  <tr key={`${p.id}-${p.field}-${i}`}>
                    <td>{p.id}</td>
                    <td>{p.field}</td>
                    <td>{p.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}

      <h3 id="mt-report-heading">{t('metrics.reportHeading')}</h3>
      <pre className="mt-report" tabIndex={0} role="region" aria-labelledby="mt-report-heading">
        {run.report}
      </pre>
      <button type="button" onClick={onCopy}>
        {t('metrics.copy')}
      </button>

      <h3>{t('metrics.exportHeading')}</h3>
      <p className="mt-hint">{t('metrics.exportJsonHint')}</p>
      <div className="mt-actions">
        <button type="button" onClick={() => onExport('csv')}>
          {t('metrics.exportCsv')}
        </button>
        <button type="button" onClick={() => onExport('json')}>
          {t('metrics.exportJson')}
        </button>
      </div>
    </section>
  );
}
