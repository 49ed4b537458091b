// Saves written beside each other (shared/revisions.ts): two tabs that save within the same few
// milliseconds can each read a stale copy of the other's storage, so both compare-and-set writes
// succeed. Each tab must then see that the other's save does not include its own last one.
import { describe, expect, test } from 'vitest';
import { initialKickoff } from '../../src/islands/kickoff/logic.ts';
import { readKickoff, sameKickoff, saveKickoff, STORAGE_KEY as KICKOFF_KEY } from '../../src/islands/kickoff/storage.ts';
import { initialState, makeDraft, reducer, type DraftsState } from '../../src/islands/postmortem/state.ts';
import { saveDrafts, serialiseDrafts, STORAGE_KEY, storedDraftsText } from '../../src/islands/postmortem/storage.ts';
import { Lineage, otherTabMove, stampOf } from '../../src/islands/shared/revisions.ts';
import { MemoryStorage } from '../support/memory-storage.ts';

const titled = (state: DraftsState, title: string) => reducer(state, { type: 'field', field: 'title', value: title });
const drafts = (raw: string | null) => storedDraftsText(raw);
const same = (a: string, b: string) => a === b;

/** One tab: its storage view (stale copies allowed), its lineage and its basis, saving like useDrafts. */
class Tab {
  readonly lineage = new Lineage();
  readonly storage: MemoryStorage;
  basis: string | null;
  constructor(storage: MemoryStorage) {
    this.storage = storage;
    this.basis = storage.getItem(STORAGE_KEY);
    this.lineage.read(this.basis);
  }
  save(state: DraftsState): string {
    const result = saveDrafts(this.storage, state, { expected: this.basis, stamp: this.lineage.next(this.basis) });
    if (!result.ok) throw new Error('save failed');
    this.basis = result.written;
    this.lineage.wrote(result.written);
    return result.written;
  }
  /** The move useDrafts makes on another tab's save `raw` while showing `mine`. */
  receive(raw: string, mine: DraftsState) {
    const parent = this.lineage.parentOf(raw);
    const base = parent !== null ? drafts(parent) : drafts(this.basis);
    this.lineage.read(raw);
    return otherTabMove(drafts(serialiseDrafts(mine)), drafts(raw), base, same);
  }
}

describe('stamps', () => {
  test('every save carries its own id and the id of the entry it was written over', () => {
    const storage = new MemoryStorage();
    const tab = new Tab(storage);
    const first = tab.save(initialState(makeDraft('a', 'Checkout', 'UTC')));
    const second = tab.save(titled(initialState(makeDraft('a', 'Checkout', 'UTC')), 'Edited'));
    expect(stampOf(first)).toMatchObject({ parent: null });
    expect(stampOf(second)!.parent).toBe(stampOf(first)!.rev);
    expect(stampOf(second)!.rev).not.toBe(stampOf(first)!.rev);
  });

  test('an entry from before stamps, or one that is not JSON, has none', () => {
    expect(stampOf('{"version":2,"drafts":[]}')).toBeNull();
    expect(stampOf('not json')).toBeNull();
    expect(stampOf(null)).toBeNull();
    expect(stampOf('{"rev":"r1","parent":"r0"}')).toEqual({ rev: 'r1', parent: 'r0' });
  });

  test('a lineage finds the entry a save was based on, only among those it read or wrote, and forgets the oldest', () => {
    const lineage = new Lineage(2);
    const entry = (rev: string, parent: string | null = null) => JSON.stringify({ rev, parent });
    lineage.read(entry('r1'));
    lineage.wrote(entry('r2', 'r1'));
    expect(lineage.parentOf(entry('x', 'r1'))).toBe(entry('r1'));
    expect(lineage.parentOf(entry('x', 'unknown'))).toBeNull();
    expect(lineage.parentOf('{"version":2}')).toBeNull();
    expect(lineage.isOwn(entry('r2', 'r1'))).toBe(true);
    expect(lineage.isOwn(entry('r1'))).toBe(false);
    lineage.read(entry('r3', 'r2'));
    expect(lineage.parentOf(entry('x', 'r1'))).toBeNull();
    expect(lineage.parentOf(entry('x', 'r2'))).toBe(entry('r2', 'r1'));
  });
});

describe('another tab’s save, compared with the content both started from', () => {
  test('same, follow, keep and ask', () => {
    expect(otherTabMove('x', 'x', 'base', same)).toBe('same');
    expect(otherTabMove('base', 'theirs', 'base', same)).toBe('follow');
    expect(otherTabMove('mine', 'base', 'base', same)).toBe('keep');
    expect(otherTabMove('mine', 'theirs', 'base', same)).toBe('ask');
    expect(otherTabMove('mine', 'theirs', null, same)).toBe('ask');
  });

  const shared = initialState(makeDraft('a', 'Checkout', 'UTC'));

  /** Both tabs read `start`; each then saves through its own stale copy, and B's write lands last. */
  function savedBeside(mineA: DraftsState, mineB: DraftsState, start: DraftsState = shared) {
    const first = new MemoryStorage();
    new Tab(first).save(start);
    const raw = first.getItem(STORAGE_KEY)!;
    const [tabA, tabB] = [0, 1].map(() => {
      const view = new MemoryStorage();
      view.setItem(STORAGE_KEY, raw);
      return new Tab(view);
    }) as [Tab, Tab];
    const savedA = tabA.save(mineA);
    const savedB = tabB.save(mineB);
    return { tabA, tabB, savedA, savedB };
  }

  test('two edits saved beside each other: each tab is asked, neither follows and drops its own', () => {
    const { tabA, tabB, savedA, savedB } = savedBeside(titled(shared, 'A edit'), titled(shared, 'B edit'));
    // Before stamps, each tab compared the other's save with its own last save, found no unsaved edits, and followed.
    expect(drafts(tabA.basis)).toBe(drafts(savedA));
    expect(tabA.receive(savedB, titled(shared, 'A edit'))).toBe('ask');
    expect(tabB.receive(savedA, titled(shared, 'B edit'))).toBe('ask');
  });

  test('the other tab only opened another draft: this tab keeps its edit (and saves it again)', () => {
    const withTwo = reducer(shared, { type: 'draft/new', draft: makeDraft('b', 'Other', 'UTC') });
    const mineA = titled(withTwo, 'A edit');
    const { tabA, savedB } = savedBeside(mineA, reducer(withTwo, { type: 'draft/select', id: 'a' }), withTwo);
    expect(tabA.receive(savedB, mineA)).toBe('keep');
  });

  test('a tab that changed nothing since the entry the other tab started from follows it', () => {
    const { tabA, savedB } = savedBeside(shared, titled(shared, 'B edit'));
    expect(tabA.receive(savedB, shared)).toBe('follow');
  });

  test('a save based on this tab’s last one is followed when nothing changed here since', () => {
    const storage = new MemoryStorage();
    const tabA = new Tab(storage);
    const mineA = titled(shared, 'A edit');
    tabA.save(mineA);
    const tabB = new Tab(storage);
    const savedB = tabB.save(titled(mineA, 'A edit, then B'));
    expect(tabA.receive(savedB, mineA)).toBe('follow');
  });

  test('kickoffs saved beside each other: compared with the kickoff both started from', () => {
    const fresh = initialKickoff({ declaredAt: '2026-12-06T10:00+07:00', timeZone: 'Asia/Bangkok', lang: 'en', template: 'x' });
    const start = new MemoryStorage();
    saveKickoff(start, fresh, { stamp: new Lineage().next(null) });
    const raw = start.getItem(KICKOFF_KEY)!;
    const a = { ...fresh, title: 'A title' };
    const b = { ...fresh, counter: '42' };
    const lineageA = new Lineage();
    lineageA.read(raw);
    const viewA = new MemoryStorage();
    viewA.setItem(KICKOFF_KEY, raw);
    const savedA = saveKickoff(viewA, a, { expected: raw, stamp: lineageA.next(raw) });
    if (!savedA.ok) throw new Error('save failed');
    lineageA.wrote(savedA.written);
    const viewB = new MemoryStorage();
    viewB.setItem(KICKOFF_KEY, raw);
    const savedB = saveKickoff(viewB, b, { expected: raw, stamp: new Lineage().next(raw) });
    if (!savedB.ok) throw new Error('save failed');
    const parent = lineageA.parentOf(savedB.written);
    expect(parent).toBe(raw);
    const common = readKickoff(parent, a).state;
    expect(otherTabMove(a, readKickoff(savedB.written, a).state, common, sameKickoff)).toBe('ask');
  });
});
