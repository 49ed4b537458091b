// The incident timeline: entries kept in time order; entries at the same instant keep the order in
// which they were added (the scribe's order), because Array#sort is stable.
import { TimelineEntrySchema, type Incident, type TimelineEntry } from './schema.ts';
import { sortTimeline } from './timeline-order.ts';

export { sortTimeline } from './timeline-order.ts';

export type TimelineEntryInput = Omit<TimelineEntry, 'kind'> & { kind?: TimelineEntry['kind'] };

/** A new incident with the entry added after any entries at the same instant. Throws on a bad entry. */
export function addTimelineEntry(incident: Incident, entry: TimelineEntryInput): Incident {
  const parsed = TimelineEntrySchema.safeParse(entry);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join('.') || 'entry';
    throw new RangeError(
      `timeline entry ${field}: ${issue.message} (got ${JSON.stringify((entry as Record<string, unknown>)[String(issue.path[0])])})`,
    );
  }
  return { ...incident, timeline: sortTimeline([...incident.timeline, parsed.data]) };
}
