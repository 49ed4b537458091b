// The post-mortem generator island: the sections of the page, wired to the drafts (useDrafts: the
// pure reducer in state.ts, restore and autosave) and to share links (useShareLink). Each section is
// its own component; the editor sections are memoised so a keystroke re-renders only its section.
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import type { Messages } from '../../core/i18n/translate.ts';
import type { Incident, Lang, ReviewData, Role, SeverityLevel } from '../../core/schema.ts';
import { timestampToWallTime } from '../../core/time/index.ts';
import { LiveRegions, useAnnouncer } from '../shared/announcer.tsx';
import { ToolLoading } from '../shared/ToolLoading.tsx';
import { ActionItemsEditor } from './ActionItems.tsx';
import { DraftBar, OtherTabPrompt } from './DraftBar.tsx';
import { Export, type TemplateOption } from './Export.tsx';
import { postmortemTranslate } from './i18n.ts';
import { IncidentFields } from './IncidentFields.tsx';
import { Milestones } from './Milestones.tsx';
import { Lessons, Narrative } from './Narrative.tsx';
import { TimelineEditor } from './Timeline.tsx';
import { useDrafts } from './useDrafts.ts';
import { useShareLink } from './useShareLink.ts';

// Asked only when the address carries a shared draft: not in the first load.
const SharePrompt = lazy(() => import('./SharePrompt.tsx').then((m) => ({ default: m.SharePrompt })));

export interface PostmortemToolProps {
  /** The 'postmortem.' messages in the page's language (pickMessages). */
  messages: Messages;
  /** Language of the page (and the default language of the document). */
  lang: Lang;
  severities: SeverityLevel[];
  /** The template picker's options, named in the page's language (the names live with the renderer, which loads later). */
  templates: TemplateOption[];
  /** content/data/roles.yaml's roles: the role fields and the documents name roles from these. */
  roles: Role[];
  /** The seed's worked example, already read by the core at build time. */
  example: Incident;
  /** content/data/review.yaml, for the review panel (none without it). */
  review?: ReviewData;
}

/**
 * On a phone the columns stack and the preview starts thousands of pixels down: these buttons move
 * there and back (focus included, so a screen reader follows). Buttons, not #links: the address's
 * fragment carries share links.
 */
function jumpTo(id: string) {
  const target = document.getElementById(id);
  target?.scrollIntoView({ block: 'start' });
  target?.focus({ preventScroll: true });
}

export default function PostmortemTool({ messages, lang, severities, templates, roles, example, review }: PostmortemToolProps) {
  const t = useMemo(() => postmortemTranslate(messages, lang), [messages, lang]);
  const { polite, urgent, announce } = useAnnouncer();
  const [notices, setNotices] = useState<string[]>([]);
  const notify = useCallback(
    (list: string[], isUrgent: boolean) => {
      setNotices((previous) => [...previous, ...list]);
      announce(list.join(' '), isUrgent);
    },
    [announce],
  );

  const { state, draft, dispatch, rawDispatch, ready, saved, saveProblem, conflict, resolveConflict } = useDrafts({
    t,
    lang,
    announce,
    notify,
  });
  const share = useShareLink({ t, lang, ready, timeZone: draft.timeZone, dispatch: rawDispatch, announce, notify });
  const incident = draft.incident;

  const defaultChatDate = useMemo(() => {
    const declared = incident.milestones.declared;
    const fromDeclared = declared ? timestampToWallTime(declared, draft.timeZone).slice(0, 10) : '';
    return fromDeclared || new Date().toISOString().slice(0, 10);
  }, [incident.milestones.declared, draft.timeZone]);

  return (
    <div className="pm-tool tool-form">
      <LiveRegions polite={polite} urgent={urgent} />

      <p className="tool-privacy">
        {t('postmortem.privacy')} <ToolLoading ready={ready}>{t('postmortem.loading')}</ToolLoading>
      </p>
      {notices.length > 0 && (
        <div className="pm-notices">
          {notices.map((n, i) => (
            <p key={i}>{n}</p>
          ))}
        </div>
      )}
      {saveProblem && <p className="field-error">{saveProblem}</p>}

      {conflict && <OtherTabPrompt t={t} onAnswer={resolveConflict} />}
      {share.shared && (
        <Suspense fallback={null}>
          <SharePrompt t={t} shared={share.shared} onAnswer={share.answer} />
        </Suspense>
      )}

      {/* Until the saved drafts are restored, typing would be overwritten by them: hold input back. */}
      <div inert={!ready}>
        <DraftBar
          t={t}
          state={state}
          draft={draft}
          example={example}
          saved={saved}
          saveProblem={saveProblem}
          dispatch={dispatch}
          rawDispatch={rawDispatch}
          announce={announce}
        />

        <div className="pm-columns">
          <div className="pm-editor">
            <h2 id="pm-editor-heading" tabIndex={-1}>
              {t('postmortem.editor')}
            </h2>
            <button type="button" className="pm-jump" onClick={() => jumpTo('pm-preview-heading')}>
              {t('postmortem.jumpToPreview')}
            </button>
            <IncidentFields t={t} lang={lang} dispatch={dispatch} incident={incident} severities={severities} roles={roles} />
            <Narrative t={t} dispatch={dispatch} incident={incident} />
            <Lessons t={t} dispatch={dispatch} incident={incident} />
            <Milestones t={t} lang={lang} dispatch={dispatch} milestones={incident.milestones} timeZone={draft.timeZone} />
            <TimelineEditor
              t={t}
              lang={lang}
              timeline={incident.timeline}
              timeZone={draft.timeZone}
              defaultDate={defaultChatDate}
              dispatch={dispatch}
              announce={announce}
            />
            <ActionItemsEditor t={t} lang={lang} items={incident.actionItems} dispatch={dispatch} />
          </div>

          <Export
            t={t}
            lang={lang}
            templates={templates}
            incident={incident}
            timeZone={draft.timeZone}
            severities={severities}
            roles={roles}
            reviewData={review}
            dispatch={rawDispatch}
            announce={announce}
            shareUrl={share.shareUrl}
            shareButton={share.shareButton}
            onBackToEditing={() => jumpTo('pm-editor-heading')}
            onShare={() => {
              // The compressor loads on first use; offline after the first load that fetch fails, so say so.
              void share.makeLink(incident).catch(() => notify([t('postmortem.shareUnavailable')], true));
            }}
          />
        </div>
      </div>
    </div>
  );
}
