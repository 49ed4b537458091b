// Which milestone a timeline entry most likely marks, so "set milestone from this entry" can offer it
// first: the lifecycle's own entries ("Status -> resolved: …", "Incident declared") name it. No zod
// here, so the post-mortem tool can use it without the schema library.
import type { Milestone, TimelineEntry } from './schema.ts';

/** The milestone a status change records (the same table as lifecycle.ts's transitions). */
const STATUS_MILESTONE: Record<string, Milestone> = {
  identified: 'identified',
  monitoring: 'mitigated',
  mitigated: 'mitigated',
  resolved: 'resolved',
  closed: 'closed',
};

const STATUS_CHANGE_RE = /^status\s*(?:->|→)\s*(\w+)/i;
const WORD_MILESTONE: readonly [RegExp, Milestone][] = [
  [/\bdeclared\b/i, 'declared'],
  [/\backnowledged\b/i, 'acknowledged'],
  [/\bdetected\b|\balert\b/i, 'detected'],
  [/\bmitigated\b/i, 'mitigated'],
  [/\bresolved\b/i, 'resolved'],
];

/** The milestone the entry's text names, or null when it names none. */
export function suggestedMilestone(entry: Pick<TimelineEntry, 'text'>): Milestone | null {
  const status = STATUS_CHANGE_RE.exec(entry.text.trim());
  if (status) return STATUS_MILESTONE[status[1]!.toLowerCase()] ?? null;
  return WORD_MILESTONE.find(([re]) => re.test(entry.text))?.[1] ?? null;
}
