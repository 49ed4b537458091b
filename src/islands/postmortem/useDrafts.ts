// The drafts: the pure reducer (state.ts) plus the browser around it: restoring what localStorage
// holds after hydration (migrating older shapes, keeping unreadable data aside), and autosave.
import { useCallback, useEffect, useLayoutEffect, useReducer, useState } from 'react';
import type { Lang } from '../../core/schema.ts';
import { useAutosave } from '../shared/autosave.ts';
import type { Announce } from '../shared/announcer.tsx';
import { browserZone } from '../shared/zone.ts';
import type { PostmortemT } from './i18n.ts';
import { loadParser, notParsed } from './parser.ts';
import { activeDraft, initialState, makeDraft, reducer, type Action, type DraftsState } from './state.ts';
import { loadDrafts, needsParser, saveDrafts } from './storage.ts';

const AUTOSAVE_MS = 400;

/** `npm run bench` sets this flag to time React commits; ordinary visitors pay nothing for it. */
export const benchmarking = () => typeof window !== 'undefined' && (window as { __pmBench?: boolean }).__pmBench === true;

export function newDraftId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `draft-${Date.now()}-${Math.random().toString(36).slice(2)}`;
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
      let loaded: ReturnType<typeof loadDrafts> = { state: null, migratedFrom: null, problems: [] };
      try {
        const parse = needsParser(localStorage) ? await loadParser(lang) : notParsed;
        loaded = loadDrafts(localStorage, parse, zone);
      } catch (error) {
        setSaveProblem(t('postmortem.saveFailed', { message: (error as Error).message }));
      }
      if (cancelled) return;
      rawDispatch({ type: 'load', state: loaded.state ?? initialState(makeDraft(newDraftId(), '', zone)) });
      const messages = loaded.problems.map((p) =>
        t('postmortem.restoreProblem', { draft: p.draft, field: p.field, message: p.message, key: p.backupKey }),
      );
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

  // On failure the draft stays in memory and the problem stays on screen.
  const save = useCallback(
    (value: DraftsState) => {
      const result = saveDrafts(localStorage, value);
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
    [t, announce],
  );
  useAutosave(state, save, { enabled: ready, delayMs: AUTOSAVE_MS });

  return { state, draft: activeDraft(state), dispatch, rawDispatch, ready, saved, saveProblem };
}
