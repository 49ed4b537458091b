// Drafts in localStorage. Nothing a user typed is ever thrown away: drafts written by an older version
// of the tool are migrated, and anything that cannot be read is copied aside under a backup key and
// reported, never deleted. Storage is passed in so the logic is tested without a browser.
import type { ParseIncidentResult } from '../../core/incident.ts';
import { readDraftIncident, type Draft, type DraftsState } from './state.ts';

export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

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
  message: string;
  /** Where the unreadable data was copied, so it can still be recovered by hand. */
  backupKey: string;
}

export interface LoadResult {
  /** Null when nothing usable is stored (first visit). */
  state: DraftsState | null;
  /** Storage version the drafts were migrated from, when they were. */
  migratedFrom: number | null;
  problems: LoadProblem[];
}

export type SaveResult = { ok: true } | { ok: false; quota: boolean; message: string };

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
): LoadResult {
  const problems: LoadProblem[] = [];
  const backup = (key: string, raw: string, draft: string, field: string, message: string) => {
    const backupKey = BACKUP_PREFIX + key;
    try {
      storage.setItem(backupKey, raw);
    } catch {
      // Storage is full: the problem is still reported, and the data stays where it was until the next save.
    }
    problems.push({ draft, field, message, backupKey });
  };

  let raw = storage.getItem(STORAGE_KEY);
  let key = STORAGE_KEY;
  if (raw === null) {
    raw = storage.getItem(LEGACY_KEY);
    key = LEGACY_KEY;
  }
  if (raw === null) return { state: null, migratedFrom: null, problems };

  let stored: unknown;
  try {
    stored = JSON.parse(raw);
  } catch (error) {
    backup(key, raw, key, '(top level)', `not valid JSON: ${(error as Error).message}`);
    return { state: null, migratedFrom: null, problems };
  }
  if (!isObject(stored) || (stored['version'] !== 1 && stored['version'] !== STORAGE_VERSION)) {
    backup(key, raw, key, 'version', `unknown storage version ${JSON.stringify(isObject(stored) ? stored['version'] : stored)}`);
    return { state: null, migratedFrom: null, problems };
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
  if (drafts.length === 0) return { state: null, migratedFrom: null, problems };
  const activeId =
    typeof stored['activeId'] === 'string' && drafts.some((d) => d.id === stored['activeId'])
      ? stored['activeId']
      : drafts[0]!.id;
  return { state: { drafts, activeId, undo: null }, migratedFrom: migrated ? version : null, problems };
}

export function serialiseDrafts(state: DraftsState): string {
  const drafts: StoredDraft[] = state.drafts.map(({ id, name, timeZone, incident }) => ({ id, name, timeZone, incident }));
  return JSON.stringify({ version: STORAGE_VERSION, activeId: state.activeId, drafts });
}

export function saveDrafts(storage: StorageLike, state: DraftsState): SaveResult {
  try {
    storage.setItem(STORAGE_KEY, serialiseDrafts(state));
    return { ok: true };
  } catch (error) {
    const name = (error as { name?: string }).name ?? '';
    const quota = name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
    return { ok: false, quota, message: (error as Error).message ?? String(error) };
  }
}
