// Opsgenie alerts (`GET /v2/alerts` → {"data": [...], "paging": {...}, "took", "requestId"}).
// `report.ackTime` and `report.closeTime` are milliseconds after `createdAt`.
import { lookupSeverity } from './severity.ts';
import { firstName } from './ownership.ts';
import { afterDuration, get, openedAt, requireText, severityOrReject, text, type SourceImporter } from './record.ts';

export const opsgenie: SourceImporter = {
  id: 'opsgenie',
  label: 'Opsgenie alerts',
  detect: (keys) => keys.has('tinyId') || (keys.has('createdAt') && keys.has('message') && keys.has('priority')),
  mapRecord(record, ctx, row) {
    const { mapping } = ctx;
    row.id = text(record, 'tinyId') || requireText(record, 'id');
    const created = openedAt(record, 'createdAt', row, ctx);
    row.set('acknowledged', afterDuration(created, record, 'report.ackTime', 1));
    const closed = afterDuration(created, record, 'report.closeTime', 1);
    row.set('resolved', closed);
    row.set('closed', closed);
    const priority = get(record, 'priority');
    row.severity = severityOrReject(
      'priority',
      priority,
      lookupSeverity(mapping.priority, priority) ?? mapping.fallback ?? undefined,
    );
    row.title = text(record, 'message');
    // Alerts name their teams by id (`teams: [{id}]`); a name is used where the export has one.
    row.team = firstName(record, 'teams');
    row.status = text(record, 'status').toLowerCase() === 'closed' || !Number.isNaN(closed) ? 'resolved' : 'investigating';
  },
};
