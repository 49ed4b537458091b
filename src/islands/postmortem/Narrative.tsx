// What happened, in words: the narrative fields, and the lessons as one item per line.
import { memo, type Dispatch } from 'react';
import type { Incident } from '../../core/schema.ts';
import { TextArea } from '../shared/fields.tsx';
import type { PostmortemKey, PostmortemT } from './i18n.ts';
import { linesOf, type Action, type LessonList } from './state.ts';

type NarrativeName = 'summary' | 'impact' | 'rootCause' | 'trigger' | 'detection' | 'resolution' | 'supportingInfo';

const NARRATIVE_FIELDS: readonly { name: NarrativeName; label: PostmortemKey; hint?: PostmortemKey }[] = [
  { name: 'summary', label: 'postmortem.summary' },
  { name: 'impact', label: 'postmortem.impact' },
  { name: 'rootCause', label: 'postmortem.rootCause', hint: 'postmortem.rootCauseHint' },
  { name: 'trigger', label: 'postmortem.trigger' },
  { name: 'detection', label: 'postmortem.detection' },
  { name: 'resolution', label: 'postmortem.resolution' },
  { name: 'supportingInfo', label: 'postmortem.supportingInfo' },
];

const LESSON_LISTS: readonly { name: LessonList; label: PostmortemKey }[] = [
  { name: 'wentWell', label: 'postmortem.wentWell' },
  { name: 'wentWrong', label: 'postmortem.wentWrong' },
  { name: 'gotLucky', label: 'postmortem.gotLucky' },
];

interface SectionProps {
  t: PostmortemT;
  dispatch: Dispatch<Action>;
}

export const Narrative = memo(function Narrative({
  t,
  dispatch,
  incident,
}: SectionProps & { incident: Pick<Incident, NarrativeName> }) {
  return (
    <section className="pm-section" aria-labelledby="pm-narrative-heading">
      <h3 id="pm-narrative-heading">{t('postmortem.narrative')}</h3>
      {NARRATIVE_FIELDS.map((f) => (
        <TextArea
          key={f.name}
          label={t(f.label)}
          hint={f.hint && t(f.hint)}
          name={f.name}
          value={incident[f.name]}
          onChange={(value) => dispatch({ type: 'field', field: f.name, value })}
        />
      ))}
    </section>
  );
});

export const Lessons = memo(function Lessons({ t, dispatch, incident }: SectionProps & { incident: Pick<Incident, LessonList> }) {
  return (
    <section className="pm-section" aria-labelledby="pm-lessons-heading">
      <h3 id="pm-lessons-heading">{t('postmortem.lessons')}</h3>
      {LESSON_LISTS.map((l) => (
        <TextArea
          key={l.name}
          label={t(l.label)}
          hint={t('postmortem.onePerLine')}
          name={l.name}
          value={linesOf(incident[l.name])}
          onChange={(text) => dispatch({ type: 'lessons', list: l.name, text })}
        />
      ))}
    </section>
  );
});
