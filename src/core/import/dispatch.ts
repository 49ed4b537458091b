// Netflix Dispatch incident CSV export (columns `name`, `title`, `status`, `incident_severity.name`,
// `reported_at`, `stable_at`, `closed_at`); the same names work as JSON with a nested incident_severity.
import { lookupSeverity } from './severity.ts';
import { firstName } from './ownership.ts';
import { get, openedAt, requireText, severityOrReject, statusFrom, text, time, type SourceImporter } from './record.ts';

export const dispatch: SourceImporter = {
  id: 'dispatch',
  label: 'Netflix Dispatch incidents (CSV)',
  detect: (keys) =>
    keys.has('incident_severity.name') || keys.has('incident_severity') || (keys.has('reported_at') && keys.has('stable_at')),
  mapRecord(record, ctx, row) {
    const { mapping } = ctx;
    row.id = requireText(record, 'name');
    openedAt(record, 'reported_at', row, ctx);
    const closed = time(record, 'closed_at', ctx);
    row.set('mitigated', time(record, 'stable_at', ctx));
    row.set('resolved', closed);
    row.set('closed', closed);
    const severityName = get(record, 'incident_severity.name');
    row.severity = severityOrReject(
      'incident_severity.name',
      severityName,
      lookupSeverity(mapping.names, severityName) ?? mapping.fallback ?? undefined,
    );
    row.title = text(record, 'title');
    // Dispatch has no service or team of its own; exports that add them name them so.
    row.service = firstName(record, 'service.name', 'service');
    row.team = firstName(record, 'team.name', 'team');
    row.status = statusFrom(
      text(record, 'status'),
      { active: 'investigating', stable: 'monitoring', closed: 'resolved' },
      !Number.isNaN(closed),
    );
  },
};
