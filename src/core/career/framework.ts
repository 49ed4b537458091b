// Walking the competency framework: behaviour ids, the behaviours in order, levels and their pairs.
// No zod: the self-assessment tool computes with these in the browser.
import type { AreaId, BehaviourId, BehaviourRef, CareerFramework, CompetencyArea, FrameworkLevel, LevelId } from './types.ts';

export function behaviourId(competencyId: string, level: LevelId): BehaviourId {
  return `${competencyId}@${level}`;
}

/** Every expected behaviour, in framework order (area, competency, level). */
export function allBehaviours(framework: CareerFramework): BehaviourRef[] {
  const out: BehaviourRef[] = [];
  for (const area of framework.areas) {
    for (const competency of area.competencies) {
      for (const level of framework.levels) {
        const expectation = competency.levels[level.id];
        if (expectation?.expected) {
          out.push({
            id: behaviourId(competency.id, level.id),
            areaId: area.id,
            competencyId: competency.id,
            level: level.id,
            behaviour: expectation.behaviour,
            evidence: expectation.evidence,
          });
        }
      }
    }
  }
  return out;
}

export function levelIndex(framework: CareerFramework, level: LevelId): number {
  return framework.levels.findIndex((l) => l.id === level);
}

export function findArea(framework: CareerFramework, id: AreaId): CompetencyArea | undefined {
  return framework.areas.find((area) => area.id === id);
}

export function findCompetency(framework: CareerFramework, id: string) {
  for (const area of framework.areas) {
    const competency = area.competencies.find((c) => c.id === id);
    if (competency) return { area, competency };
  }
  return undefined;
}

/** Every ordered pair of levels (lower first), in ladder order: junior-mid, junior-senior, … */
export function levelPairs(framework: CareerFramework): [FrameworkLevel, FrameworkLevel][] {
  const pairs: [FrameworkLevel, FrameworkLevel][] = [];
  framework.levels.forEach((lower, i) => framework.levels.slice(i + 1).forEach((higher) => pairs.push([lower, higher])));
  return pairs;
}
