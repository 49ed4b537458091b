// Drafts in localStorage. Nothing a user typed is ever thrown away: drafts written by an older version
// of the tool are migrated, and anything that cannot be read is copied aside under a backup key and
// reported, never deleted. Storage is passed in so the logic is tested without a browser.
import type { ParseIncidentResult } from '../../core/incident.ts';
import { safeText } from '../../core/text/shown.ts';
import { isTimeZone } from '../../core/time/index.ts';
import { copyAside, writeUnlessChanged, type ConflictChoice, type SaveResult, type StorageLike } from '../shared/storage.ts';
import type { Stamp } from '../shared/revisions.ts';
import { readDraftIncident, type Draft, type DraftsState } from './state.ts';

export type { ConflictChoice, SaveResult, StorageLike };

export const STORAGE_KEY = 'incident-handbook.postmortem.drafts';
export const STORAGE_VERSION = 2;
/** Version 1 of the tool kept a single draft here: `{ version: 1, incident, timeZone? }`. */
export const LEGACY_KEY = 'incident-handbook.postmortem.draft';
export const BACKUP_PREFIX = 'incident-handbook.postmortem.unreadable.';

interface StoredDraft {
  id: string;
  name: string;
  timeZone: string;
  incident: unknown;
}

export interface LoadProblem {
  /** The draft's name, or the storage key when the whole entry is unreadable. */
  draft: string;
  field: string;
  /** What is wrong, in the reader's language; with `reason`, the detail the tool words around it. */
  message: string;
  /**
   * Set when the tool words the problem itself (useDrafts): the entry is not JSON (`message` is the
   * parser's detail), has an unknown storage version (`message` is the version), or is data an earlier
   * visit could not copy aside.
   */
  reason?: 'not-json' | 'version' | 'carried';
  /**
   * Where the unreadable data was copied, so it can still be recovered by hand; null when it could not
   * be copied (storage full): then it is carried inside the drafts entry (`unreadable`) until it can.
   * Also null for a problem that loses nothing (an unknown time zone, replaced by the browser's).
   */
  backupKey: string | null;
}

export interface LoadResult {
  /** Null when nothing usable is stored (first visit). */
  state: DraftsState | null;
  /** Storage version the drafts were migrated from, when they were. */
  migratedFrom: number | null;
  problems: LoadProblem[];
  /** Unreadable data that could not be copied aside: pass it to every save so it is never overwritten. */
  carried: string[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** True when some stored draft must go through the core's parseIncident (older shapes, foreign data). */
export function needsParser(storage: Pick<Storage, 'getItem'>): boolean {
  const raw = storage.getItem(STORAGE_KEY) ?? storage.getItem(LEGACY_KEY);
  if (raw === null) return false;
  try {
    const stored: unknown = JSON.parse(raw);
    if (!isObject(stored) || stored['version'] !== STORAGE_VERSION || !Array.isArray(stored['drafts'])) return true;
    return !stored['drafts'].every((d: unknown) => isObject(d) && readDraftIncident(d['incident']) !== null);
  } catch {
    return false;
  }
}

export function loadDrafts(
  storage: StorageLike,
  parse: (value: unknown) => ParseIncidentResult,
  defaultZone: string,
  nowMs: number = Date.now(),
): LoadResult {
  const problems: LoadProblem[] = [];
  const carried: string[] = [];
  const backup = (key: string, raw: string, draft: string, field: string, message: string, reason?: LoadProblem['reason']) => {
    const backupKey = copyAside(storage, `${BACKUP_PREFIX}${key}.`, raw, nowMs);
    if (backupKey === null) carried.push(raw);
    problems.push(reason ? { draft, field, message, reason, backupKey } : { draft, field, message, backupKey });
  };
  const none = (): LoadResult => ({ state: null, migratedFrom: null, problems, carried });

  let raw = storage.getItem(STORAGE_KEY);
  let key = STORAGE_KEY;
  if (raw === null) {
    raw = storage.getItem(LEGACY_KEY);
    key = LEGACY_KEY;
  }
  if (raw === null) return none();

  let stored: unknown;
  try {
    stored = JSON.parse(raw);
  } catch (error) {
    backup(key, raw, key, '(top level)', (error as Error).message, 'not-json');
    return none();
  }
  if (!isObject(stored) || (stored['version'] !== 1 && stored['version'] !== STORAGE_VERSION)) {
    backup(key, raw, key, 'version', String(JSON.stringify(isObject(stored) ? stored['version'] : stored)), 'version');
    return none();
  }
  // Data an earlier visit could not copy aside (storage was full): copied now, or carried on again.
  if (Array.isArray(stored['unreadable'])) {
    for (const kept of stored['unreadable']) if (typeof kept === 'string') backup(key, kept, key, 'unreadable', '', 'carried');
  }

  const version = stored['version'] as number;
  const candidates: StoredDraft[] =
    version === 1
      ? [
          {
            id: 'draft-1',
            name: '',
            timeZone: typeof stored['timeZone'] === 'string' ? stored['timeZone'] : defaultZone,
            incident: stored['incident'],
          },
        ]
      : (Array.isArray(stored['drafts']) ? stored['drafts'] : []).map((d: unknown, i: number) => {
          const o = isObject(d) ? d : {};
          return {
            id: typeof o['id'] === 'string' && o['id'] ? o['id'] : `draft-${i + 1}`,
            name: typeof o['name'] === 'string' ? o['name'] : '',
            timeZone: typeof o['timeZone'] === 'string' && o['timeZone'] ? o['timeZone'] : defaultZone,
            incident: o['incident'],
          };
        });

  let migrated = version !== STORAGE_VERSION;
  const drafts: Draft[] = [];
  for (const candidate of candidates) {
    const label = candidate.name || candidate.id;
    // A zone this browser does not know (saved by one that knows a newer name) would throw while the
    // times are shown; the times are instants, so showing them in the browser's zone loses nothing.
    if (!isTimeZone(candidate.timeZone)) {
      problems.push({
        draft: label,
        field: 'timeZone',
        // The zone itself: the tool words the notice in the reader's language.
        message: safeText(candidate.timeZone, 60),
        backupKey: null,
      });
      candidate.timeZone = defaultZone;
    }
    // A draft this tool wrote (possibly half-typed) is restored as it was; the editor shows what is still wrong.
    const own = readDraftIncident(candidate.incident);
    if (own) {
      drafts.push({ ...candidate, incident: own });
      continue;
    }
    // Older incident shapes (an earlier schema version, the seed's dict) go through the core's migration.
    const result = parse(candidate.incident);
    if (result.ok) {
      migrated ||= result.migratedFrom !== undefined;
      drafts.push({
        ...candidate,
        name: candidate.name || result.incident.title || result.incident.id,
        incident: result.incident,
      });
    } else {
      const first = result.errors[0]!;
      backup(`${key}.${candidate.id}`, JSON.stringify(candidate), label, first.field, first.message);
    }
  }
  if (drafts.length === 0) return none();
  const activeId =
    typeof stored['activeId'] === 'string' && drafts.some((d) => d.id === stored['activeId'])
      ? stored['activeId']
      : drafts[0]!.id;
  return { state: { drafts, activeId, undo: null }, migratedFrom: migrated ? version : null, problems, carried };
}

/**
 * The drafts entry; `carried` is unreadable data that could not be copied aside, kept inside it, and
 * `stamp` the save's own id and its parent's (shared/revisions.ts).
 */
export function serialiseDrafts(state: DraftsState, carried: readonly string[] = [], stamp?: Stamp): string {
  const drafts: StoredDraft[] = state.drafts.map(({ id, name, timeZone, incident }) => ({ id, name, timeZone, incident }));
  return JSON.stringify({
    version: STORAGE_VERSION,
    ...stamp,
    activeId: state.activeId,
    drafts,
    ...(carried.length ? { unreadable: carried } : {}),
  });
}

/**
 * Writes the drafts, unless the stored entry is no longer `expected` (what this tab last read or
 * wrote): then another tab has saved in between, and writing would silently drop its work.
 */
export function saveDrafts(
  storage: StorageLike,
  state: DraftsState,
  { carried = [], expected, stamp }: { carried?: readonly string[]; expected?: string | null; stamp?: Stamp } = {},
): SaveResult {
  return writeUnlessChanged(storage, STORAGE_KEY, serialiseDrafts(state, carried, stamp), expected);
}

/** The drafts of a stored entry, without which one is open: two tabs may look at different drafts. */
export function storedDraftsText(raw: string | null): string {
  if (raw === null) return '';
  try {
    const stored: unknown = JSON.parse(raw);
    return JSON.stringify(isObject(stored) ? stored['drafts'] : null);
  } catch {
    return raw;
  }
}

const sameDraft = (a: Draft, b: Draft) => JSON.stringify(a) === JSON.stringify(b);

/**
 * This tab's drafts and another tab's, combined when both changed them. `merge` keeps this tab's
 * drafts, adds the drafts only the other tab has, and adds the other tab's version of a draft both
 * changed as a copy; `copy` does the same the other way round: the other tab's drafts stay as they are
 * and this tab's differing drafts become copies. `copyName` names a copy from the draft it copies.
 */
export function combineDrafts(
  mine: DraftsState,
  theirs: readonly Draft[],
  choice: ConflictChoice,
  newId: () => string,
  copyName: (draft: Draft) => string,
): DraftsState {
  const [kept, added] = choice === 'merge' ? [mine.drafts, theirs] : [theirs, mine.drafts];
  const drafts = [...kept];
  for (const draft of added) {
    const twin = kept.find((d) => d.id === draft.id);
    if (!twin) drafts.push(draft);
    else if (!sameDraft(twin, draft)) drafts.push({ ...draft, id: newId(), name: copyName(draft) });
  }
  const activeId = drafts.some((d) => d.id === mine.activeId) ? mine.activeId : drafts[0]!.id;
  return { drafts, activeId, undo: null };
}
