// 2. Declare: title, incident number and id, declared time in a zone, the channel name, and the
// checklist of what `/incident` automates for the chosen severity.
import type { Lang, WorkflowData } from '../../core/schema.ts';
import { automationSteps } from '../../core/workflow.ts';
import { inZone, timestampToWallTime, wallTimeToTimestamp } from '../../core/time/index.ts';
import { TextField } from '../shared/fields.tsx';
import { ZoneSelect } from '../shared/ZoneSelect.tsx';
import type { KickoffT } from './i18n.ts';
import type { KickoffState } from './logic.ts';
import { nowIn } from './hooks.ts';
import type { SectionProps } from './section.ts';

interface ChecklistProps {
  t: KickoffT;
  lang: Lang;
  state: KickoffState;
  update: (patch: Partial<KickoffState>) => void;
  workflow: WorkflowData;
  sevLabel: string;
}

export function Checklist({ t, lang, state, update, workflow, sevLabel }: ChecklistProps) {
  if (!state.severity) return <p className="field-hint">{t('kickoff.pickSeverityFirst')}</p>;
  const steps = automationSteps(workflow, state.severity);
  // The tick's time goes into the post-mortem's timeline at hand-over; unticking forgets it.
  const toggleStep = (id: string, on: boolean) => {
    const { [id]: _forgotten, ...doneAt } = state.doneAt;
    update({
      done: on ? [...state.done.filter((d) => d !== id), id] : state.done.filter((d) => d !== id),
      doneAt: on ? { ...doneAt, [id]: nowIn(state.timeZone) } : doneAt,
    });
  };
  return (
    <fieldset className="ko-steps">
      <legend>{t('kickoff.stepsHeading', { severity: sevLabel })}</legend>
      <ul>
        {steps.map((step) => (
          <li key={step.id}>
            <label>
              <input
                type="checkbox"
                checked={state.done.includes(step.id)}
                onChange={(e) => toggleStep(step.id, e.currentTarget.checked)}
              />{' '}
              {step.label[lang]}
            </label>
          </li>
        ))}
      </ul>
      <p className="field-hint">
        {t('kickoff.stepsProgress', { done: steps.filter((st) => state.done.includes(st.id)).length, total: steps.length })}
      </p>
    </fieldset>
  );
}

interface DeclareProps extends SectionProps {
  ready: boolean;
  incidentId: string | null;
  counterWarning: string | undefined;
  declaredOk: boolean;
  channel: string;
  workflow: WorkflowData;
  sevLabel: string;
}

export function Declare({
  t,
  lang,
  state,
  update,
  uid,
  ready,
  incidentId,
  counterWarning,
  declaredOk,
  channel,
  workflow,
  sevLabel,
}: DeclareProps) {
  const declaredAt = state.declaredAt;
  return (
    <section className="ko-section" aria-labelledby={`${uid}-declare`}>
      <h2 id={`${uid}-declare`}>{t('kickoff.declareHeading')}</h2>
      <div className="field-grid">
        <TextField
          className="field-grow"
          label={t('kickoff.title')}
          hint={t('kickoff.titleHint')}
          name="title"
          value={state.title}
          onChange={(title) => update({ title })}
        />
        <TextField
          label={t('kickoff.counter')}
          hint={t('kickoff.counterHint')}
          name="counter"
          value={state.counter}
          warning={counterWarning}
          onChange={(counter) => update({ counter })}
        />
        <TextField
          label={t('kickoff.incidentId')}
          name="incidentId"
          value={incidentId ?? ''}
          readOnly
          onChange={() => undefined}
        />
      </div>
      <div className="field-grid ko-when">
        <TextField
          label={t('kickoff.declaredAt')}
          type="datetime-local"
          name="declaredAt"
          hint={declaredOk ? t('kickoff.declaredHint', { timestamp: declaredAt }) : undefined}
          warning={ready && !declaredOk ? t('kickoff.declaredInvalid') : undefined}
          value={declaredOk ? timestampToWallTime(declaredAt, state.timeZone) : ''}
          onChange={(wall) => update({ declaredAt: wall ? (wallTimeToTimestamp(wall, state.timeZone) ?? '') : '' })}
        />
        <ZoneSelect
          readable
          label={t('kickoff.timeZone')}
          name="timeZone"
          value={state.timeZone}
          onChange={(timeZone) => update({ timeZone, declaredAt: declaredOk ? inZone(declaredAt, timeZone) : declaredAt })}
        />
        <div className="field ko-now">
          <button type="button" onClick={() => update({ declaredAt: nowIn(state.timeZone) })}>
            {t('kickoff.now')}
          </button>
        </div>
      </div>
      <TextField
        className="ko-channel"
        label={t('kickoff.channel')}
        name="channel"
        value={channel}
        readOnly
        onChange={() => undefined}
      />
      <Checklist t={t} lang={lang} state={state} update={update} workflow={workflow} sevLabel={sevLabel} />
    </section>
  );
}
