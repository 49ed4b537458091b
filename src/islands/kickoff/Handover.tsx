// 6. The hand-over: one link that opens the kickoff in the post-mortem generator.
import type { KickoffT } from './i18n.ts';

export function Handover({ t, uid, href }: { t: KickoffT; uid: string; href: string | null }) {
  return (
    <section className="ko-section" aria-labelledby={`${uid}-continue`}>
      <h2 id={`${uid}-continue`}>{t('kickoff.continueHeading')}</h2>
      <p>{t('kickoff.continueText')}</p>
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
