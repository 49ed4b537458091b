// Share links for drafts. A shared draft in the link (on load, or pasted into the address bar of an
// open tool) is only offered: the user decides whether it replaces anything. Making a link puts the
// draft in the fragment (src/islands/shared/share.ts) and copies it. The codec behind it is fetched
// when the browser is idle after the first paint, so a link can still be made offline.
import { useCallback, useEffect, useRef, useState, type Dispatch } from 'react';
import type { Incident, Lang } from '../../core/schema.ts';
import type { Announce } from '../shared/announcer.tsx';
import { copyText } from '../shared/clipboard.ts';
import { preloadWhenIdle } from '../shared/idle.ts';
import type { ShareProblem } from '../shared/share.ts';
import type { PostmortemT } from './i18n.ts';
import { loadParser, problemsText } from './parser.ts';
import { incidentForOutput, makeDraft, type Action } from './state.ts';
import { newDraftId } from './useDrafts.ts';

export type ShareChoice = 'new' | 'replace' | 'ignore';

interface Options {
  t: PostmortemT;
  lang: Lang;
  /** The link is read only once the saved drafts are restored. */
  ready: boolean;
  timeZone: string;
  dispatch: Dispatch<Action>;
  announce: Announce;
  notify: (messages: string[], urgent: boolean) => void;
}

type ShareModule = typeof import('../shared/share.ts');
// Not in the first load: fetched when the address has a fragment, a link is made, or the browser is idle.
const loadShare = (): Promise<ShareModule> => import('../shared/share.ts');

/** Why a link's draft cannot be read, in the reader's words (`limits`: the share module's caps). */
export function shareProblemText(
  t: PostmortemT,
  problem: ShareProblem,
  limits: { MAX_SHARE_CHARS: number; MAX_SHARE_BYTES: number },
): string {
  const texts: Record<ShareProblem, () => string> = {
    'too-long': () => t('postmortem.shareTooLong', { max: limits.MAX_SHARE_CHARS }),
    'too-large': () => t('postmortem.shareTooLarge', { max: limits.MAX_SHARE_BYTES }),
    damaged: () => t('postmortem.shareDamaged'),
  };
  return texts[problem]();
}

function dropFragment(): void {
  history.replaceState(null, '', location.pathname + location.search);
}

export function useShareLink({ t, lang, ready, timeZone, dispatch, announce, notify }: Options) {
  const [shared, setShared] = useState<Incident | null>(null);
  const [shareUrl, setShareUrl] = useState('');
  const shareButton = useRef<HTMLButtonElement>(null);

  const checkLink = useCallback(async () => {
    if (!location.hash) return;
    const shareModule = await loadShare();
    if (!shareModule.hasShareFragment(location.hash)) return;
    const share = await shareModule.readShareFragment(location.hash);
    if (!share.found) return;
    const parsed = share.ok ? (await loadParser(lang))(share.value) : null;
    if (parsed?.ok) {
      setShared(parsed.incident);
      return;
    }
    const reason =
      parsed && !parsed.ok ? problemsText(parsed.errors) : share.ok ? '' : shareProblemText(t, share.problem, shareModule);
    notify([t('postmortem.shareBroken', { message: reason })], true);
    dropFragment();
  }, [t, lang, notify]);

  // "Share link" must still work if the network drops after the page loaded (issue 15, item 13).
  useEffect(() => preloadWhenIdle(() => loadShare().then((share) => share.loadCompressor())), []);

  useEffect(() => {
    if (!ready) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the URL fragment is read once the drafts are restored
    void checkLink();
    const onHashChange = () => void checkLink();
    addEventListener('hashchange', onHashChange);
    return () => removeEventListener('hashchange', onHashChange);
  }, [ready, checkLink]);

  const answer = (choice: ShareChoice) => {
    if (shared && choice === 'new')
      dispatch({ type: 'draft/new', draft: makeDraft(newDraftId(), shared.title, timeZone, shared) });
    if (shared && choice === 'replace') dispatch({ type: 'draft/replace', incident: shared });
    if (choice !== 'ignore') announce(t('postmortem.shareOpened'));
    setShared(null);
    dropFragment();
    shareButton.current?.focus();
  };

  const makeLink = async (incident: Incident) => {
    const url = `${location.origin}${location.pathname}${location.search}#${await (await loadShare()).shareFragment(incidentForOutput(incident))}`;
    setShareUrl(url);
    // When copying is refused the link is on screen to copy by hand.
    if (await copyText(url)) announce(t('postmortem.shareCopied'));
  };

  return { shared, answer, shareUrl, makeLink, shareButton };
}
