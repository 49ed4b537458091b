// Netflix Dispatch incident CSV export (columns `name`, `title`, `status`, `incident_severity.name`,
// `reported_at`, `stable_at`, `closed_at`); the same names work as JSON with a nested incident_severity.
import type { MetricsIncident } from '../metrics.ts';
import { lookupSeverity } from './severity.ts';
import { get, milestones, requireText, RowProblem, severityOrReject, statusFrom, text, time, type SourceImporter } from './record.ts';

export const dispatch: SourceImporter = {
  id: 'dispatch',
  label: 'Netflix Dispatch incidents (CSV)',
  detect: (keys) => keys.has('incident_severity.name') || keys.has('incident_severity') || (keys.has('reported_at') && keys.has('stable_at')),
  mapRecord(record, { mapping }): MetricsIncident {
    const id = requireText(record, 'name');
    const reported = time(record, 'reported_at');
    if (!reported) throw new RowProblem('reported_at', 'reported_at is missing');
    const closed = time(record, 'closed_at');
    const severityName = get(record, 'incident_severity.name');
    const severity = severityOrReject('incident_severity.name', severityName, lookupSeverity(mapping.names, severityName) ?? mapping.fallback ?? undefined);
    return {
      id,
      title: text(record, 'title'),
      severity,
      status: statusFrom(text(record, 'status'), { active: 'investigating', stable: 'monitoring', closed: 'resolved' }, closed),
      milestones: milestones({ detected: reported, declared: reported, mitigated: time(record, 'stable_at'), resolved: closed, closed }),
    };
  },
};
