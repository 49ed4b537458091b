// Drafts are never lost (issue 19, items 1–5): two tabs, full storage, repeated corruption, unknown
// time zones, and share-link bombs. Each case was reproduced before its fix.
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, test } from 'vitest';
import { createTranslate } from '../../src/core/i18n/translate.ts';
import { parseIncident } from '../../src/core/incident.ts';
import kickoffDictionary from '../../src/i18n/kickoff.ts';
import postmortemDictionary from '../../src/i18n/postmortem.ts';
import { restoreNotices } from '../../src/islands/kickoff/hooks.ts';
import { initialKickoff } from '../../src/islands/kickoff/logic.ts';
import {
  BACKUP_PREFIX as KICKOFF_BACKUP_PREFIX,
  loadKickoff,
  STORAGE_KEY as KICKOFF_KEY,
} from '../../src/islands/kickoff/storage.ts';
import { initialState, makeDraft, reducer, type DraftsState } from '../../src/islands/postmortem/state.ts';
import { BACKUP_PREFIX, combineDrafts, loadDrafts, saveDrafts, STORAGE_KEY } from '../../src/islands/postmortem/storage.ts';
import { MAX_SHARE_BYTES, MAX_SHARE_CHARS, readShareFragment } from '../../src/islands/shared/share.ts';
import { shareProblemText } from '../../src/islands/postmortem/useShareLink.ts';
import { problemMessage } from '../../src/islands/postmortem/useDrafts.ts';
import { MemoryStorage } from '../support/memory-storage.ts';

const LIMITS = { MAX_SHARE_CHARS, MAX_SHARE_BYTES };

const named = (state: DraftsState) => state.drafts.map((d) => [d.name, d.incident.title]);

describe('item 1: two tabs', () => {
  // Both tabs restored the same saved drafts; tab A then edited one and created another, and saved.
  const shared = initialState(makeDraft('a', 'Checkout', 'UTC'));
  const tabA = reducer(reducer(shared, { type: 'field', field: 'title', value: 'A edit' }), {
    type: 'draft/new',
    draft: makeDraft('n', 'New in A', 'UTC'),
  });
  const tabB = reducer(shared, { type: 'field', field: 'title', value: 'B edit' });

  test("tab B's save does not overwrite what tab A saved since B read it: it reports the conflict", () => {
    const storage = new MemoryStorage();
    const basis = saveDrafts(storage, shared);
    if (!basis.ok) throw new Error('first save failed');
    const savedByA = saveDrafts(storage, tabA, { expected: basis.written });
    expect(savedByA.ok).toBe(true);
    const before = storage.getItem(STORAGE_KEY);
    const result = saveDrafts(storage, tabB, { expected: basis.written });
    expect(result).toMatchObject({ ok: false, conflict: before });
    expect(storage.getItem(STORAGE_KEY)).toBe(before);
  });

  test('merge and copy both keep every draft and every edit of both tabs', () => {
    let n = 0;
    const newId = () => `copy-${++n}`;
    const merged = combineDrafts(tabB, tabA.drafts, 'merge', newId, (d) => `${d.name} (other tab)`);
    expect(named(merged)).toEqual([
      ['Checkout', 'B edit'],
      ['Checkout (other tab)', 'A edit'],
      ['New in A', ''],
    ]);
    const copied = combineDrafts(tabB, tabA.drafts, 'copy', newId, (d) => `${d.name} (this tab)`);
    expect(named(copied)).toEqual([
      ['Checkout', 'A edit'],
      ['New in A', ''],
      ['Checkout (this tab)', 'B edit'],
    ]);
    expect(new Set(merged.drafts.map((d) => d.id)).size).toBe(3);
  });
});

describe('items 2 and 3: unreadable drafts are never deleted, and each gets its own backup', () => {
  const broken = (title: unknown) =>
    JSON.stringify({
      version: 2,
      activeId: 'bad',
      drafts: [{ id: 'bad', name: 'Broken', timeZone: 'UTC', incident: { title } }],
    });

  test('with storage full, the notice names no backup that does not exist, and saving keeps the data', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, broken(42));
    storage.full = true;
    const loaded = loadDrafts(storage, parseIncident, 'UTC');
    expect(loaded.problems).toHaveLength(1);
    expect(loaded.problems[0]!.backupKey).toBeNull();
    expect([...storage.items.keys()]).toEqual([STORAGE_KEY]);
    // Room again: the next save carries the unreadable draft along instead of dropping it ...
    storage.full = false;
    saveDrafts(storage, initialState(makeDraft('x', 'Fresh', 'UTC')), { carried: loaded.carried });
    expect(storage.getItem(STORAGE_KEY)).toContain('"title\\":42');
    // ... and the next visit copies it aside for real.
    const again = loadDrafts(storage, parseIncident, 'UTC');
    const key = again.problems.find((p) => p.field === 'unreadable')!.backupKey!;
    expect(storage.getItem(key)).toContain('"title":42');
  });

  test('a second corruption gets a new backup key and the first backup stays', () => {
    const storage = new MemoryStorage();
    const now = Date.UTC(2026, 10, 27, 12);
    storage.setItem(STORAGE_KEY, broken(1));
    const first = loadDrafts(storage, parseIncident, 'UTC', now).problems[0]!.backupKey!;
    storage.setItem(STORAGE_KEY, broken(2));
    const second = loadDrafts(storage, parseIncident, 'UTC', now).problems[0]!.backupKey!;
    expect(second).not.toBe(first);
    expect(first.startsWith(BACKUP_PREFIX)).toBe(true);
    expect(JSON.parse(storage.getItem(first)!).incident.title).toBe(1);
    expect(JSON.parse(storage.getItem(second)!).incident.title).toBe(2);
  });

  test('a Thai reader is told what is wrong with the stored drafts in Thai', () => {
    const th = createTranslate(postmortemDictionary.th, 'th');
    const describe = (raw: string) => {
      const storage = new MemoryStorage();
      storage.setItem(STORAGE_KEY, raw);
      return loadDrafts(storage, parseIncident, 'UTC').problems.map((p) => problemMessage(th, p, 'UTC'));
    };
    const [notJson] = describe('{"version": 2, "drafts": [');
    expect(notJson).toMatch(/^อ่านร่างที่บันทึกไว้ไม่ได้ \(.*: \(top level\): ไม่ใช่ JSON ที่ถูกต้อง: /);
    expect(describe('{"version": 99}')[0]).toContain('version: ไม่รู้จักเวอร์ชันของข้อมูลที่บันทึกไว้ 99)');
    expect(describe(JSON.stringify({ version: 2, drafts: [], unreadable: ['{"x":1}'] }))[0]).toContain(
      'unreadable: เก็บไว้จากการเข้าใช้ครั้งก่อน)',
    );
  });
});

describe('item 4: a time zone this browser does not know', () => {
  test('a post-mortem draft still loads, shown in the browser zone, with a notice', () => {
    const storage = new MemoryStorage();
    const state = initialState(makeDraft('a', 'Zoned', 'Mars/Olympus_Mons'));
    saveDrafts(storage, state);
    const loaded = loadDrafts(storage, parseIncident, 'Asia/Bangkok');
    expect(loaded.state?.drafts[0]).toMatchObject({ name: 'Zoned', timeZone: 'Asia/Bangkok' });
    expect(loaded.problems).toEqual([{ draft: 'Zoned', field: 'timeZone', message: 'Mars/Olympus_Mons', backupKey: null }]);
  });

  const t = createTranslate(kickoffDictionary.th, 'th');
  const fresh = initialKickoff({ declaredAt: '', timeZone: 'Asia/Bangkok', lang: 'th', template: 'slack' });

  test('a saved kickoff with an unknown zone is restored in the browser zone, with a Thai notice', () => {
    const storage = new MemoryStorage();
    storage.setItem(KICKOFF_KEY, JSON.stringify({ state: { title: 'DB down', timeZone: 'Mars/Olympus_Mons' } }));
    const loaded = loadKickoff(storage, fresh, 0);
    expect(loaded.state).toMatchObject({ title: 'DB down', timeZone: 'Asia/Bangkok' });
    const notices = restoreNotices(loaded, t, 'Asia/Bangkok').join(' ');
    expect(notices).toContain('Mars/Olympus_Mons');
    expect(notices).toContain('เขตเวลา');
  });

  test('a corrupt saved kickoff is copied aside and said so, not silently discarded', () => {
    const storage = new MemoryStorage();
    storage.setItem(KICKOFF_KEY, '{"state": {"title": "half');
    const loaded = loadKickoff(storage, fresh, 0);
    const backup = [...storage.items.keys()].find((k) => k.startsWith(KICKOFF_BACKUP_PREFIX))!;
    expect(storage.getItem(backup)).toBe('{"state": {"title": "half');
    expect(loaded.backupKey).toBe(backup);
    expect(restoreNotices(loaded, t, 'Asia/Bangkok').join(' ')).toContain(backup);
    // Storage full: no key is named, and the text is carried inside the entry instead.
    storage.items.delete(backup);
    storage.full = true;
    const full = loadKickoff(storage, fresh, 0);
    expect(full.backupKey).toBeNull();
    expect(full.carried).toEqual(['{"state": {"title": "half']);
  });
});

describe('item 5: share-link bombs', () => {
  const fragment = (megabytes: number) =>
    `#draft=${Buffer.from(deflateSync(strToU8(JSON.stringify({ title: 'a'.repeat(megabytes * 1024 * 1024) })), { level: 9 })).toString('base64url')}`;

  test('a small fragment that inflates past the cap is refused while inflating, not unpacked in full', async () => {
    const bomb = fragment(64); // 64 MB of JSON in a ~90 KB fragment
    const started = performance.now();
    const read = await readShareFragment(bomb);
    expect(read).toEqual({ found: true, ok: false, problem: 'too-large' });
    expect(performance.now() - started).toBeLessThan(1500);
  });

  test('a 533 KB fragment is refused before anything is decompressed', async () => {
    const huge = `#draft=${'A'.repeat(533 * 1024)}`;
    const started = performance.now();
    const read = await readShareFragment(huge);
    expect(performance.now() - started).toBeLessThan(200);
    expect(read).toEqual({ found: true, ok: false, problem: 'too-long' });
  });

  test('the reader is told why in their language, naming the cap', () => {
    const th = createTranslate(postmortemDictionary.th, 'th');
    expect(th('postmortem.shareBroken', { message: shareProblemText(th, 'too-large', LIMITS) })).toBe(
      `อ่านร่างในลิงก์นี้ไม่ได้: เมื่อคลายการบีบอัดแล้วมีขนาดเกิน ${MAX_SHARE_BYTES} ไบต์ ร่างของคุณไม่เปลี่ยนแปลง`,
    );
    expect(shareProblemText(th, 'too-long', LIMITS)).toBe(`ลิงก์ยาวเกิน ${MAX_SHARE_CHARS} ตัวอักษร`);
    expect(shareProblemText(th, 'damaged', LIMITS)).toBe('ลิงก์เสียหายหรือไม่ครบ (โปรดขอลิงก์ใหม่)');
    const en = createTranslate(postmortemDictionary.en, 'en');
    expect(shareProblemText(en, 'too-large', LIMITS)).toBe(`it unpacks to more than ${MAX_SHARE_BYTES} bytes`);
  });

  test('an ordinary draft link still opens', async () => {
    const ok = `#draft=${Buffer.from(deflateSync(strToU8(JSON.stringify({ title: 'fine' })))).toString('base64url')}`;
    expect(await readShareFragment(ok)).toEqual({ found: true, ok: true, value: { title: 'fine' } });
  });
});
