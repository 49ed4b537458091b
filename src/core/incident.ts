// The incident record: creating one and reading one from JSON (current or older shapes). The checks
// a post-mortem relies on (milestone order, action items with an owner and a due date, duration) live
// in incident-checks.ts, free of zod for the browser, and are re-exported here.
import type { z } from 'zod';
import zodThai from 'zod/v4/locales/th.js';
import { INCIDENT_SCHEMA_VERSION, MILESTONES, SEVERITY_IDS, STATUSES } from './constants.ts';
import { incidentReaderTranslate } from './i18n/incident-reader.ts';
import type { Lang } from './i18n/locales.ts';
import { readPlainIncident } from './incident-fast-path.ts';
import { formatPath, type FieldError } from './incident-checks.ts';
import { IncidentSchema, TimestampSchema, type Incident, type Milestone, type Timestamp } from './incident-schema.ts';
import type { SeverityId } from './schema.ts';
import { hasOffset } from './time/offset.ts';
import { toEpochMs } from './time/parse.ts';

export {
  actionItemWarnings,
  durationMinutes,
  milestoneOrderErrors,
  type ActionItemWarning,
  type FieldError,
} from './incident-checks.ts';

export type ParseIncidentResult = { ok: true; incident: Incident; migratedFrom?: number } | { ok: false; errors: FieldError[] };

/** 1 -> `INC-0001`. The counter belongs to the caller (the seed used the list length). */
export function formatIncidentId(counter: number): string {
  if (!Number.isSafeInteger(counter) || counter < 1) {
    throw new RangeError(`incident counter must be a whole number from 1 up, got ${String(counter)}`);
  }
  return `INC-${String(counter).padStart(4, '0')}`;
}

export interface CreateIncidentOptions {
  counter: number;
  title: string;
  severity: SeverityId;
  lead: string;
  at: Timestamp;
}

/** A newly declared incident, as the seed's `create_incident`: investigating, with one timeline entry. */
export function createIncident(opts: CreateIncidentOptions): Incident {
  assertTimestamp(opts.at, 'at');
  return IncidentSchema.parse({
    schemaVersion: INCIDENT_SCHEMA_VERSION,
    id: formatIncidentId(opts.counter),
    title: opts.title,
    severity: opts.severity,
    status: 'investigating',
    roles: { incidentLead: opts.lead, communicationsLead: '', technicalLead: '', scribe: '' },
    milestones: { declared: opts.at },
    timeline: [{ time: opts.at, author: opts.lead, text: 'Incident declared', kind: 'status' }],
  });
}

/** Throws a RangeError naming the argument when a timestamp is unusable (no offset, not a date). */
export function assertTimestamp(value: Timestamp, name: string): void {
  if (!TimestampSchema.safeParse(value).success) {
    throw new RangeError(
      `${name} must be an ISO 8601 date-time with a UTC offset, e.g. 2026-11-27T10:02:00+07:00 (got ${JSON.stringify(value)})`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Reading incidents from JSON

/** zod's own messages (a missing field, a wrong type, a value not in a list) in the reader's language. */
const ZOD_ERRORS: Record<Lang, z.core.$ZodErrorMap | undefined> = { en: undefined, th: zodThai().localeError };

/**
 * Reads an incident from parsed JSON. Accepts the current versioned format and migrates older
 * shapes (version 0: the seed's `incident_automation.py` dict). Only the shape is checked here so
 * an unfinished draft still loads; `milestoneOrderErrors` checks the order of the milestones.
 * Problems are described in `lang`; field paths stay as they are written in the JSON.
 * `milestoneMs`, when given, receives each milestone's epoch ms in MILESTONES order (NaN where there is
 * none) for a result that is ok, so a caller that needs instants (the metrics importer) does not
 * parse the timestamps again; after a result that is not ok its contents are unspecified.
 */
export function parseIncident(value: unknown, lang: Lang = 'en', milestoneMs?: Float64Array): ParseIncidentResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const t = incidentReaderTranslate(lang);
    return {
      ok: false,
      errors: [{ field: '(top level)', message: t('incident.parse.topLevel', { got: describe(value, lang) }) }],
    };
  }
  const record = value as Record<string, unknown>;
  const version = record['schemaVersion'];
  if (version !== undefined && version !== INCIDENT_SCHEMA_VERSION) {
    const t = incidentReaderTranslate(lang);
    const supported = INCIDENT_SCHEMA_VERSION;
    const message =
      typeof version === 'number' && version > INCIDENT_SCHEMA_VERSION
        ? t('incident.parse.newerVersion', { version, supported })
        : t('incident.parse.wrongVersion', { supported, got: String(JSON.stringify(version)) });
    return { ok: false, errors: [{ field: 'schemaVersion', message }] };
  }
  if (version === undefined && isFlatShape(record)) return parseIncident(liftMilestones(record), lang, milestoneMs);
  if (version === undefined && isSeedShape(record)) {
    const migrated = migrateSeed(record, lang);
    if (!migrated.ok) return migrated;
    const result = IncidentSchema.safeParse(migrated.value, { error: ZOD_ERRORS[lang] });
    if (!result.success) return { ok: false, errors: issuesToErrors(result.error, migrated.value, lang) };
    if (milestoneMs) readMilestoneMs(result.data.milestones, milestoneMs);
    return { ok: true, incident: result.data, migratedFrom: 0 };
  }
  // Most records (a 100,000-incident import) are plain and valid: read without the schema library.
  const plain = readPlainIncident(record, milestoneMs);
  if (plain) return { ok: true, incident: plain };
  const result = IncidentSchema.safeParse(value, { error: ZOD_ERRORS[lang] });
  if (!result.success) return { ok: false, errors: issuesToErrors(result.error, value, lang) };
  if (milestoneMs) readMilestoneMs(result.data.milestones, milestoneMs);
  return { ok: true, incident: result.data };
}

/** Each milestone's epoch ms into `ms`, in MILESTONES order (NaN when absent); the schema has checked that toEpochMs reads them. */
function readMilestoneMs(milestones: Incident['milestones'], ms: Float64Array): void {
  for (let k = 0; k < MILESTONES.length; k++) {
    const time = milestones[MILESTONES[k]!];
    ms[k] = time === undefined ? Number.NaN : toEpochMs(time);
  }
}

function describe(value: unknown, lang: Lang): string {
  const t = incidentReaderTranslate(lang);
  if (value === null) return t('incident.parse.null');
  if (Array.isArray(value)) return t('incident.parse.array');
  if (typeof value === 'string')
    return t('incident.parse.string', { text: JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value) });
  return t('incident.parse.other', { type: typeof value, text: String(value) });
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function issuesToErrors(error: z.core.$ZodError, input: unknown, lang: Lang): FieldError[] {
  const t = incidentReaderTranslate(lang);
  return error.issues.map((issue) => {
    const field = formatPath(issue.path) || '(top level)';
    const unreadableTime = issue.code === 'custom' && issue.params?.['timestamp'] === true;
    if (unreadableTime || (issue.code === 'invalid_format' && (issue.format === 'datetime' || issue.format === 'date'))) {
      const got = String(JSON.stringify(valueAt(input, issue.path)));
      return {
        field,
        message: t(
          unreadableTime || (issue.code === 'invalid_format' && issue.format === 'datetime')
            ? 'incident.parse.dateTime'
            : 'incident.parse.date',
          { got },
        ),
      };
    }
    if (field === 'id' && issue.code === 'invalid_format') return { field, message: t('incident.parse.incidentId') };
    return { field, message: issue.message };
  });
}

// The handbook CSV's columns as a JSON object: milestones as top-level keys (`declared`, `resolved`…)
// instead of a `milestones` object. Read as version 1 with the milestones moved into place.
function isFlatShape(record: Record<string, unknown>): boolean {
  return !('milestones' in record) && MILESTONES.some((m) => m in record);
}

function liftMilestones(record: Record<string, unknown>): Record<string, unknown> {
  const rest: Record<string, unknown> = {};
  const milestones: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (!(MILESTONES as readonly string[]).includes(key)) rest[key] = value;
    // An empty CSV cell is a milestone that has not happened.
    else if (value !== null && value !== '') milestones[key] = value;
  }
  return { ...rest, milestones };
}

// The seed's Python dict: snake_case keys (created_at, resolved_at, action_items, root_cause, lead),
// `severity` as SEV2 or 2, timeline entries {time, action, by}. The keys are named one by one, not
// looped over: every record of an import is asked, and a lookup by a fixed name is the cheap kind.
function isSeedShape(record: Record<string, unknown>): boolean {
  return (
    'created_at' in record ||
    'resolved_at' in record ||
    'action_items' in record ||
    'root_cause' in record ||
    'lead' in record ||
    typeof record['severity'] === 'number'
  );
}

/**
 * A severity as the seed wrote it (`2`, `"2"`, `"sev2"`, Python's `"Severity.SEV2"`) as its id; any
 * other value is returned as it is, for the schema to reject. The handbook CSV reads severities by
 * this same rule.
 */
export function seedSeverity(value: unknown): unknown {
  if (typeof value === 'number' || (typeof value === 'string' && /^\s*\d\s*$/.test(value))) {
    const id = `SEV${String(value).trim()}`;
    return (SEVERITY_IDS as readonly string[]).includes(id) ? id : value;
  }
  if (typeof value === 'string') {
    // Python's str(Severity.SEV2) is "Severity.SEV2".
    return value
      .trim()
      .replace(/^Severity\./, '')
      .toUpperCase();
  }
  return value;
}

/** A status as the seed wrote it (Python's `"IncidentStatus.RESOLVED"`, any case) as its id; other values as they are. */
export function seedStatus(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const plain = value
    .trim()
    .replace(/^IncidentStatus\./, '')
    .toLowerCase();
  return (STATUSES as readonly string[]).includes(plain) ? plain : value;
}

function asString(value: unknown): unknown {
  return value === undefined || value === null ? '' : value;
}

function migrateSeed(
  record: Record<string, unknown>,
  lang: Lang,
): { ok: true; value: unknown } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const t = incidentReaderTranslate(lang);
  const created = record['created_at'];
  const resolved = record['resolved_at'];
  // Python's datetime.now().isoformat() has no offset; guessing a zone would silently shift every time.
  for (const [field, time] of [
    ['created_at', created],
    ['resolved_at', resolved],
  ] as const) {
    if (typeof time === 'string' && !hasOffset(time)) {
      errors.push({ field, message: t('incident.parse.noOffset', { time: JSON.stringify(time) }) });
    }
  }
  const rawTimeline = Array.isArray(record['timeline']) ? (record['timeline'] as unknown[]) : [];
  const timeline = rawTimeline.map((entry, i) => {
    const e = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    const text = e['action'] ?? e['text'];
    const time = e['time'];
    if (typeof time === 'string' && !hasOffset(time)) {
      errors.push({ field: `timeline[${i}].time`, message: t('incident.parse.noOffset', { time: JSON.stringify(time) }) });
    }
    const isStatus = typeof text === 'string' && (text.startsWith('Status -> ') || text === 'Incident declared');
    return { time, author: asString(e['by'] ?? e['author']), text: asString(text), kind: isStatus ? 'status' : 'note' };
  });
  if (errors.length) return { ok: false, errors };

  const milestones: Partial<Record<Milestone, unknown>> = {};
  if (created !== undefined && created !== null) milestones.declared = created;
  if (resolved !== undefined && resolved !== null) milestones.resolved = resolved;
  const identified = timeline.find((e) => typeof e.text === 'string' && e.text.startsWith('Status -> identified'));
  if (identified) milestones.identified = identified.time;

  const actionItems = Array.isArray(record['action_items'])
    ? (record['action_items'] as unknown[]).map((item) => {
        const a = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
        return { task: a['task'], owner: asString(a['owner']), priority: a['priority'] ?? 'P2', due: asString(a['due']) };
      })
    : [];
  return {
    ok: true,
    value: {
      schemaVersion: INCIDENT_SCHEMA_VERSION,
      id: record['id'],
      title: record['title'],
      severity: seedSeverity(record['severity']),
      status: seedStatus(record['status'] ?? 'investigating'),
      roles: { incidentLead: asString(record['lead']), communicationsLead: '', technicalLead: '', scribe: '' },
      impact: asString(record['impact']),
      rootCause: asString(record['root_cause']),
      milestones,
      timeline,
      actionItems,
    },
  };
}
