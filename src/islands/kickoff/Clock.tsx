// 3. The escalation clock: minutes since declared (typed, or live from this browser's clock), who
// the policy has paged by then and who is next.
import { escalationStepLabel } from '../../core/escalation.ts';
import { addMinutes, clockLabel, escalationState } from '../../core/kickoff.ts';
import type { EscalationPolicy, Lang } from '../../core/schema.ts';
import { TextField } from '../shared/fields.tsx';
import { parseMinute } from './logic.ts';
import type { SectionProps } from './section.ts';

interface ClockProps extends SectionProps {
  policy: EscalationPolicy | null;
  /** The minute the clock shows, or null when the typed value is not a number. */
  minute: number | null;
  live: boolean;
  setLive: (live: boolean) => void;
  liveMinute: number | null;
  declaredOk: boolean;
}

export function Clock({ t, lang, state, update, uid, policy, minute, live, setLive, liveMinute, declaredOk }: ClockProps) {
  const declaredAt = state.declaredAt;
  const acknowledgedAt = parseMinute(state.acknowledgedAt);
  const escalation = policy && minute !== null ? escalationState(policy, minute, acknowledgedAt) : null;
  const notified = escalation?.notified ?? [];
  const next = escalation?.next ?? null;
  const acknowledge = () => update({ acknowledgedAt: acknowledgedAt === null && minute !== null ? String(minute) : '' });
  const minuteWarning = !live && minute === null ? t('kickoff.minutesInvalid', { value: state.minute || '—' }) : undefined;
  const who = (list: { target: Record<Lang, string> }[]) => list.map((step) => step.target[lang]).join(', ');
  return (
    <section className="ko-section" aria-labelledby={`${uid}-esc`}>
      <h2 id={`${uid}-esc`}>{t('kickoff.escalationHeading')}</h2>
      <div className="field-grid">
        <TextField
          label={t('kickoff.minutesSince')}
          hint={live ? t('kickoff.liveClockOn') : t('kickoff.minutesHint')}
          name="minutes"
          value={live ? (liveMinute === null ? '' : String(liveMinute)) : state.minute}
          readOnly={live}
          warning={minuteWarning}
          onChange={(value) => update({ minute: value })}
        />
        <div className="field ko-now">
          <button type="button" aria-pressed={live} disabled={!declaredOk} onClick={() => setLive(!live)}>
            {live ? t('kickoff.stopClock') : t('kickoff.startClock')}
          </button>{' '}
          <button type="button" aria-pressed={acknowledgedAt !== null} disabled={minute === null} onClick={acknowledge}>
            {t('kickoff.acknowledged')}
          </button>
        </div>
      </div>
      {policy ? (
        <>
          <ol className="ko-escalation">
            {policy.steps.map((step, i) => {
              const done = notified.includes(step);
              const isNext = next?.step === step;
              const stopped = escalation?.stopped.includes(step) ?? false;
              return (
                <li key={i} data-status={done ? 'notified' : isNext ? 'next' : stopped ? 'stopped' : 'later'}>
                  <span className="ko-when-at">
                    {declaredOk ? `${clockLabel(addMinutes(declaredAt, step.afterMinutes))} · ` : ''}
                    {t('kickoff.atMinute', { minutes: step.afterMinutes })}
                  </span>{' '}
                  <span className="ko-what">{escalationStepLabel(step, lang)}</span>{' '}
                  <span className="ko-status">
                    {done
                      ? t('kickoff.statusNotified')
                      : isNext
                        ? t('kickoff.statusNext', { minutes: next!.inMinutes })
                        : stopped
                          ? t('kickoff.statusStopped')
                          : t('kickoff.statusLater')}
                  </span>
                </li>
              );
            })}
          </ol>
          {minute !== null && (
            <div className="ko-clock-summary" aria-live="polite" data-testid="escalation-summary">
              <p>
                {notified.length
                  ? t('kickoff.notifiedSummary', { minute, who: who(notified) })
                  : t('kickoff.notifiedNobody', { minute })}
              </p>
              <p>
                {escalation?.acknowledged
                  ? t('kickoff.acknowledgedSummary', { minute: acknowledgedAt! })
                  : next
                    ? t('kickoff.nextSummary', {
                        who: next.step.target[lang],
                        minutes: next.inMinutes,
                        time: declaredOk ? clockLabel(addMinutes(declaredAt, next.step.afterMinutes)) : '—',
                      })
                    : t('kickoff.nobodyNext')}
              </p>
            </div>
          )}
        </>
      ) : (
        <p className="field-hint">{t('kickoff.pickSeverityFirst')}</p>
      )}
    </section>
  );
}
