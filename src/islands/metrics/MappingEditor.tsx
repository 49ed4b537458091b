// The severity mapping, visible and editable: one select per value the importers know.
import type { SeverityId } from '../../core/schema.ts';
import { Select } from '../shared/fields.tsx';
import type { Mapping } from './protocol.ts';
import type { MetricsKey, MetricsT } from './i18n.ts';

const TABLES = ['priority', 'urgency', 'names', 'incidentIoRank'] as const;
type TableName = (typeof TABLES)[number];

const TABLE_KEYS: Record<TableName, MetricsKey> = {
  priority: 'metrics.mapping_priority',
  urgency: 'metrics.mapping_urgency',
  names: 'metrics.mapping_names',
  incidentIoRank: 'metrics.mapping_incidentIoRank',
};

export default function MappingEditor({
  mapping,
  severities,
  onChange,
  onReset,
  t,
}: {
  mapping: Mapping;
  severities: readonly SeverityId[];
  onChange: (m: Mapping) => void;
  onReset: () => void;
  t: MetricsT;
}) {
  const severityOptions = severities.map((s) => ({ value: s, label: s }));
  const setEntry = (table: TableName, key: string, value: SeverityId) =>
    onChange({ ...mapping, [table]: { ...mapping[table], [key]: value } });
  return (
    <details className="mt-mapping">
      <summary>{t('metrics.mappingHeading')}</summary>
      <p className="mt-hint">{t('metrics.mappingHint')}</p>
      {TABLES.map((table) => (
        <fieldset key={table}>
          <legend>{t(TABLE_KEYS[table])}</legend>
          <div className="mt-mapping-grid">
            {Object.entries(mapping[table]).map(([key, value]) => (
              <Select
                key={key}
                id={`mt-map-${table}-${key}`}
                label={<code>{key}</code>}
                value={value}
                options={severityOptions}
                onChange={(severity) => setEntry(table, key, severity)}
              />
            ))}
          </div>
        </fieldset>
      ))}
      <div className="mt-mapping-grid mt-mapping-wide">
        <Select<SeverityId | ''>
          id="mt-map-major"
          label={t('metrics.mapping_majorIncident')}
          value={mapping.majorIncident ?? ''}
          options={[...severityOptions, { value: '', label: t('metrics.mappingIgnore') }]}
          onChange={(value) => onChange({ ...mapping, majorIncident: value || null })}
        />
        <Select<SeverityId | ''>
          id="mt-map-fallback"
          label={t('metrics.mapping_fallback')}
          value={mapping.fallback ?? ''}
          options={[{ value: '', label: t('metrics.mappingReject') }, ...severityOptions]}
          onChange={(value) => onChange({ ...mapping, fallback: value || null })}
        />
      </div>
      <button type="button" onClick={onReset}>
        {t('metrics.mappingReset')}
      </button>
    </details>
  );
}
