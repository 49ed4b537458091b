// A fast path for parseIncident: an incident JSON in the current shape whose every field has exactly
// its expected type is built here in one pass, without the schema library (zod runs jitless under
// the site's Content-Security-Policy, so a 100,000-record import spent most of its time in it). Anything
// else (a missing required field, a wrong type, an unknown milestone, a value outside a list, an
// unusual object) returns undefined and goes through IncidentSchema, which also words the errors.
// The result is the schema's, key order included: tests/unit/incident-fast-path.test.ts checks that
// this path and the schema agree on generated records, valid and invalid. Reading a milestone's
// timestamp gives its instant, which the caller may ask for (parseIncident's `milestoneMs`), so an
// importer does not parse the same text again.
import {
  ACTION_STATUSES,
  ACTION_TYPES,
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
import { isoToEpochMs, toEpochMs } from './time/parse.ts';

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

/**
 * The schema's id check, INCIDENT_ID_RE (`INC-` and four or more ASCII digits), read character by
 * character: the same answer without a regular expression for each of 100,000 records (a property
 * test compares the two).
 */
export function isIncidentId(id: string): boolean {
  if (id.length < 8 || !id.startsWith('INC-')) return false;
  for (let i = 4; i < id.length; i++) {
    const c = id.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** An object literal or JSON object; anything with another prototype is left to the schema. */
function isPlainObject(value: unknown): value is Rec {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * Epoch ms of a value the schema takes as a timestamp (zod's date-time pattern, then the refinement
 * that the core's parser reads it); NaN for any other value. The usual canonical spelling is read by
 * isoToEpochMs alone: every string it reads (four-digit year, real calendar day, 00:00:00–23:59:59,
 * 1–9 fraction digits, `Z` or an offset up to ±23:59) also matches zod's pattern, which
 * tests/unit/incident-fast-path.test.ts checks, so the pattern only runs for other spellings.
 */
function timestampMs(value: unknown): number {
  if (typeof value !== 'string') return Number.NaN;
  const ms = isoToEpochMs(value);
  if (!Number.isNaN(ms)) return ms;
  return TIMESTAMP_RE.test(value) ? toEpochMs(value) : Number.NaN;
}

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

/**
 * Every milestone, in the schema's order (MILESTONES): the shape of each resolved incident, built as
 * one object instead of key by key (a test checks the order against the schema's).
 */
const allMilestones = (v: Rec): Incident['milestones'] => ({
  impactStarted: v['impactStarted'] as string,
  detected: v['detected'] as string,
  declared: v['declared'] as string,
  acknowledged: v['acknowledged'] as string,
  identified: v['identified'] as string,
  mitigated: v['mitigated'] as string,
  resolved: v['resolved'] as string,
  closed: v['closed'] as string,
});

/** How many enumerable keys `value` has, counted without building a list of them (100,000 records). */
function keyCount(value: Rec): number {
  let count = 0;
  for (const _key in value) count++;
  return count;
}

/** The milestones in the schema's order; each one's epoch ms into `ms` (MILESTONES order, NaN when absent). */
function milestones(value: unknown, ms: Float64Array | undefined): Incident['milestones'] | undefined {
  if (value === undefined) {
    ms?.fill(Number.NaN);
    return {};
  }
  if (!isPlainObject(value)) return undefined;
  let found = 0;
  for (let k = 0; k < MILESTONES.length; k++) {
    const time = value[MILESTONES[k]!];
    let at = Number.NaN;
    if (time !== undefined) {
      at = timestampMs(time);
      if (Number.isNaN(at)) return undefined;
      found++;
    }
    if (ms) ms[k] = at;
  }
  // A strict object: any other key (or a milestone set to undefined) is an error, which the schema words.
  if (keyCount(value) !== found) return undefined;
  if (found === MILESTONES.length) return allMilestones(value);
  const out: Incident['milestones'] = {};
  for (const m of MILESTONES) if (value[m] !== undefined) out[m] = value[m] as string;
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
    if (Number.isNaN(timestampMs(time)) || typeof author !== 'string' || typeof text !== 'string' || kind === undefined)
      return undefined;
    out.push({ time: time as string, author, text, kind });
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
 * the plain expected type; undefined when the schema must decide (and word any problem). When the
 * incident is returned, `milestoneMs` (if given) holds each milestone's epoch ms in MILESTONES order,
 * NaN where there is none; otherwise its contents are unspecified.
 */
export function readPlainIncident(record: Rec, milestoneMs?: Float64Array): Incident | undefined {
  if (!isPlainObject(record)) return undefined;
  const version = record['schemaVersion'];
  if (version !== undefined && version !== INCIDENT_SCHEMA_VERSION) return undefined;
  const { id, title, severity } = record;
  if (typeof id !== 'string' || !isIncidentId(id) || typeof title !== 'string' || !isSeverity(severity)) return undefined;
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
  const times = milestones(record['milestones'], milestoneMs);
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
