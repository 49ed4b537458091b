// The post-mortem tool's logic without a browser: the drafts reducer, storage migration and quota
// handling, share links, and the core's chat-line parser and time-zone helpers it relies on.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseIncident } from '../../src/core/incident.ts';
import { renderPostmortem } from '../../src/core/postmortem/index.ts';
import type { Incident } from '../../src/core/schema.ts';
import { parseChatLines } from '../../src/core/timeline-import.ts';
import { timestampToWallTime, wallTimeToTimestamp, zoneOffsetMinutes } from '../../src/core/time/index.ts';
import { hasShareFragment, readShareFragment, shareFragment } from '../../src/islands/shared/share.ts';
import {
  activeDraft,
  blankIncident,
  draftProblems,
  incidentForOutput,
  initialState,
  makeDraft,
  reducer,
  type DraftsState,
} from '../../src/islands/postmortem/state.ts';
import {
  BACKUP_PREFIX,
  LEGACY_KEY,
  STORAGE_KEY,
  loadDrafts,
  needsParser,
  saveDrafts,
  type StorageLike,
} from '../../src/islands/postmortem/storage.ts';
import postmortemDictionary from '../../src/i18n/postmortem.ts';
import { createTranslate } from '../../src/core/i18n/translate.ts';

const example = (() => {
  const parsed = parseIncident(JSON.parse(readFileSync('examples/inc-0001.json', 'utf8')));
  if (!parsed.ok) throw new Error('example does not parse');
  return parsed.incident;
})();

const start = (): DraftsState => initialState(makeDraft('a', 'First', 'Asia/Bangkok'));

class MemoryStorage implements StorageLike {
  items = new Map<string, string>();
  failWith: string | null = null;
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.failWith) {
      const error = new Error('The quota has been exceeded.');
      error.name = this.failWith;
      throw error;
    }
    this.items.set(key, value);
  }
}

describe('drafts reducer', () => {
  test('edits change only the active draft and keep the incident valid for the core', () => {
    let state = reducer(start(), { type: 'draft/new', draft: makeDraft('b', 'Second', 'UTC') });
    state = reducer(state, { type: 'field', field: 'title', value: 'DB down' });
    state = reducer(state, { type: 'role', role: 'scribe', value: 'Eve' });
    state = reducer(state, { type: 'severity', value: 'SEV1' });
    expect(activeDraft(state).id).toBe('b');
    expect(activeDraft(state).incident).toMatchObject({ title: 'DB down', severity: 'SEV1', roles: { scribe: 'Eve' } });
    expect(state.drafts[0]!.incident.title).toBe('');
    expect(parseIncident(activeDraft(state).incident).ok).toBe(true);
  });

  test('timeline entries stay in time order, whatever order they are added or edited in', () => {
    let state = start();
    const entry = (time: string, text: string) => ({ time, author: 'A', text, kind: 'note' as const });
    state = reducer(state, { type: 'timeline/add', entries: [entry('2026-01-01T10:05:00+07:00', 'second')] });
    state = reducer(state, {
      type: 'timeline/add',
      entries: [entry('2026-01-01T03:30:00Z', 'third'), entry('2026-01-01T10:00:00+07:00', 'first')],
    });
    expect(activeDraft(state).incident.timeline.map((e) => e.text)).toEqual(['first', 'second', 'third']);
    state = reducer(state, { type: 'timeline/update', index: 0, entry: entry('2026-01-01T12:00:00+07:00', 'first, moved') });
    expect(activeDraft(state).incident.timeline.map((e) => e.text)).toEqual(['second', 'third', 'first, moved']);
    state = reducer(state, { type: 'timeline/delete', index: 2 });
    expect(activeDraft(state).incident.timeline.map((e) => e.text)).toEqual(['second', 'third']);
  });

  test('milestones are set with their offset and cleared with an empty value', () => {
    let state = reducer(start(), { type: 'milestone', milestone: 'declared', value: '2026-01-01T10:00:00+07:00' });
    expect(activeDraft(state).incident.milestones).toEqual({ declared: '2026-01-01T10:00:00+07:00' });
    state = reducer(state, { type: 'milestone', milestone: 'declared', value: '' });
    expect(activeDraft(state).incident.milestones).toEqual({});
  });

  test('action items are added, edited and deleted', () => {
    let state = reducer(start(), {
      type: 'action/add',
      item: { task: '', owner: '', priority: 'P2', due: '', type: 'prevent', status: 'todo' },
    });
    state = reducer(state, { type: 'action/update', index: 0, patch: { task: 'Add alerts', owner: 'Bob' } });
    expect(activeDraft(state).incident.actionItems[0]).toMatchObject({ task: 'Add alerts', owner: 'Bob', priority: 'P2' });
    state = reducer(state, { type: 'action/delete', index: 0 });
    expect(activeDraft(state).incident.actionItems).toEqual([]);
  });

  test('"new draft" can be undone, and undo is gone once the user edits', () => {
    const before = start();
    const created = reducer(before, { type: 'draft/new', draft: makeDraft('b', 'Second', 'UTC') });
    expect(created.undo?.kind).toBe('new');
    const undone = reducer(created, { type: 'undo' });
    expect(undone.drafts.map((d) => d.id)).toEqual(['a']);
    expect(undone.activeId).toBe('a');
    const edited = reducer(created, { type: 'field', field: 'title', value: 'x' });
    expect(edited.undo).toBeNull();
  });

  test('"delete draft" can be undone with its content; deleting the last draft leaves an empty one', () => {
    let state = reducer(start(), { type: 'field', field: 'title', value: 'Keep me' });
    state = reducer(state, { type: 'draft/delete', replacement: makeDraft('fresh', '', 'UTC') });
    expect(state.drafts.map((d) => d.id)).toEqual(['fresh']);
    expect(state.undo).toMatchObject({ kind: 'delete', draftName: 'First' });
    state = reducer(state, { type: 'undo' });
    expect(activeDraft(state).incident.title).toBe('Keep me');
  });

  test('output leaves out blank lesson lines and action items without a task', () => {
    const incident: Incident = {
      ...blankIncident(),
      wentWell: ['  good ', '', '  '],
      actionItems: [
        { task: ' ', owner: 'x', priority: 'P1', due: '', type: 'prevent', status: 'todo' },
        { task: 'Real', owner: '', priority: 'P1', due: '', type: 'prevent', status: 'todo' },
      ],
    };
    const out = incidentForOutput(incident);
    expect(out.wentWell).toEqual(['good']);
    expect(out.actionItems.map((a) => a.task)).toEqual(['Real']);
    expect(parseIncident(out).ok).toBe(true);
  });

  test('problems that would stop the CLI are listed: a malformed id and milestones out of order', () => {
    expect(draftProblems(blankIncident())).toEqual([]);
    const bad = {
      ...blankIncident(),
      id: 'INC-1',
      milestones: { declared: '2026-01-01T10:00:00Z', resolved: '2026-01-01T09:00:00Z' },
    };
    const problems = draftProblems(bad);
    expect(problems.map((p) => p.field)).toEqual(['id', 'milestones.resolved']);
    expect(problems[1]!.message).toContain('declared');
    // The same checks the core's parser and the CLI apply.
    expect(parseIncident(bad).ok).toBe(false);
  });

  test('lesson lists are edited line by line without losing the line being typed', () => {
    let state = reducer(start(), { type: 'lessons', list: 'wentWell', text: 'Fast page\n' });
    expect(activeDraft(state).incident.wentWell).toEqual(['Fast page', '']);
    state = reducer(state, { type: 'lessons', list: 'wentWell', text: '' });
    expect(activeDraft(state).incident.wentWell).toEqual([]);
  });
});

describe('draft storage', () => {
  test('saves and restores several named drafts and the active one', () => {
    const storage = new MemoryStorage();
    let state = reducer(start(), { type: 'draft/new', draft: makeDraft('b', 'Second', 'Europe/London', example) });
    state = reducer(state, { type: 'draft/select', id: 'a' });
    expect(saveDrafts(storage, state)).toMatchObject({ ok: true });
    const loaded = loadDrafts(storage, parseIncident, 'UTC');
    expect(loaded.problems).toEqual([]);
    expect(loaded.migratedFrom).toBeNull();
    expect(loaded.state?.drafts.map((d) => [d.id, d.name, d.timeZone])).toEqual([
      ['a', 'First', 'Asia/Bangkok'],
      ['b', 'Second', 'Europe/London'],
    ]);
    expect(loaded.state?.activeId).toBe('a');
    expect(loaded.state?.drafts[1]!.incident).toEqual(example);
  });

  test("the schema library is needed only for drafts that are not this version's own", () => {
    const storage = new MemoryStorage();
    expect(needsParser(storage)).toBe(false);
    saveDrafts(storage, start());
    expect(needsParser(storage)).toBe(false);
    storage.setItem(
      STORAGE_KEY,
      JSON.stringify({ version: 2, drafts: [{ id: 'x', incident: { id: 'INC-0001', severity: 2, lead: 'A' } }] }),
    );
    expect(needsParser(storage)).toBe(true);
    const legacy = new MemoryStorage();
    legacy.setItem(LEGACY_KEY, JSON.stringify({ version: 1, incident: blankIncident() }));
    expect(needsParser(legacy)).toBe(true);
  });

  test('a half-typed draft of this version is restored as typed, not rejected', () => {
    const storage = new MemoryStorage();
    const state = reducer(start(), { type: 'field', field: 'id', value: 'INC-' });
    saveDrafts(storage, state);
    expect(loadDrafts(storage, parseIncident, 'UTC').state?.drafts[0]!.incident.id).toBe('INC-');
  });

  test('a draft saved by the older single-draft storage (version 1) is migrated, seed-shaped incident included', () => {
    const storage = new MemoryStorage();
    storage.setItem(
      LEGACY_KEY,
      JSON.stringify({
        version: 1,
        timeZone: 'Asia/Bangkok',
        incident: {
          id: 'INC-0007',
          title: 'Old draft',
          severity: 2,
          status: 'resolved',
          lead: 'Alice',
          created_at: '2026-03-12T10:02:00+07:00',
          resolved_at: '2026-03-12T10:47:00+07:00',
          timeline: [{ time: '2026-03-12T10:02:00+07:00', action: 'Incident declared', by: 'Alice' }],
          action_items: [{ task: 'Fix', owner: 'Bob', priority: 'P1' }],
          root_cause: 'Pool too small',
          impact: 'Slow API',
        },
      }),
    );
    const loaded = loadDrafts(storage, parseIncident, 'UTC');
    expect(loaded.problems).toEqual([]);
    expect(loaded.migratedFrom).toBe(1);
    const draft = loaded.state!.drafts[0]!;
    expect(draft.name).toBe('Old draft');
    expect(draft.timeZone).toBe('Asia/Bangkok');
    expect(draft.incident).toMatchObject({
      id: 'INC-0007',
      severity: 'SEV2',
      rootCause: 'Pool too small',
      roles: { incidentLead: 'Alice' },
    });
    // Saving writes the current version next to the old key, which is left in place.
    saveDrafts(storage, loaded.state!);
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).version).toBe(2);
    expect(storage.getItem(LEGACY_KEY)).not.toBeNull();
  });

  test('an unreadable saved draft is copied aside and reported, and the readable ones still load', () => {
    const storage = new MemoryStorage();
    storage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        version: 2,
        activeId: 'bad',
        drafts: [
          { id: 'good', name: 'Good', timeZone: 'UTC', incident: blankIncident() },
          { id: 'bad', name: 'Broken', timeZone: 'UTC', incident: { title: 42 } },
        ],
      }),
    );
    const loaded = loadDrafts(storage, parseIncident, 'UTC');
    expect(loaded.state?.drafts.map((d) => d.id)).toEqual(['good']);
    expect(loaded.state?.activeId).toBe('good');
    expect(loaded.problems).toHaveLength(1);
    expect(loaded.problems[0]).toMatchObject({ draft: 'Broken' });
    expect(loaded.problems[0]!.backupKey!.startsWith(`${BACKUP_PREFIX}${STORAGE_KEY}.bad.`)).toBe(true);
    expect(JSON.parse(storage.getItem(loaded.problems[0]!.backupKey!)!).incident).toEqual({ title: 42 });
  });

  test('storage that is not JSON is kept under a backup key', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, '{"version": 2, "drafts": [');
    const loaded = loadDrafts(storage, parseIncident, 'UTC');
    expect(loaded.state).toBeNull();
    expect(loaded.problems[0]!.field).toBe('(top level)');
    expect(storage.getItem(loaded.problems[0]!.backupKey!)).toBe('{"version": 2, "drafts": [');
  });

  test('a full storage is reported as a quota error and nothing is thrown', () => {
    const storage = new MemoryStorage();
    storage.failWith = 'QuotaExceededError';
    expect(saveDrafts(storage, start())).toMatchObject({ ok: false, quota: true });
    storage.failWith = 'SecurityError';
    expect(saveDrafts(storage, start())).toMatchObject({ ok: false, quota: false });
  });
});

describe('share links', () => {
  test('carry the incident compressed in the fragment and read back identically', async () => {
    const fragment = await shareFragment(example);
    expect(fragment.startsWith('draft=')).toBe(true);
    expect(fragment).toMatch(/^draft=[A-Za-z0-9_-]+$/);
    const read = await readShareFragment(`#${fragment}`);
    expect(read).toEqual({ found: true, ok: true, value: example });
  });

  test('a damaged link is reported, and a link without a draft is ignored', async () => {
    expect(await readShareFragment('#draft=not-deflate')).toMatchObject({ found: true, ok: false });
    expect(await readShareFragment('#section-2')).toEqual({ found: false });
    expect(await readShareFragment('')).toEqual({ found: false });
    expect(hasShareFragment('#draft=abc')).toBe(true);
    expect(hasShareFragment('#section-2')).toBe(false);
  });
});

describe('chat-line import (core)', () => {
  const opts = { date: '2026-03-12', timeZone: 'Asia/Bangkok' };

  test('reads "14:02 Alice: text" lines with the zone offset', () => {
    const { entries, unread } = parseChatLines('14:02 Alice: restarted the pool\n14:05:30 Bob Smith: pool at 100', opts);
    expect(unread).toEqual([]);
    expect(entries).toEqual([
      { time: '2026-03-12T14:02:00+07:00', author: 'Alice', text: 'restarted the pool', kind: 'note' },
      { time: '2026-03-12T14:05:30+07:00', author: 'Bob Smith', text: 'pool at 100', kind: 'note' },
    ]);
  });

  test('reads "[2:02 PM] Alice: text" and 12-hour times', () => {
    const { entries } = parseChatLines('[12:10 AM] Bob: one\n12:30 pm Carol: two\n[2:02 PM] Alice: three', opts);
    expect(entries.map((e) => e.time)).toEqual([
      '2026-03-12T00:10:00+07:00',
      '2026-03-12T12:30:00+07:00',
      '2026-03-12T14:02:00+07:00',
    ]);
  });

  test("reads Slack's copied format: name and time, then the message on the next lines", () => {
    const text = [
      'Alice  2:02 PM',
      'restarted the pool',
      'it is recovering',
      '',
      '2:04 PM',
      'latency back to normal',
      'Bob Smith  2:10 PM',
      'confirmed',
    ].join('\n');
    const { entries, unread } = parseChatLines(text, opts);
    expect(unread).toEqual([]);
    expect(entries.map((e) => [e.time.slice(11, 16), e.author, e.text])).toEqual([
      ['14:02', 'Alice', 'restarted the pool it is recovering'],
      ['14:04', 'Alice', 'latency back to normal'],
      ['14:10', 'Bob Smith', 'confirmed'],
    ]);
  });

  test('a message line that ends in a time stays message text, not a new author', () => {
    const text = [
      'Alice  2:02 PM',
      'rolled back the deploy at 2:05 PM',
      'error rate falling since 2:06 PM',
      'we will check again in ten minutes from now 2:20 PM',
      'Bob Smith  2:10 PM',
      'confirmed, graphs flat ตั้งแต่ 14:09',
    ].join('\n');
    const { entries, unread } = parseChatLines(text, opts);
    expect(unread).toEqual([]);
    expect(entries.map((e) => [e.time.slice(11, 16), e.author, e.text])).toEqual([
      [
        '14:02',
        'Alice',
        'rolled back the deploy at 2:05 PM error rate falling since 2:06 PM we will check again in ten minutes from now 2:20 PM',
      ],
      ['14:10', 'Bob Smith', 'confirmed, graphs flat ตั้งแต่ 14:09'],
    ]);
  });

  test('reports each line it could not read, with its number and a reason', () => {
    const text = ['random words', '14:02 Alice: fine', '25:61 Bob: impossible', 'Carol  3:00 PM', 'Dave  3:05 PM', 'ok'].join(
      '\n',
    );
    const { entries, unread } = parseChatLines(text, opts);
    expect(entries.map((e) => e.author)).toEqual(['Alice', 'Dave']);
    expect(unread).toEqual([
      { line: 1, text: 'random words', reason: 'unrecognised' },
      { line: 3, text: '25:61 Bob: impossible', reason: 'bad-time' },
      { line: 4, text: 'Carol  3:00 PM', reason: 'no-message' },
    ]);
  });

  test('a chat that passes midnight moves to the next day; an explicit date wins', () => {
    const { entries } = parseChatLines('23:58 A: late\n00:03 B: after midnight\n2026-04-01 09:00 C: dated', opts);
    expect(entries.map((e) => e.time)).toEqual([
      '2026-03-12T23:58:00+07:00',
      '2026-03-13T00:03:00+07:00',
      '2026-04-01T09:00:00+07:00',
    ]);
  });
});

describe('chat-line import (property)', () => {
  test('never throws; every non-blank line is read or reported; every time keeps an offset', () => {
    const line = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc
        .tuple(
          fc.integer({ min: 0, max: 30 }),
          fc.integer({ min: 0, max: 70 }),
          fc.constantFrom('', ' AM', ' pm'),
          fc.string({ maxLength: 12 }),
          fc.string({ maxLength: 30 }),
        )
        .map(([h, m, mer, who, text]) => `${h}:${String(m).padStart(2, '0')}${mer} ${who}: ${text}`),
      fc
        .tuple(fc.string({ minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 12 }))
        .map(([who, h]) => `${who}  ${h}:05 PM`),
    );
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 25 }),
        fc.constantFrom('UTC', 'Asia/Bangkok', 'America/New_York'),
        (lines, timeZone) => {
          const text = lines.join('\n');
          const { entries, unread } = parseChatLines(text, { date: '2026-03-08', timeZone });
          const count = text.split(/\r\n|\r|\n/).length;
          for (const u of unread) {
            expect(u.line).toBeGreaterThanOrEqual(1);
            expect(u.line).toBeLessThanOrEqual(count);
          }
          for (const e of entries) {
            expect(e.time).toMatch(/(Z|[+-]\d{2}:\d{2})$/);
            expect(e.text.trim()).not.toBe('');
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('time zones (core)', () => {
  test('wall times convert with the offset in force, across daylight saving', () => {
    expect(wallTimeToTimestamp('2026-01-15T09:00', 'America/New_York')).toBe('2026-01-15T09:00:00-05:00');
    expect(wallTimeToTimestamp('2026-07-15T09:00', 'America/New_York')).toBe('2026-07-15T09:00:00-04:00');
    expect(wallTimeToTimestamp('2026-07-15T09:00', 'UTC')).toBe('2026-07-15T09:00:00Z');
    // 02:30 does not exist on the spring-forward night; the clock reads 03:30 then.
    expect(wallTimeToTimestamp('2026-03-08T02:30', 'America/New_York')).toBe('2026-03-08T03:30:00-04:00');
    expect(wallTimeToTimestamp('2026-02-30T09:00', 'UTC')).toBeNull();
    expect(wallTimeToTimestamp('nonsense', 'UTC')).toBeNull();
  });

  test('a timestamp shows as the wall time of the chosen zone', () => {
    expect(timestampToWallTime('2026-03-12T10:02:00+07:00', 'Europe/London')).toBe('2026-03-12T03:02');
    expect(timestampToWallTime('2026-03-12T10:02:00+07:00', 'Asia/Bangkok')).toBe('2026-03-12T10:02');
    expect(zoneOffsetMinutes('Asia/Kolkata', Date.UTC(2026, 0, 1))).toBe(330);
  });
});

describe('strings', () => {
  test('English and Thai have the same keys and no empty string', () => {
    expect(Object.keys(postmortemDictionary.th).sort()).toEqual(Object.keys(postmortemDictionary.en).sort());
    for (const lang of ['en', 'th'] as const) {
      const values = JSON.stringify(postmortemDictionary[lang]);
      expect(values).not.toContain('""');
    }
  });
  test('counts read naturally: one entry, two entries', () => {
    const t = createTranslate(postmortemDictionary.en, 'en');
    expect(t('postmortem.chatImported', { count: 1 })).toBe('1 entry added to the timeline.');
    expect(t('postmortem.chatImported', { count: 2 })).toBe('2 entries added to the timeline.');
    expect(t('postmortem.chatUnread', { count: 1 })).toBe('1 line could not be read:');
  });
});

describe('the example the tool starts from', () => {
  test('renders through the core like the CLI does', () => {
    const md = renderPostmortem(incidentForOutput(example), { template: 'basic', lang: 'en' });
    expect(md).toContain('INC-0001');
    expect(md).toContain('Increase connection pool to 100');
  });
});
