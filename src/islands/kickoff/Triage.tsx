// 1. Severity: Google's three triage questions, the core's suggestion, and the levels to confirm.
import { severityLabel } from '../../core/severity-label.ts';
import { suggestSeverity, TRIAGE_QUESTIONS, type TriageAnswer, type TriageQuestion } from '../../core/kickoff.ts';
import type { SeverityId, SeverityLevel } from '../../core/schema.ts';
import type { KickoffKey } from './i18n.ts';
import type { SectionProps } from './section.ts';

const ANSWERS: readonly TriageAnswer[] = ['yes', 'no', 'unsure'];

const QUESTION_KEYS: Record<TriageQuestion, KickoffKey> = {
  secondTeam: 'kickoff.questions.secondTeam',
  customerVisible: 'kickoff.questions.customerVisible',
  unsolvedAfterHour: 'kickoff.questions.unsolvedAfterHour',
};
const QUESTION_HINT_KEYS: Partial<Record<TriageQuestion, KickoffKey>> = {
  unsolvedAfterHour: 'kickoff.questionHints.unsolvedAfterHour',
};
const ANSWER_KEYS: Record<TriageAnswer, KickoffKey> = {
  yes: 'kickoff.answers.yes',
  no: 'kickoff.answers.no',
  unsure: 'kickoff.answers.unsure',
};

interface TriageProps extends SectionProps {
  severities: SeverityLevel[];
  sevLabel: string;
  chooseSeverity: (id: SeverityId) => void;
}

export function Triage({ t, lang, state, update, uid, severities, sevLabel, chooseSeverity }: TriageProps) {
  const suggestion = suggestSeverity(state.answers, severities);
  const setAnswer = (q: TriageQuestion, a: TriageAnswer) => update({ answers: { ...state.answers, [q]: a } });
  return (
    <section className="ko-section" aria-labelledby={`${uid}-sev`}>
      <h2 id={`${uid}-sev`}>{t('kickoff.severityHeading')}</h2>
      <p>{t('kickoff.questionsIntro')}</p>
      {TRIAGE_QUESTIONS.map((q) => {
        const hintKey = QUESTION_HINT_KEYS[q];
        return (
          <fieldset key={q} className="ko-question" aria-describedby={hintKey ? `${uid}-${q}-hint` : undefined}>
            <legend>{t(QUESTION_KEYS[q])}</legend>
            {hintKey && (
              <p className="field-hint" id={`${uid}-${q}-hint`}>
                {t(hintKey)}
              </p>
            )}
            <div className="ko-answers">
              {ANSWERS.map((a) => (
                <label key={a}>
                  <input
                    type="radio"
                    name={`${uid}-${q}`}
                    value={a}
                    checked={state.answers[q] === a}
                    onChange={() => setAnswer(q, a)}
                  />{' '}
                  {t(ANSWER_KEYS[a])}
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
      <p className="ko-rule">{t('kickoff.unsureRule')}</p>
      <div className="ko-suggestion" aria-live="polite">
        {suggestion ? (
          <>
            <p>
              <strong>{t('kickoff.suggestion', { severity: severityLabel(suggestion.severity, lang, severities) })}</strong>
              {suggestion.roundedUp && <> {t('kickoff.suggestionRoundedUp')}</>}
            </p>
            <button type="button" onClick={() => chooseSeverity(suggestion.severity)}>
              {t('kickoff.useSuggestion', { severity: suggestion.severity })}
            </button>
          </>
        ) : (
          <p>{t('kickoff.suggestionPending')}</p>
        )}
      </div>
      <fieldset className="ko-levels">
        <legend>{t('kickoff.severityLegend')}</legend>
        {severities.map((l) => (
          <div key={l.id} className="ko-level" data-selected={state.severity === l.id ? 'true' : undefined}>
            <input
              type="radio"
              id={`${uid}-level-${l.id}`}
              name={`${uid}-level`}
              value={l.id}
              checked={state.severity === l.id}
              onChange={() => chooseSeverity(l.id)}
              aria-describedby={`${uid}-level-${l.id}-about`}
            />
            <label htmlFor={`${uid}-level-${l.id}`}>
              <strong>{l.id}</strong> {l.name[lang]}
            </label>
            <div className="ko-level-about" id={`${uid}-level-${l.id}-about`}>
              <p>{l.definition[lang]}</p>
              <p>
                {t('kickoff.response')}: {l.response[lang]}.{' '}
                {l.updateEveryMinutes ? t('kickoff.updateEvery', { count: l.updateEveryMinutes }) : t('kickoff.noUpdateCadence')}.
              </p>
              <p className="ko-examples">
                {t('kickoff.examples')}: {l.examples[lang].join('; ')}
              </p>
            </div>
          </div>
        ))}
      </fieldset>
      <p className="ko-confirmed">
        {state.severity ? t('kickoff.confirmed', { severity: sevLabel }) : t('kickoff.notConfirmed')}
      </p>
    </section>
  );
}
