// Grafana OnCall alert groups (`GET /api/v1/alert_groups/` → {"count", "next", "previous", "results": [...]}).
// Severity comes from a label (`severity`, `priority` or `sev`); labels may be written as
// [{key: {name}, value: {name}}], [{key, value}] or {key: value}.
import type { SeverityId } from '../schema.ts';
import { lookupSeverity, type SeverityMapping } from './severity.ts';
import {
  get,
  openedAt,
  requireText,
  severityOrReject,
  statusFrom,
  text,
  time,
  type Rec,
  type SourceImporter,
  type SourceRecord,
} from './record.ts';

export const SEVERITY_LABEL_KEYS = ['severity', 'priority', 'sev'];

function labelName(part: unknown): string | undefined {
  if (typeof part === 'string') return part;
  if (part && typeof part === 'object' && typeof (part as Rec).name === 'string') return (part as Rec).name as string;
  return undefined;
}

/** The severity label's value, from the `labels` field or a flat `labels.severity` CSV column. */
export function severityLabel(record: SourceRecord): string | undefined {
  return labelValue(record, SEVERITY_LABEL_KEYS);
}

/** The value of the first of `keys` among the labels (the `labels` field or flat `labels.<key>` CSV columns). */
function labelValue(record: SourceRecord, keys: readonly string[]): string | undefined {
  const labels = get(record, 'labels');
  const found: Record<string, string> = {};
  if (Array.isArray(labels)) {
    for (const label of labels) {
      if (!label || typeof label !== 'object') continue;
      const key = labelName((label as Rec).key);
      const value = labelName((label as Rec).value);
      if (key && value !== undefined) found[key.toLowerCase()] = value;
    }
  } else if (labels && typeof labels === 'object') {
    for (const [key, value] of Object.entries(labels as Rec)) if (typeof value === 'string') found[key.toLowerCase()] = value;
  }
  for (const key of keys) {
    const value = found[key] ?? text(record, `labels.${key}`);
    if (value) return value;
  }
  return undefined;
}

function severityOf(raw: string | undefined, mapping: SeverityMapping): SeverityId | undefined {
  return lookupSeverity(mapping.names, raw) ?? lookupSeverity(mapping.priority, raw) ?? mapping.fallback ?? undefined;
}

export const grafanaOncall: SourceImporter = {
  id: 'grafana-oncall',
  label: 'Grafana OnCall alert groups',
  detect: (keys) =>
    keys.has('alerts_count') || keys.has('alert_group_number') || (keys.has('integration_id') && keys.has('route_id')),
  mapRecord(record, ctx, row) {
    const { mapping } = ctx;
    row.id = text(record, 'alert_group_number') || requireText(record, 'id');
    openedAt(record, 'created_at', row, ctx);
    const resolved = time(record, 'resolved_at', ctx);
    row.set('acknowledged', time(record, 'acknowledged_at', ctx));
    row.set('resolved', resolved);
    const label = severityLabel(record);
    row.severity = severityOrReject('labels.severity', label, severityOf(label, mapping));
    row.title = text(record, 'title');
    row.service = labelValue(record, ['service', 'service_name', 'app']) ?? '';
    row.team = labelValue(record, ['team', 'team_name']) ?? '';
    row.status = statusFrom(
      text(record, 'state'),
      { new: 'investigating', firing: 'investigating', acknowledged: 'investigating', silenced: 'investigating' },
      !Number.isNaN(resolved),
    );
  },
};
