// Which stored entry another tab's save was based on. localStorage is not one copy shared by all tabs:
// two tabs saving within a few milliseconds can each still read the entry from before the other's
// save, so both compare-and-set writes succeed and the later one silently replaces the earlier. A
// tab that had just saved then took the other's save for one that includes its own and followed it,
// losing its last edit. So every save carries its own id (`rev`) and the id of the entry it was based
// on (`parent`): a tab compares another tab's save with the entry both started from, not with its own.

/** A stored entry's identity: its own id and the id of the entry it was written over (null: none). */
export interface Stamp {
  rev: string;
  parent: string | null;
}

export function newRevision(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `rev-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** The stamp of a stored entry; null when it has none (written before entries had stamps) or is not JSON. */
export function stampOf(raw: string | null): Stamp | null {
  if (raw === null) return null;
  try {
    const stored: unknown = JSON.parse(raw);
    if (typeof stored !== 'object' || stored === null) return null;
    const { rev, parent } = stored as { rev?: unknown; parent?: unknown };
    if (typeof rev !== 'string') return null;
    return { rev, parent: typeof parent === 'string' ? parent : null };
  } catch {
    return null;
  }
}

/**
 * The stored entries one tab has read (or taken from another tab) and written, by id: the most
 * recent `limit` of them, enough for any save another tab can have based its own on.
 */
export class Lineage {
  readonly #known = new Map<string, string>();
  readonly #own = new Set<string>();
  readonly #limit: number;

  constructor(limit = 32) {
    this.#limit = limit;
  }

  /** An entry this tab read from storage or took from another tab's save. */
  read(raw: string | null): void {
    const stamp = stampOf(raw);
    if (stamp === null || raw === null) return;
    this.#known.delete(stamp.rev);
    this.#known.set(stamp.rev, raw);
    if (this.#known.size > this.#limit) this.#known.delete(this.#known.keys().next().value!);
  }

  /** An entry this tab wrote. */
  wrote(raw: string): void {
    const stamp = stampOf(raw);
    if (stamp === null) return;
    this.read(raw);
    this.#own.add(stamp.rev);
    if (this.#own.size > this.#limit) this.#own.delete(this.#own.values().next().value!);
  }

  /** The stamp for this tab's next save, written over `basis` (the entry its work is based on). */
  next(basis: string | null): Stamp {
    return { rev: newRevision(), parent: stampOf(basis)?.rev ?? null };
  }

  /** Whether this tab wrote `raw` itself (it is still in storage because it landed after another tab's save). */
  isOwn(raw: string): boolean {
    const stamp = stampOf(raw);
    return stamp !== null && this.#own.has(stamp.rev);
  }

  /** The entry another tab's save `raw` was based on, when this tab read or wrote it; null when not known. */
  parentOf(raw: string): string | null {
    const parent = stampOf(raw)?.parent;
    return parent == null ? null : (this.#known.get(parent) ?? null);
  }
}

/**
 * What a tab does with another tab's save, from this tab's content (`mine`), the other tab's
 * (`theirs`) and the content both started from (`base`; null when not known):
 * - `same`: both hold the same; nothing to do.
 * - `follow`: this tab changed nothing since `base`; it takes the other's.
 * - `keep`: the other tab changed nothing since `base` (it saved for another reason); this tab keeps its
 *   own content and saves it again, since the other's save may have replaced it.
 * - `ask`: both changed it: the user picks merge or copy, and nothing is written until then.
 */
export type OtherTabMove = 'same' | 'follow' | 'keep' | 'ask';

export function otherTabMove<T>(mine: T, theirs: T, base: T | null, same: (a: T, b: T) => boolean): OtherTabMove {
  if (same(mine, theirs)) return 'same';
  if (base === null) return 'ask';
  if (same(mine, base)) return 'follow';
  if (same(theirs, base)) return 'keep';
  return 'ask';
}
