// The breakdowns: response times per severity (cards and a table), per service and per team; this
// window against the previous one; the out-of-hours share with its working hours; the busiest hours.
// Every number is the JSON's (as `npm run metrics -- --format json` prints it), so page and CLI agree.
import { useState, type ReactNode } from 'react';
import type { Lang } from '../../core/schema.ts';
import { formatDuration, workingDaysLabel } from '../../core/metrics/report.ts';
import { busiest, change, hourLabel } from '../../core/metrics/compare.ts';
import { workingHoursProblem } from '../../core/metrics/hours.ts';
import {
  WEEKDAYS,
  type DurationJson,
  type MetricId,
  type MetricsJson,
  type Weekday,
  type WorkingHours,
} from '../../core/metrics/types.ts';
import { formatInstant, toEpochMs } from '../../core/time/index.ts';
import { formatCount } from './format.ts';
import { Select } from '../shared/fields.tsx';
import type { MetricsKey, MetricsT } from './i18n.ts';

const METRICS: readonly MetricId[] = ['tta', 'ttd', 'ttm', 'ttr'];
/** 00:00, 00:30 … 24:00: the times working hours may start and end at. */
const CLOCK_TIMES = Array.from({ length: 49 }, (_, i) => `${String(Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`);
const METRIC_NAMES: Record<MetricId, string> = { tta: 'MTTA', ttd: 'MTTD', ttm: 'MTTM', ttr: 'MTTR' };

interface Shared {
  t: MetricsT;
  lang: Lang;
}

function median(value: DurationJson, { t, lang }: Shared): string {
  return value.median === null ? t('metrics.notAvailable') : formatDuration(value.median, lang);
}

function Table({ label, head, children }: { label: string; head: ReactNode; children: ReactNode }) {
  return (
    <div className="mt-scroll" tabIndex={0} role="region" aria-label={label}>
      <table className="mt-table">
        <thead>{head}</thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

type Group = MetricsJson['breakdowns']['byService'][number] | MetricsJson['breakdowns']['byTeam'][number];
/** What every breakdown row has: a count and the four medians. */
type Times = Pick<Group, 'count' | MetricId>;

/** The header row of a table of times per group: the group's own column, the count, one per metric. */
function TimesHead({ first, t }: { first: string; t: MetricsT }) {
  return (
    <tr>
      <th scope="col">{first}</th>
      <th scope="col">{t('metrics.groupIncidents')}</th>
      {METRICS.map((m) => (
        <th key={m} scope="col">
          {METRIC_NAMES[m]}
        </th>
      ))}
    </tr>
  );
}

/** A row's cells after the group's name: the count and the median of each metric. */
function TimesCells({ times, ...shared }: Shared & { times: Times }) {
  return (
    <>
      <td className="mt-num">{formatCount(times.count, shared.lang)}</td>
      {METRICS.map((m) => (
        <td key={m}>{median(times[m], shared)}</td>
      ))}
    </>
  );
}

function GroupTable({ title, field, groups, ...shared }: Shared & { title: string; field: 'service' | 'team'; groups: Group[] }) {
  const { t } = shared;
  return (
    <>
      <h4>{title}</h4>
      <Table label={title} head={<TimesHead first={t(field === 'service' ? 'metrics.col_service' : 'metrics.col_team')} t={t} />}>
        {groups.map((g) => {
          const key = field === 'service' ? (g as { service: string | null }).service : (g as { team: string | null }).team;
          return (
            <tr key={key ?? ''} data-group={key ?? ''}>
              <th scope="row">{key ?? t('metrics.filterNone')}</th>
              <TimesCells times={g} {...shared} />
            </tr>
          );
        })}
      </Table>
    </>
  );
}

function SeverityBreakdown({ json, ...shared }: Shared & { json: MetricsJson }) {
  const { t } = shared;
  const groups = json.breakdowns.bySeverity;
  return (
    <>
      <h4>{t('metrics.bySeverityTimes')}</h4>
      <div className="mt-sev-cards">
        {/* A card per severity that has incidents; the table lists all four. */}
        {groups
          .filter((g) => g.count > 0)
          .map((g) => (
            <article key={g.severity} className={`mt-sev-card mt-${g.severity!.toLowerCase()}`} data-severity-card={g.severity}>
              <h5>
                {g.severity} <span className="mt-sev-count">{t('metrics.groupIncidentsCount', { count: g.count })}</span>
              </h5>
              <dl>
                {METRICS.map((m) => (
                  <div key={m}>
                    <dt>{METRIC_NAMES[m]}</dt>
                    <dd data-stat={m} data-minutes={g[m].median ?? ''}>
                      {median(g[m], shared)}
                    </dd>
                  </div>
                ))}
              </dl>
            </article>
          ))}
      </div>
      <details>
        <summary>{t('metrics.showTable')}</summary>
        <Table label={t('metrics.bySeverityTimes')} head={<TimesHead first={t('metrics.col_severity')} t={t} />}>
          {groups.map((g) => (
            <tr key={g.severity}>
              <th scope="row">{g.severity}</th>
              <TimesCells times={g} {...shared} />
            </tr>
          ))}
        </Table>
      </details>
    </>
  );
}

/** A change in words, with an arrow for those who scan (hidden from screen readers, which read the words). */
function Change({
  current,
  previous,
  show,
  t,
}: {
  current: number | null;
  previous: number | null;
  show: (v: number) => string;
  t: MetricsT;
}) {
  const c = change(current, previous);
  if (!c) return <td data-change="none">{t('metrics.notAvailable')}</td>;
  const words =
    c.direction === 'same'
      ? t('metrics.compareSame')
      : t(c.direction === 'up' ? 'metrics.compareUp' : 'metrics.compareDown', { amount: show(c.amount) });
  const arrow = c.direction === 'up' ? '▲ ' : c.direction === 'down' ? '▼ ' : '= ';
  return (
    <td data-change={c.direction}>
      <span aria-hidden="true">{arrow}</span>
      {words}
    </td>
  );
}

function Comparison({ json, timeZone, ...shared }: Shared & { json: MetricsJson; timeZone: string }) {
  const { t, lang } = shared;
  const previous = json.previousWindow;
  const duration = (v: number | null) => (v === null ? t('metrics.notAvailable') : formatDuration(v, lang));
  return (
    <section aria-labelledby="mt-compare-heading" data-compare>
      <h3 id="mt-compare-heading">{t('metrics.compareHeading')}</h3>
      <p className="mt-hint">
        {t('metrics.compareHint', {
          from: formatInstant(toEpochMs(previous.from), timeZone),
          to: formatInstant(toEpochMs(previous.to), timeZone),
        })}
      </p>
      <Table
        label={t('metrics.compareHeading')}
        head={
          <tr>
            <th scope="col">{t('metrics.compareFigure')}</th>
            <th scope="col">{t('metrics.compareNow')}</th>
            <th scope="col">{t('metrics.compareBefore')}</th>
            <th scope="col">{t('metrics.compareChange')}</th>
          </tr>
        }
      >
        <tr data-compare-row="inWindow">
          <th scope="row">{t('metrics.groupIncidents')}</th>
          <td className="mt-num">{formatCount(json.incidents.inWindow, lang)}</td>
          <td className="mt-num">{formatCount(previous.inWindow, lang)}</td>
          <Change current={json.incidents.inWindow} previous={previous.inWindow} show={(v) => formatCount(v, lang)} t={t} />
        </tr>
        {METRICS.map((m) => (
          <tr key={m} data-compare-row={m}>
            <th scope="row">{t('metrics.compareMedian', { metric: METRIC_NAMES[m] })}</th>
            <td>{duration(json[m].median)}</td>
            <td>{duration(previous.median[m])}</td>
            <Change current={json[m].median} previous={previous.median[m]} show={(v) => formatDuration(v, lang)} t={t} />
          </tr>
        ))}
      </Table>
    </section>
  );
}

function WorkingHoursForm({
  value,
  onChange,
  t,
  lang,
}: Shared & { value: WorkingHours; onChange: (hours: WorkingHours) => void }) {
  const [draft, setDraft] = useState(value);
  const problem = workingHoursProblem(draft);
  const update = (next: WorkingHours) => {
    setDraft(next);
    if (!workingHoursProblem(next)) onChange(next);
  };
  const toggleDay = (day: Weekday, on: boolean) =>
    update({ ...draft, days: WEEKDAYS.filter((d) => (d === day ? on : draft.days.includes(d))) });
  return (
    <fieldset className="mt-working" data-working-hours>
      <legend>{t('metrics.workingHoursLegend')}</legend>
      {/* Selects, not time inputs: a time input shows 12-hour clocks in some browsers, and the handbook writes 24-hour times. */}
      <Select
        id="mt-work-start"
        label={t('metrics.workingStart')}
        value={draft.start}
        options={CLOCK_TIMES.slice(0, -1).map((time) => ({ value: time, label: time }))}
        onChange={(start) => update({ ...draft, start })}
      />
      <Select
        id="mt-work-end"
        label={t('metrics.workingEnd')}
        value={draft.end}
        options={CLOCK_TIMES.slice(1).map((time) => ({ value: time, label: time }))}
        onChange={(end) => update({ ...draft, end })}
      />
      <fieldset className="mt-days">
        <legend>{t('metrics.workingDays')}</legend>
        {WEEKDAYS.map((day) => (
          <label key={day}>
            <input
              type="checkbox"
              value={day}
              checked={draft.days.includes(day)}
              onChange={(e) => toggleDay(day, e.currentTarget.checked)}
            />
            {workingDaysLabel([day], lang)[0]}
          </label>
        ))}
      </fieldset>
      {problem && (
        <p className="mt-error" role="alert">
          {t('metrics.workingHoursInvalid')}
        </p>
      )}
    </fieldset>
  );
}

/** 24 bars, one per hour of day, drawn as SVG (attributes, not inline styles: the page's CSP allows no inline style). */
function HourBars({ counts, label }: { counts: readonly number[]; label: string }) {
  const max = Math.max(1, ...counts);
  const width = 24 * 10;
  const height = 60;
  return (
    <svg className="mt-hours" viewBox={`0 0 ${width} ${height + 12}`} role="img" aria-label={label} preserveAspectRatio="none">
      {counts.map((count, hour) => {
        const h = (count / max) * height;
        return <rect key={hour} x={hour * 10 + 1} y={height - h} width={8} height={h} data-hour={hour} />;
      })}
      {[0, 6, 12, 18].map((hour) => (
        <text key={hour} x={hour * 10 + 1} y={height + 10}>
          {String(hour).padStart(2, '0')}
        </text>
      ))}
    </svg>
  );
}

function OutOfHoursAndHours({
  json,
  workingHours,
  onWorkingHours,
  ...shared
}: Shared & { json: MetricsJson; workingHours: WorkingHours; onWorkingHours: (hours: WorkingHours) => void }) {
  const { t, lang } = shared;
  const hours = json.outOfHours;
  const zone = hours.timeZone;
  const top = busiest(json.busiestHours.counts);
  return (
    <>
      <section aria-labelledby="mt-ooh-heading" data-out-of-hours={hours.count}>
        <h3 id="mt-ooh-heading">{t('metrics.outOfHoursHeading')}</h3>
        <p>
          {hours.share === null
            ? t('metrics.outOfHoursEmpty')
            : t('metrics.outOfHoursShare', {
                count: formatCount(hours.count, lang),
                total: formatCount(json.incidents.inWindow, lang),
                percent: `${Math.round(hours.share * 100)}%`,
                days: workingDaysLabel(hours.days, lang).join(', '),
                start: hours.start,
                end: hours.end,
                zone,
              })}
        </p>
        <WorkingHoursForm value={workingHours} onChange={onWorkingHours} {...shared} />
      </section>
      <section aria-labelledby="mt-busiest-heading" data-busiest>
        <h3 id="mt-busiest-heading">{t('metrics.busiestHeading')}</h3>
        <figure className="mt-figure">
          <HourBars
            counts={json.busiestHours.counts}
            label={`${t('metrics.busiestHeading')}. ${t('metrics.busiestAlt', { zone })}`}
          />
          {top.length > 0 && (
            <figcaption>
              {t('metrics.busiestTop', { hours: top.map((h) => `${hourLabel(h.hour)} (${h.count})`).join(', ') })}
            </figcaption>
          )}
          <p className="mt-hint">{t('metrics.busiestAlt', { zone })}</p>
          <details>
            <summary>{t('metrics.showTable')}</summary>
            <Table
              label={t('metrics.busiestHeading')}
              head={
                <tr>
                  <th scope="col">{t('metrics.hour', { zone })}</th>
                  <th scope="col">{t('metrics.groupIncidents')}</th>
                </tr>
              }
            >
              {json.busiestHours.counts.map((count, hour) => (
                <tr key={hour}>
                  <th scope="row">{hourLabel(hour)}</th>
                  <td className="mt-num">{formatCount(count, lang)}</td>
                </tr>
              ))}
            </Table>
          </details>
        </figure>
      </section>
    </>
  );
}

export default function Breakdowns({
  json,
  timeZone,
  workingHours,
  onWorkingHours,
  t,
  lang,
}: Shared & {
  json: MetricsJson;
  timeZone: string;
  workingHours: WorkingHours;
  onWorkingHours: (hours: WorkingHours) => void;
}) {
  const shared = { t, lang };
  const headings: Record<'service' | 'team', MetricsKey> = { service: 'metrics.byServiceTimes', team: 'metrics.byTeamTimes' };
  return (
    <>
      <section aria-labelledby="mt-breakdowns-heading" data-breakdowns>
        <h3 id="mt-breakdowns-heading">{t('metrics.breakdownsHeading')}</h3>
        <SeverityBreakdown json={json} {...shared} />
        {json.breakdowns.byService.length > 0 && (
          <GroupTable title={t(headings.service)} field="service" groups={json.breakdowns.byService} {...shared} />
        )}
        {json.breakdowns.byTeam.length > 0 && (
          <GroupTable title={t(headings.team)} field="team" groups={json.breakdowns.byTeam} {...shared} />
        )}
      </section>
      <Comparison json={json} timeZone={timeZone} {...shared} />
      <OutOfHoursAndHours json={json} workingHours={workingHours} onWorkingHours={onWorkingHours} {...shared} />
    </>
  );
}
