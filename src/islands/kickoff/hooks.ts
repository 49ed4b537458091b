// The kickoff's browser-side state: the saved kickoff (restore and autosave), the live clock, the
// incident core loaded after the page is interactive, and the hand-over link to the post-mortem tool.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { countdownLabel, updateCountdown } from '../../core/kickoff.ts';
import type { Incident, Lang, TimelineEntry } from '../../core/schema.ts';
import { inZone, minutesBetween } from '../../core/time/index.ts';
import { useAutosave, useOtherTabWrites } from '../shared/autosave.ts';
import { Lineage, otherTabMove, stampOf } from '../shared/revisions.ts';
import { copyAside, type ConflictChoice } from '../shared/storage.ts';
import { browserZone } from '../shared/zone.ts';
import type { KickoffT } from './i18n.ts';
import { initialKickoff, kickoffIncident, postmortemHref, type IncidentCore, type KickoffState } from './logic.ts';
import {
  COPY_PREFIX,
  loadKickoff,
  mergeKickoffs,
  readKickoff,
  sameKickoff,
  saveKickoff,
  serializeKickoff,
  STORAGE_KEY,
  type FieldRef,
  type LoadedKickoff,
} from './storage.ts';

const AUTOSAVE_MS = 300;
const LIVE_TICK_MS = 5_000;

/** This minute, in the zone's offset (seconds dropped: people declare at a minute, not a second). */
export function nowIn(zone: string): string {
  return inZone(new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString(), zone);
}

/** The core functions that need the schema, loaded right after hydration (see IncidentCore). */
export function useIncidentCore(): IncidentCore | null {
  const [core, setCore] = useState<IncidentCore | null>(null);
  useEffect(() => {
    let current = true;
    void import('../../core/incident.ts').then(({ createIncident, formatIncidentId }) => {
      if (current) setCore({ createIncident, formatIncidentId });
    });
    return () => {
      current = false;
    };
  }, []);
  return core;
}

/** A stored field's name in the reader's language, with the entry when it is one of a list (`Roles “scribe”`). */
export function fieldName(t: KickoffT, { field, entry }: FieldRef): string {
  const name = t(`kickoff.fields.${field}`);
  return entry === undefined ? name : t('kickoff.fieldEntry', { field: name, entry });
}

/** What restoring the saved kickoff found, in the reader's language: left-out fields and why, where the data went, zones. */
export function restoreNotices(loaded: LoadedKickoff, t: KickoffT, zone: string): string[] {
  const notices: string[] = [];
  const whole = loaded.unreadable;
  if (whole) notices.push(t('kickoff.restoreUnreadable', { reason: t(`kickoff.dropReason.${whole.reason}`) }));
  else if (loaded.dropped.length > 0) {
    notices.push(t('kickoff.restorePartial', { count: loaded.dropped.length }));
    for (const d of loaded.dropped)
      notices.push(
        t('kickoff.droppedField', {
          field: fieldName(t, d),
          reason: t(`kickoff.dropReason.${d.reason}`),
          value: d.value,
        }),
      );
  }
  if (loaded.backupKey !== undefined)
    notices.push(loaded.backupKey === null ? t('kickoff.keptInside') : t('kickoff.keptUnder', { key: loaded.backupKey }));
  for (const key of loaded.recoveredKeys) notices.push(t('kickoff.restoreRecovered', { key }));
  if (loaded.unknownZone !== null) notices.push(t('kickoff.restoreUnknownZone', { saved: loaded.unknownZone, zone }));
  return notices;
}

/**
 * The kickoff in localStorage: restored after hydration (or started now in this browser's zone), then
 * autosaved. Another tab's save is compared with the kickoff both tabs started from (shared/revisions.ts):
 * a tab that changed nothing since follows it; when both changed the kickoff, nothing is written until
 * the user picks merge or copy, so no tab overwrites another.
 */
export function useKickoffState({ t, lang, firstTemplate }: { t: KickoffT; lang: Lang; firstTemplate: string }) {
  const [state, setState] = useState<KickoffState>(() =>
    initialKickoff({ declaredAt: '', timeZone: 'UTC', lang, template: firstTemplate }),
  );
  const [ready, setReady] = useState(false);
  const [saveProblem, setSaveProblem] = useState('');
  const [notices, setNotices] = useState<string[]>([]);
  /** The other tab's kickoff, while this tab waits for the user's merge-or-copy answer (nothing is saved meanwhile). */
  const [conflict, setConflict] = useState<KickoffState | null>(null);
  /**
   * The stored text this tab last read or wrote (a save over anything else would drop another tab's
   * work), and the kickoff both tabs last had in common, which a merge starts from.
   */
  const basis = useRef<{ text: string | null; state: KickoffState } | null>(null);
  /** The stored entries this tab read and wrote: what another tab's save was based on. */
  const [lineage] = useState(() => new Lineage());
  /**
   * The fresh kickoff of a tab that found nothing stored: what another tab's save written where nothing
   * was stored started from too (two tabs opened together each save their fresh kickoff).
   */
  const pristine = useRef<KickoffState | null>(null);
  /** Unreadable text that could not be copied aside (storage full): written back with every save. */
  const carried = useRef<string[]>([]);
  /** The newest `save`, for a save that another tab's save makes necessary. */
  const saveNow = useRef<(value: KickoffState) => void>(() => {});
  const latest = useRef(state);
  const conflictRef = useRef(conflict);
  // Updated in the commit that renders the state (a layout effect): Preact runs plain effects after the
  // next paint, and another tab's save arriving in between read the state from before the last edit,
  // so this tab, with unsaved edits, was taken for a clean one and followed the other, dropping them.
  useLayoutEffect(() => {
    latest.current = state;
    conflictRef.current = conflict;
  });
  const update = useCallback((patch: Partial<KickoffState>) => setState((previous) => ({ ...previous, ...patch })), []);
  const addNotices = useCallback(
    (more: string[]) => setNotices((previous) => [...previous, ...more.filter((m) => !previous.includes(m))]),
    [],
  );

  useEffect(() => {
    const zone = browserZone();
    const fresh = initialKickoff({ declaredAt: nowIn(zone), timeZone: zone, lang, template: firstTemplate });
    let state = fresh;
    try {
      const loaded = loadKickoff(localStorage, fresh, Date.now());
      state = loaded.state;
      basis.current = { text: localStorage.getItem(STORAGE_KEY), state };
      lineage.read(basis.current.text);
      if (basis.current.text === null) pristine.current = state;
      carried.current = loaded.carried;
      // eslint-disable-next-line react-hooks/set-state-in-effect -- localStorage exists only after hydration
      setNotices(restoreNotices(loaded, t, zone));
    } catch (error) {
      setSaveProblem(t('kickoff.saveFailed', { message: (error as Error).message }));
    }
    setState(state);
    setReady(true);
  }, [lang, firstTemplate, t, lineage]);

  /** Keeps `text` (a whole kickoff) under a fresh copy key, or inside the entry when storage is full; says where. */
  const keepCopy = useCallback(
    (text: string): string => {
      const key = copyAside(localStorage, COPY_PREFIX, text, Date.now());
      if (key !== null) return t('kickoff.keptUnder', { key });
      carried.current = [...carried.current, text];
      return t('kickoff.keptInside');
    },
    [t],
  );

  /**
   * Another tab saved `raw` (or a save found it in storage). It is compared with the kickoff both tabs
   * started from: the entry it was based on, when this tab read or wrote that entry; when it was
   * written where nothing was stored, a fresh kickoff (this tab's own, if it found nothing stored
   * either); else (an entry without a stamp, from an earlier version of the tool) this tab's basis.
   * See otherTabMove for what each case does.
   */
  const otherTabSaved = useCallback(
    (raw: string) => {
      if (raw === basis.current?.text) return;
      const read = readKickoff(raw, latest.current);
      // What the other tab carries for a later visit to copy aside stays carried.
      carried.current = [...carried.current, ...read.carried.filter((c) => !carried.current.includes(c))];
      const theirs = read.state;
      const parent = lineage.parentOf(raw);
      const common =
        parent !== null
          ? readKickoff(parent, latest.current).state
          : stampOf(raw)?.parent === null
            ? (pristine.current ??
              initialKickoff({ declaredAt: '', timeZone: latest.current.timeZone, lang, template: firstTemplate }))
            : (basis.current?.state ?? latest.current);
      lineage.read(raw);
      const move = otherTabMove(latest.current, theirs, common, sameKickoff);
      if (move === 'ask') {
        // The merge starts from what both tabs last had in common; the next save may replace `raw`.
        basis.current = { text: raw, state: common };
        setConflict(theirs);
        return;
      }
      basis.current = { text: raw, state: theirs };
      if (move === 'follow') {
        setState(theirs);
        setConflict(null);
        addNotices([t('kickoff.otherTabFollowed')]);
      }
      // Their save may have replaced this tab's last one: saved again, over theirs.
      if (move === 'keep') saveNow.current(latest.current);
    },
    [t, addNotices, lineage, lang, firstTemplate],
  );

  /** This tab's and the other tab's kickoff combined as the user chose; what neither keeps is saved as a copy. */
  const combine = useCallback(
    (choice: ConflictChoice, theirs: KickoffState): { next: KickoffState; messages: string[] } => {
      const mine = latest.current;
      if (choice === 'copy') return { next: theirs, messages: [t('kickoff.otherTabCopied'), keepCopy(serializeKickoff(mine))] };
      const { state: merged, clashes } = mergeKickoffs(basis.current?.state ?? mine, mine, theirs);
      if (clashes.length === 0) return { next: merged, messages: [t('kickoff.otherTabMerged')] };
      const fields = clashes.map((clash) => fieldName(t, clash));
      return { next: merged, messages: [t('kickoff.otherTabClashes', { fields }), keepCopy(serializeKickoff(theirs))] };
    },
    [t, keepCopy],
  );

  const resolveConflict = useCallback(
    (choice: ConflictChoice) => {
      const theirs = conflictRef.current;
      if (!theirs) return;
      const { next, messages } = combine(choice, theirs);
      basis.current = { text: basis.current?.text ?? null, state: theirs };
      conflictRef.current = null;
      setConflict(null);
      setState(next);
      addNotices(messages);
    },
    [combine, addNotices],
  );

  // A failure is shown and the kickoff stays in memory.
  const save = useCallback(
    (value: KickoffState) => {
      if (conflictRef.current) return; // waiting for the user's merge-or-copy answer
      const write = () =>
        saveKickoff(localStorage, value, {
          carried: carried.current,
          expected: basis.current?.text ?? null,
          stamp: lineage.next(basis.current?.text ?? null),
        });
      let result = write();
      if ('conflict' in result && lineage.isOwn(result.conflict)) {
        // This tab's own earlier save, still stored (another tab's, written in between, reached this
        // one by its storage event): writing over it drops nothing.
        basis.current = { text: result.conflict, state: basis.current?.state ?? value };
        result = write();
      }
      if ('conflict' in result) {
        // Another tab saved and its storage event has not arrived yet.
        otherTabSaved(result.conflict);
        return;
      }
      if (result.ok) {
        basis.current = { text: result.written, state: value };
        lineage.wrote(result.written);
      }
      setSaveProblem(
        result.ok ? '' : result.quota ? t('kickoff.saveFailedQuota') : t('kickoff.saveFailed', { message: result.message }),
      );
    },
    [t, otherTabSaved, lineage],
  );
  useLayoutEffect(() => {
    saveNow.current = save;
  });
  useAutosave(state, save, { enabled: ready, delayMs: AUTOSAVE_MS });
  useOtherTabWrites(STORAGE_KEY, ready, otherTabSaved);

  // Leaving while the question is open keeps both tabs' edits (merged, clashes kept as a copy).
  useEffect(() => {
    if (!ready) return;
    const onLeave = () => {
      const theirs = conflictRef.current;
      if (!theirs) return;
      const { next } = combine('merge', theirs);
      saveKickoff(localStorage, next, { carried: carried.current, stamp: lineage.next(basis.current?.text ?? null) });
    };
    addEventListener('pagehide', onLeave);
    return () => removeEventListener('pagehide', onLeave);
  }, [ready, combine, lineage]);

  return { state, setState, update, ready, saveProblem, notices, conflict: conflict !== null, resolveConflict };
}

/** Whole minutes since `declaredAt` by this browser's clock while `live`; the core only ever sees the minute. */
export function useLiveClock(live: boolean, declaredAt: string): number | null {
  const [minute, setMinute] = useState<number | null>(null);
  useEffect(() => {
    if (!live) return;
    const tick = () => {
      const since = minutesBetween(declaredAt, new Date().toISOString());
      setMinute(Number.isFinite(since) ? Math.max(0, Math.floor(since)) : null);
    };
    tick();
    const timer = setInterval(tick, LIVE_TICK_MS);
    return () => clearInterval(timer);
  }, [live, declaredAt]);
  return minute;
}

/**
 * The post-mortem generator's link carrying the kickoff as an incident, with the `timeline` it
 * recorded (handoverTimeline), or null until it is usable.
 */
export function useHandoff(
  state: KickoffState,
  core: IncidentCore | null,
  base: string,
  lang: Lang,
  timeline: readonly TimelineEntry[],
): string | null {
  const incidentJson = useMemo(() => {
    try {
      const incident = core ? kickoffIncident(state, core, timeline) : null;
      return incident ? JSON.stringify(incident) : '';
    } catch {
      return ''; // createIncident refused the values; the blocked message says what to fill in
    }
  }, [state, core, timeline]);
  const [handoff, setHandoff] = useState<string | null>(null);
  useEffect(() => {
    if (!incidentJson) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- the hand-over link follows the incident it encodes
      setHandoff(null);
      return;
    }
    let current = true;
    void postmortemHref(base, lang, JSON.parse(incidentJson) as Incident).then((href) => {
      if (current) setHandoff(href);
    });
    return () => {
      current = false;
    };
  }, [incidentJson, base, lang]);
  return handoff;
}

/**
 * The countdown to the next update while the live clock runs: ticks every second, shows itself in
 * the tab title (so a backgrounded tab still tells the time), and, when `notify` is on and the
 * browser allowed it, raises a notification the moment an update falls due.
 */
export function useUpdateCountdown(
  live: boolean,
  declaredAt: string,
  everyMinutes: number | null,
  notify: boolean,
  t: KickoffT,
): { dueAt: string; secondsLeft: number } | null {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    if (!live) return;
    const tick = () => setNow(Date.now());
    tick();
    const timer = setInterval(tick, 1_000);
    return () => clearInterval(timer);
  }, [live]);
  const countdown = live && now !== null ? updateCountdown(declaredAt, everyMinutes, now) : null;
  const label = countdown ? countdownLabel(countdown.secondsLeft) : '';
  // The tab's title changes in the same commit as the countdown on the page (a layout effect: Preact
  // runs plain effects after the next paint, and a background tab may not paint for a while).
  useLayoutEffect(() => {
    if (!label) return;
    const original = document.title;
    document.title = `${t('kickoff.countdownTitle', { time: label })} · ${original}`;
    return () => {
      document.title = original;
    };
  }, [label, t]);
  // The due time the last notification was for: each due time notifies once.
  const notified = useRef('');
  const due = countdown?.dueAt ?? '';
  const previousDue = useRef(due);
  useEffect(() => {
    // The due time moves on when the previous one is reached: that moment is when an update is due.
    const reached = previousDue.current && due !== previousDue.current ? previousDue.current : '';
    previousDue.current = due;
    if (!notify || !reached || notified.current === reached || typeof Notification === 'undefined') return;
    if (Notification.permission !== 'granted') return;
    notified.current = reached;
    new Notification(t('kickoff.updateDueNotification'));
  }, [due, notify, t]);
  return countdown;
}
