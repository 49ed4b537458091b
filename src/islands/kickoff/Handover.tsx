// 6. The hand-over: one link that opens the kickoff in the post-mortem generator, carrying the
// checklist steps ticked and the messages sent into its timeline (handoverTimeline).
import type { TimelineEntry } from '../../core/schema.ts';
import type { KickoffT } from './i18n.ts';

interface HandoverProps {
  t: KickoffT;
  uid: string;
  href: string | null;
  /** The timeline entries the link carries besides "Incident declared". */
  carried: readonly TimelineEntry[];
}

export function Handover({ t, uid, href, carried }: HandoverProps) {
  const steps = carried.filter((e) => e.kind === 'action').length;
  const messages = carried.length - steps;
  return (
    <section className="ko-section" aria-labelledby={`${uid}-continue`}>
      <h2 id={`${uid}-continue`}>{t('kickoff.continueHeading')}</h2>
      <p>{t('kickoff.continueText')}</p>
      <p data-testid="handover-carried">
        {t('kickoff.continueCarries', {
          steps: t('kickoff.stepCount', { count: steps }),
          messages: t('kickoff.messageCount', { count: messages }),
        })}
      </p>
      {href ? (
        <p>
          <a className="ko-continue" href={href}>
            {t('kickoff.continueLink')}
          </a>
        </p>
      ) : (
        <p className="field-hint">{t('kickoff.continueBlocked')}</p>
      )}
    </section>
  );
}
