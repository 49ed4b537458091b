// Opsgenie alerts (`GET /v2/alerts` → {"data": [...], "paging": {...}, "took", "requestId"}).
// `report.ackTime` and `report.closeTime` are milliseconds after `createdAt`.
import type { MetricsIncident } from '../metrics.ts';
import { lookupSeverity } from './severity.ts';
import { afterDuration, get, milestones, requireText, RowProblem, severityOrReject, text, time, type SourceImporter } from './record.ts';

export const opsgenie: SourceImporter = {
  id: 'opsgenie',
  label: 'Opsgenie alerts',
  detect: (keys) => keys.has('tinyId') || (keys.has('createdAt') && keys.has('message') && keys.has('priority')),
  mapRecord(record, { mapping }): MetricsIncident {
    const id = text(record, 'tinyId') || requireText(record, 'id');
    const created = time(record, 'createdAt');
    if (!created) throw new RowProblem('createdAt', 'createdAt is missing');
    const acknowledged = afterDuration(created, record, 'report.ackTime', 1);
    const closed = afterDuration(created, record, 'report.closeTime', 1);
    const priority = get(record, 'priority');
    const severity = severityOrReject('priority', priority, lookupSeverity(mapping.priority, priority) ?? mapping.fallback ?? undefined);
    const isClosed = text(record, 'status').toLowerCase() === 'closed' || closed !== undefined;
    return {
      id,
      title: text(record, 'message'),
      severity,
      status: isClosed ? 'resolved' : 'investigating',
      milestones: milestones({ detected: created, declared: created, acknowledged, resolved: closed, closed }),
    };
  },
};
