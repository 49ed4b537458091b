// The column-mapping step for an export no importer recognises: one select per incident field, listing
// the file's columns with a sample value. The mapping is remembered per header set in localStorage, so
// next month's export from the same spreadsheet is read without asking again.
import { useState } from 'react';
import { COLUMN_FIELDS, guessColumnMapping, type ColumnField } from '../../core/import/columns.ts';
import { Select } from '../shared/fields.tsx';
import { MILESTONE_KEYS, type MetricsKey, type MetricsT } from './i18n.ts';
import type { ColumnMapping } from './protocol.ts';

const FIELD_KEYS: Record<ColumnField, MetricsKey> = {
  id: 'metrics.col_id',
  title: 'metrics.col_title',
  severity: 'metrics.col_severity',
  status: 'metrics.col_status',
  service: 'metrics.col_service',
  team: 'metrics.col_team',
  created: 'metrics.field_created',
  ...MILESTONE_KEYS,
};

const STORAGE_PREFIX = 'hb-metrics-columns:';

/** The localStorage key of a header set: the same columns in any order are the same file shape. */
function storageKey(names: readonly string[]): string {
  return STORAGE_PREFIX + JSON.stringify([...names].sort());
}

/** The mapping saved for this header set, if every column it names is still there. */
export function rememberedColumns(names: readonly string[]): ColumnMapping | null {
  try {
    const saved = JSON.parse(localStorage.getItem(storageKey(names)) ?? 'null') as ColumnMapping | null;
    if (!saved || typeof saved !== 'object') return null;
    return Object.values(saved).every((column) => names.includes(column!)) ? saved : null;
  } catch {
    return null;
  }
}

function remember(names: readonly string[], columns: ColumnMapping): void {
  try {
    localStorage.setItem(storageKey(names), JSON.stringify(columns));
  } catch {
    // Storage full or blocked: the mapping still applies to this file.
  }
}

export default function ColumnMapper({
  names,
  samples,
  initial,
  onApply,
  t,
}: {
  names: string[];
  samples: Record<string, string>;
  initial: ColumnMapping | null;
  onApply: (columns: ColumnMapping) => void;
  t: MetricsT;
}) {
  const [columns, setColumns] = useState<ColumnMapping>(() => initial ?? guessColumnMapping(names));
  const options = [
    { value: '', label: t('metrics.columnsNone') },
    ...names.map((name) => ({
      value: name,
      label: samples[name] ? t('metrics.columnSample', { column: name, sample: samples[name].slice(0, 40) }) : name,
    })),
  ];
  const apply = () => {
    const chosen = Object.fromEntries(Object.entries(columns).filter(([, column]) => column)) as ColumnMapping;
    remember(names, chosen);
    onApply(chosen);
  };
  return (
    <section className="mt-columns" aria-labelledby="mt-columns-heading" data-column-mapper>
      <h3 id="mt-columns-heading">{t('metrics.columnsHeading')}</h3>
      <p className="mt-hint">{t('metrics.columnsHint')}</p>
      <div className="mt-mapping-grid">
        {COLUMN_FIELDS.map((field) => (
          <Select
            key={field}
            id={`mt-column-${field}`}
            label={t(FIELD_KEYS[field])}
            value={columns[field] ?? ''}
            options={options}
            onChange={(column) => setColumns({ ...columns, [field]: column || undefined })}
          />
        ))}
      </div>
      <button type="button" onClick={apply}>
        {t('metrics.columnsApply')}
      </button>
    </section>
  );
}
