// This window against the previous one, and working days in words: shared by the text report and the page.
import { WEEKDAYS, type Weekday } from './types.ts';

export type Direction = 'up' | 'down' | 'same';

/**
 * The change from `previous` to `current` (rounded to 2 decimals, as the JSON writes minutes): its signed
 * delta, direction and size; null when either is missing (no median to compare).
 */
export function change(
  current: number | null,
  previous: number | null,
): { delta: number; direction: Direction; amount: number } | null {
  if (current === null || previous === null) return null;
  const delta = Math.round((current - previous) * 100) / 100 || 0; // never -0
  return { delta, direction: delta > 0 ? 'up' : delta < 0 ? 'down' : 'same', amount: Math.abs(delta) };
}

/**
 * Working days as runs: `mon`–`fri` is one run, `mon, wed, fri` three. The caller names each day in its
 * language and joins a run with a dash.
 */
export function dayRuns(days: readonly Weekday[]): [Weekday, Weekday][] {
  const runs: [Weekday, Weekday][] = [];
  const sorted = WEEKDAYS.filter((d) => days.includes(d));
  for (const day of sorted) {
    const last = runs.at(-1);
    if (last && WEEKDAYS.indexOf(last[1]) + 1 === WEEKDAYS.indexOf(day)) last[1] = day;
    else runs.push([day, day]);
  }
  return runs;
}

/** The hours with the most incidents, busiest first (ties by hour), without empty hours. */
export function busiest(counts: readonly number[], top = 3): { hour: number; count: number }[] {
  return counts
    .map((count, hour) => ({ hour, count }))
    .filter((h) => h.count > 0)
    .sort((a, b) => b.count - a.count || a.hour - b.hour)
    .slice(0, top);
}

/** `09:00` for hour 9. */
export function hourLabel(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
}
