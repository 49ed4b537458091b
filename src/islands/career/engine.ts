// The career core functions the tool computes with. Loaded on the reader's first interaction (or at
// once when there is a saved or shared assessment): the core's framework module carries the zod
// schema of the YAML data, which the page's first JavaScript should not. Until it arrives the tool
// shows what the page was built with (the empty assessment's results, computed at build time).
export { areaFit, diffAssessments } from '../../core/career/fit.ts';
export { growthPlan, growthPlanMarkdown } from '../../core/career/plan.ts';

import type { areaFit, diffAssessments } from '../../core/career/fit.ts';
import type { growthPlan, growthPlanMarkdown } from '../../core/career/plan.ts';

export interface Engine {
  areaFit: typeof areaFit;
  diffAssessments: typeof diffAssessments;
  growthPlan: typeof growthPlan;
  growthPlanMarkdown: typeof growthPlanMarkdown;
}
