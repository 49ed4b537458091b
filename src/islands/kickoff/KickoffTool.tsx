// The incident kickoff assistant: severity, declaration, escalation clock, first message, roles, and
// the hand-over to the post-mortem generator. Every rule comes from the core and the data passed in
// as props; this component adds only what needs a browser: the clock, localStorage, the clipboard.
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { fillTemplate, placeholdersOf } from '../../core/comms.ts';
import { escalationStepLabel, notifiedAt } from '../../core/escalation.ts';
import { severityLabel } from '../../core/severity-label.ts';
import { addMinutes, clockLabel, nextEscalation, nextUpdateAt, suggestSeverity, TRIAGE_QUESTIONS, type TriageAnswer } from '../../core/kickoff.ts';
import type { CommsData, EscalationPolicy, Incident, Lang, Role, SeverityId, SeverityLevel, WorkflowData } from '../../core/schema.ts';
import { minutesBetween, toEpochMs } from '../../core/time/index.ts';
import { automationSteps, channelName } from '../../core/workflow.ts';
import { inZone, isTimeZone, timestampToWallTime, wallTimeToTimestamp } from '../../core/time/index.ts';
import { Select, TextField } from '../shared/fields.tsx';
import {
  STORAGE_KEY,
  incidentIdOf,
  initialKickoff,
  kickoffIncident,
  kickoffMessage,
  parseMinute,
  postmortemHref,
  restoreKickoff,
  serializeKickoff,
  templateValues,
  type IncidentCore,
  type KickoffState,
} from './logic.ts';
import { format, type Strings } from './strings.ts';

export interface KickoffToolProps {
  lang: Lang;
  strings: Strings;
  severities: SeverityLevel[];
  policies: EscalationPolicy[];
  workflow: WorkflowData;
  comms: CommsData;
  roles: Role[];
  /** The site's base path (import.meta.env.BASE_URL), for the post-mortem link. */
  base: string;
}

const AUTOSAVE_MS = 300;
const LIVE_TICK_MS = 5_000;
const ANSWERS: readonly TriageAnswer[] = ['yes', 'no', 'unsure'];

function browserZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isTimeZone(zone) ? zone : 'UTC';
}

/** This minute, in the zone's offset (seconds dropped: people declare at a minute, not a second). */
function nowIn(zone: string): string {
  return inZone(new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString(), zone);
}

function zoneOptions(current: string): { value: string; label: string }[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const all = zones.includes(current) ? zones : [current, ...zones];
  return all.map((z) => ({ value: z, label: z.replace(/_/g, ' ') }));
}

function CopyButton({ text, label, onDone }: { text: string; label: string; onDone: (ok: boolean) => void }) {
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      onDone(true);
    } catch {
      onDone(false);
    }
  };
  return (
    <button type="button" onClick={() => void copy()}>
      {label}
    </button>
  );
}

export default function KickoffTool({ lang, strings: s, severities, policies, workflow, comms, roles, base }: KickoffToolProps) {
  const firstTemplate = comms.templates[0]!.id;
  const [state, setState] = useState<KickoffState>(() => initialKickoff({ declaredAt: '', timeZone: 'UTC', lang, template: firstTemplate }));
  const [ready, setReady] = useState(false);
  const [live, setLive] = useState(false);
  const [liveMinute, setLiveMinute] = useState<number | null>(null);
  const [polite, setPolite] = useState('');
  const [saveProblem, setSaveProblem] = useState('');
  const [undo, setUndo] = useState<KickoffState | null>(null);
  const latest = useRef(state);
  latest.current = state;
  const uid = useId();
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

  const announce = useCallback((message: string) => setPolite((previous) => (previous === message ? `${message}\u200b` : message)), []);
  const update = useCallback((patch: Partial<KickoffState>) => setState((previous) => ({ ...previous, ...patch })), []);

  // Restore the last kickoff, or start one declared now in this browser's zone.
  useEffect(() => {
    const zone = browserZone();
    const fresh = initialKickoff({ declaredAt: nowIn(zone), timeZone: zone, lang, template: firstTemplate });
    let raw: string | null = null;
    try {
      raw = localStorage.getItem(STORAGE_KEY);
    } catch (error) {
      setSaveProblem(format(s.saveFailed, { message: (error as Error).message }));
    }
    setState(restoreKickoff(raw, fresh));
    setReady(true);
  }, [lang, firstTemplate, s]);

  // Debounced autosave; a failure is shown and the kickoff stays in memory.
  useEffect(() => {
    if (!ready) return;
    const timer = setTimeout(() => {
      try {
        localStorage.setItem(STORAGE_KEY, serializeKickoff(state));
        setSaveProblem('');
      } catch (error) {
        setSaveProblem(format(s.saveFailed, { message: (error as Error).message }));
      }
    }, AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [state, ready, s]);

  // Following the post-mortem link (or closing the tab) inside the debounce must not lose input.
  useEffect(() => {
    if (!ready) return;
    const flush = () => {
      try {
        localStorage.setItem(STORAGE_KEY, serializeKickoff(latest.current));
      } catch {
        // Already reported by the autosave.
      }
    };
    addEventListener('pagehide', flush);
    return () => removeEventListener('pagehide', flush);
  }, [ready]);

  // The live clock: the browser's time, minus the declared time. The core only ever sees the minute.
  const declaredAt = state.declaredAt;
  useEffect(() => {
    if (!live) return;
    const tick = () => {
      const since = minutesBetween(declaredAt, new Date().toISOString());
      setLiveMinute(Number.isFinite(since) ? Math.max(0, Math.floor(since)) : null);
    };
    tick();
    const timer = setInterval(tick, LIVE_TICK_MS);
    return () => clearInterval(timer);
  }, [live, declaredAt]);

  const level = severities.find((l) => l.id === state.severity) ?? null;
  const sevLabel = state.severity ? severityLabel(state.severity, lang, severities) : '';
  const suggestion = suggestSeverity(state.answers, severities);
  const incidentId = core ? incidentIdOf(state.counter, core) : null;
  const declaredOk = !Number.isNaN(toEpochMs(declaredAt));
  const channel = incidentId && declaredOk ? channelName({ id: incidentId, title: state.title, declaredAt }) : '';
  const steps = state.severity ? automationSteps(workflow, state.severity) : [];
  const policy = policies.find((p) => p.severity === state.severity) ?? null;
  const minute = live ? liveMinute : parseMinute(state.minute);
  const notified = policy && minute !== null ? notifiedAt(policy, minute) : [];
  const next = policy && minute !== null ? nextEscalation(policy, minute) : null;
  const nextUpdate = level && declaredOk ? nextUpdateAt(declaredAt, level.updateEveryMinutes, minute ?? 0) : null;
  const nextUpdateText = nextUpdate ? clockLabel(nextUpdate) : '';
  // The zone list differs between Node (build) and browsers, so it is filled in only after hydration.
  const zones = useMemo(() => (ready ? zoneOptions(state.timeZone) : [{ value: state.timeZone, label: state.timeZone }]), [ready, state.timeZone]);

  const template = comms.templates.find((t) => t.id === state.template) ?? comms.templates[0]!;
  const templateText = template.text[state.messageLang];
  const placeholderNames = placeholdersOf(templateText);
  const filled = fillTemplate(templateText, templateValues(state.values, nextUpdateText));
  const missingNames = filled.missing.map((name) => `${comms.placeholders[name]?.[lang] ?? name} ({${name}})`);

  const roster = roles.map((r) => ({ role: r.name[lang], person: state.roles[r.id] ?? '' }));
  const message = kickoffMessage({ id: incidentId ?? '', title: state.title, severity: sevLabel, channel, roles: roster, nextUpdate: nextUpdateText }, s);

  const incidentJson = useMemo(() => {
    try {
      const incident = core ? kickoffIncident(state, core) : null;
      return incident ? JSON.stringify(incident) : '';
    } catch {
      return ''; // createIncident refused the values; the blocked message says what to fill in
    }
  }, [state, core]);
  const [handoff, setHandoff] = useState<string | null>(null);
  useEffect(() => {
    if (!incidentJson) {
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

  const copied = (ok: boolean) => announce(ok ? s.copied : s.copyFailed);
  const setAnswer = (q: (typeof TRIAGE_QUESTIONS)[number], a: TriageAnswer) => update({ answers: { ...state.answers, [q]: a } });
  const chooseSeverity = (id: SeverityId) => {
    update({ severity: id });
    announce(format(s.confirmed, { severity: severityLabel(id, lang, severities) }));
  };
  const toggleStep = (id: string, on: boolean) => update({ done: on ? [...state.done.filter((d) => d !== id), id] : state.done.filter((d) => d !== id) });
  const startNew = () => {
    setUndo(state);
    setLive(false);
    setState(initialKickoff({ declaredAt: nowIn(state.timeZone), timeZone: state.timeZone, lang, template: firstTemplate }));
    announce(s.newKickoffDone);
  };
  const undoNew = () => {
    if (undo) setState(undo);
    setUndo(null);
    announce(s.undone);
  };

  const counterWarning = core && incidentId === null ? format(s.counterInvalid, { value: state.counter || '—' }) : undefined;
  const minuteWarning = !live && minute === null ? format(s.minutesInvalid, { value: state.minute || '—' }) : undefined;
  const who = (list: { target: Record<Lang, string> }[]) => list.map((step) => step.target[lang]).join(', ');

  return (
    <div className="ko-tool tool-form" data-ready={ready && core ? 'true' : undefined}>
      <div className="tool-live" role="status" aria-live="polite">
        {polite}
      </div>
      <p className="tool-privacy">{s.privacy}</p>
      {!ready && <p>{s.loading}</p>}
      {saveProblem && (
        <p className="field-error" role="alert">
          {saveProblem}
        </p>
      )}
      <div className="row-buttons ko-top">
        <button type="button" onClick={startNew}>
          {s.newKickoff}
        </button>
        {undo && (
          <button type="button" onClick={undoNew}>
            {s.undo}
          </button>
        )}
      </div>

      <section className="ko-section" aria-labelledby={`${uid}-sev`}>
        <h2 id={`${uid}-sev`}>{s.severityHeading}</h2>
        <p>{s.questionsIntro}</p>
        {TRIAGE_QUESTIONS.map((q) => {
          const hint = s.questionHints[q];
          return (
            <fieldset key={q} className="ko-question" aria-describedby={hint ? `${uid}-${q}-hint` : undefined}>
              <legend>{s.questions[q]}</legend>
              {hint && (
                <p className="field-hint" id={`${uid}-${q}-hint`}>
                  {hint}
                </p>
              )}
              <div className="ko-answers">
                {ANSWERS.map((a) => (
                  <label key={a}>
                    <input type="radio" name={`${uid}-${q}`} value={a} checked={state.answers[q] === a} onChange={() => setAnswer(q, a)} /> {s.answers[a]}
                  </label>
                ))}
              </div>
            </fieldset>
          );
        })}
        <p className="ko-rule">{s.unsureRule}</p>
        <div className="ko-suggestion" aria-live="polite">
          {suggestion ? (
            <>
              <p>
                <strong>{format(s.suggestion, { severity: severityLabel(suggestion.severity, lang, severities) })}</strong>
                {suggestion.roundedUp && <> {s.suggestionRoundedUp}</>}
              </p>
              <button type="button" onClick={() => chooseSeverity(suggestion.severity)}>
                {format(s.useSuggestion, { severity: suggestion.severity })}
              </button>
            </>
          ) : (
            <p>{s.suggestionPending}</p>
          )}
        </div>
        <fieldset className="ko-levels">
          <legend>{s.severityLegend}</legend>
          {severities.map((l) => (
            <div key={l.id} className="ko-level" data-selected={state.severity === l.id ? 'true' : undefined}>
              <input
                type="radio"
                id={`${uid}-level-${l.id}`}
                name={`${uid}-level`}
                value={l.id}
                checked={state.severity === l.id}
                onChange={() => chooseSeverity(l.id)}
                aria-describedby={`${uid}-level-${l.id}-about`}
              />
              <label htmlFor={`${uid}-level-${l.id}`}>
                <strong>{l.id}</strong> {l.name[lang]}
              </label>
              <div className="ko-level-about" id={`${uid}-level-${l.id}-about`}>
                <p>{l.definition[lang]}</p>
                <p>
                  {s.response}: {l.response[lang]}.{' '}
                  {l.updateEveryMinutes ? format(s.updateEvery, { minutes: l.updateEveryMinutes }) : s.noUpdateCadence}.
                </p>
                <p className="ko-examples">
                  {s.examples}: {l.examples[lang].join('; ')}
                </p>
              </div>
            </div>
          ))}
        </fieldset>
        <p className="ko-confirmed">{state.severity ? format(s.confirmed, { severity: sevLabel }) : s.notConfirmed}</p>
      </section>

      <section className="ko-section" aria-labelledby={`${uid}-declare`}>
        <h2 id={`${uid}-declare`}>{s.declareHeading}</h2>
        <div className="field-grid">
          <TextField className="field-grow" label={s.title} hint={s.titleHint} name="title" value={state.title} onChange={(title) => update({ title })} />
          <TextField label={s.counter} hint={s.counterHint} name="counter" value={state.counter} warning={counterWarning} onChange={(counter) => update({ counter })} />
          <TextField label={s.incidentId} name="incidentId" value={incidentId ?? ''} readOnly onChange={() => undefined} />
        </div>
        <div className="field-grid ko-when">
          <TextField
            label={s.declaredAt}
            type="datetime-local"
            name="declaredAt"
            hint={declaredOk ? format(s.declaredHint, { timestamp: declaredAt }) : undefined}
            warning={ready && !declaredOk ? s.declaredInvalid : undefined}
            value={declaredOk ? timestampToWallTime(declaredAt, state.timeZone) : ''}
            onChange={(wall) => update({ declaredAt: wall ? (wallTimeToTimestamp(wall, state.timeZone) ?? '') : '' })}
          />
          <Select
            label={s.timeZone}
            name="timeZone"
            value={state.timeZone}
            options={zones}
            onChange={(timeZone) => update({ timeZone, declaredAt: declaredOk ? inZone(declaredAt, timeZone) : declaredAt })}
          />
          <div className="field ko-now">
            <button type="button" onClick={() => update({ declaredAt: nowIn(state.timeZone) })}>
              {s.now}
            </button>
          </div>
        </div>
        <TextField className="ko-channel" label={s.channel} name="channel" value={channel} readOnly onChange={() => undefined} />
        {state.severity ? (
          <fieldset className="ko-steps">
            <legend>{format(s.stepsHeading, { severity: sevLabel })}</legend>
            <ul>
              {steps.map((step) => (
                <li key={step.id}>
                  <label>
                    <input type="checkbox" checked={state.done.includes(step.id)} onChange={(e) => toggleStep(step.id, e.target.checked)} /> {step.label[lang]}
                  </label>
                </li>
              ))}
            </ul>
            <p className="field-hint">{format(s.stepsProgress, { done: steps.filter((st) => state.done.includes(st.id)).length, total: steps.length })}</p>
          </fieldset>
        ) : (
          <p className="field-hint">{s.pickSeverityFirst}</p>
        )}
      </section>

      <section className="ko-section" aria-labelledby={`${uid}-esc`}>
        <h2 id={`${uid}-esc`}>{s.escalationHeading}</h2>
        <div className="field-grid">
          <TextField
            label={s.minutesSince}
            hint={live ? s.liveClockOn : s.minutesHint}
            name="minutes"
            value={live ? (liveMinute === null ? '' : String(liveMinute)) : state.minute}
            readOnly={live}
            warning={minuteWarning}
            onChange={(value) => update({ minute: value })}
          />
          <div className="field ko-now">
            <button type="button" aria-pressed={live} disabled={!declaredOk} onClick={() => setLive(!live)}>
              {live ? s.stopClock : s.startClock}
            </button>
          </div>
        </div>
        {policy ? (
          <>
            <ol className="ko-escalation">
              {policy.steps.map((step, i) => {
                const done = notified.includes(step);
                const isNext = next?.step === step;
                return (
                  <li key={i} data-status={done ? 'notified' : isNext ? 'next' : 'later'}>
                    <span className="ko-when-at">
                      {declaredOk ? `${clockLabel(addMinutes(declaredAt, step.afterMinutes))} · ` : ''}
                      {format(s.atMinute, { minutes: step.afterMinutes })}
                    </span>{' '}
                    <span className="ko-what">{escalationStepLabel(step, lang)}</span>{' '}
                    <span className="ko-status">{done ? s.statusNotified : isNext ? format(s.statusNext, { minutes: next!.inMinutes }) : s.statusLater}</span>
                  </li>
                );
              })}
            </ol>
            {minute !== null && (
              <div className="ko-clock-summary" aria-live="polite" data-testid="escalation-summary">
                <p>{notified.length ? format(s.notifiedSummary, { minute, who: who(notified) }) : format(s.notifiedNobody, { minute })}</p>
                <p>
                  {next
                    ? format(s.nextSummary, {
                        who: next.step.target[lang],
                        minutes: next.inMinutes,
                        time: declaredOk ? clockLabel(addMinutes(declaredAt, next.step.afterMinutes)) : '—',
                      })
                    : s.nobodyNext}
                </p>
              </div>
            )}
          </>
        ) : (
          <p className="field-hint">{s.pickSeverityFirst}</p>
        )}
      </section>

      <section className="ko-section" aria-labelledby={`${uid}-comms`}>
        <h2 id={`${uid}-comms`}>{s.commsHeading}</h2>
        <p>
          {level
            ? level.updateEveryMinutes && nextUpdateText
              ? format(s.nextUpdateDue, { time: nextUpdateText, minutes: level.updateEveryMinutes, severity: sevLabel })
              : format(s.nextUpdateNone, { severity: sevLabel })
            : s.pickSeverityFirst}
        </p>
        <div className="field-grid">
          <Select
            label={s.template}
            name="template"
            value={template.id}
            options={comms.templates.map((t) => ({ value: t.id, label: t.name[lang] }))}
            onChange={(id) => update({ template: id })}
          />
          <Select
            label={s.messageLang}
            name="messageLang"
            value={state.messageLang}
            options={(['en', 'th'] as const).map((l) => ({ value: l, label: s.langNames[l] }))}
            onChange={(messageLang) => update({ messageLang })}
          />
        </div>
        <div className="field-grid">
          {placeholderNames.map((name) => (
            <TextField
              key={name}
              className="field-grow"
              label={comms.placeholders[name]?.[lang] ?? name}
              hint={name === 'next_update' && nextUpdateText ? format(s.nextUpdateHint, { time: nextUpdateText }) : undefined}
              name={`placeholder-${name}`}
              value={state.values[name] ?? ''}
              onChange={(value) => update({ values: { ...state.values, [name]: value } })}
            />
          ))}
        </div>
        <div className="field">
          <label htmlFor={`${uid}-preview`}>
            {s.preview} ({s.langNames[state.messageLang]})
          </label>
          <textarea id={`${uid}-preview`} readOnly rows={4} value={filled.text} lang={state.messageLang} aria-describedby={`${uid}-missing`} />
        </div>
        <p id={`${uid}-missing`} className={filled.missing.length ? 'field-warning' : 'ko-ok'} role="status" aria-live="polite">
          {filled.missing.length ? format(s.missing, { names: missingNames.join(', ') }) : s.complete}
        </p>
        <CopyButton text={filled.text} label={s.copyMessage} onDone={copied} />
      </section>

      <section className="ko-section" aria-labelledby={`${uid}-roles`}>
        <h2 id={`${uid}-roles`}>{s.rosterHeading}</h2>
        <p>{s.rosterIntro}</p>
        <div className="field-grid">
          {roles.map((r) => (
            <TextField
              key={r.id}
              className="field-grow"
              label={r.name[lang]}
              hint={r.summary[lang]}
              name={`role-${r.id}`}
              value={state.roles[r.id] ?? ''}
              onChange={(person) => update({ roles: { ...state.roles, [r.id]: person } })}
            />
          ))}
        </div>
        <div className="field">
          <label htmlFor={`${uid}-kickoff`}>{s.kickoffMessage}</label>
          <textarea id={`${uid}-kickoff`} readOnly rows={5} value={message} />
        </div>
        <CopyButton text={message} label={s.copyKickoff} onDone={copied} />
      </section>

      <section className="ko-section" aria-labelledby={`${uid}-continue`}>
        <h2 id={`${uid}-continue`}>{s.continueHeading}</h2>
        <p>{s.continueText}</p>
        {handoff ? (
          <p>
            <a className="ko-continue" href={handoff}>
              {s.continueLink}
            </a>
          </p>
        ) : (
          <p className="field-hint">{s.continueBlocked}</p>
        )}
      </section>
    </div>
  );
}
