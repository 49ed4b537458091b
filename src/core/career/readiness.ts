// Incident-role readiness: where a person stands on the shadow → reverse shadow → primary path of
// content/docs/*/career/incident-role-readiness.mdx, counted from the shifts they recorded.
import type { ReadinessStage, RoleReadiness, RoleShift } from './types.ts';

/** The readiness page: "join at least two incidents … as a shadow". */
export const SHADOWS_BEFORE_REVERSE = 2;
/** The readiness page: "your backup did not need to take over in your last two incidents". */
export const CLEAN_REVERSE_SHADOWS_BEFORE_PRIMARY = 2;

function stageOf(shadow: number, reverse: readonly RoleShift[], primary: number): ReadinessStage {
  if (primary > 0) return 'primary';
  const lastReverse = reverse.slice(-CLEAN_REVERSE_SHADOWS_BEFORE_PRIMARY);
  if (lastReverse.length === CLEAN_REVERSE_SHADOWS_BEFORE_PRIMARY && lastReverse.every((s) => !s.backupTookOver))
    return 'ready-for-primary';
  if (reverse.length > 0) return 'reverse-shadowing';
  if (shadow >= SHADOWS_BEFORE_REVERSE) return 'ready-for-reverse-shadow';
  if (shadow > 0) return 'shadowing';
  return 'not-started';
}

/** One entry per role, in the order given; shifts of other roles are ignored. Dates oldest first. */
export function roleReadiness(shifts: readonly RoleShift[], roles: readonly string[]): RoleReadiness[] {
  const sorted = [...shifts].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return roles.map((role) => {
    const mine = sorted.filter((s) => s.role === role);
    const shadow = mine.filter((s) => s.kind === 'shadow');
    const reverse = mine.filter((s) => s.kind === 'reverse-shadow');
    const primary = mine.filter((s) => s.kind === 'primary');
    return {
      role,
      shadow: shadow.map((s) => s.date),
      reverseShadow: reverse.map((s) => s.date),
      primary: primary.map((s) => s.date),
      stage: stageOf(shadow.length, reverse, primary.length),
    };
  });
}
