// localStorage for every tool that keeps a user's work: backup copies under keys no earlier copy holds,
// full-storage detection, and a write that refuses to overwrite what another tab saved meanwhile.
// Storage is passed in, so all of it is tested without a browser.

export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

export type SaveResult =
  | { ok: true; written: string }
  | { ok: false; quota: boolean; message: string }
  /** Another tab wrote the entry since this tab last read or wrote it: nothing was written. */
  | { ok: false; conflict: string };

/**
 * How two tabs' work is combined when both changed it: `merge` keeps this tab's work and adds the
 * other tab's, `copy` takes the other tab's and keeps this tab's as a copy. Neither loses anything.
 */
export type ConflictChoice = 'merge' | 'copy';

/**
 * A key no earlier copy holds: `prefix`, the time of the copy, and a counter when two copies fall in
 * the same millisecond. A second corruption never overwrites the first one's copy.
 */
export function freshBackupKey(storage: Pick<Storage, 'getItem'>, prefix: string, nowMs: number): string {
  const base = `${prefix}${new Date(nowMs).toISOString()}`;
  let candidate = base;
  for (let n = 2; storage.getItem(candidate) !== null; n++) candidate = `${base}.${n}`;
  return candidate;
}

/**
 * Copies `text` under a fresh key starting with `prefix`. Returns the key only when the copy really is
 * there (read back); null when it could not be written (storage full), so no notice names a key
 * that does not exist.
 */
export function copyAside(storage: StorageLike, prefix: string, text: string, nowMs: number): string | null {
  const key = freshBackupKey(storage, prefix, nowMs);
  try {
    storage.setItem(key, text);
  } catch {
    return null;
  }
  return storage.getItem(key) === text ? key : null;
}

/** Whether a storage error means the storage is full (the names differ between browsers). */
export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name ?? '';
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/**
 * Writes `text` under `key`, unless `expected` is given and the stored entry is neither absent nor
 * `expected` (what this tab last read or wrote): then another tab has saved in between, and writing
 * would silently drop its work, so the stored text is returned as the conflict instead.
 */
export function writeUnlessChanged(storage: StorageLike, key: string, text: string, expected?: string | null): SaveResult {
  try {
    if (expected !== undefined) {
      const current = storage.getItem(key);
      if (current !== null && current !== expected) return { ok: false, conflict: current };
    }
    storage.setItem(key, text);
    return { ok: true, written: text };
  } catch (error) {
    return { ok: false, quota: isQuotaError(error), message: (error as Error).message ?? String(error) };
  }
}
