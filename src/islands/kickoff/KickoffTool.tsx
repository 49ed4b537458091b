// The incident kickoff assistant: severity, declaration, escalation clock, first message, roles, and
// the hand-over to the post-mortem generator, one component per section. Every rule comes from the
// core and the data passed in as props; the hooks (hooks.ts) add only what needs a browser: the
// clock, localStorage, the clipboard.
import { useId, useMemo, useState } from 'react';
import type { Messages as MessageTable } from '../../core/i18n/translate.ts';
import { severityLabel } from '../../core/severity-label.ts';
import { clockLabel, countdownLabel, nextUpdateAt } from '../../core/kickoff.ts';
import type {
  CommsData,
  EscalationPolicy,
  Lang,
  Role,
  SeverityId,
  SeverityLevel,
  TriageQuestionData,
  WorkflowData,
} from '../../core/schema.ts';
import { toEpochMs } from '../../core/time/index.ts';
import { automationSteps, channelName } from '../../core/workflow.ts';
import { LiveRegions, useAnnouncer } from '../shared/announcer.tsx';
import { OtherTabPrompt } from '../shared/OtherTabPrompt.tsx';
import { ToolLoading } from '../shared/ToolLoading.tsx';
import { Clock } from './Clock.tsx';
import { Declare } from './Declare.tsx';
import { Handover } from './Handover.tsx';
import { nowIn, useHandoff, useIncidentCore, useKickoffState, useLiveClock, useUpdateCountdown } from './hooks.ts';
import { kickoffTranslate } from './i18n.ts';
import { handoverTimeline, incidentIdOf, initialKickoff, kickoffMessage, parseMinute, type KickoffState } from './logic.ts';
import { Messages } from './Messages.tsx';
import { Roles } from './Roles.tsx';
import { Triage } from './Triage.tsx';

export interface KickoffToolProps {
  lang: Lang;
  /** The 'kickoff.' messages in the page's language (pickMessages). */
  messages: MessageTable;
  severities: SeverityLevel[];
  /** The "which severity" questions of severity.yaml. */
  triage: TriageQuestionData[];
  policies: EscalationPolicy[];
  workflow: WorkflowData;
  comms: CommsData;
  roles: Role[];
  /** The site's base path (import.meta.env.BASE_URL), for the post-mortem link. */
  base: string;
}

export default function KickoffTool({
  lang,
  messages,
  severities,
  triage,
  policies,
  workflow,
  comms,
  roles,
  base,
}: KickoffToolProps) {
  const t = useMemo(() => kickoffTranslate(messages, lang), [messages, lang]);
  const firstTemplate = comms.templates[0]!.id;
  const { state, setState, update, ready, saveProblem, notices, conflict, resolveConflict } = useKickoffState({
    t,
    lang,
    firstTemplate,
  });
  const [live, setLive] = useState(false);
  const liveMinute = useLiveClock(live, state.declaredAt);
  const [undo, setUndo] = useState<KickoffState | null>(null);
  const { polite, announce } = useAnnouncer();
  const uid = useId();
  const core = useIncidentCore();
  // The checklist shown and what was ticked and sent go into the post-mortem's timeline at hand-over.
  const handover = useMemo(() => {
    const steps = state.severity
      ? automationSteps(workflow, state.severity).map((s) => ({ id: s.id, label: s.label[lang] }))
      : [];
    return handoverTimeline(state, steps, t);
  }, [state, workflow, lang, t]);
  const handoff = useHandoff(state, core, base, lang, handover);

  const declaredAt = state.declaredAt;
  const level = severities.find((l) => l.id === state.severity) ?? null;
  const sevLabel = state.severity ? severityLabel(state.severity, lang, severities) : '';
  const incidentId = core ? incidentIdOf(state.counter, core) : null;
  const declaredOk = !Number.isNaN(toEpochMs(declaredAt));
  const channel = incidentId && declaredOk ? channelName({ id: incidentId, title: state.title, declaredAt }) : '';
  const policy = policies.find((p) => p.severity === state.severity) ?? null;
  const minute = live ? liveMinute : parseMinute(state.minute);
  const nextUpdate = level && declaredOk ? nextUpdateAt(declaredAt, level.updateEveryMinutes, minute ?? 0) : null;
  const nextUpdateText = nextUpdate ? clockLabel(nextUpdate) : '';
  const [notify, setNotify] = useState(false);
  const countdown = useUpdateCountdown(live, declaredAt, level?.updateEveryMinutes ?? null, notify, t);
  const roster = roles.map((r) => ({ role: r.name[lang], person: state.roles[r.id] ?? '' }));
  const message = kickoffMessage(
    { id: incidentId ?? '', title: state.title, severity: sevLabel, channel, roles: roster, nextUpdate: nextUpdateText },
    t,
  );
  const counterWarning = core && incidentId === null ? t('kickoff.counterInvalid', { value: state.counter || '—' }) : undefined;

  const toggleNotify = (on: boolean) => {
    setNotify(on);
    if (!on) return;
    if (typeof Notification === 'undefined') return announce(t('kickoff.notifyUnavailable'));
    if (Notification.permission === 'default')
      void Notification.requestPermission().then((p) => {
        if (p !== 'granted') announce(t('kickoff.notifyUnavailable'));
      });
    else if (Notification.permission === 'denied') announce(t('kickoff.notifyUnavailable'));
  };
  const copied = (ok: boolean) => announce(ok ? t('kickoff.copied') : t('kickoff.copyFailed'));
  const chooseSeverity = (id: SeverityId) => {
    update({ severity: id });
    announce(t('kickoff.confirmed', { severity: severityLabel(id, lang, severities) }));
  };
  const startNew = () => {
    setUndo(state);
    setLive(false);
    setState(initialKickoff({ declaredAt: nowIn(state.timeZone), timeZone: state.timeZone, lang, template: firstTemplate }));
    announce(t('kickoff.newKickoffDone'));
  };
  const undoNew = () => {
    if (undo) setState(undo);
    setUndo(null);
    announce(t('kickoff.undone'));
  };

  const section = { t, lang, state, update, uid };
  return (
    <div className="ko-tool tool-form" data-ready={ready && core ? 'true' : undefined}>
      <LiveRegions polite={polite} />
      <p className="tool-privacy">
        {t('kickoff.privacy')} <ToolLoading ready={ready}>{t('kickoff.loading')}</ToolLoading>
      </p>
      {saveProblem && (
        <p className="field-error" role="alert">
          {saveProblem}
        </p>
      )}
      {notices.map((notice) => (
        <p key={notice} className="field-error" role="status">
          {notice}
        </p>
      ))}
      {conflict && (
        <OtherTabPrompt
          className="ko-other-tab"
          heading={t('kickoff.otherTabHeading')}
          text={t('kickoff.otherTabConflict')}
          mergeLabel={t('kickoff.otherTabMerge')}
          copyLabel={t('kickoff.otherTabCopy')}
          onAnswer={resolveConflict}
        />
      )}
      <div className="row-buttons ko-top">
        <button type="button" onClick={startNew}>
          {t('kickoff.newKickoff')}
        </button>
        {undo && (
          <button type="button" onClick={undoNew}>
            {t('kickoff.undo')}
          </button>
        )}
      </div>

      <Triage {...section} severities={severities} questions={triage} sevLabel={sevLabel} chooseSeverity={chooseSeverity} />
      <Declare
        {...section}
        ready={ready}
        incidentId={incidentId}
        counterWarning={counterWarning}
        declaredOk={declaredOk}
        channel={channel}
        workflow={workflow}
        sevLabel={sevLabel}
      />
      <Clock
        {...section}
        policy={policy}
        minute={minute}
        live={live}
        setLive={setLive}
        liveMinute={liveMinute}
        declaredOk={declaredOk}
      />
      <div className="ko-countdown" data-testid="update-countdown">
        {countdown ? (
          <p>
            <strong>
              {t('kickoff.countdown', { time: countdownLabel(countdown.secondsLeft), at: clockLabel(countdown.dueAt) })}
            </strong>
          </p>
        ) : (
          <p className="field-hint">{level?.updateEveryMinutes ? t('kickoff.countdownHint') : t('kickoff.noUpdateCadence')}</p>
        )}
        <label>
          <input type="checkbox" checked={notify} onChange={(e) => toggleNotify(e.currentTarget.checked)} />{' '}
          {t('kickoff.notifyWhenDue')}
        </label>
      </div>
      <Messages {...section} comms={comms} level={level} sevLabel={sevLabel} nextUpdateText={nextUpdateText} onCopied={copied} />
      <Roles {...section} roles={roles} message={message} onCopied={copied} />
      <Handover t={t} uid={uid} href={handoff} carried={handover} />
    </div>
  );
}
