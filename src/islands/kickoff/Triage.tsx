// 1. Declare or not (Google's three questions), then which severity (the questions of severity.yaml),
// the core's suggestion, and the levels to confirm.
import { severityLabel } from '../../core/severity-label.ts';
import { DECLARE_QUESTIONS, shouldDeclare, suggestSeverity, UNSURE, type DeclareQuestion } from '../../core/kickoff.ts';
import type { SeverityId, SeverityLevel, TriageQuestionData } from '../../core/schema.ts';
import type { KickoffKey } from './i18n.ts';
import type { SectionProps } from './section.ts';

const ANSWERS = ['yes', 'no', 'unsure'] as const;

const QUESTION_KEYS: Record<DeclareQuestion, KickoffKey> = {
  secondTeam: 'kickoff.questions.secondTeam',
  customerVisible: 'kickoff.questions.customerVisible',
  unsolvedAfterHour: 'kickoff.questions.unsolvedAfterHour',
};
const QUESTION_HINT_KEYS: Partial<Record<DeclareQuestion, KickoffKey>> = {
  unsolvedAfterHour: 'kickoff.questionHints.unsolvedAfterHour',
};
const ANSWER_KEYS: Record<(typeof ANSWERS)[number], KickoffKey> = {
  yes: 'kickoff.answers.yes',
  no: 'kickoff.answers.no',
  unsure: 'kickoff.answers.unsure',
};

interface TriageProps extends SectionProps {
  severities: SeverityLevel[];
  /** The severity questions of severity.yaml. */
  questions: TriageQuestionData[];
  sevLabel: string;
  chooseSeverity: (id: SeverityId) => void;
}

export function Triage({ t, lang, state, update, uid, severities, questions, sevLabel, chooseSeverity }: TriageProps) {
  const declare = shouldDeclare(state.answers);
  const suggestion = suggestSeverity(state.answers, severities, questions);
  const setAnswer = (q: string, a: string) => update({ answers: { ...state.answers, [q]: a } });
  return (
    <section className="ko-section" aria-labelledby={`${uid}-sev`}>
      <h2 id={`${uid}-sev`}>{t('kickoff.severityHeading')}</h2>
      <p>{t('kickoff.questionsIntro')}</p>
      {DECLARE_QUESTIONS.map((q) => {
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
      <p className="ko-declare" aria-live="polite">
        <strong>
          {declare === null ? t('kickoff.declarePending') : declare ? t('kickoff.declareYes') : t('kickoff.declareNo')}
        </strong>
      </p>
      <h3>{t('kickoff.severityQuestionsHeading')}</h3>
      <p>{t('kickoff.severityQuestionsIntro')}</p>
      {questions.map((q) => (
        <fieldset key={q.id} className="ko-question">
          <legend>{q.question[lang]}</legend>
          <div className="ko-answers">
            {[
              ...q.options.map((o) => ({ id: o.id, label: o.label[lang] })),
              { id: UNSURE, label: t('kickoff.answers.unsure') },
            ].map((o) => (
              <label key={o.id}>
                <input
                  type="radio"
                  name={`${uid}-${q.id}`}
                  value={o.id}
                  checked={state.answers[q.id] === o.id}
                  onChange={() => setAnswer(q.id, o.id)}
                />{' '}
                {o.label}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
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
