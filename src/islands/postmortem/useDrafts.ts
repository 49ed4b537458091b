// The drafts: the pure reducer (state.ts) plus the browser around it: restoring what localStorage
// holds after hydration (migrating older shapes, keeping unreadable data aside), autosave, and other
// tabs: another tab's save is compared with the drafts both tabs started from (shared/revisions.ts); a tab
// that changed nothing since follows it, and when both changed the drafts nothing is written until the
// user picks merge or copy (storage.ts combineDrafts), so no tab overwrites another.
import { useCallback, useEffect, useLayoutEffect, useReducer, useRef, useState } from 'react';
import type { Lang } from '../../core/schema.ts';
import { useAutosave, useOtherTabWrites } from '../shared/autosave.ts';
import type { Announce } from '../shared/announcer.tsx';
import { browserZone } from '../shared/zone.ts';
import type { PostmortemT } from './i18n.ts';
import { loadParser, notParsed } from './parser.ts';
import { activeDraft, initialState, makeDraft, reducer, type Action, type Draft, type DraftsState } from './state.ts';
import {
  combineDrafts,
  loadDrafts,
  needsParser,
  saveDrafts,
  serialiseDrafts,
  STORAGE_KEY,
  storedDraftsText,
  type LoadProblem,
} from './storage.ts';
import { Lineage, otherTabMove, stampOf } from '../shared/revisions.ts';
import type { ConflictChoice } from '../shared/storage.ts';

const AUTOSAVE_MS = 400;

/** `npm run bench` sets this flag to time commits; ordinary visitors pay nothing for it. */
export const benchmarking = () => typeof window !== 'undefined' && (window as { __pmBench?: boolean }).__pmBench === true;

export function newDraftId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `draft-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** The drafts in a stored entry (another tab's), read like a restore; unreadable parts are backed up as usual. */
async function readStoredDrafts(raw: string, lang: Lang, zone: string): Promise<Draft[]> {
  const entry = {
    getItem: (key: string) => (key === STORAGE_KEY ? raw : localStorage.getItem(key)),
    setItem: (key: string, value: string) => localStorage.setItem(key, value),
  };
  const parse = needsParser(entry) ? await loadParser(lang) : notParsed;
  return loadDrafts(entry, parse, zone).state?.drafts ?? [];
}

/** The problems the tool words itself (storage.ts's `reason`), in the reader's language. */
const STORED_PROBLEMS: Record<NonNullable<LoadProblem['reason']>, (t: PostmortemT, detail: string) => string> = {
  'not-json': (t, detail) => t('postmortem.storedNotJson', { problem: detail }),
  version: (t, detail) => t('postmortem.storedVersion', { version: detail }),
  carried: (t) => t('postmortem.storedCarried'),
};

export function problemMessage(t: PostmortemT, p: LoadProblem, zone: string): string {
  if (p.field === 'timeZone' && p.backupKey === null)
    return t('postmortem.restoreUnknownZone', { draft: p.draft, saved: p.message, zone });
  const message = p.reason ? STORED_PROBLEMS[p.reason](t, p.message) : p.message;
  if (p.backupKey === null) return t('postmortem.restoreProblemKept', { draft: p.draft, field: p.field, message });
  return t('postmortem.restoreProblem', { draft: p.draft, field: p.field, message, key: p.backupKey });
}

interface Options {
  t: PostmortemT;
  lang: Lang;
  announce: Announce;
  /** Shows messages that must stay on screen (restored-draft problems) and announces them. */
  notify: (messages: string[], urgent: boolean) => void;
}

export function useDrafts({ t, lang, announce, notify }: Options) {
  // The server renders an empty draft; the browser swaps in the saved drafts right after hydration.
  const [state, rawDispatch] = useReducer(reducer, undefined, () => initialState(makeDraft('draft-0', '', 'UTC')));
  const [ready, setReady] = useState(false);
  const [saved, setSaved] = useState(false);
  const [saveProblem, setSaveProblem] = useState('');
  /** Another tab's drafts, while this tab waits for the user's choice (nothing is saved meanwhile). */
  const [conflict, setConflict] = useState<Draft[] | null>(null);
  /** The stored entry this tab's drafts are based on: a save over anything else would drop another tab's work. */
  const basis = useRef<string | null>(null);
  /**
   * The fresh drafts (as storedDraftsText) of a tab that found nothing stored: until it has a basis,
   * they are what "no edits here" looks like (such a tab follows another's saves and saves nothing).
   */
  const pristine = useRef<string | null>(null);
  /** The stored entries this tab read and wrote: what another tab's save was based on. */
  const [lineage] = useState(() => new Lineage());
  /** Unreadable data that could not be copied aside (storage full): written back with every save. */
  const carried = useRef<string[]>([]);
  /** The newest `save`, for a save that another tab's save makes necessary. */
  const saveNow = useRef<(value: DraftsState) => void>(() => {});
  const latest = useRef(state);
  const conflictRef = useRef(conflict);
  // Updated in the commit that renders the state (a layout effect): Preact runs plain effects after the
  // next paint, and another tab's save arriving in between read the state from before the last edit,
  // so this tab, with unsaved edits, was taken for a clean one and followed the other, dropping them.
  useLayoutEffect(() => {
    latest.current = state;
    conflictRef.current = conflict;
  });

  // Edits go through `dispatch` (timed by the benchmark); draft switches use `rawDispatch`.
  const dispatch = useCallback((action: Action) => {
    if (benchmarking()) performance.mark('pm-dispatch');
    rawDispatch(action);
  }, []);
  useLayoutEffect(() => {
    if (benchmarking() && performance.getEntriesByName('pm-dispatch', 'mark').length > 0)
      performance.measure('pm-commit', 'pm-dispatch');
  });

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const zone = browserZone();
      let loaded: ReturnType<typeof loadDrafts> = { state: null, migratedFrom: null, problems: [], carried: [] };
      try {
        const parse = needsParser(localStorage) ? await loadParser(lang) : notParsed;
        loaded = loadDrafts(localStorage, parse, zone);
        basis.current = localStorage.getItem(STORAGE_KEY);
        lineage.read(basis.current);
      } catch (error) {
        setSaveProblem(t('postmortem.saveFailed', { message: (error as Error).message }));
      }
      if (cancelled) return;
      carried.current = loaded.carried;
      const state = loaded.state ?? initialState(makeDraft(newDraftId(), '', zone));
      // Not for drafts restored from the older key: their basis is null too, but they must be saved.
      if (loaded.state === null) pristine.current = storedDraftsText(serialiseDrafts(state, carried.current));
      rawDispatch({ type: 'load', state });
      const messages = loaded.problems.map((p) => problemMessage(t, p, zone));
      if (loaded.migratedFrom !== null) messages.unshift(t('postmortem.restoreMigrated'));
      if (messages.length) notify(messages, loaded.problems.length > 0);
      setReady(true);
    })();
    return () => {
      cancelled = true;
    };
    // Once, after hydration.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  /**
   * Another tab saved `raw` (or a save found it in storage). It is compared with the drafts both tabs
   * started from: the entry it was based on, when this tab read or wrote that entry; this tab's fresh
   * drafts when it was written where nothing was stored; else (an entry without a stamp, from an earlier
   * version of the tool) this tab's basis. See otherTabMove for what each case does.
   */
  const otherTabSaved = useCallback(
    async (raw: string) => {
      const mine = storedDraftsText(serialiseDrafts(latest.current, carried.current));
      const parent = lineage.parentOf(raw);
      const base =
        parent !== null
          ? storedDraftsText(parent)
          : stampOf(raw)?.parent === null || basis.current === null
            ? pristine.current
            : storedDraftsText(basis.current);
      lineage.read(raw);
      // Which draft is open is not compared: two tabs may look at different drafts.
      const move = otherTabMove(mine, storedDraftsText(raw), base, (a, b) => a === b);
      if (move === 'same' || move === 'keep') {
        basis.current = raw;
        // Their save may have replaced this tab's last one: saved again, over theirs.
        if (move === 'keep') saveNow.current(latest.current);
        return;
      }
      const theirs = await readStoredDrafts(raw, lang, browserZone());
      if (theirs.length === 0) return;
      basis.current = raw;
      if (move === 'follow') {
        const activeId = theirs.some((d) => d.id === latest.current.activeId) ? latest.current.activeId : theirs[0]!.id;
        rawDispatch({ type: 'load', state: { drafts: theirs, activeId, undo: null } });
        setConflict(null);
        announce(t('postmortem.otherTabFollowed'));
        return;
      }
      setConflict(theirs);
      announce(t('postmortem.otherTabConflict'), true);
    },
    [lang, t, announce, lineage],
  );

  const resolveConflict = useCallback(
    (choice: ConflictChoice) => {
      const theirs = conflictRef.current;
      if (!theirs) return;
      const combined = combineDrafts(latest.current, theirs, choice, newDraftId, (d) =>
        t(choice === 'merge' ? 'postmortem.copyFromOtherTab' : 'postmortem.copyFromThisTab', {
          name: d.name || d.incident.title || d.id,
        }),
      );
      rawDispatch({ type: 'load', state: combined });
      setConflict(null);
      announce(t('postmortem.otherTabResolved'));
    },
    [t, announce],
  );

  useOtherTabWrites(STORAGE_KEY, ready, (raw) => {
    if (raw !== basis.current) void otherTabSaved(raw);
  });
  useEffect(() => {
    if (!ready) return;
    // Leaving while the question is open keeps both tabs' drafts (merged), so the last edits are not lost.
    const onLeave = () => {
      if (!conflictRef.current) return;
      const combined = combineDrafts(latest.current, conflictRef.current, 'merge', newDraftId, (d) =>
        t('postmortem.copyFromOtherTab', { name: d.name || d.incident.title || d.id }),
      );
      saveDrafts(localStorage, combined, { carried: carried.current, stamp: lineage.next(basis.current) });
    };
    addEventListener('pagehide', onLeave);
    return () => removeEventListener('pagehide', onLeave);
  }, [ready, t, lineage]);

  // On failure the draft stays in memory and the problem stays on screen.
  const save = useCallback(
    (value: DraftsState) => {
      if (conflictRef.current) return; // waiting for the user's merge-or-copy answer
      // Nothing stored and nothing typed yet: a fresh empty draft is not worth writing, and two tabs
      // opened together would each write their own over the other's.
      if (basis.current === null && storedDraftsText(serialiseDrafts(value, carried.current)) === pristine.current) return;
      const write = () =>
        saveDrafts(localStorage, value, {
          carried: carried.current,
          expected: basis.current,
          stamp: lineage.next(basis.current),
        });
      let result = write();
      if (
        'conflict' in result &&
        (storedDraftsText(result.conflict) === storedDraftsText(basis.current) || lineage.isOwn(result.conflict))
      ) {
        // The other tab only opened another draft (its drafts are the ones this tab's edits start from),
        // or the stored entry is this tab's own earlier save: writing over it drops nothing.
        basis.current = result.conflict;
        lineage.read(result.conflict);
        result = write();
      }
      if ('conflict' in result) {
        // Another tab saved and no storage event told this one (or it has not arrived yet).
        void otherTabSaved(result.conflict);
        return;
      }
      if (result.ok) {
        basis.current = result.written;
        lineage.wrote(result.written);
      }
      setSaved(result.ok);
      const problem = result.ok
        ? ''
        : result.quota
          ? t('postmortem.saveFailedQuota')
          : t('postmortem.saveFailed', { message: result.message });
      setSaveProblem((previous) => {
        if (problem && problem !== previous) announce(problem, true);
        return problem;
      });
    },
    [t, announce, otherTabSaved, lineage],
  );
  useLayoutEffect(() => {
    saveNow.current = save;
  });
  useAutosave(state, save, { enabled: ready, delayMs: AUTOSAVE_MS });

  return {
    state,
    draft: activeDraft(state),
    dispatch,
    rawDispatch,
    ready,
    saved,
    saveProblem,
    conflict: conflict !== null,
    resolveConflict,
  };
}
