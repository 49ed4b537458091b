// Presentation helpers of the assessment tool: names in the reader's language, the profile as words,
// links into the handbook under the deployment base, and snapshot times for people. The numbers all
// come from the career core; nothing here computes a level.
import { formatTimestamp } from '../../core/time/index.ts';
import { LOCALES, type Lang } from '../../core/i18n/locales.ts';
import type { Translate, Messages } from '../../core/i18n/translate.ts';
import type { AreaFit, BehaviourId, CareerFramework, HandbookPath, LevelId, RatingValue } from '../../core/career/types.ts';

export type BehaviourIds = Readonly<Record<string, Readonly<Record<LevelId, BehaviourId>>>>;

export interface ViewContext {
  t: Translate<Messages>;
  lang: Lang;
  framework: CareerFramework;
  /** Behaviour ids by competency and level (the core's allBehaviours, computed at build time). */
  ids: BehaviourIds;
  /** import.meta.env.BASE_URL of the build, e.g. '/' or '/handbook/'. */
  base: string;
}

export function levelName(ctx: ViewContext, id: LevelId | null): string {
  if (id === null) return ctx.t('assessment.level.none');
  return ctx.framework.levels.find((l) => l.id === id)?.name[ctx.lang] ?? id;
}

export function areaName(ctx: ViewContext, id: string): string {
  return ctx.framework.areas.find((a) => a.id === id)?.name[ctx.lang] ?? id;
}

export function competencyName(ctx: ViewContext, id: string): string {
  for (const area of ctx.framework.areas) {
    const competency = area.competencies.find((c) => c.id === id);
    if (competency) return competency.name[ctx.lang];
  }
  return id;
}

const RATING_KEYS: Record<RatingValue, string> = {
  'not-yet': 'assessment.ratingNotYet',
  sometimes: 'assessment.ratingSometimes',
  consistently: 'assessment.ratingConsistently',
};

export function ratingLabel(ctx: ViewContext, value: RatingValue): string {
  return ctx.t(RATING_KEYS[value]);
}

/** An area's profile in words, the same number the chart's bar shows: "Mid-level, 40% of Senior". */
export function fitText(ctx: ViewContext, fit: AreaFit): string {
  const percent = Math.round((fit.profile - Math.floor(fit.profile)) * 100);
  if (fit.next === null) return ctx.t('assessment.fitLevel', { level: levelName(ctx, fit.fit) });
  if (fit.fit === null)
    return percent > 0
      ? ctx.t('assessment.fitNoneProgress', { percent, next: levelName(ctx, fit.next) })
      : ctx.t('assessment.fitNone', { next: levelName(ctx, fit.next) });
  return percent > 0
    ? ctx.t('assessment.fitProgress', { level: levelName(ctx, fit.fit), percent, next: levelName(ctx, fit.next) })
    : ctx.t('assessment.fitLevel', { level: levelName(ctx, fit.fit) });
}

/**
 * A handbook path as an href in the reader's language under the deployment base (the language prefix
 * as the core's localizedPath adds it, read from the locale table; plan.ts itself loads later).
 */
export function handbookHref(ctx: Pick<ViewContext, 'lang' | 'base'>, path: HandbookPath): string {
  return `${ctx.base.replace(/\/$/, '')}${LOCALES[ctx.lang].prefix}${path}`;
}

/**
 * A stored timestamp (`2026-11-27T14:02:00+07:00`) in the handbook's one human format
 * (`2026-11-27 14:02 UTC+07:00`). Integration note: once src/core/time/ (branch `time`) is merged,
 * this is its `formatTimestamp`.
 */
/** A snapshot's date in the one human format, in the offset it was taken in. */
export function snapshotTime(value: string): string {
  return formatTimestamp(value) || value;
}

/** Whether an evidence link is one the assessment file accepts (http or https). */
export function isEvidenceLink(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
