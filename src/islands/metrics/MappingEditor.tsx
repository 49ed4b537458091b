// The severity mapping, visible and editable: one select per value the importers know, values of the
// organisation's own added per table (and removed again), reset, and export/import as the JSON file
// the CLI's `--mapping` reads.
import { useState } from 'react';
import { parseSeverityMappingJson, severityMappingJson } from '../../core/import/severity.ts';
import type { SeverityId } from '../../core/schema.ts';
import { downloadFile } from '../shared/download.ts';
import { Select, TextField } from '../shared/fields.tsx';
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
  defaults,
  severities,
  onChange,
  onReset,
  t,
}: {
  mapping: Mapping;
  /** The built-in mapping: its values can be changed but not removed (the importer lays edits over it). */
  defaults: Mapping;
  severities: readonly SeverityId[];
  onChange: (m: Mapping) => void;
  onReset: () => void;
  t: MetricsT;
}) {
  const severityOptions = severities.map((s) => ({ value: s, label: s }));
  const [addTable, setAddTable] = useState<TableName>('names');
  const [addValue, setAddValue] = useState('');
  const [addSeverity, setAddSeverity] = useState<SeverityId>('SEV1');
  const [notice, setNotice] = useState('');
  const setEntry = (table: TableName, key: string, value: SeverityId) =>
    onChange({ ...mapping, [table]: { ...mapping[table], [key]: value } });
  const removeEntry = (table: TableName, key: string) => {
    const rest = { ...mapping[table] };
    delete rest[key];
    onChange({ ...mapping, [table]: rest });
  };
  const add = () => {
    const value = addValue.trim();
    if (!value) return;
    setEntry(addTable, value, addSeverity);
    setAddValue('');
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const parsed = parseSeverityMappingJson(await file.text());
    if (!parsed.ok) {
      setNotice(t('metrics.mappingImportFailed', { message: t(parsed.problem.code, parsed.problem.vars) }));
      return;
    }
    const m = parsed.mapping;
    onChange({
      priority: { ...defaults.priority, ...m.priority },
      urgency: { ...defaults.urgency, ...m.urgency },
      names: { ...defaults.names, ...m.names },
      incidentIoRank: { ...defaults.incidentIoRank, ...m.incidentIoRank },
      majorIncident: m.majorIncident === undefined ? defaults.majorIncident : m.majorIncident,
      fallback: m.fallback === undefined ? defaults.fallback : m.fallback,
    });
    setNotice(t('metrics.mappingImported'));
  };
  return (
    <details className="mt-mapping">
      <summary>{t('metrics.mappingHeading')}</summary>
      <p className="mt-hint">{t('metrics.mappingHint')}</p>
      {TABLES.map((table) => (
        <fieldset key={table}>
          <legend>{t(TABLE_KEYS[table])}</legend>
          <div className="mt-mapping-grid">
            {Object.entries(mapping[table]).map(([key, value]) => (
              <div key={key} className="mt-mapping-entry" data-mapping-entry={`${table}:${key}`}>
                <Select
                  id={`mt-map-${table}-${encodeURIComponent(key)}`}
                  label={<code>{key}</code>}
                  value={value}
                  options={severityOptions}
                  onChange={(severity) => setEntry(table, key, severity)}
                />
                {!(key in defaults[table]) && (
                  <button type="button" onClick={() => removeEntry(table, key)}>
                    {t('metrics.mappingRemove', { value: key })}
                  </button>
                )}
              </div>
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
      <p className="mt-hint" data-major-rule>
        {t('metrics.mappingMajorRule')}
      </p>
      <fieldset className="mt-mapping-add">
        <legend>{t('metrics.mappingAddLegend')}</legend>
        <div className="mt-mapping-grid">
          <Select<TableName>
            id="mt-map-add-table"
            label={t('metrics.mappingAddTable')}
            value={addTable}
            options={TABLES.map((table) => ({ value: table, label: t(TABLE_KEYS[table]) }))}
            onChange={setAddTable}
          />
          <TextField id="mt-map-add-value" label={t('metrics.mappingAddValue')} value={addValue} onChange={setAddValue} />
          <Select<SeverityId>
            id="mt-map-add-severity"
            label={t('metrics.mappingAddSeverity')}
            value={addSeverity}
            options={severityOptions}
            onChange={setAddSeverity}
          />
        </div>
        <button type="button" onClick={add}>
          {t('metrics.mappingAddButton')}
        </button>
      </fieldset>
      <div className="mt-mapping-actions">
        <button type="button" onClick={onReset}>
          {t('metrics.mappingReset')}
        </button>
        <button
          type="button"
          onClick={() => downloadFile('severity-mapping.json', severityMappingJson(mapping), 'application/json')}
        >
          {t('metrics.mappingExport')}
        </button>
        <label className="mt-mapping-import">
          {t('metrics.mappingImport')}
          <input type="file" accept=".json,application/json" onChange={(e) => void importFile(e.currentTarget.files?.[0])} />
        </label>
      </div>
      <p role="status" data-mapping-notice>
        {notice}
      </p>
    </details>
  );
}
