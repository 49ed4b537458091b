// The kickoff's browser-side state: the saved kickoff (restore and autosave), the live clock, the
// incident core loaded after the page is interactive, and the hand-over link to the post-mortem tool.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { countdownLabel, updateCountdown } from '../../core/kickoff.ts';
import type { Incident, Lang, TimelineEntry } from '../../core/schema.ts';
import { safeText } from '../../core/text/shown.ts';
import { inZone, isTimeZone, minutesBetween } from '../../core/time/index.ts';
import { useAutosave } from '../shared/autosave.ts';
import { browserZone } from '../shared/zone.ts';
import type { KickoffT } from './i18n.ts';
import {
  STORAGE_KEY,
  initialKickoff,
  kickoffIncident,
  postmortemHref,
  restoreKickoff,
  serializeKickoff,
  type IncidentCore,
  type KickoffState,
} from './logic.ts';

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

/** Where a saved kickoff that cannot be read is copied before a fresh one replaces it. */
export const KICKOFF_BACKUP_PREFIX = `${STORAGE_KEY}.unreadable.`;

/** Whether a stored kickoff is one restoreKickoff can read (an object with a `state` object). */
export function isReadableKickoff(raw: string): boolean {
  try {
    const stored: unknown = JSON.parse(raw);
    const state = typeof stored === 'object' && stored !== null ? (stored as { state?: unknown }).state : null;
    return typeof state === 'object' && state !== null;
  } catch {
    return false;
  }
}

/**
 * The saved kickoff, restored: a zone this browser does not know is replaced by its own zone (the
 * times are instants, nothing changes), and an unreadable entry is copied under a fresh backup key
 * before the fresh kickoff replaces it (when even that copy fails, `canSave` is false: this visit
 * must not write over it). Returns the notices to show, in the reader's language.
 */
export function restoreSavedKickoff(
  storage: Pick<Storage, 'getItem' | 'setItem'>,
  fresh: KickoffState,
  t: KickoffT,
  nowMs: number,
): { state: KickoffState; notices: string[]; canSave: boolean } {
  const raw = storage.getItem(STORAGE_KEY);
  const notices: string[] = [];
  if (raw && !isReadableKickoff(raw)) {
    let key = `${KICKOFF_BACKUP_PREFIX}${new Date(nowMs).toISOString()}`;
    for (let n = 2; storage.getItem(key) !== null; n++) key = `${KICKOFF_BACKUP_PREFIX}${new Date(nowMs).toISOString()}.${n}`;
    try {
      storage.setItem(key, raw);
    } catch {
      // Storage full: the unreadable entry stays where it is, and nothing overwrites it this visit.
      return { state: fresh, notices: [t('kickoff.restoreKeptInPlace')], canSave: false };
    }
    notices.push(t('kickoff.restoreBackedUp', { key }));
  }
  const state = restoreKickoff(raw, fresh);
  if (!isTimeZone(state.timeZone)) {
    notices.push(t('kickoff.restoreUnknownZone', { saved: safeText(state.timeZone, 60), zone: fresh.timeZone }));
    return { state: { ...state, timeZone: fresh.timeZone }, notices, canSave: true };
  }
  return { state, notices, canSave: true };
}

/** The kickoff in localStorage: restored after hydration (or started now in this browser's zone), then autosaved. */
export function useKickoffState({ t, lang, firstTemplate }: { t: KickoffT; lang: Lang; firstTemplate: string }) {
  const [state, setState] = useState<KickoffState>(() =>
    initialKickoff({ declaredAt: '', timeZone: 'UTC', lang, template: firstTemplate }),
  );
  const [ready, setReady] = useState(false);
  const [saveProblem, setSaveProblem] = useState('');
  const [notices, setNotices] = useState<string[]>([]);
  const [canSave, setCanSave] = useState(true);
  const update = useCallback((patch: Partial<KickoffState>) => setState((previous) => ({ ...previous, ...patch })), []);

  useEffect(() => {
    const zone = browserZone();
    const fresh = initialKickoff({ declaredAt: nowIn(zone), timeZone: zone, lang, template: firstTemplate });
    let restored: ReturnType<typeof restoreSavedKickoff> = { state: fresh, notices: [], canSave: true };
    try {
      restored = restoreSavedKickoff(localStorage, fresh, t, Date.now());
    } catch (error) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- localStorage exists only after hydration
      setSaveProblem(t('kickoff.saveFailed', { message: (error as Error).message }));
    }
    setState(restored.state);
    setNotices(restored.notices);
    setCanSave(restored.canSave);
    setReady(true);
  }, [lang, firstTemplate, t]);

  // A failure is shown and the kickoff stays in memory.
  const save = useCallback(
    (value: KickoffState) => {
      try {
        localStorage.setItem(STORAGE_KEY, serializeKickoff(value));
        setSaveProblem('');
      } catch (error) {
        setSaveProblem(t('kickoff.saveFailed', { message: (error as Error).message }));
      }
    },
    [t],
  );
  useAutosave(state, save, { enabled: ready && canSave, delayMs: AUTOSAVE_MS });

  return { state, setState, update, ready, saveProblem, notices };
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
  useEffect(() => {
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
