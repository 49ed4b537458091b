// Where an assessment stands: per area, which level the answers fit and what is missing for the next
// one; and what changed between two assessments or snapshots.
import { allBehaviours } from './framework.ts';
import type {
  AreaFit,
  AssessmentDiff,
  BehaviourRef,
  CareerFramework,
  LevelScore,
  MissingBehaviour,
  RatingChange,
  RatingValue,
  Ratings,
} from './types.ts';
import { RATING_VALUES } from './types.ts';

/** not-yet 0, sometimes 1, consistently 2: the 0/1/2 scale spreadsheet frameworks use. */
export function ratingPoints(value: RatingValue): number {
  return RATING_VALUES.indexOf(value);
}

export function ratingOf(ratings: Ratings, id: string): RatingValue {
  return ratings[id as keyof Ratings]?.value ?? 'not-yet';
}

function byArea(framework: CareerFramework): Map<string, BehaviourRef[]> {
  const map = new Map<string, BehaviourRef[]>(framework.areas.map((area) => [area.id, []]));
  for (const behaviour of allBehaviours(framework)) map.get(behaviour.areaId)!.push(behaviour);
  return map;
}

/**
 * Per area, in framework order. A level is met when every behaviour it expects in the area is shown
 * consistently; the fit is the highest level met with every level below it met too, so a gap at a
 * lower level is never hidden by strengths above it.
 */
export function areaFit(framework: CareerFramework, ratings: Ratings): AreaFit[] {
  const behavioursByArea = byArea(framework);
  return framework.areas.map((area) => {
    const behaviours = behavioursByArea.get(area.id)!;
    const scores: LevelScore[] = framework.levels.map((level) => {
      const own = behaviours.filter((b) => b.level === level.id);
      const points = own.reduce((sum, b) => sum + ratingPoints(ratingOf(ratings, b.id)), 0);
      const max = own.length * 2;
      return { level: level.id, points, max, met: points === max };
    });
    let metInARow = 0;
    while (metInARow < scores.length && scores[metInARow]!.met) metInARow++;
    const fit = metInARow > 0 ? framework.levels[metInARow - 1]!.id : null;
    const next = framework.levels[metInARow]?.id ?? null;
    const missing: MissingBehaviour[] = next
      ? behaviours
          .filter((b) => b.level === next && ratingOf(ratings, b.id) !== 'consistently')
          .map((b) => ({ ...b, rating: ratingOf(ratings, b.id) }))
      : [];
    const nextScore = scores[metInARow];
    const profile = metInARow + (nextScore && nextScore.max > 0 ? nextScore.points / nextScore.max : 0);
    return { areaId: area.id, fit, next, missing, scores, profile };
  });
}

/** What moved up and down from `older` to `newer` (assessments or snapshots), in framework order. */
export function diffAssessments(
  framework: CareerFramework,
  older: { ratings: Ratings },
  newer: { ratings: Ratings },
): AssessmentDiff {
  const up: RatingChange[] = [];
  const down: RatingChange[] = [];
  for (const behaviour of allBehaviours(framework)) {
    const from = ratingOf(older.ratings, behaviour.id);
    const to = ratingOf(newer.ratings, behaviour.id);
    if (ratingPoints(to) > ratingPoints(from)) up.push({ ...behaviour, from, to });
    else if (ratingPoints(to) < ratingPoints(from)) down.push({ ...behaviour, from, to });
  }
  const before = areaFit(framework, older.ratings);
  const after = areaFit(framework, newer.ratings);
  return { up, down, areas: before.map((fit, i) => ({ areaId: fit.areaId, from: fit.fit, to: after[i]!.fit })) };
}
