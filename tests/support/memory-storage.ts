// localStorage for unit tests: a Map, which can be made "full" (every write then fails as a browser's
// does when the quota is reached) to test what the tools do when nothing more can be stored.
import type { StorageLike } from '../../src/islands/shared/storage.ts';

export class MemoryStorage implements StorageLike {
  items = new Map<string, string>();
  /** While true, every write throws a QuotaExceededError and stores nothing. */
  full = false;
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.full) {
      const error = new Error('The quota has been exceeded.');
      error.name = 'QuotaExceededError';
      throw error;
    }
    this.items.set(key, value);
  }
}
