// Checks on an incident that a post-mortem relies on: milestone order, action items with an owner
// and a due date, and the seed's duration. No zod here: the templates and the browser tools use these
// without shipping the schema library; incident.ts re-exports them with the rest of the record API.
import { incidentTranslate } from './i18n/incident.ts';
import { MILESTONES } from './constants.ts';
import type { ActionItem, Incident, Lang, Milestone, Timestamp } from './schema.ts';
import { milestoneLabel, type ActionItemWarning } from './labels.ts';
import { minutesBetween, toEpochMs } from './time/index.ts';

export type { ActionItemWarning };

export interface FieldError {
  field: string;
  message: string;
}

/** `levels[2].name.th` / `timeline[0].time` style path from a zod issue path (data files and incidents alike). */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`)).join('');
}

/**
 * Milestones that happen before a milestone that must precede them. Each error is reported on the
 * later milestone and names the earlier one it conflicts with, e.g. resolved before declared.
 */
export function milestoneOrderErrors(incident: Pick<Incident, 'milestones'>, lang: Lang = 'en'): FieldError[] {
  const errors: FieldError[] = [];
  let latest: { name: Milestone; time: Timestamp; ms: number } | undefined;
  for (const name of MILESTONES) {
    const time = incident.milestones[name];
    if (time === undefined) continue;
    const ms = toEpochMs(time);
    if (Number.isNaN(ms)) continue;
    if (latest && ms < latest.ms) {
      errors.push({
        field: `milestones.${name}`,
        message: orderMessage(name, time, latest.name, latest.time, lang),
      });
      continue;
    }
    latest = { name, time, ms };
  }
  return errors;
}

function orderMessage(later: Milestone, laterTime: Timestamp, earlier: Milestone, earlierTime: Timestamp, lang: Lang): string {
  const t = incidentTranslate(lang);
  return t('incident.order', {
    later,
    laterTime,
    laterLabel: milestoneLabel(later, lang),
    earlier,
    earlierTime,
    earlierLabel: milestoneLabel(earlier, lang),
  });
}

/** The seed's best practice: every action item needs an owner and a deadline. */
export function actionItemWarnings(item: Pick<ActionItem, 'owner' | 'due'>): ActionItemWarning[] {
  const warnings: ActionItemWarning[] = [];
  if (!item.owner || item.owner.trim() === '') warnings.push('missing-owner');
  if (!item.due || item.due.trim() === '') warnings.push('missing-due');
  return warnings;
}

/** The seed's Duration: resolved − declared in minutes, or null while either is missing. */
export function durationMinutes(incident: Pick<Incident, 'milestones'>): number | null {
  const { declared, resolved } = incident.milestones;
  if (!declared || !resolved) return null;
  const minutes = minutesBetween(declared, resolved);
  return Number.isFinite(minutes) ? minutes : null;
}
