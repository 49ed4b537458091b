// Asks what to do with a draft that arrived in a share link; nothing is replaced without an answer.
import { useLayoutEffect, useRef } from 'react';
import type { Incident } from '../../core/schema.ts';
import type { PostmortemT } from './i18n.ts';
import type { ShareChoice } from './useShareLink.ts';

export function SharePrompt({
  t,
  shared,
  onAnswer,
}: {
  t: PostmortemT;
  shared: Incident;
  onAnswer: (choice: ShareChoice) => void;
}) {
  const first = useRef<HTMLButtonElement>(null);
  // A layout effect, so the focus has moved before the reader's next key (see OtherTabPrompt).
  useLayoutEffect(() => {
    first.current?.focus();
  }, [shared]);
  return (
    <section className="pm-share-prompt" aria-labelledby="pm-share-heading">
      <h2 id="pm-share-heading">{t('postmortem.share')}</h2>
      <p>{t('postmortem.shareFound', { title: shared.title || shared.id })}</p>
      <div className="row-buttons">
        <button type="button" ref={first} onClick={() => onAnswer('new')}>
          {t('postmortem.shareOpenNew')}
        </button>
        <button type="button" onClick={() => onAnswer('replace')}>
          {t('postmortem.shareReplace')}
        </button>
        <button type="button" onClick={() => onAnswer('ignore')}>
          {t('postmortem.shareIgnore')}
        </button>
      </div>
    </section>
  );
}
