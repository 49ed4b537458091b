// The kickoff in localStorage. Nothing typed is ever thrown away: a saved kickoff is read field by
// field (what is readable is kept, what is not is listed with the reason), the stored text is copied
// aside under a key of its own before anything replaces it, and two tabs' kickoffs are merged field by
// field or kept as a copy, never overwritten. Storage is passed in, so this is tested without a browser.
import { LANGS, SEVERITY_IDS } from '../../core/constants.ts';
import type { TriageAnswers } from '../../core/kickoff.ts';
import type { Lang, SeverityId } from '../../core/schema.ts';
import { safeText } from '../../core/text/shown.ts';
import { hasOffset, isTimeZone, toEpochMs } from '../../core/time/index.ts';
import type { Stamp } from '../shared/revisions.ts';
import { copyAside, writeUnlessChanged, type SaveResult, type StorageLike } from '../shared/storage.ts';
import { isSentRecord, type KickoffState, type SentRecord } from './logic.ts';

export const STORAGE_KEY = 'incident-handbook.kickoff';
export const STORAGE_VERSION = 1;
/** Where a saved kickoff that could not be read in full is copied, as it was, before it is replaced. */
export const BACKUP_PREFIX = `${STORAGE_KEY}.unreadable.`;
/** Where a kickoff from another tab (or this one) is kept when the user chose to keep a copy. */
export const COPY_PREFIX = `${STORAGE_KEY}.other-tab.`;

/** Why a stored field was left out; the island words each one in the reader's language. */
export type DropReason =
  | 'notJson'
  | 'notKickoff'
  | 'notText'
  | 'notList'
  | 'notRecord'
  | 'notMessage'
  | 'unknownSeverity'
  | 'noOffset'
  | 'unknownLanguage';

/** A field of the kickoff, or one entry of it (`impact` of `values`, `3` for the third step of `done`). */
export interface FieldRef {
  field: keyof KickoffState;
  entry?: string;
}

export interface DroppedField extends FieldRef {
  reason: DropReason;
  /** The value that was left out, as stored, shortened and made safe to show. */
  value: string;
}

export interface ReadKickoff {
  state: KickoffState;
  /** Why nothing at all could be read (the state is then the fallback), or null. */
  unreadable: { reason: 'notJson' | 'notKickoff'; value: string } | null;
  dropped: DroppedField[];
  /** The saved zone when this browser does not know it (the state then has the fallback's zone). */
  unknownZone: string | null;
  /** Unreadable text an earlier visit could not copy aside (storage was full), carried in the entry. */
  carried: string[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const shown = (value: unknown) => safeText(typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value)), 60);

/**
 * The stored kickoff, read field by field over `fallback`: a missing field keeps the fallback's
 * value silently (older versions lacked it), a field that is there but unusable keeps the fallback's
 * value and is listed in `dropped` with the reason; every readable field is kept. Never throws.
 */
export function readKickoff(raw: string | null, fallback: KickoffState): ReadKickoff {
  const dropped: DroppedField[] = [];
  const result = (state: KickoffState, unknownZone: string | null = null, carried: string[] = []): ReadKickoff => ({
    state,
    unreadable: null,
    dropped,
    unknownZone,
    carried,
  });
  if (raw === null) return result(fallback);
  let stored: unknown;
  try {
    stored = JSON.parse(raw);
  } catch {
    return { ...result(fallback), unreadable: { reason: 'notJson', value: shown(raw) } };
  }
  const carried =
    isRecord(stored) && Array.isArray(stored['unreadable']) ? stored['unreadable'].filter((x) => typeof x === 'string') : [];
  const v = isRecord(stored) ? stored['state'] : undefined;
  if (!isRecord(v)) {
    return { ...result(fallback, null, carried), unreadable: { reason: 'notKickoff', value: shown(stored) } };
  }
  const drop = (field: keyof KickoffState, reason: DropReason, value: unknown, entry?: string) =>
    dropped.push({ field, reason, value: shown(value), ...(entry === undefined ? {} : { entry }) });
  const text = (key: keyof KickoffState, current: string): string => {
    if (v[key] === undefined) return current;
    if (typeof v[key] === 'string') return v[key];
    // A number where text belongs (a hand-edited `"counter": 42`) reads as the same text.
    if (typeof v[key] === 'number' && Number.isFinite(v[key])) return String(v[key]);
    drop(key, 'notText', v[key]);
    return current;
  };
  /** Named texts (answers, values, roles): each entry that is text is kept, each other one is listed. */
  const texts = <R extends TriageAnswers>(key: keyof KickoffState, current: R): R => {
    const value = v[key];
    if (value === undefined) return current;
    if (!isRecord(value)) {
      drop(key, 'notRecord', value);
      return current;
    }
    const out: Record<string, string> = {};
    for (const [name, entry] of Object.entries(value)) {
      if (typeof entry === 'string') out[name] = entry;
      else drop(key, 'notText', entry, name);
    }
    return out as R;
  };
  const oneOf = <T extends string, C>(key: keyof KickoffState, allowed: readonly T[], reason: DropReason, current: C): T | C => {
    if (v[key] === undefined) return current;
    if ((allowed as readonly unknown[]).includes(v[key])) return v[key] as T;
    drop(key, reason, v[key]);
    return current;
  };

  let done = fallback.done;
  if (Array.isArray(v['done'])) {
    done = [];
    v['done'].forEach((step: unknown, i: number) => {
      if (typeof step === 'string') done.push(step);
      else drop('done', 'notText', step, String(i + 1));
    });
  } else if (v['done'] !== undefined) drop('done', 'notList', v['done']);

  // When each step was ticked and which messages were copied: kept entry by entry, for the hand-over.
  const doneAt: Record<string, string> = {};
  if (isRecord(v['doneAt'])) {
    for (const [step, at] of Object.entries(v['doneAt'])) {
      if (typeof at === 'string' && hasOffset(at)) doneAt[step] = at;
      else drop('doneAt', 'noOffset', at, step);
    }
  } else if (v['doneAt'] !== undefined) drop('doneAt', 'notRecord', v['doneAt']);
  const sent: SentRecord[] = [];
  if (Array.isArray(v['sent'])) {
    v['sent'].forEach((record: unknown, i: number) => {
      if (isSentRecord(record)) sent.push(record);
      else drop('sent', 'notMessage', record, String(i + 1));
    });
  } else if (v['sent'] !== undefined) drop('sent', 'notList', v['sent']);

  // No severity chosen yet is stored as null.
  const severity =
    v['severity'] === null
      ? null
      : oneOf<SeverityId, SeverityId | null>('severity', SEVERITY_IDS, 'unknownSeverity', fallback.severity);

  let declaredAt = text('declaredAt', fallback.declaredAt);
  if (declaredAt !== '' && !hasOffset(declaredAt)) {
    drop('declaredAt', 'noOffset', declaredAt);
    declaredAt = fallback.declaredAt;
  }

  // Answers are kept by question id as stored: the severity questions come from the data, and an
  // answer to a question the data no longer asks is simply never read.
  const answers: TriageAnswers = texts('answers', fallback.answers);
  const savedZone = text('timeZone', fallback.timeZone);
  // A zone this browser does not know (saved by one that knows a newer name) would throw while the
  // times are shown; the times are instants, so showing them in the browser's zone loses nothing.
  const zoneKnown = isTimeZone(savedZone);
  const state: KickoffState = {
    answers,
    severity,
    title: text('title', fallback.title),
    counter: text('counter', fallback.counter),
    declaredAt,
    timeZone: zoneKnown ? savedZone : fallback.timeZone,
    done,
    doneAt,
    sent,
    minute: text('minute', fallback.minute),
    acknowledgedAt: text('acknowledgedAt', fallback.acknowledgedAt),
    values: texts('values', fallback.values),
    template: text('template', fallback.template),
    messageLang: oneOf<Lang, Lang>('messageLang', LANGS, 'unknownLanguage', fallback.messageLang),
    roles: texts('roles', fallback.roles),
  };
  // Listed in the kickoff's own field order (the order the page shows them), not the order read.
  const order = Object.keys(state);
  dropped.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
  return result(state, zoneKnown ? null : safeText(savedZone, 60), carried);
}

/**
 * The kickoff entry; `carried` is unreadable text that could not be copied aside, kept inside it, and
 * `stamp` the save's own id and its parent's (shared/revisions.ts).
 */
export function serializeKickoff(state: KickoffState, carried: readonly string[] = [], stamp?: Stamp): string {
  return JSON.stringify({ version: STORAGE_VERSION, ...stamp, state, ...(carried.length ? { unreadable: carried } : {}) });
}

export interface LoadedKickoff extends ReadKickoff {
  /**
   * Where the stored text was copied before anything replaces it, when some of it could not be read:
   * the key (it really is there) or null when the storage was too full, and the text is then carried
   * inside the entry (`carried`) until a later visit can copy it. Undefined when nothing was left out.
   */
  backupKey?: string | null;
  /** Keys that text carried from an earlier visit was copied to now. */
  recoveredKeys: string[];
}

/** The saved kickoff, restored over `fallback`; anything it cannot read is copied aside first. */
export function loadKickoff(storage: StorageLike, fallback: KickoffState, nowMs: number): LoadedKickoff {
  const raw = storage.getItem(STORAGE_KEY);
  const read = readKickoff(raw, fallback);
  const carried: string[] = [];
  const recoveredKeys: string[] = [];
  if (raw !== null && (read.unreadable !== null || read.dropped.length > 0)) {
    // The whole stored text, carried data included: the backup holds exactly what was there.
    const backupKey = copyAside(storage, BACKUP_PREFIX, raw, nowMs);
    if (backupKey === null) carried.push(raw);
    return { ...read, carried, backupKey, recoveredKeys };
  }
  for (const text of read.carried) {
    const key = copyAside(storage, BACKUP_PREFIX, text, nowMs);
    if (key === null) carried.push(text);
    else recoveredKeys.push(key);
  }
  return { ...read, carried, recoveredKeys };
}

/** Writes the kickoff unless another tab saved since `expected` was read (see writeUnlessChanged). */
export function saveKickoff(
  storage: StorageLike,
  state: KickoffState,
  { carried = [], expected, stamp }: { carried?: readonly string[]; expected?: string | null; stamp?: Stamp } = {},
): SaveResult {
  return writeUnlessChanged(storage, STORAGE_KEY, serializeKickoff(state, carried, stamp), expected);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** One value of a three-way merge: whichever side changed it; both changed it differently is a clash (this tab's kept). */
function pick<T>(base: T, mine: T, theirs: T, where: FieldRef, clashes: FieldRef[]): T {
  if (same(mine, theirs) || same(theirs, base)) return mine;
  if (same(mine, base)) return theirs;
  clashes.push(where);
  return mine;
}

function mergeTexts(
  base: TriageAnswers,
  mine: TriageAnswers,
  theirs: TriageAnswers,
  field: keyof KickoffState,
  clashes: FieldRef[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
    const value = pick(base[name], mine[name], theirs[name], { field, entry: name }, clashes);
    if (value !== undefined) out[name] = value;
  }
  return out;
}

/**
 * Two tabs' kickoffs merged field by field against the kickoff both started from (`base`): a field
 * only one tab changed takes that tab's value, ticked steps and named texts merge entry by entry. A
 * field both changed differently keeps this tab's value and is listed in `clashes` (the caller keeps
 * the other tab's whole kickoff as a copy, so nothing is lost).
 */
export function mergeKickoffs(
  base: KickoffState,
  mine: KickoffState,
  theirs: KickoffState,
): { state: KickoffState; clashes: FieldRef[] } {
  const clashes: FieldRef[] = [];
  const scalar = <K extends keyof KickoffState>(key: K) => pick(base[key], mine[key], theirs[key], { field: key }, clashes);
  // A step is ticked when either tab ticked it, unticked when either unticked it; ticks never clash.
  const ticked = (step: string, side: KickoffState) => side.done.includes(step);
  const done = [...new Set([...mine.done, ...theirs.done])].filter((step) =>
    ticked(step, mine) === ticked(step, theirs) || ticked(step, mine) !== ticked(step, base)
      ? ticked(step, mine)
      : ticked(step, theirs),
  );
  const state: KickoffState = {
    answers: mergeTexts(base.answers, mine.answers, theirs.answers, 'answers', clashes),
    severity: scalar('severity'),
    title: scalar('title'),
    counter: scalar('counter'),
    declaredAt: scalar('declaredAt'),
    timeZone: scalar('timeZone'),
    done,
    // When a step was ticked: either tab's time (this tab's when both have one); messages sent in
    // either tab, each once, in time order.
    doneAt: Object.fromEntries(done.map((step) => [step, mine.doneAt[step] ?? theirs.doneAt[step]]).filter(([, at]) => at)),
    sent: mergeSent(mine.sent, theirs.sent),
    minute: scalar('minute'),
    acknowledgedAt: scalar('acknowledgedAt'),
    values: mergeTexts(base.values, mine.values, theirs.values, 'values', clashes),
    template: scalar('template'),
    messageLang: scalar('messageLang'),
    roles: mergeTexts(base.roles, mine.roles, theirs.roles, 'roles', clashes),
  };
  return { state, clashes };
}

function mergeSent(mine: readonly SentRecord[], theirs: readonly SentRecord[]): SentRecord[] {
  const seen = new Set<string>();
  return [...mine, ...theirs]
    .filter((record) => {
      const key = JSON.stringify([record.at, record.name, record.text]);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => toEpochMs(a.at) - toEpochMs(b.at));
}

/** Whether two kickoffs hold the same values (what the stored text of each would say). */
export function sameKickoff(a: KickoffState, b: KickoffState): boolean {
  return serializeKickoff(a) === serializeKickoff(b);
}
