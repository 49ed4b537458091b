// The career core: the competency framework, the self-assessment and what is computed from it. Pure
// (no DOM, no file I/O). Share links live in ./share.ts, imported separately because they need fflate.
export * from './types.ts';
export { CompetenciesDataSchema, buildCareerFramework, type CompetenciesData, type SeedLevel } from './framework-schema.ts';
export { allBehaviours, behaviourId, findArea, findCompetency, levelIndex, levelPairs } from './framework.ts';
export { areaFit, diffAssessments, ratingOf, ratingPoints } from './fit.ts';
export { compareLevels, pairSlug, type LevelComparison } from './compare.ts';
export { growthPlan, growthPlanMarkdown, localizedPath } from './plan.ts';
export {
  ASSESSMENT_FORMAT,
  ASSESSMENT_VERSION,
  AssessmentFileSchema,
  assessmentFileValue,
  emptyAssessment,
  parseAssessmentFile,
  parseAssessmentValue,
  serializeAssessmentFile,
  type AssessmentFile,
} from './assessment-file.ts';
export { CLEAN_REVERSE_SHADOWS_BEFORE_PRIMARY, SHADOWS_BEFORE_REVERSE, roleReadiness } from './readiness.ts';
