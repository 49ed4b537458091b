// Atlassian Statuspage incidents: the manage API (`GET /v1/pages/{page_id}/incidents`, a bare array)
// or the public `/api/v2/incidents.json` ({"page": {...}, "incidents": [...]}).
// Scheduled maintenance is not an incident and is rejected with that reason.
import type { MetricsIncident } from '../metrics.ts';
import { lookupSeverity } from './severity.ts';
import { get, isBlank, milestones, requireText, RowProblem, severityOrReject, statusFrom, text, time, timeValue, type Rec, type SourceImporter } from './record.ts';

/** The first update that moved the incident to "identified", if the export has updates. */
function identifiedAt(record: Rec): string | undefined {
  const updates = get(record, 'incident_updates');
  if (!Array.isArray(updates)) return undefined;
  let first: { at: string; ms: number } | undefined;
  updates.forEach((u, i) => {
    if (!u || typeof u !== 'object' || (u as Rec).status !== 'identified') return;
    const at = timeValue(`incident_updates[${i}].created_at`, (u as Rec).created_at);
    if (at && (!first || Date.parse(at) < first.ms)) first = { at, ms: Date.parse(at) };
  });
  return first?.at;
}

export const statuspage: SourceImporter = {
  id: 'statuspage',
  label: 'Atlassian Statuspage incidents',
  detect: (keys) => keys.has('impact') && (keys.has('monitoring_at') || keys.has('shortlink') || keys.has('incident_updates') || keys.has('page_id')),
  mapRecord(record, { mapping }): MetricsIncident {
    const impact = get(record, 'impact');
    if (text(record, 'impact').toLowerCase() === 'maintenance' || !isBlank(get(record, 'scheduled_for'))) {
      throw new RowProblem('impact', 'scheduled maintenance is not an incident', impact);
    }
    const id = requireText(record, 'id');
    const created = time(record, 'created_at');
    if (!created) throw new RowProblem('created_at', 'created_at is missing');
    const resolved = time(record, 'resolved_at');
    const severity = severityOrReject('impact', impact, lookupSeverity(mapping.names, impact) ?? mapping.fallback ?? undefined);
    return {
      id,
      title: text(record, 'name'),
      severity,
      status: statusFrom(text(record, 'status'), { postmortem: 'resolved' }, resolved),
      milestones: milestones({
        impactStarted: time(record, 'started_at'),
        declared: created,
        identified: identifiedAt(record),
        mitigated: time(record, 'monitoring_at'),
        resolved,
      }),
    };
  },
};
