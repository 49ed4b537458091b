// PagerDuty REST API `GET /incidents` ({"incidents": [...], "limit", "offset", "total", "more"}).
// created_at is when PagerDuty opened the incident: it is both detection and declaration here.
// The API empties `acknowledgements` once an incident is resolved, so TTA is then "not available".
import { lookupSeverity } from './severity.ts';
import { firstName } from './ownership.ts';
import {
  get,
  isBlank,
  openedAt,
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

/** Earliest `acknowledgements[].at` (epoch ms), or NaN when the list is empty or absent. */
function firstAcknowledgement(record: SourceRecord, ctx: MapContext): number {
  const list = get(record, 'acknowledgements');
  if (list === undefined || list === null || list === '') return Number.NaN;
  if (!Array.isArray(list)) throw new RowProblem('acknowledgements', 'import.notList', { field: 'acknowledgements' }, list);
  let first = Number.NaN;
  list.forEach((entry, i) => {
    const at = timeValue(
      `acknowledgements[${i}].at`,
      entry && typeof entry === 'object' ? (entry as Rec).at : undefined,
      ctx.naive,
    );
    if (!Number.isNaN(at) && (Number.isNaN(first) || at < first)) first = at;
  });
  return first;
}

export const pagerduty: SourceImporter = {
  id: 'pagerduty',
  label: 'PagerDuty incidents (REST API)',
  detect: (keys) => keys.has('incident_number') && (keys.has('urgency') || keys.has('acknowledgements') || keys.has('html_url')),
  mapRecord(record, ctx, row) {
    const { mapping } = ctx;
    row.id = text(record, 'incident_number') || requireText(record, 'id');
    openedAt(record, 'created_at', row, ctx);
    const resolved = time(record, 'resolved_at', ctx);
    row.set('resolved', resolved);
    const priority = get(record, 'priority.name');
    const urgency = get(record, 'urgency');
    // A priority the mapping does not know is reported rather than silently replaced by the urgency.
    row.severity = isBlank(priority)
      ? severityOrReject('urgency', urgency, lookupSeverity(mapping.urgency, urgency) ?? mapping.fallback ?? undefined)
      : severityOrReject('priority.name', priority, lookupSeverity(mapping.priority, priority) ?? mapping.fallback ?? undefined);
    row.title = text(record, 'title');
    row.service = firstName(record, 'service', 'service.summary');
    row.team = firstName(record, 'teams', 'escalation_policy');
    row.status = statusFrom(
      text(record, 'status'),
      { triggered: 'investigating', acknowledged: 'investigating' },
      !Number.isNaN(resolved),
    );
    row.set('acknowledged', firstAcknowledgement(record, ctx));
  },
};
