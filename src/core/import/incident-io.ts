// incident.io API v2 `GET /v2/incidents` ({"incidents": [...], "pagination_meta": {"after", "page_size"}}).
// Timestamps live in `incident_timestamp_values[]`: {incident_timestamp: {name}, value: {value}}.
// Declined, merged and canceled incidents and test or tutorial mode are not real incidents: rejected.
import type { Milestone } from '../schema.ts';
import type { IncidentRow } from '../incident-columns.ts';
import { lookupSeverity } from './severity.ts';
import { customFieldName } from './ownership.ts';
import {
  fieldNames,
  get,
  requireText,
  RowProblem,
  severityOrReject,
  text,
  time,
  timeValue,
  type MapContext,
  type Rec,
  type SourceImporter,
  type SourceRecord,
} from './record.ts';

/**
 * incident.io timestamp names (lower-case, without the trailing "at") → core milestones. Earlier
 * entries win: an explicit "Detected at" or "Declared at" beats the "Reported at" fallback.
 */
export const INCIDENT_IO_TIMESTAMPS: Record<string, Milestone[]> = {
  'impact started': ['impactStarted'],
  detected: ['detected'],
  declared: ['declared'],
  reported: ['detected', 'declared'],
  accepted: ['acknowledged'],
  identified: ['identified'],
  fixed: ['mitigated'],
  resolved: ['resolved'],
  closed: ['closed'],
};

const EXCLUDED_CATEGORIES = new Set(['declined', 'merged', 'canceled', 'cancelled']);
const EXCLUDED_MODES = new Set(['test', 'tutorial']);

function timestampKey(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/\s+at$/, '');
}

/** Sets the row's milestones from the record's named timestamps. */
function setTimestamps(record: SourceRecord, row: IncidentRow, ctx: MapContext): void {
  const byName = new Map<string, { field: string; raw: unknown }>();
  const list = get(record, 'incident_timestamp_values');
  if (Array.isArray(list)) {
    for (const entry of list) {
      if (!entry || typeof entry !== 'object') continue;
      const name = get(entry as Rec, 'incident_timestamp.name');
      if (typeof name === 'string')
        byName.set(timestampKey(name), { field: `incident_timestamp_values[${name}]`, raw: get(entry as Rec, 'value.value') });
    }
  } else if (list !== undefined && list !== null && list !== '') {
    throw new RowProblem('incident_timestamp_values', 'import.notList', { field: 'incident_timestamp_values' }, list);
  } else {
    // A flat CSV export names its columns after the timestamps ("Reported at", ...).
    for (const key of fieldNames(record)) byName.set(timestampKey(key), { field: key, raw: get(record, key) });
  }
  for (const [name, targets] of Object.entries(INCIDENT_IO_TIMESTAMPS)) {
    const entry = byName.get(name);
    const value = entry ? timeValue(entry.field, entry.raw, ctx.naive) : Number.NaN;
    if (Number.isNaN(value)) continue;
    for (const m of targets) if (!row.has(m)) row.set(m, value);
  }
}

export const incidentIo: SourceImporter = {
  id: 'incident-io',
  label: 'incident.io incidents (API v2)',
  detect: (keys) =>
    keys.has('incident_timestamp_values') ||
    (keys.has('reference') && (keys.has('incident_status') || keys.has('incident_status.category'))),
  mapRecord(record, ctx, row) {
    const { mapping } = ctx;
    const mode = text(record, 'mode').toLowerCase();
    if (EXCLUDED_MODES.has(mode)) throw new RowProblem('mode', 'import.incidentIo.mode', { mode }, mode);
    const category = text(record, 'incident_status.category').toLowerCase();
    if (EXCLUDED_CATEGORIES.has(category)) {
      throw new RowProblem('incident_status.category', 'import.incidentIo.category', { category }, category);
    }
    row.id = text(record, 'reference') || requireText(record, 'id');
    setTimestamps(record, row, ctx);
    if (!row.has('declared')) row.set('declared', time(record, 'created_at', ctx));
    const name = get(record, 'severity.name');
    const rank = get(record, 'severity.rank');
    row.severity = severityOrReject(
      'severity.name',
      name ?? rank,
      lookupSeverity(mapping.names, name) ?? lookupSeverity(mapping.incidentIoRank, rank) ?? mapping.fallback ?? undefined,
    );
    const resolvedCategory = category === 'learning' || category === 'closed' || category === 'post-incident';
    row.title = text(record, 'name');
    row.service = customFieldName(record, /service|component/i);
    row.team = customFieldName(record, /team|squad/i);
    row.status = resolvedCategory || row.has('resolved') ? 'resolved' : 'investigating';
  },
};
