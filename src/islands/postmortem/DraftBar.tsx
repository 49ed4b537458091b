// The drafts bar: pick, rename, create (empty or from the worked example), delete, and undo the last
// create or delete; and the question asked when another tab changed the drafts too.
import type { Dispatch } from 'react';
import type { Incident } from '../../core/schema.ts';
import type { Announce } from '../shared/announcer.tsx';
import { Select, TextField } from '../shared/fields.tsx';
import { OtherTabPrompt as SharedOtherTabPrompt } from '../shared/OtherTabPrompt.tsx';
import type { PostmortemT } from './i18n.ts';
import { makeDraft, type Action, type Draft, type DraftsState } from './state.ts';
import type { ConflictChoice } from '../shared/storage.ts';
import { newDraftId } from './useDrafts.ts';

export function draftLabel(draft: Draft, t: PostmortemT): string {
  return draft.name.trim() || draft.incident.title.trim() || t('postmortem.untitled');
}

interface DraftBarProps {
  t: PostmortemT;
  state: DraftsState;
  draft: Draft;
  example: Incident;
  saved: boolean;
  saveProblem: string;
  /** For renaming (timed by the benchmark like every edit). */
  dispatch: Dispatch<Action>;
  /** For switching, creating, deleting and undoing drafts. */
  rawDispatch: Dispatch<Action>;
  announce: Announce;
}

export function DraftBar({ t, state, draft, example, saved, saveProblem, dispatch, rawDispatch, announce }: DraftBarProps) {
  const addDraft = (fromExample: boolean) => {
    const name = fromExample ? example.title : '';
    const next = makeDraft(newDraftId(), name, draft.timeZone, fromExample ? structuredClone(example) : undefined);
    rawDispatch({ type: 'draft/new', draft: next });
    announce(t('postmortem.createdDraft', { name: draftLabel(next, t) }));
  };
  const deleteDraft = () => {
    rawDispatch({ type: 'draft/delete', replacement: makeDraft(newDraftId(), '', draft.timeZone) });
    announce(t('postmortem.deletedDraft', { name: draftLabel(draft, t) }));
  };
  return (
    <section className="pm-drafts" aria-labelledby="pm-drafts-heading">
      <h2 id="pm-drafts-heading">{t('postmortem.drafts')}</h2>
      {/* Hidden, not removed, until the first save, so the fields below do not move when it appears. */}
      <p
        className="field-hint"
        style={saved && !saveProblem ? undefined : { visibility: 'hidden' }}
        aria-hidden={!saved || !!saveProblem || undefined}
      >
        {t('postmortem.savedAt')}
      </p>
      <div className="field-grid">
        <Select
          label={t('postmortem.draftSelect')}
          name="draft"
          value={state.activeId}
          options={state.drafts.map((d) => ({ value: d.id, label: draftLabel(d, t) }))}
          onChange={(id) => rawDispatch({ type: 'draft/select', id })}
        />
        <TextField
          label={t('postmortem.draftName')}
          name="draftName"
          value={draft.name}
          onChange={(name) => dispatch({ type: 'draft/rename', name })}
        />
      </div>
      <div className="row-buttons">
        <button type="button" onClick={() => addDraft(false)}>
          {t('postmortem.newEmpty')}
        </button>
        <button type="button" onClick={() => addDraft(true)}>
          {t('postmortem.newExample')}
        </button>
        <button type="button" onClick={deleteDraft}>
          {t('postmortem.deleteDraft')}
        </button>
        {state.undo && (
          <button
            type="button"
            onClick={() => {
              rawDispatch({ type: 'undo' });
              announce(t('postmortem.undid'));
            }}
          >
            {t('postmortem.undo')}:{' '}
            {t(state.undo.kind === 'new' ? 'postmortem.undoneNew' : 'postmortem.undoneDelete', {
              name: state.undo.draftName || t('postmortem.untitled'),
            })}
          </button>
        )}
      </div>
    </section>
  );
}

/** Asked when this tab and another both changed the drafts; nothing is saved until it is answered. */
export function OtherTabPrompt({ t, onAnswer }: { t: PostmortemT; onAnswer: (choice: ConflictChoice) => void }) {
  return (
    <SharedOtherTabPrompt
      className="pm-share-prompt"
      heading={t('postmortem.otherTabHeading')}
      text={t('postmortem.otherTabConflict')}
      mergeLabel={t('postmortem.otherTabMerge')}
      copyLabel={t('postmortem.otherTabCopy')}
      onAnswer={onAnswer}
    />
  );
}
