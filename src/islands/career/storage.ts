// The assessment in localStorage, as the core's versioned JSON file text. Nothing typed is ever thrown
// away: text that cannot be read is copied aside under a backup key of its own (an earlier backup is
// never overwritten) and reported; a full storage is reported while the data stays on the page.
// Storage and the parser are passed in, so this is tested without a browser.
import { copyAside, isQuotaError, type StorageLike } from '../shared/storage.ts';

export type { StorageLike };

export const STORAGE_KEY = 'incident-handbook.career.assessment';
export const BACKUP_PREFIX = 'incident-handbook.career.unreadable.';

export type ParseText<T> = (text: string) => { ok: true; value: T } | { ok: false; message: string };

export interface LoadProblem {
  message: string;
  /** Where the unreadable text was copied; empty when even the copy could not be written. */
  backupKey: string;
}

export interface LoadResult<T> {
  /** Null on a first visit or when the stored text was unreadable. */
  value: T | null;
  problem: LoadProblem | null;
}

export type SaveResult = { ok: true } | { ok: false; quota: boolean; message: string };

export function loadAssessment<T>(storage: StorageLike, parse: ParseText<T>, now: Date = new Date()): LoadResult<T> {
  let raw: string | null;
  try {
    raw = storage.getItem(STORAGE_KEY);
  } catch (error) {
    return { value: null, problem: { message: (error as Error).message || String(error), backupKey: '' } };
  }
  if (raw === null) return { value: null, problem: null };
  const result = parse(raw);
  if (result.ok) return { value: result.value, problem: null };
  // Storage full (no copy): the original text stays under STORAGE_KEY until the next successful save.
  const backupKey = copyAside(storage, BACKUP_PREFIX, raw, now.getTime()) ?? '';
  return { value: null, problem: { message: result.message, backupKey } };
}

export function saveAssessment(storage: StorageLike, text: string): SaveResult {
  try {
    storage.setItem(STORAGE_KEY, text);
    return { ok: true };
  } catch (error) {
    return { ok: false, quota: isQuotaError(error), message: (error as Error).message || String(error) };
  }
}
