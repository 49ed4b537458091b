// Two levels side by side, per area: what is new at the higher level, what changes, what stays.
import type { AreaId, CareerFramework, Competency, Expectation, LevelId } from './types.ts';

export interface LevelComparison {
  lower: LevelId;
  higher: LevelId;
  areas: readonly {
    areaId: AreaId;
    /** Not expected at the lower level, expected at the higher one. */
    added: readonly { competency: Competency; higher: Extract<Expectation, { expected: true }> }[];
    /** Expected at both, with a different behaviour. */
    changed: readonly {
      competency: Competency;
      lower: Extract<Expectation, { expected: true }>;
      higher: Extract<Expectation, { expected: true }>;
    }[];
    /** The same behaviour at both levels, or expected at neither (then `expectation` says so). */
    stays: readonly { competency: Competency; expectation: Expectation }[];
  }[];
}

function sameText(a: Expectation, b: Expectation): boolean {
  return a.expected && b.expected && a.behaviour.en === b.behaviour.en && a.behaviour.th === b.behaviour.th;
}

export function compareLevels(framework: CareerFramework, lower: LevelId, higher: LevelId): LevelComparison {
  const ids = framework.levels.map((l) => l.id);
  if (!ids.includes(lower) || !ids.includes(higher) || ids.indexOf(lower) >= ids.indexOf(higher)) {
    throw new RangeError(`cannot compare "${lower}" with "${higher}": give two levels of ${ids.join(', ')}, lower first`);
  }
  return {
    lower,
    higher,
    areas: framework.areas.map((area) => {
      const added: LevelComparison['areas'][number]['added'][number][] = [];
      const changed: LevelComparison['areas'][number]['changed'][number][] = [];
      const stays: LevelComparison['areas'][number]['stays'][number][] = [];
      for (const competency of area.competencies) {
        const below = competency.levels[lower]!;
        const above = competency.levels[higher]!;
        if (!above.expected) stays.push({ competency, expectation: above });
        else if (!below.expected) added.push({ competency, higher: above });
        else if (sameText(below, above)) stays.push({ competency, expectation: above });
        else changed.push({ competency, lower: below, higher: above });
      }
      return { areaId: area.id, added, changed, stays };
    }),
  };
}

/** The URL segment of a pair: `junior-mid`. */
export function pairSlug(lower: LevelId, higher: LevelId): string {
  return `${lower}-${higher}`;
}
