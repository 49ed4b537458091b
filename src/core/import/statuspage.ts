// Atlassian Statuspage incidents: the manage API (`GET /v1/pages/{page_id}/incidents`, a bare array)
// or the public `/api/v2/incidents.json` ({"page": {...}, "incidents": [...]}).
// Scheduled maintenance is not an incident and is rejected with that reason.
import { lookupSeverity } from './severity.ts';
import { firstName } from './ownership.ts';
import {
  get,
  isBlank,
  requireText,
  RowProblem,
  severityOrReject,
  statusFrom,
  text,
  time,
  timeValue,
  type MapContext,
  type Rec,
  type SourceImporter,
  type SourceRecord,
} from './record.ts';

/** When the first update moved the incident to "identified" (epoch ms), or NaN without such an update. */
function identifiedAt(record: SourceRecord, ctx: MapContext): number {
  const updates = get(record, 'incident_updates');
  if (!Array.isArray(updates)) return Number.NaN;
  let first = Number.NaN;
  updates.forEach((u, i) => {
    if (!u || typeof u !== 'object' || (u as Rec).status !== 'identified') return;
    const at = timeValue(`incident_updates[${i}].created_at`, (u as Rec).created_at, ctx.naive);
    if (!Number.isNaN(at) && (Number.isNaN(first) || at < first)) first = at;
  });
  return first;
}

export const statuspage: SourceImporter = {
  id: 'statuspage',
  label: 'Atlassian Statuspage incidents',
  detect: (keys) =>
    keys.has('impact') &&
    (keys.has('monitoring_at') || keys.has('shortlink') || keys.has('incident_updates') || keys.has('page_id')),
  mapRecord(record, ctx, row) {
    const { mapping } = ctx;
    const impact = get(record, 'impact');
    if (text(record, 'impact').toLowerCase() === 'maintenance' || !isBlank(get(record, 'scheduled_for'))) {
      throw new RowProblem('impact', 'import.statuspage.maintenance', {}, impact);
    }
    row.id = requireText(record, 'id');
    const created = time(record, 'created_at', ctx);
    if (Number.isNaN(created)) throw new RowProblem('created_at', 'import.missing', { field: 'created_at' });
    const resolved = time(record, 'resolved_at', ctx);
    row.set('declared', created);
    row.set('resolved', resolved);
    row.severity = severityOrReject('impact', impact, lookupSeverity(mapping.names, impact) ?? mapping.fallback ?? undefined);
    row.title = text(record, 'name');
    row.service = firstName(record, 'components');
    row.status = statusFrom(text(record, 'status'), { postmortem: 'resolved' }, !Number.isNaN(resolved));
    row.set('impactStarted', time(record, 'started_at', ctx));
    row.set('identified', identifiedAt(record, ctx));
    row.set('mitigated', time(record, 'monitoring_at', ctx));
  },
};
