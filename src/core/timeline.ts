// The incident timeline: entries kept in time order; entries at the same instant keep the order in
// which they were added (the scribe's order), because Array#sort is stable.
import { TimelineEntrySchema, type Incident, type TimelineEntry } from './schema.ts';
import { toEpochMs } from './time.ts';

export type TimelineEntryInput = Omit<TimelineEntry, 'kind'> & { kind?: TimelineEntry['kind'] };

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

/** A new incident with the entry added after any entries at the same instant. Throws on a bad entry. */
export function addTimelineEntry(incident: Incident, entry: TimelineEntryInput): Incident {
  const parsed = TimelineEntrySchema.safeParse(entry);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join('.') || 'entry';
    throw new RangeError(`timeline entry ${field}: ${issue.message} (got ${JSON.stringify((entry as Record<string, unknown>)[String(issue.path[0])])})`);
  }
  return { ...incident, timeline: sortTimeline([...incident.timeline, parsed.data]) };
}
