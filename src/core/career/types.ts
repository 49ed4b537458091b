// The career framework and the self-assessment: the types every career module, page, island and the
// CLI share. Pure data shapes; the zod schemas that check them live in framework-schema.ts (the
// organisation's YAML) and assessment-file.ts (the reader's exported file).
import type { Lang } from '../i18n/locales.ts';

/** Text in every language of the site. */
export type Localized = Readonly<Record<Lang, string>>;

/** A level id from content/data/career.yaml (`junior`, `mid`, `senior`, `staff`), in ladder order. */
export type LevelId = string;
/** A competency's permanent id: it never changes meaning, even when its text is reworded. */
export type CompetencyId = string;
export type AreaId = string;
/** One observable behaviour: a competency's expectation at one level, written `<competency>@<level>`. */
export type BehaviourId = `${CompetencyId}@${LevelId}`;

/** A link into the handbook, root-relative and language-neutral (`/roles/scribe/`); Thai pages get `/th` in front. */
export type HandbookPath = `/${string}`;

export interface Practice {
  text: Localized;
  href: HandbookPath;
}

/** What a competency asks at one level: an observable behaviour with evidence, or explicitly nothing yet. */
export type Expectation =
  { expected: true; behaviour: Localized; evidence: readonly Localized[] } | { expected: false; note?: Localized };

export interface Competency {
  id: CompetencyId;
  name: Localized;
  /** Concrete ways to practise it, each linking into the handbook. */
  practice: readonly Practice[];
  /** One entry per level id of the ladder. */
  levels: Readonly<Record<LevelId, Expectation>>;
}

export interface CompetencyArea {
  id: AreaId;
  name: Localized;
  summary: Localized;
  competencies: readonly Competency[];
}

export interface Certification {
  /** The name exactly as the seed lists it in career.yaml (`AWS SAA`, `DORA Metrics`). */
  name: string;
  fullName: Localized;
  /** Who awards it; empty when nobody does (not a formal certification). */
  issuer: string;
  proves: Localized;
  suits: Localized;
  /** False for the seed entries that are topics rather than certifications. */
  formal: boolean;
  /** The honest note, and real ways to learn the topic, where `formal` is false. */
  note?: Localized;
  learn?: readonly Practice[];
}

export interface LevelSkill {
  text: Localized;
  competency: CompetencyId;
}

/** A level as the framework presents it: the seed's facts plus links to competencies and certification records. */
export interface FrameworkLevel {
  id: LevelId;
  name: Localized;
  years: { min: number; max: number | null };
  incidentRole: Localized;
  skills: readonly LevelSkill[];
  certifications: readonly Certification[];
}

export interface CareerFramework {
  /** Ladder order, lowest first. */
  levels: readonly FrameworkLevel[];
  areas: readonly CompetencyArea[];
}

/** A behaviour with everything a page or a plan needs to show it. */
export interface BehaviourRef {
  id: BehaviourId;
  areaId: AreaId;
  competencyId: CompetencyId;
  level: LevelId;
  behaviour: Localized;
  evidence: readonly Localized[];
}

// ---------------------------------------------------------------------------------------------------
// The self-assessment

export const RATING_VALUES = ['not-yet', 'sometimes', 'consistently'] as const;
export type RatingValue = (typeof RATING_VALUES)[number];

export interface Rating {
  value: RatingValue;
  /** What the reader did that shows it (free text). */
  evidence?: string;
  /** A link to the evidence (a post-mortem, a pull request, a document). */
  link?: string;
}

/** Ratings by behaviour id; an unrated behaviour counts as `not-yet`. */
export type Ratings = Readonly<Record<BehaviourId, Rating>>;

export interface Snapshot {
  /** When it was saved: ISO 8601 with its UTC offset. */
  takenAt: string;
  label?: string;
  target: LevelId | null;
  ratings: Ratings;
}

export const SHIFT_KINDS = ['shadow', 'reverse-shadow', 'primary'] as const;
export type ShiftKind = (typeof SHIFT_KINDS)[number];

/** One incident (or game day) the reader took part in, in an incident role. */
export interface RoleShift {
  /** A role id from content/data/roles.yaml (`incident-lead`, `scribe`, …). */
  role: string;
  kind: ShiftKind;
  /** Calendar date `YYYY-MM-DD`. */
  date: string;
  /** Reverse shadow only: the backup had to take over. */
  backupTookOver?: boolean;
  note?: string;
}

export interface Assessment {
  ratings: Ratings;
  target: LevelId | null;
  /** Oldest first. */
  snapshots: readonly Snapshot[];
  shifts: readonly RoleShift[];
}

// ---------------------------------------------------------------------------------------------------
// Results

export interface LevelScore {
  level: LevelId;
  /** not-yet 0, sometimes 1, consistently 2, summed over the level's expected behaviours in the area. */
  points: number;
  max: number;
  /** Every expected behaviour rated `consistently` (vacuously true when nothing is expected). */
  met: boolean;
}

export interface MissingBehaviour extends BehaviourRef {
  rating: RatingValue;
}

export interface AreaFit {
  areaId: AreaId;
  /** The highest level met with every level below it also met; null when not even the first. */
  fit: LevelId | null;
  /** The level after `fit`; null at the top of the ladder. */
  next: LevelId | null;
  /** Behaviours of `next` not yet shown consistently. */
  missing: readonly MissingBehaviour[];
  /** One per level, ladder order. */
  scores: readonly LevelScore[];
  /**
   * A single number for charts: levels met in a row plus the fraction of points of the next level,
   * from 0 to the number of levels.
   */
  profile: number;
}

export interface RatingChange extends BehaviourRef {
  from: RatingValue;
  to: RatingValue;
}

export interface AssessmentDiff {
  up: readonly RatingChange[];
  down: readonly RatingChange[];
  /** Per area, the fitted level before and after. */
  areas: readonly { areaId: AreaId; from: LevelId | null; to: LevelId | null }[];
}

export interface GrowthItem extends MissingBehaviour {
  practice: readonly Practice[];
}

export interface GrowthPlan {
  target: LevelId;
  /** Per area in framework order; areas with nothing left are kept with an empty list. */
  areas: readonly { areaId: AreaId; items: readonly GrowthItem[] }[];
  /** Behaviours already shown consistently up to the target, out of all expected. */
  done: number;
  total: number;
}

export const READINESS_STAGES = [
  'not-started',
  'shadowing',
  'ready-for-reverse-shadow',
  'reverse-shadowing',
  'ready-for-primary',
  'primary',
] as const;
export type ReadinessStage = (typeof READINESS_STAGES)[number];

export interface RoleReadiness {
  role: string;
  /** Dates of each kind of shift, oldest first. */
  shadow: readonly string[];
  reverseShadow: readonly string[];
  primary: readonly string[];
  stage: ReadinessStage;
}

/** A problem in an assessment file: where (JSON path like `ratings["x@junior"].value`) and what, in one language. */
export interface AssessmentProblem {
  path: string;
  message: string;
}

export type ParseResult =
  { ok: true; assessment: Assessment; migratedFrom?: number } | { ok: false; problems: readonly AssessmentProblem[] };
