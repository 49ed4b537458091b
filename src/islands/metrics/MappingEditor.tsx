// The severity mapping, visible and editable: one select per value the importers know.
import type { SeverityId } from '../../core/schema.ts';
import type { Mapping } from './protocol.ts';
import type { Translate } from './strings.ts';

const TABLES = ['priority', 'urgency', 'names', 'incidentIoRank'] as const;
type TableName = (typeof TABLES)[number];

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
  t: Translate;
}) {
  const setEntry = (table: TableName, key: string, value: SeverityId) => onChange({ ...mapping, [table]: { ...mapping[table], [key]: value } });
  return (
    <details className="mt-mapping">
      <summary>{t('mappingHeading')}</summary>
      <p className="mt-hint">{t('mappingHint')}</p>
      {TABLES.map((table) => (
        <fieldset key={table}>
          <legend>{t(`mapping_${table}`)}</legend>
          <div className="mt-mapping-grid">
            {Object.entries(mapping[table]).map(([key, value]) => {
              const id = `mt-map-${table}-${key}`;
              return (
                <div key={key}>
                  <label htmlFor={id}><code>{key}</code></label>
                  <select id={id} value={value} onChange={(e) => setEntry(table, key, e.target.value as SeverityId)}>
                    {severities.map((s) => <option key={s} value={s}>{s}</option>)}
                  </select>
                </div>
              );
            })}
          </div>
        </fieldset>
      ))}
      <div className="mt-mapping-grid mt-mapping-wide">
        <div>
          <label htmlFor="mt-map-major">{t('mapping_majorIncident')}</label>
          <select id="mt-map-major" value={mapping.majorIncident ?? ''} onChange={(e) => onChange({ ...mapping, majorIncident: (e.target.value || null) as SeverityId | null })}>
            {severities.map((s) => <option key={s} value={s}>{s}</option>)}
            <option value="">{t('mappingIgnore')}</option>
          </select>
        </div>
        <div>
          <label htmlFor="mt-map-fallback">{t('mapping_fallback')}</label>
          <select id="mt-map-fallback" value={mapping.fallback ?? ''} onChange={(e) => onChange({ ...mapping, fallback: (e.target.value || null) as SeverityId | null })}>
            <option value="">{t('mappingReject')}</option>
            {severities.map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        </div>
      </div>
      <button type="button" onClick={onReset}>{t('mappingReset')}</button>
    </details>
  );
}
