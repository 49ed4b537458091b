// PagerDuty Analytics raw incidents (`POST /analytics/raw/incidents` → {"data": [...], "more", "last", ...}),
// as JSON or as the CSV download with the same column names. Durations are in seconds.
import { lookupSeverity } from './severity.ts';
import { firstName } from './ownership.ts';
import {
  afterDuration,
  get,
  isBlank,
  openedAt,
  requireText,
  severityOrReject,
  text,
  time,
  type SourceImporter,
} from './record.ts';

function isTrue(value: unknown): boolean {
  return value === true || (typeof value === 'string' && value.trim().toLowerCase() === 'true');
}

export const pagerdutyAnalytics: SourceImporter = {
  id: 'pagerduty-analytics',
  label: 'PagerDuty Analytics raw incidents (JSON or CSV)',
  detect: (keys) => keys.has('seconds_to_resolve') || keys.has('seconds_to_first_ack') || keys.has('priority_name'),
  mapRecord(record, ctx, row) {
    const { mapping } = ctx;
    row.id = text(record, 'incident_number') || requireText(record, 'id');
    const created = openedAt(record, 'created_at', row, ctx);
    const acknowledged = afterDuration(created, record, 'seconds_to_first_ack', 1000);
    const resolvedFromSeconds = afterDuration(created, record, 'seconds_to_resolve', 1000);
    const resolvedAt = time(record, 'resolved_at', ctx);
    const resolved = Number.isNaN(resolvedAt) ? resolvedFromSeconds : resolvedAt;
    const priority = get(record, 'priority_name');
    const urgency = get(record, 'urgency');
    // An explicit priority is the more specific fact: PagerDuty derives `major` from the account's
    // priority settings, so the flag only decides when the incident has no priority at all.
    const major = isTrue(get(record, 'major')) && mapping.majorIncident ? mapping.majorIncident : undefined;
    // A priority the mapping does not know is reported rather than replaced by the flag or the urgency.
    row.severity = !isBlank(priority)
      ? severityOrReject('priority_name', priority, lookupSeverity(mapping.priority, priority) ?? mapping.fallback ?? undefined)
      : (major ??
        severityOrReject('urgency', urgency, lookupSeverity(mapping.urgency, urgency) ?? mapping.fallback ?? undefined));
    row.title = text(record, 'description') || text(record, 'title') || text(record, 'service_name');
    row.service = firstName(record, 'service_name');
    row.team = firstName(record, 'team_name', 'escalation_policy_name');
    row.status = Number.isNaN(resolved) ? 'investigating' : 'resolved';
    row.set('acknowledged', acknowledged);
    row.set('resolved', resolved);
  },
};
