// The incident lifecycle as an explicit transition table. Every change is a new Incident with a
// timeline entry in the seed's words ("Status -> identified: note"); an illegal move throws.
import { assertTimestamp } from './incident.ts';
import type { Incident, Milestone, Status, Timestamp } from './schema.ts';
import { addTimelineEntry } from './timeline.ts';

/**
 * Allowed moves. Forward moves may skip a stage (the seed's own example goes identified -> resolved,
 * and a rollback can mitigate before the cause is known). The only way back is monitoring ->
 * investigating, when a fix does not hold. Resolved is final except through `reopen`.
 */
export const TRANSITIONS: Readonly<Record<Status, readonly Status[]>> = {
  investigating: ['identified', 'monitoring', 'resolved'],
  identified: ['monitoring', 'resolved'],
  monitoring: ['resolved', 'investigating'],
  resolved: [],
};

/** The milestone a status change records. */
const MILESTONE_OF: Partial<Record<Status, Milestone>> = {
  identified: 'identified',
  monitoring: 'mitigated',
  resolved: 'resolved',
};

export class IllegalTransitionError extends Error {
  readonly from: Status;
  readonly to: Status;
  constructor(from: Status, to: Status) {
    const allowed = TRANSITIONS[from];
    super(
      `cannot move an incident from ${from} to ${to}` +
        (from === 'resolved'
          ? '; a resolved incident changes only by reopening it'
          : `; from ${from} it may go to ${allowed.join(', ')}`),
    );
    this.name = 'IllegalTransitionError';
    this.from = from;
    this.to = to;
  }
}

export interface ChangeOptions {
  at: Timestamp;
  by: string;
  note?: string;
}

export function canTransition(from: Status, to: Status): boolean {
  return TRANSITIONS[from]?.includes(to) ?? false;
}

/** The seed's update_status: new status, its milestone (latest time it was reached) and a timeline entry. */
export function transition(incident: Incident, to: Status, opts: ChangeOptions): Incident {
  if (!canTransition(incident.status, to)) throw new IllegalTransitionError(incident.status, to);
  assertTimestamp(opts.at, 'at');
  const note = opts.note?.trim();
  const milestone = MILESTONE_OF[to];
  const changed: Incident = {
    ...incident,
    status: to,
    milestones: milestone ? { ...incident.milestones, [milestone]: opts.at } : incident.milestones,
  };
  return addTimelineEntry(changed, {
    time: opts.at,
    author: opts.by,
    text: `Status -> ${to}${note ? `: ${note}` : ''}`,
    kind: 'status',
  });
}

/**
 * Reopens a resolved incident: back to investigating. The resolution (and closure) no longer hold,
 * so those milestones are cleared and the duration reads TBD until it is resolved again.
 */
export function reopen(incident: Incident, opts: ChangeOptions): Incident {
  if (incident.status !== 'resolved') throw new IllegalTransitionError(incident.status, 'investigating');
  assertTimestamp(opts.at, 'at');
  const { resolved: _resolved, closed: _closed, ...milestones } = incident.milestones;
  const note = opts.note?.trim();
  return addTimelineEntry(
    { ...incident, status: 'investigating', milestones },
    { time: opts.at, author: opts.by, text: `Reopened -> investigating${note ? `: ${note}` : ''}`, kind: 'status' },
  );
}
