// A column mapping for an export no importer recognises (`ID,Title,Severity,Created At,Resolved At`):
// the user says which column holds which incident field, and rows are read through that mapping.
// The same mapping comes from the calculator's mapping step and the CLI's `--columns`.
import { MILESTONES } from '../constants.ts';
import type { IncidentRow } from '../incident-columns.ts';
import type { Status } from '../schema.ts';
import type { ImportProblem } from './reason.ts';
import { lookupSeverity } from './severity.ts';
import {
  get,
  requireText,
  severityOrReject,
  statusFrom,
  text,
  time,
  RowProblem,
  type MapContext,
  type SourceRecord,
} from './record.ts';

/** `created` is when the incident was opened (detected and declared), for exports with one "created" time. */
export const COLUMN_FIELDS = ['id', 'title', 'severity', 'status', 'service', 'team', 'created', ...MILESTONES] as const;
export type ColumnField = (typeof COLUMN_FIELDS)[number];
/** Incident field → the export's column (CSV header name, or JSON key / dotted path). */
export type ColumnMapping = Partial<Record<ColumnField, string>>;

const OPEN_STATUS: Record<string, Status> = {
  open: 'investigating',
  new: 'investigating',
  triggered: 'investigating',
  acknowledged: 'investigating',
  closed: 'resolved',
  done: 'resolved',
};

function isColumnField(name: string): name is ColumnField {
  return (COLUMN_FIELDS as readonly string[]).includes(name);
}

/** Problems with a mapping against the export's columns (empty when it can be used). */
export function columnMappingProblems(columns: ColumnMapping, available: readonly string[]): ImportProblem[] {
  const problems: ImportProblem[] = [];
  if (!columns.id) problems.push({ code: 'import.columns.noId' });
  if (!columns.created && !columns.declared) problems.push({ code: 'import.columns.noCreated' });
  const known = new Set(available);
  for (const [field, column] of Object.entries(columns)) {
    if (column && !known.has(column)) problems.push({ code: 'import.columns.noSuchColumn', vars: { field, column } });
  }
  return problems;
}

/**
 * Reads `field=Column,field=Column` (as the CLI's `--columns` takes it; quotes around a column name
 * are optional). Unknown fields and repeated fields are errors, not ignored.
 */
export function parseColumnMapping(spec: string): { ok: true; columns: ColumnMapping } | { ok: false; problem: ImportProblem } {
  const columns: ColumnMapping = {};
  for (const part of spec.split(',')) {
    if (part.trim() === '') continue;
    const eq = part.indexOf('=');
    const field = (eq === -1 ? part : part.slice(0, eq)).trim();
    const column =
      eq === -1
        ? ''
        : part
            .slice(eq + 1)
            .trim()
            .replace(/^"(.*)"$/, '$1');
    if (!isColumnField(field))
      return { ok: false, problem: { code: 'import.columns.unknownField', vars: { field, fields: COLUMN_FIELDS.join(', ') } } };
    if (!column) return { ok: false, problem: { code: 'import.columns.noColumn', vars: { field } } };
    if (columns[field]) return { ok: false, problem: { code: 'import.columns.twice', vars: { field } } };
    columns[field] = column;
  }
  return { ok: true, columns };
}

/** The mapping as the CLI takes it back: `id="ID",created="Created At"` in COLUMN_FIELDS order. */
export function formatColumnMapping(columns: ColumnMapping): string {
  return COLUMN_FIELDS.filter((f) => columns[f])
    .map((f) => `${f}="${columns[f]}"`)
    .join(',');
}

// Common header spellings, lower-cased without spaces, dots, dashes or underscores.
const GUESSES: Partial<Record<ColumnField, readonly string[]>> = {
  id: ['id', 'incident', 'incidentid', 'key', 'number', 'incidentnumber', 'ticket', 'reference'],
  title: ['title', 'summary', 'name', 'description', 'subject'],
  severity: ['severity', 'sev', 'priority', 'impact', 'level'],
  status: ['status', 'state'],
  service: ['service', 'servicename', 'component', 'application', 'app', 'system'],
  team: ['team', 'teamname', 'owner', 'ownerteam', 'squad', 'assignmentgroup', 'group'],
  created: ['created', 'createdat', 'createdtime', 'opened', 'openedat', 'start', 'started', 'startedat', 'reportedat'],
  acknowledged: ['acknowledged', 'acknowledgedat', 'ackedat', 'ack'],
  mitigated: ['mitigated', 'mitigatedat', 'stableat'],
  resolved: ['resolved', 'resolvedat', 'resolvedtime', 'closedat', 'ended', 'endedat', 'end'],
};

function headerKey(name: string): string {
  return name.toLowerCase().replace(/[\s._-]+/g, '');
}

/** A first suggestion for the mapping step, from common header names; the user confirms or changes it. */
export function guessColumnMapping(header: readonly string[]): ColumnMapping {
  const guess: ColumnMapping = {};
  const used = new Set<string>();
  for (const field of COLUMN_FIELDS) {
    const keys = GUESSES[field] ?? [headerKey(field), `${headerKey(field)}at`];
    const column = header.find((h) => !used.has(h) && keys.includes(headerKey(h)));
    if (column) {
      guess[field] = column;
      used.add(column);
    }
  }
  return guess;
}

/** Fills `row` from one record through the column mapping; throws RowProblem for a bad field. */
export function mapColumnsRecord(columns: ColumnMapping, record: SourceRecord, ctx: MapContext, row: IncidentRow): void {
  row.id = requireText(record, columns.id!);
  if (columns.created) {
    const opened = time(record, columns.created, ctx);
    row.set('detected', opened);
    row.set('declared', opened);
  }
  for (const m of MILESTONES) {
    const column = columns[m];
    if (column) row.set(m, time(record, column, ctx));
  }
  if (!row.has('declared')) {
    const column = columns.declared ?? columns.created!;
    throw new RowProblem(column, 'import.missing', { field: column });
  }
  if (columns.severity) {
    const raw = get(record, columns.severity);
    const { mapping } = ctx;
    row.severity = severityOrReject(
      columns.severity,
      raw,
      lookupSeverity(mapping.names, raw) ?? lookupSeverity(mapping.priority, raw) ?? mapping.fallback ?? undefined,
    );
  } else if (ctx.mapping.fallback) row.severity = ctx.mapping.fallback;
  else throw new RowProblem('severity', 'import.severity.noColumn');
  const status = columns.status ? text(record, columns.status) : '';
  row.status = statusFrom(status, OPEN_STATUS, row.has('resolved'));
  row.title = columns.title ? text(record, columns.title) : '';
  row.service = columns.service ? text(record, columns.service) : '';
  row.team = columns.team ? text(record, columns.team) : '';
}
