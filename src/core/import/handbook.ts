// The handbook's own format. A JSON incident (the incident JSON format, the same object with its
// milestones as top-level keys, or the seed script's v0 dict) is read by the one incident reader,
// parseIncident, so the metrics tools accept and reject exactly what the post-mortem tool and its
// CLI do. A CSV row is flat (the core field names as the header): it is read without the schema
// library, a million rows at a time, but by the same vocabulary rules (seedSeverity, seedStatus).
import { MILESTONES, SEVERITY_IDS, STATUSES } from '../constants.ts';
import type { Lang } from '../i18n/locales.ts';
import { parseIncident, seedSeverity, seedStatus, type FieldError } from '../incident.ts';
import type { SeverityId, Status } from '../schema.ts';
import type { IncidentRow } from '../incident-columns.ts';
import { resolveNaiveTimes } from '../time/naive.ts';
import {
  CsvRow,
  isBlank,
  requireText,
  RowProblem,
  text,
  timeValue,
  type MapContext,
  type Rec,
  type SourceImporter,
  type SourceRecord,
} from './record.ts';
import { referenceName } from './ownership.ts';

/** The CSV header, in this order. Milestone columns may be empty; other columns are ignored. */
export const CORE_CSV_FIELDS = ['id', 'title', 'severity', 'status', ...MILESTONES] as const;

// The usual exact values are found without normalising them.
const SEVERITY_BY_TEXT: ReadonlyMap<unknown, SeverityId> = new Map(SEVERITY_IDS.map((id) => [id, id]));
const STATUS_BY_TEXT: ReadonlyMap<unknown, Status> = new Map(STATUSES.map((id) => [id, id]));

function severityOf(raw: unknown): SeverityId {
  const exact = SEVERITY_BY_TEXT.get(raw);
  if (exact) return exact; // the usual case, without allocating
  if (isBlank(raw)) throw new RowProblem('severity', 'import.missing', { field: 'severity' });
  const value = seedSeverity(raw);
  if ((SEVERITY_IDS as readonly unknown[]).includes(value)) return value as SeverityId;
  throw new RowProblem('severity', 'import.severity.notHandbook', { text: String(raw), allowed: SEVERITY_IDS.join(', ') }, raw);
}

function statusOf(raw: unknown, resolved: boolean): Status {
  const exact = STATUS_BY_TEXT.get(raw);
  if (exact) return exact;
  if (isBlank(raw)) return resolved ? 'resolved' : 'investigating';
  const value = seedStatus(raw);
  if ((STATUSES as readonly unknown[]).includes(value)) return value as Status;
  throw new RowProblem('status', 'import.status.notHandbook', { text: String(raw), allowed: STATUSES.join(', ') }, raw);
}

/** The seed script's field names, which only a seed-shaped record has (read by parseIncident's migration). */
const SEED_FIELDS = ['created_at', 'resolved_at'];

/** A CSV row as the JSON object it stands for; empty cells are fields nobody filled in. */
function rowObject(record: CsvRow): Rec {
  const object: Rec = {};
  for (const name of record.names()) {
    const value = record.get(name);
    if (value !== undefined && value.trim() !== '') object[name] = value;
  }
  return object;
}

/** Fills `row` from one row of the handbook CSV; throws RowProblem for a bad field. */
function mapCsvRow(record: CsvRow, row: IncidentRow, ctx: MapContext): void {
  // Columns named as in the seed's dict: the row is that dict, read like a JSON one.
  if (record.get('declared') === undefined && SEED_FIELDS.some((f) => record.get(f) !== undefined))
    return mapJsonIncident(rowObject(record), row, ctx);
  row.id = requireText(record, 'id');
  for (let i = 0; i < MILESTONES.length; i++) {
    const m = MILESTONES[i]!;
    row.times[i] = timeValue(m, record.get(m), ctx.naive);
  }
  row.severity = severityOf(record.get('severity'));
  row.status = statusOf(record.get('status'), row.has('resolved'));
  row.title = text(record, 'title');
  row.service = text(record, 'service');
  row.team = text(record, 'team');
}

function valueAt(record: Rec, field: string): unknown {
  let current: unknown = record;
  for (const part of field.split(/[.[\]]+/).filter(Boolean)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Rec)[part];
  }
  return current;
}

/**
 * Fills `row` from one JSON incident, read by parseIncident; its first problem rejects the row. Times
 * without an offset are first read in the chosen zone (when there is one), as the post-mortem tool does.
 */
function mapJsonIncident(original: Rec, row: IncidentRow, ctx: MapContext): void {
  const record = ctx.naive ? (resolveNaiveTimes(original, ctx.naive) as Rec) : original;
  // The reader puts each milestone's instant into the row as it reads the timestamp: no second parse.
  const parsed = parseIncident(record, 'en', row.times);
  if (!parsed.ok) {
    const first = parsed.errors[0]!;
    // The reader describes the problems in one language per call: English is this parse, another
    // language asks the reader again (only for a rejected row, only when shown in that language).
    const problems = (errors: readonly FieldError[]) => errors.map((e) => `${e.field}: ${e.message}`).join('; ');
    const vars = (lang: Lang) => {
      const again = lang === 'en' ? parsed : parseIncident(record, lang);
      return { problems: problems(again.ok ? parsed.errors : again.errors) };
    };
    throw new RowProblem(first.field, 'import.incident', vars, valueAt(record, first.field));
  }
  const { incident } = parsed;
  row.id = incident.id;
  row.title = incident.title;
  row.severity = incident.severity;
  row.status = incident.status;
  // Not part of the incident model: read from the record as written (text or `{ name }`), by a plain
  // property read (the record is a JSON object, not a CSV row; `get` would ask which first).
  row.service = referenceName(original['service']);
  row.team = referenceName(original['team']);
}

/** Fills `row` from a handbook record (a CSV row or a JSON incident); throws RowProblem for a bad field. */
export function mapHandbookRecord(record: SourceRecord, row: IncidentRow, ctx: MapContext): void {
  if (record instanceof CsvRow) mapCsvRow(record, row, ctx);
  else mapJsonIncident(record, row, ctx);
}

export const handbook: SourceImporter = {
  id: 'handbook',
  label: 'Incident Handbook CSV/JSON',
  detect: (keys) =>
    keys.has('id') && keys.has('severity') && (keys.has('declared') || keys.has('milestones') || keys.has('created_at')),
  mapRecord: (record, ctx, row) => mapHandbookRecord(record, row, ctx),
};
