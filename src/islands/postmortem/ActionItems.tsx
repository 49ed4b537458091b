// Action items: one fieldset per item. A missing owner or due date is flagged next to the field
// (the core's actionItemWarnings decides, so the CLI and the templates agree).
import { memo, useLayoutEffect, useRef, type Dispatch } from 'react';
import { actionItemWarnings } from '../../core/incident-checks.ts';
import { actionStatusLabel, actionTypeLabel, actionWarningLabel } from '../../core/labels.ts';
import { ACTION_STATUSES, ACTION_TYPES, PRIORITIES } from '../../core/constants.ts';
import type { ActionItem, Lang } from '../../core/schema.ts';
import { Select, TextField } from '../shared/fields.tsx';
import { focusHeading } from './Timeline.tsx';
import type { Action } from './state.ts';
import type { PostmortemT } from './i18n.ts';

interface RowProps {
  t: PostmortemT;
  lang: Lang;
  item: ActionItem;
  index: number;
  dispatch: Dispatch<Action>;
  focusOnMount: boolean;
}

const ActionItemRow = memo(function ActionItemRow({ t, lang, item, index, dispatch, focusOnMount }: RowProps) {
  const warnings = actionItemWarnings(item);
  const update = (patch: Partial<ActionItem>) => dispatch({ type: 'action/update', index, patch });
  const title = t('postmortem.item', { n: index + 1 });
  const taskInput = useRef<HTMLInputElement | null>(null);
  // A layout effect: the task field has the focus before the next key arrives (Preact runs plain
  // effects after the next paint, and a fast typist's first letters would be lost).
  useLayoutEffect(() => {
    if (focusOnMount) taskInput.current?.focus();
    // Only when the row first appears: later renders must not move the focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <fieldset className="pm-action">
      <legend>{title}</legend>
      <TextField
        label={t('postmortem.task')}
        value={item.task}
        onChange={(task) => update({ task })}
        className="field-grow"
        warning={item.task.trim() === '' ? t('postmortem.emptyTask') : undefined}
        bindInput={(el) => {
          taskInput.current = el;
        }}
      />
      <TextField
        label={t('postmortem.owner')}
        value={item.owner}
        onChange={(owner) => update({ owner })}
        warning={warnings.includes('missing-owner') ? actionWarningLabel('missing-owner', lang) : undefined}
      />
      <Select
        label={t('postmortem.priority')}
        value={item.priority}
        options={PRIORITIES.map((p) => ({ value: p, label: p }))}
        onChange={(priority) => update({ priority })}
      />
      <TextField
        label={t('postmortem.due')}
        type="date"
        value={item.due}
        onChange={(due) => update({ due })}
        warning={warnings.includes('missing-due') ? actionWarningLabel('missing-due', lang) : undefined}
      />
      <Select
        label={t('postmortem.type')}
        value={item.type}
        options={ACTION_TYPES.map((t) => ({ value: t, label: actionTypeLabel(t, lang) }))}
        onChange={(type) => update({ type })}
      />
      <Select
        label={t('postmortem.itemStatus')}
        value={item.status}
        options={ACTION_STATUSES.map((t) => ({ value: t, label: actionStatusLabel(t, lang) }))}
        onChange={(status) => update({ status })}
      />
      <div className="row-buttons">
        <button
          type="button"
          aria-label={`${t('postmortem.delete')}: ${title}`}
          onClick={() => {
            dispatch({ type: 'action/delete', index });
            focusHeading('pm-actions-heading');
          }}
        >
          {t('postmortem.delete')}
        </button>
      </div>
    </fieldset>
  );
});

interface EditorProps {
  t: PostmortemT;
  lang: Lang;
  items: ActionItem[];
  dispatch: Dispatch<Action>;
}

export const ActionItemsEditor = memo(function ActionItemsEditor({ t, lang, items, dispatch }: EditorProps) {
  // The item added by the button gets the focus, so a keyboard user can type its task at once.
  const added = useRef<number | null>(null);
  return (
    <section className="pm-section" aria-labelledby="pm-actions-heading">
      <h3 id="pm-actions-heading" tabIndex={-1}>
        {t('postmortem.actionItems')}
      </h3>
      {items.length === 0 && <p>{t('postmortem.noItems')}</p>}
      {items.map((item, index) => (
        <ActionItemRow
          key={index}
          t={t}
          lang={lang}
          item={item}
          index={index}
          dispatch={dispatch}
          focusOnMount={added.current === index}
        />
      ))}
      <button
        type="button"
        onClick={() => {
          added.current = items.length;
          dispatch({
            type: 'action/add',
            item: { task: '', owner: '', priority: 'P2', due: '', type: 'prevent', status: 'todo' },
          });
        }}
      >
        {t('postmortem.addItem')}
      </button>
    </section>
  );
});
