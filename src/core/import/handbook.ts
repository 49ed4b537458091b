// The handbook's own format: CSV with the core field names as the header, or JSON incidents
// (`milestones` object as in the incident JSON format, flat milestone keys as in the CSV, or the
// seed script's `created_at` / `resolved_at`).
import { MILESTONES, SEVERITY_IDS, STATUSES } from '../constants.ts';
import type { Milestone, SeverityId, Status } from '../schema.ts';
import type { IncidentRow } from '../incident-columns.ts';
import { get, isBlank, requireText, RowProblem, text, timeValue, type Rec, type SourceImporter, type SourceRecord } from './record.ts';

/** The CSV header, in this order. Milestone columns may be empty; other columns are ignored. */
export const CORE_CSV_FIELDS = ['id', 'title', 'severity', 'status', ...MILESTONES] as const;

/** The seed script's field names for the same milestones. */
const SEED_FIELDS: Partial<Record<Milestone, string>> = { declared: 'created_at', resolved: 'resolved_at' };

// The usual exact values are found without normalising them.
const SEVERITY_BY_TEXT: ReadonlyMap<unknown, SeverityId> = new Map(SEVERITY_IDS.map((id) => [id, id]));
const STATUS_BY_TEXT: ReadonlyMap<unknown, Status> = new Map(STATUSES.map((id) => [id, id]));

function severityOf(raw: unknown): SeverityId {
  const exact = SEVERITY_BY_TEXT.get(raw);
  if (exact) return exact; // the usual case, without allocating
  if (isBlank(raw)) throw new RowProblem('severity', 'severity is missing');
  const value = String(raw).trim().toUpperCase();
  if ((SEVERITY_IDS as readonly string[]).includes(value)) return value as SeverityId;
  // The seed stores Severity.SEV2 as the number 2.
  if (/^[1-4]$/.test(value)) return `SEV${value}` as SeverityId;
  throw new RowProblem('severity', `severity "${String(raw)}" must be one of ${SEVERITY_IDS.join(', ')}`, raw);
}

function statusOf(raw: unknown, resolved: boolean): Status {
  const exact = STATUS_BY_TEXT.get(raw);
  if (exact) return exact;
  if (isBlank(raw)) return resolved ? 'resolved' : 'investigating';
  const value = String(raw).trim().toLowerCase();
  if ((STATUSES as readonly string[]).includes(value)) return value as Status;
  throw new RowProblem('status', `status "${String(raw)}" must be one of ${STATUSES.join(', ')}`, raw);
}

/** Fills `row` from a handbook record; throws RowProblem for a bad field. */
export function mapHandbookRecord(record: SourceRecord, row: IncidentRow): void {
  row.id = requireText(record, 'id');
  const nested = get(record, 'milestones');
  const fromNested = nested !== null && typeof nested === 'object' && !Array.isArray(nested) ? (nested as Rec) : undefined;
  for (let i = 0; i < MILESTONES.length; i++) {
    const m = MILESTONES[i]!;
    if (fromNested && m in fromNested) {
      row.times[i] = timeValue(`milestones.${m}`, fromNested[m]);
      continue;
    }
    // One look-up per field: an absent field reads as undefined (JSON never holds undefined itself).
    const value = get(record, m);
    const seedField = SEED_FIELDS[m];
    row.times[i] = value !== undefined ? timeValue(m, value) : seedField ? timeValue(seedField, get(record, seedField)) : Number.NaN;
  }
  row.severity = severityOf(get(record, 'severity'));
  row.status = statusOf(get(record, 'status'), row.has('resolved'));
  row.title = text(record, 'title');
}

export const handbook: SourceImporter = {
  id: 'handbook',
  label: 'Incident Handbook CSV/JSON',
  detect: (keys) => keys.has('id') && keys.has('severity') && (keys.has('declared') || keys.has('milestones') || keys.has('created_at')),
  mapRecord: (record, _ctx, row) => mapHandbookRecord(record, row),
};
