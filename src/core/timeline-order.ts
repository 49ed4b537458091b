// Timeline order: by instant, so different UTC offsets compare correctly; entries at the same instant
// keep the order in which they were added (the scribe's order), because Array#sort is stable. No zod
// here, so the templates and the browser tools sort without the schema library; timeline.ts
// re-exports sortTimeline with the rest of the timeline API.
import { toEpochMs } from './time/index.ts';

/** A new array in time order (by instant, so different UTC offsets compare correctly). */
export function sortTimeline<T extends { time: string }>(entries: readonly T[]): T[] {
  return entries
    .map((entry, index) => ({ entry, index, ms: toEpochMs(entry.time) }))
    .sort((a, b) => compareMs(a.ms, b.ms) || a.index - b.index)
    .map(({ entry }) => entry);
}

// Unparseable times sort last rather than poisoning the comparison with NaN.
function compareMs(a: number, b: number): number {
  const aBad = Number.isNaN(a);
  const bBad = Number.isNaN(b);
  if (aBad || bBad) return aBad === bBad ? 0 : aBad ? 1 : -1;
  return a - b;
}
