// PagerDuty REST API `GET /incidents` ({"incidents": [...], "limit", "offset", "total", "more"}).
// created_at is when PagerDuty opened the incident: it is both detection and declaration here.
// The API empties `acknowledgements` once an incident is resolved, so TTA is then "not available".
import type { MetricsIncident } from '../metrics.ts';
import { lookupSeverity } from './severity.ts';
import { get, isBlank, milestones, requireText, RowProblem, severityOrReject, statusFrom, text, time, timeValue, type Rec, type SourceImporter } from './record.ts';

/** Earliest `acknowledgements[].at`, or undefined when the list is empty or absent. */
function firstAcknowledgement(record: Rec): string | undefined {
  const list = get(record, 'acknowledgements');
  if (list === undefined || list === null || list === '') return undefined;
  if (!Array.isArray(list)) throw new RowProblem('acknowledgements', 'acknowledgements must be a list', list);
  let first: { at: string; ms: number } | undefined;
  list.forEach((entry, i) => {
    const at = timeValue(`acknowledgements[${i}].at`, entry && typeof entry === 'object' ? (entry as Rec).at : undefined);
    if (at === undefined) return;
    const ms = Date.parse(at);
    if (!first || ms < first.ms) first = { at, ms };
  });
  return first?.at;
}

export const pagerduty: SourceImporter = {
  id: 'pagerduty',
  label: 'PagerDuty incidents (REST API)',
  detect: (keys) => keys.has('incident_number') && (keys.has('urgency') || keys.has('acknowledgements') || keys.has('html_url')),
  mapRecord(record, { mapping }): MetricsIncident {
    const id = text(record, 'incident_number') || requireText(record, 'id');
    const created = time(record, 'created_at');
    if (!created) throw new RowProblem('created_at', 'created_at is missing');
    const resolved = time(record, 'resolved_at');
    const priority = get(record, 'priority.name');
    const urgency = get(record, 'urgency');
    // A priority the mapping does not know is reported rather than silently replaced by the urgency.
    const severity = isBlank(priority)
      ? severityOrReject('urgency', urgency, lookupSeverity(mapping.urgency, urgency) ?? mapping.fallback ?? undefined)
      : severityOrReject('priority.name', priority, lookupSeverity(mapping.priority, priority) ?? mapping.fallback ?? undefined);
    return {
      id,
      title: text(record, 'title'),
      severity,
      status: statusFrom(text(record, 'status'), { triggered: 'investigating', acknowledged: 'investigating' }, resolved),
      milestones: milestones({ detected: created, declared: created, acknowledged: firstAcknowledgement(record), resolved }),
    };
  },
};
