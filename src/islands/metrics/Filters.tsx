// The filters on severity, service, team and status. They go to the worker with every run, so the
// cards, charts, tables and both downloads count the same incidents.
import type { SeverityId, Status } from '../../core/schema.ts';
import type { MetricsFilters } from '../../core/metrics/types.ts';
import type { MetricsKey, MetricsT } from './i18n.ts';

const SEVERITIES: readonly SeverityId[] = ['SEV1', 'SEV2', 'SEV3', 'SEV4'];
const STATUSES: readonly Status[] = ['investigating', 'identified', 'monitoring', 'resolved'];

export const STATUS_KEYS: Record<Status, MetricsKey> = {
  investigating: 'metrics.status_investigating',
  identified: 'metrics.status_identified',
  monitoring: 'metrics.status_monitoring',
  resolved: 'metrics.status_resolved',
};

type FilterField = keyof MetricsFilters;

const LEGEND_KEYS: Record<FilterField, MetricsKey> = {
  severity: 'metrics.col_severity',
  status: 'metrics.col_status',
  service: 'metrics.col_service',
  team: 'metrics.col_team',
};

function Choices({
  field,
  values,
  label,
  chosen,
  onToggle,
  t,
}: {
  field: FilterField;
  values: readonly string[];
  label: (value: string) => string;
  chosen: readonly string[];
  onToggle: (value: string, on: boolean) => void;
  t: MetricsT;
}) {
  return (
    <fieldset className="mt-filter" data-filter={field}>
      <legend>{t(LEGEND_KEYS[field])}</legend>
      <div className="mt-filter-choices">
        {values.map((value) => (
          <label key={value}>
            <input
              type="checkbox"
              value={value}
              checked={chosen.includes(value)}
              onChange={(e) => onToggle(value, e.currentTarget.checked)}
            />
            {label(value)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export default function Filters({
  filters,
  services,
  teams,
  matching,
  total,
  onChange,
  t,
}: {
  filters: MetricsFilters;
  /** The names the export has ('' for "none named"); empty when it names none. */
  services: readonly string[];
  teams: readonly string[];
  matching: number;
  total: number;
  onChange: (filters: MetricsFilters) => void;
  t: MetricsT;
}) {
  const toggle = (field: FilterField) => (value: string, on: boolean) => {
    const current = (filters[field] ?? []) as readonly string[];
    onChange({ ...filters, [field]: on ? [...current, value] : current.filter((v) => v !== value) });
  };
  const name = (value: string) => value || t('metrics.filterNone');
  const active = Object.values(filters).some((list: readonly string[] | undefined) => (list?.length ?? 0) > 0);
  return (
    <section className="mt-filters" aria-labelledby="mt-filters-heading">
      <h3 id="mt-filters-heading">{t('metrics.filtersHeading')}</h3>
      <p className="mt-hint">{t('metrics.filtersHint')}</p>
      <div className="mt-filter-grid">
        <Choices
          field="severity"
          values={SEVERITIES}
          label={name}
          chosen={filters.severity ?? []}
          onToggle={toggle('severity')}
          t={t}
        />
        <Choices
          field="status"
          values={STATUSES}
          label={(s) => t(STATUS_KEYS[s as Status])}
          chosen={filters.status ?? []}
          onToggle={toggle('status')}
          t={t}
        />
        {services.length > 0 && (
          <Choices
            field="service"
            values={services}
            label={name}
            chosen={filters.service ?? []}
            onToggle={toggle('service')}
            t={t}
          />
        )}
        {teams.length > 0 && (
          <Choices field="team" values={teams} label={name} chosen={filters.team ?? []} onToggle={toggle('team')} t={t} />
        )}
      </div>
      <p data-filter-matching={matching}>
        {t('metrics.filtersMatch', { count: matching, total })}{' '}
        {active && (
          <button type="button" onClick={() => onChange({ severity: [], service: [], team: [], status: [] })}>
            {t('metrics.filtersClear')}
          </button>
        )}
      </p>
    </section>
  );
}
