// A fast path for parseIncident: an incident JSON in the current shape whose every field has exactly
// its expected type is built here in one pass, without the schema library (zod runs jitless under
// the site's Content-Security-Policy, so a 100,000-record import spent most of its time in it). Anything
// else (a missing required field, a wrong type, an unknown milestone, a value outside a list, an
// unusual object) returns undefined and goes through IncidentSchema, which also words the errors.
// The result is the schema's, key order included: tests/unit/incident-fast-path.test.ts checks that
// this path and the schema agree on generated records, valid and invalid.
import {
  ACTION_STATUSES,
  ACTION_TYPES,
  INCIDENT_ID_RE,
  INCIDENT_SCHEMA_VERSION,
  MILESTONES,
  PRIORITIES,
  ROLE_IDS,
  SEVERITY_IDS,
  STATUSES,
  TIMELINE_KINDS,
} from './constants.ts';
import { ACTION_ITEM_DEFAULTS, INCIDENT_DEFAULTS as D, TIMELINE_ENTRY_DEFAULTS } from './incident-defaults.ts';
import { CalendarDateSchema, TimestampSchema, type ActionItem, type Incident, type TimelineEntry } from './incident-schema.ts';
import { toEpochMs } from './time/parse.ts';

type Rec = Record<string, unknown>;

// The patterns zod checks, read from the schemas themselves so the two can never drift apart.
const patternOf = (schema: { _zod: { def: object } }) => (schema._zod.def as { pattern: RegExp }).pattern;
const TIMESTAMP_RE = patternOf(TimestampSchema);
const DATE_RE = patternOf(CalendarDateSchema);

const inList = (list: readonly string[]) => {
  const set = new Set<unknown>(list);
  return (value: unknown) => set.has(value);
};
const isSeverity = inList(SEVERITY_IDS);
const isStatus = inList(STATUSES);
const isKind = inList(TIMELINE_KINDS);
const isPriority = inList(PRIORITIES);
const isActionType = inList(ACTION_TYPES);
const isActionStatus = inList(ACTION_STATUSES);
const isMilestone = inList(MILESTONES);

/** An object literal or JSON object; anything with another prototype is left to the schema. */
function isPlainObject(value: unknown): value is Rec {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** The schema's timestamp check: zod's date-time pattern, then the refinement that the core's parser reads it. */
const isTimestamp = (value: unknown): value is string =>
  typeof value === 'string' && TIMESTAMP_RE.test(value) && !Number.isNaN(toEpochMs(value));

/** A string field with a default: the value, the default when absent, undefined (not fast) otherwise. */
function optionalString(value: unknown, fallback: string): string | undefined {
  if (value === undefined) return fallback;
  return typeof value === 'string' ? value : undefined;
}

function optionalIn<T extends string>(value: unknown, fallback: T, check: (v: unknown) => boolean): T | undefined {
  if (value === undefined) return fallback;
  return check(value) ? (value as T) : undefined;
}

function stringList(value: unknown): string[] | undefined {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return undefined;
  for (const item of value) if (typeof item !== 'string') return undefined;
  return value.slice() as string[];
}

function roles(value: unknown): Incident['roles'] | undefined {
  if (value === undefined) return { ...D.roles };
  if (!isPlainObject(value)) return undefined;
  const out = {} as Record<(typeof ROLE_IDS)[number], string>;
  for (const role of ROLE_IDS) {
    const name = optionalString(value[role], D.roles[role]);
    if (name === undefined) return undefined;
    out[role] = name;
  }
  return out;
}

function milestones(value: unknown): Incident['milestones'] | undefined {
  if (value === undefined) return {};
  if (!isPlainObject(value)) return undefined;
  // A strict object: an unknown key is an error, which the schema words.
  const keys = Object.keys(value);
  for (const key of keys) if (!isMilestone(key) || !isTimestamp(value[key])) return undefined;
  // Every key is a milestone with a timestamp: the output lists them in the schema's order.
  const out: Incident['milestones'] = {};
  if (keys.length === 0) return out;
  for (const m of MILESTONES) {
    const time = value[m];
    if (time !== undefined) out[m] = time as string;
  }
  return out;
}

function timeline(value: unknown): TimelineEntry[] | undefined {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return undefined;
  const out: TimelineEntry[] = [];
  for (const entry of value as unknown[]) {
    if (!isPlainObject(entry)) return undefined;
    const { time, author, text } = entry;
    const kind = optionalIn(entry['kind'], TIMELINE_ENTRY_DEFAULTS.kind, isKind);
    if (!isTimestamp(time) || typeof author !== 'string' || typeof text !== 'string' || kind === undefined) return undefined;
    out.push({ time, author, text, kind });
  }
  return out;
}

function actionItems(value: unknown): ActionItem[] | undefined {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return undefined;
  const out: ActionItem[] = [];
  for (const item of value as unknown[]) {
    if (!isPlainObject(item)) return undefined;
    const task = item['task'];
    const owner = optionalString(item['owner'], ACTION_ITEM_DEFAULTS.owner);
    const priority = optionalIn(item['priority'], ACTION_ITEM_DEFAULTS.priority, isPriority);
    const dueValue = item['due'];
    const due =
      dueValue === undefined
        ? ACTION_ITEM_DEFAULTS.due
        : dueValue === '' || (typeof dueValue === 'string' && DATE_RE.test(dueValue))
          ? dueValue
          : undefined;
    const type = optionalIn(item['type'], ACTION_ITEM_DEFAULTS.type, isActionType);
    const status = optionalIn(item['status'], ACTION_ITEM_DEFAULTS.status, isActionStatus);
    if (typeof task !== 'string' || task.length === 0) return undefined;
    if (owner === undefined || priority === undefined || due === undefined || type === undefined || status === undefined)
      return undefined;
    out.push({ task, owner, priority, due, type, status });
  }
  return out;
}

/**
 * The incident `record` stands for, exactly as IncidentSchema would return it, when every field is of
 * the plain expected type; undefined when the schema must decide (and word any problem).
 */
export function readPlainIncident(record: Rec): Incident | undefined {
  if (!isPlainObject(record)) return undefined;
  const version = record['schemaVersion'];
  if (version !== undefined && version !== INCIDENT_SCHEMA_VERSION) return undefined;
  const { id, title, severity } = record;
  if (typeof id !== 'string' || !INCIDENT_ID_RE.test(id) || typeof title !== 'string' || !isSeverity(severity)) return undefined;
  const status = optionalIn(record['status'], D.status, isStatus);
  const people = roles(record['roles']);
  const summary = optionalString(record['summary'], D.summary);
  const impact = optionalString(record['impact'], D.impact);
  const rootCause = optionalString(record['rootCause'], D.rootCause);
  const trigger = optionalString(record['trigger'], D.trigger);
  const detection = optionalString(record['detection'], D.detection);
  const resolution = optionalString(record['resolution'], D.resolution);
  const wentWell = stringList(record['wentWell']);
  const wentWrong = stringList(record['wentWrong']);
  const gotLucky = stringList(record['gotLucky']);
  const times = milestones(record['milestones']);
  const entries = timeline(record['timeline']);
  const items = actionItems(record['actionItems']);
  const supportingInfo = optionalString(record['supportingInfo'], D.supportingInfo);
  if (
    status === undefined ||
    people === undefined ||
    summary === undefined ||
    impact === undefined ||
    rootCause === undefined ||
    trigger === undefined ||
    detection === undefined ||
    resolution === undefined ||
    wentWell === undefined ||
    wentWrong === undefined ||
    gotLucky === undefined ||
    times === undefined ||
    entries === undefined ||
    items === undefined ||
    supportingInfo === undefined
  )
    return undefined;
  // The schema's key order.
  return {
    schemaVersion: INCIDENT_SCHEMA_VERSION,
    id,
    title,
    severity: severity as Incident['severity'],
    status,
    roles: people,
    summary,
    impact,
    rootCause,
    trigger,
    detection,
    resolution,
    wentWell,
    wentWrong,
    gotLucky,
    milestones: times,
    timeline: entries,
    actionItems: items,
    supportingInfo,
  };
}
