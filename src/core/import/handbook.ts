// The handbook's own format: CSV with the core field names as the header, or JSON incidents
// (`milestones` object as in the incident JSON format, flat milestone keys as in the CSV, or the
// seed script's `created_at` / `resolved_at`).
import { MILESTONES, SEVERITY_IDS, STATUSES, type Milestone, type Milestones, type SeverityId, type Status, type Timestamp } from '../schema.ts';
import type { MetricsIncident } from '../metrics.ts';
import { get, isBlank, requireText, RowProblem, text, timeValue, type Rec, type SourceImporter } from './record.ts';

/** The CSV header, in this order. Milestone columns may be empty; other columns are ignored. */
export const CORE_CSV_FIELDS = ['id', 'title', 'severity', 'status', ...MILESTONES] as const;

/** The seed script's field names for the same milestones. */
const SEED_FIELDS: Partial<Record<Milestone, string>> = { declared: 'created_at', resolved: 'resolved_at' };

// Exact values map to the shared constants: returning the CSV cell itself would keep a million small
// copies of "SEV2" and "resolved" alive for the garbage collector to trace.
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

// The milestone values of the record being mapped, in MILESTONES order (reused: mapping is synchronous;
// a row that throws part-way leaves nothing the next row does not overwrite).
const FOUND: (Timestamp | undefined)[] = new Array<Timestamp | undefined>(MILESTONES.length).fill(undefined);

/**
 * A resolved incident usually has every milestone. Written as one literal (the same keys in the same
 * order as someMilestones would add them), the object holds them in place instead of in a second,
 * grown property store: for a million incidents, a million fewer objects for the garbage collector.
 */
function allMilestones(v: readonly Timestamp[]): Milestones {
  return { impactStarted: v[0], detected: v[1], declared: v[2], acknowledged: v[3], identified: v[4], mitigated: v[5], resolved: v[6], closed: v[7] };
}

function someMilestones(values: readonly (Timestamp | undefined)[]): Milestones {
  const times: Milestones = {};
  for (let i = 0; i < MILESTONES.length; i++) if (values[i] !== undefined) times[MILESTONES[i]!] = values[i];
  return times;
}

export function mapHandbookRecord(record: Rec): MetricsIncident {
  const id = requireText(record, 'id');
  const nested = record.milestones;
  const fromNested = nested !== null && typeof nested === 'object' && !Array.isArray(nested) ? (nested as Rec) : undefined;
  const found = FOUND;
  let count = 0;
  for (let i = 0; i < MILESTONES.length; i++) {
    const m = MILESTONES[i]!;
    const seedField = SEED_FIELDS[m];
    const value =
      fromNested && m in fromNested
        ? timeValue(`milestones.${m}`, fromNested[m])
        : m in record
          ? timeValue(m, record[m])
          : seedField && seedField in record
            ? timeValue(seedField, record[seedField])
            : undefined;
    found[i] = value;
    if (value !== undefined) count++;
  }
  const times = count === MILESTONES.length ? allMilestones(found as Timestamp[]) : someMilestones(found);
  found.fill(undefined); // a CSV cell is a slice of the whole input: do not keep it alive after the import
  const severity = severityOf(get(record, 'severity'));
  const status = statusOf(get(record, 'status'), times.resolved !== undefined);
  return { id, title: text(record, 'title'), severity, status, milestones: times };
}

export const handbook: SourceImporter = {
  id: 'handbook',
  label: 'Incident Handbook CSV/JSON',
  detect: (keys) => keys.has('id') && keys.has('severity') && (keys.has('declared') || keys.has('milestones') || keys.has('created_at')),
  mapRecord: (record) => mapHandbookRecord(record),
};
