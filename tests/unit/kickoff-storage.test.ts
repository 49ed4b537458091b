// The saved kickoff is never lost (issue 19 for the kickoff assistant): a partly corrupt kickoff keeps
// every readable field and says which were left out and why, in the reader's language; the stored
// text is copied under a key that really exists, a new key per corruption, or carried inside the entry
// while the storage is full; two tabs' kickoffs merge field by field or are kept as a copy.
import { describe, expect, test } from 'vitest';
import { createTranslate } from '../../src/core/i18n/translate.ts';
import kickoffDictionary from '../../src/i18n/kickoff.ts';
import { restoreNotices } from '../../src/islands/kickoff/hooks.ts';
import { initialKickoff, type KickoffState } from '../../src/islands/kickoff/logic.ts';
import {
  BACKUP_PREFIX,
  loadKickoff,
  mergeKickoffs,
  readKickoff,
  saveKickoff,
  serializeKickoff,
  STORAGE_KEY,
} from '../../src/islands/kickoff/storage.ts';
import { copyAside } from '../../src/islands/shared/storage.ts';
import { MemoryStorage } from '../support/memory-storage.ts';

const tEn = createTranslate(kickoffDictionary.en, 'en');
const tTh = createTranslate(kickoffDictionary.th, 'th');
const fresh = (): KickoffState =>
  initialKickoff({ declaredAt: '2026-11-27T14:02:00+07:00', timeZone: 'Asia/Bangkok', lang: 'en', template: 'initial' });
const NOW = Date.UTC(2026, 10, 27, 7, 30);

/** A kickoff saved by this tool, then damaged in places (another version, a hand edit, a bad extension). */
const partlyCorrupt = JSON.stringify({
  version: 1,
  state: {
    title: 'Checkout errors',
    severity: 'SEV2',
    counter: true,
    minute: 12,
    declaredAt: '2026-11-27T14:02:00+07:00',
    timeZone: 'Asia/Bangkok',
    done: ['create-channel', { step: 'page' }],
    roles: { 'incident-lead': 'Alice', scribe: ['Dan'] },
    values: { impact: 'EU customers' },
    messageLang: 'fr',
  },
});

describe('a partly corrupt saved kickoff', () => {
  test('every readable field is kept; each unreadable one is listed with the reason', () => {
    const { state, dropped } = readKickoff(partlyCorrupt, fresh());
    expect(state).toMatchObject({
      title: 'Checkout errors',
      severity: 'SEV2',
      counter: '1',
      minute: '12',
      done: ['create-channel'],
      roles: { 'incident-lead': 'Alice' },
      values: { impact: 'EU customers' },
      messageLang: 'en',
    });
    expect(dropped).toEqual([
      { field: 'counter', reason: 'notText', value: 'true' },
      { field: 'done', entry: '2', reason: 'notText', value: '{"step":"page"}' },
      { field: 'messageLang', reason: 'unknownLanguage', value: 'fr' },
      { field: 'roles', entry: 'scribe', reason: 'notText', value: '["Dan"]' },
    ]);
  });

  test('the notice names each left-out field, why, and the backup key, in English and in Thai', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, partlyCorrupt);
    const loaded = loadKickoff(storage, fresh(), NOW);
    expect(loaded.backupKey?.startsWith(BACKUP_PREFIX)).toBe(true);
    expect(storage.getItem(loaded.backupKey!)).toBe(partlyCorrupt);
    expect(restoreNotices(loaded, tEn, 'Asia/Bangkok')).toEqual([
      '4 saved fields could not be read and were left out; everything else was restored:',
      'Incident number: expected text (saved value “true”).',
      'Automation steps “2”: expected text (saved value “{"step":"page"}”).',
      'Message language: not a language of this site (saved value “fr”).',
      'Roles “scribe”: expected text (saved value “["Dan"]”).',
      `It is kept, exactly as it was, in this browser’s storage under “${loaded.backupKey}”.`,
    ]);
    const thai = restoreNotices(loaded, tTh, 'Asia/Bangkok');
    expect(thai[0]).toBe('อ่านข้อมูลที่บันทึกไว้ไม่ได้ 4 ช่อง จึงข้ามช่องเหล่านั้น ส่วนที่เหลือกู้คืนแล้ว:');
    expect(thai[1]).toBe('หมายเลข Incident: ต้องเป็นข้อความ (ค่าที่บันทึกไว้ “true”)');
    expect(thai.at(-1)).toContain(loaded.backupKey!);
  });

  test('an entry that is not JSON at all is reported as such and copied aside whole', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, '{"state": {"title": "half');
    const loaded = loadKickoff(storage, fresh(), NOW);
    expect(loaded.state).toEqual(fresh());
    expect(restoreNotices(loaded, tEn, 'UTC')[0]).toBe(
      'The saved kickoff could not be read (not valid JSON), so a new one was started.',
    );
    expect(storage.getItem(loaded.backupKey!)).toBe('{"state": {"title": "half');
  });

  test('a second corruption gets its own backup key; the first backup stays', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, '{broken 1');
    const first = loadKickoff(storage, fresh(), NOW).backupKey!;
    storage.setItem(STORAGE_KEY, '{broken 2');
    const second = loadKickoff(storage, fresh(), NOW).backupKey!;
    expect(second).not.toBe(first);
    expect(storage.getItem(first)).toBe('{broken 1');
    expect(storage.getItem(second)).toBe('{broken 2');
  });

  test('with storage full no key is named; the text is carried in the entry until a visit can copy it', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, partlyCorrupt);
    storage.full = true;
    const loaded = loadKickoff(storage, fresh(), NOW);
    expect(loaded.backupKey).toBeNull();
    expect([...storage.items.keys()]).toEqual([STORAGE_KEY]);
    const notices = restoreNotices(loaded, tEn, 'UTC');
    expect(notices.at(-1)).toBe(
      'This browser’s storage is too full for a separate copy, so it is kept inside the saved kickoff until there is room; nothing was deleted.',
    );
    // The save fails while full (the stored text stays as it was) ...
    const failed = saveKickoff(storage, loaded.state, { carried: loaded.carried, expected: partlyCorrupt });
    expect(failed).toMatchObject({ ok: false, quota: true });
    expect(storage.getItem(STORAGE_KEY)).toBe(partlyCorrupt);
    // ... and once there is room it writes the kickoff with the unreadable text inside ...
    storage.full = false;
    expect(saveKickoff(storage, loaded.state, { carried: loaded.carried, expected: partlyCorrupt }).ok).toBe(true);
    // ... which the next visit copies aside for real, under a key it names and that exists.
    const next = loadKickoff(storage, fresh(), NOW);
    expect(next.state.title).toBe('Checkout errors');
    expect(next.recoveredKeys).toHaveLength(1);
    expect(storage.getItem(next.recoveredKeys[0]!)).toBe(partlyCorrupt);
    expect(restoreNotices(next, tEn, 'UTC')).toEqual([
      `Data an earlier visit could not copy aside (the storage was full) is now kept in this browser’s storage under “${next.recoveredKeys[0]}”.`,
    ]);
    expect(next.carried).toEqual([]);
  });

  test('a copy that does not read back is not reported as kept', () => {
    const forgetful = { getItem: () => null, setItem: () => {} };
    expect(copyAside(forgetful, BACKUP_PREFIX, 'text', NOW)).toBeNull();
  });

  test('an unknown zone falls back to the browser zone with a notice; the times are unchanged', () => {
    const saved = serializeKickoff({ ...fresh(), timeZone: 'Mars/Olympus_Mons', title: 'Zoned' });
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, saved);
    const loaded = loadKickoff(storage, { ...fresh(), timeZone: 'Europe/Berlin' }, NOW);
    expect(loaded.state).toMatchObject({ title: 'Zoned', timeZone: 'Europe/Berlin', declaredAt: fresh().declaredAt });
    expect(loaded.backupKey).toBeUndefined();
    expect(restoreNotices(loaded, tEn, 'Europe/Berlin')).toEqual([
      'The saved kickoff used the time zone “Mars/Olympus_Mons”, which this browser does not know. Its times are unchanged and shown in Europe/Berlin.',
    ]);
  });
});

describe('two tabs', () => {
  const base = fresh();

  test("a save over another tab's newer save is refused and returns what that tab wrote", () => {
    const storage = new MemoryStorage();
    const first = saveKickoff(storage, base);
    if (!first.ok) throw new Error('first save failed');
    const tabA = saveKickoff(storage, { ...base, title: 'From A' }, { expected: first.written });
    expect(tabA.ok).toBe(true);
    const tabB = saveKickoff(storage, { ...base, title: 'From B' }, { expected: first.written });
    expect(tabB).toMatchObject({ ok: false, conflict: serializeKickoff({ ...base, title: 'From A' }) });
    expect(readKickoff(storage.getItem(STORAGE_KEY), base).state.title).toBe('From A');
  });

  test('a merge takes each field from the tab that changed it; ticks and named texts merge entry by entry', () => {
    const mine = { ...base, title: 'Checkout errors', done: ['create-channel'], roles: { 'incident-lead': 'Alice' } };
    const theirs = { ...base, severity: 'SEV1' as const, done: ['page-oncall'], roles: { scribe: 'Dan' } };
    const { state, clashes } = mergeKickoffs(base, mine, theirs);
    expect(clashes).toEqual([]);
    expect(state).toMatchObject({
      title: 'Checkout errors',
      severity: 'SEV1',
      done: ['create-channel', 'page-oncall'],
      roles: { 'incident-lead': 'Alice', scribe: 'Dan' },
    });
    // A step one tab unticked stays unticked.
    const ticked = { ...base, done: ['a', 'b'] };
    expect(mergeKickoffs(ticked, { ...ticked, done: ['a'] }, ticked).state.done).toEqual(['a']);
  });

  test('what the hand-over carries merges too: tick times of the ticked steps, each copied message once, in time order', () => {
    const initial = { at: '2026-11-27T07:05:00Z', name: 'Initial', text: 'first' };
    const update = { at: '2026-11-27T07:20:00Z', name: 'Update', text: 'second' };
    const start = { ...base, sent: [initial] };
    const mine = { ...start, done: ['a'], doneAt: { a: '2026-11-27T07:03:00Z' } };
    const theirs = { ...start, done: ['b'], doneAt: { b: '2026-11-27T07:04:00Z' }, sent: [update, initial] };
    const { state, clashes } = mergeKickoffs(start, mine, theirs);
    expect(clashes).toEqual([]);
    expect(state.doneAt).toEqual({ a: '2026-11-27T07:03:00Z', b: '2026-11-27T07:04:00Z' });
    expect(state.sent).toEqual([initial, update]);
  });

  test('a field both tabs changed differently is a clash: this tab’s value is kept and the clash is named', () => {
    const mine = { ...base, title: 'Mine', values: { impact: 'EU' } };
    const theirs = { ...base, title: 'Theirs', values: { impact: 'US' }, counter: '7' };
    const { state, clashes } = mergeKickoffs(base, mine, theirs);
    expect(state).toMatchObject({ title: 'Mine', counter: '7', values: { impact: 'EU' } });
    expect(clashes).toEqual([{ field: 'title' }, { field: 'values', entry: 'impact' }]);
  });
});
