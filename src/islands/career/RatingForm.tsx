// Rating every expected behaviour: per area and competency, one radio group per level the competency
// expects something at, with an optional evidence note and link behind a disclosure.
import { memo, useId, useState } from 'react';
import type { Localized } from '../../core/career/types.ts';
import { TextArea, TextField } from '../shared/fields.tsx';
import {
  RATING_VALUES,
  type BehaviourId,
  type Competency,
  type Rating,
  type RatingValue,
  type Ratings,
} from '../../core/career/types.ts';
import { isEvidenceLink, levelName, ratingLabel, type ViewContext } from './view.ts';

const MAX_TEXT = 2000;

interface Props {
  ctx: ViewContext;
  ratings: Ratings;
  onRate: (id: BehaviourId, rating: Rating | null) => void;
}

export function RatingForm({ ctx, ratings, onRate }: Props) {
  return (
    <>
      {ctx.framework.areas.map((area) => (
        <section key={area.id} className="ca-area" aria-labelledby={`ca-area-${area.id}`}>
          <h3 id={`ca-area-${area.id}`}>{area.name[ctx.lang]}</h3>
          <p>{area.summary[ctx.lang]}</p>
          {area.competencies.map((competency) => (
            <CompetencyCard key={competency.id} ctx={ctx} competency={competency} ratings={ratings} onRate={onRate} />
          ))}
        </section>
      ))}
    </>
  );
}

function CompetencyCard({
  ctx,
  competency,
  ratings,
  onRate,
}: {
  ctx: ViewContext;
  competency: Competency;
  ratings: Ratings;
  onRate: Props['onRate'];
}) {
  return (
    <div className="ca-competency">
      <h4>{competency.name[ctx.lang]}</h4>
      {ctx.framework.levels.map((level) => {
        const expectation = competency.levels[level.id];
        if (!expectation) return null;
        if (!expectation.expected) {
          return (
            <p key={level.id} className="ca-behaviour ca-behaviour-level">
              {ctx.t('assessment.notExpected', { level: level.name[ctx.lang] })}
              {expectation.note ? `: ${expectation.note[ctx.lang]}` : ''}
            </p>
          );
        }
        const id = ctx.ids[competency.id]?.[level.id];
        if (!id) return null;
        return (
          <Behaviour
            key={id}
            ctx={ctx}
            id={id}
            levelLabel={ctx.t('assessment.expected', { level: levelName(ctx, level.id) })}
            text={expectation.behaviour[ctx.lang]}
            evidence={expectation.evidence}
            competencyName={competency.name[ctx.lang]}
            rating={ratings[id]}
            onRate={onRate}
          />
        );
      })}
    </div>
  );
}

interface BehaviourProps {
  ctx: ViewContext;
  id: BehaviourId;
  levelLabel: string;
  text: string;
  /** The framework's evidence examples (a stable reference, so memo holds). */
  evidence: readonly Localized[];
  competencyName: string;
  rating: Rating | undefined;
  onRate: Props['onRate'];
}

/** One behaviour. Memoised: a rating change re-renders only the behaviour it changed. */
const Behaviour = memo(function Behaviour({
  ctx,
  id,
  levelLabel,
  text,
  evidence,
  competencyName,
  rating,
  onRate,
}: BehaviourProps) {
  const uid = useId();
  const value: RatingValue = rating?.value ?? 'not-yet';
  // A link being typed that is not yet an http(s) link the file accepts stays here, shown with a
  // warning; otherwise the field shows the saved link (also after a restore or an import).
  const [pendingLink, setPendingLink] = useState<string | null>(null);
  // The evidence fields exist only while their disclosure is open: closed, the 49 behaviours' fields
  // would be about 500 elements the page lays out and hydrates for nothing.
  const [evidenceOpen, setEvidenceOpen] = useState(false);
  const linkValue = pendingLink ?? rating?.link ?? '';
  const update = (patch: Partial<Rating>) => {
    const next: Rating = {
      value,
      ...(rating?.evidence ? { evidence: rating.evidence } : {}),
      ...(rating?.link ? { link: rating.link } : {}),
      ...patch,
    };
    if (!next.evidence) delete next.evidence;
    if (!next.link) delete next.link;
    onRate(id, next.value === 'not-yet' && !next.evidence && !next.link ? null : next);
  };
  return (
    <div className="ca-behaviour">
      <p className="ca-behaviour-level">{levelLabel}</p>
      <p id={`${uid}-text`}>{text}</p>
      <fieldset className="ca-rating" aria-describedby={`${uid}-text`}>
        <legend>
          {ctx.t('assessment.rating')}
          <span className="visually-hidden">
            : {competencyName}, {levelLabel}
          </span>
        </legend>
        {RATING_VALUES.map((option) => (
          <label key={option}>
            <input
              type="radio"
              name={`${uid}-rating`}
              value={option}
              checked={value === option}
              onChange={() => update({ value: option })}
            />
            {ratingLabel(ctx, option)}
          </label>
        ))}
      </fieldset>
      <details onToggle={(e) => setEvidenceOpen(e.currentTarget.open)}>
        <summary>
          {ctx.t('assessment.evidence')}
          {rating?.evidence || rating?.link ? ' ✓' : ''}
        </summary>
        {evidenceOpen && (
          <>
            <p className="field-hint">{ctx.t('assessment.evidenceExamples', { examples: evidence.map((e) => e[ctx.lang]) })}</p>
            <div className="ca-evidence">
              <TextArea
                label={ctx.t('assessment.evidence')}
                value={rating?.evidence ?? ''}
                rows={2}
                onChange={(evidence) => update({ evidence: evidence.slice(0, MAX_TEXT) })}
              />
              <TextField
                label={ctx.t('assessment.evidenceLink')}
                value={linkValue}
                warning={pendingLink !== null ? ctx.t('assessment.linkInvalid') : undefined}
                onChange={(link) => {
                  const trimmed = link.trim();
                  if (trimmed === '' || isEvidenceLink(trimmed)) {
                    setPendingLink(null);
                    update({ link: trimmed });
                  } else setPendingLink(link);
                }}
              />
            </div>
          </>
        )}
      </details>
    </div>
  );
});
