import { describe, expect, test } from 'vitest';
import { createIncident } from '../../src/core/incident.ts';
import { IllegalTransitionError, TRANSITIONS, canTransition, reopen, transition } from '../../src/core/lifecycle.ts';
import { STATUSES } from '../../src/core/schema.ts';

const declared = () =>
  createIncident({
    counter: 1,
    title: 'API Response Time > 5s',
    severity: 'SEV2',
    lead: 'Alice',
    at: '2026-03-12T10:02:00+07:00',
  });

describe('transition table', () => {
  test('is explicit for every status', () => {
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...STATUSES].sort());
  });
  test('moves forward, lets monitoring fall back to investigating, and keeps resolved final', () => {
    expect(canTransition('investigating', 'identified')).toBe(true);
    expect(canTransition('identified', 'monitoring')).toBe(true);
    expect(canTransition('monitoring', 'resolved')).toBe(true);
    expect(canTransition('identified', 'resolved')).toBe(true); // the seed's own example
    expect(canTransition('monitoring', 'investigating')).toBe(true);
    expect(canTransition('identified', 'investigating')).toBe(false);
    expect(canTransition('investigating', 'investigating')).toBe(false);
    for (const to of STATUSES) expect(canTransition('resolved', to)).toBe(false);
  });
});

describe('transition', () => {
  test("records the seed's timeline text, the author and the milestone", () => {
    const inc = transition(declared(), 'identified', {
      at: '2026-03-12T10:20:00+07:00',
      by: 'Alice',
      note: 'Database connection pool exhausted',
    });
    expect(inc.status).toBe('identified');
    expect(inc.milestones.identified).toBe('2026-03-12T10:20:00+07:00');
    expect(inc.timeline.at(-1)).toEqual({
      time: '2026-03-12T10:20:00+07:00',
      author: 'Alice',
      text: 'Status -> identified: Database connection pool exhausted',
      kind: 'status',
    });
  });

  test('without a note the entry is just the status change', () => {
    const inc = transition(declared(), 'monitoring', { at: '2026-03-12T10:30:00+07:00', by: 'Bob' });
    expect(inc.timeline.at(-1)!.text).toBe('Status -> monitoring');
    expect(inc.milestones.mitigated).toBe('2026-03-12T10:30:00+07:00');
  });

  test('does not change the incident it was given', () => {
    const before = declared();
    const snapshot = structuredClone(before);
    transition(before, 'resolved', { at: '2026-03-12T10:47:00+07:00', by: 'Alice' });
    expect(before).toEqual(snapshot);
  });

  test('an illegal move is a typed error naming both statuses', () => {
    const resolved = transition(declared(), 'resolved', { at: '2026-03-12T10:47:00+07:00', by: 'Alice' });
    let error: unknown;
    try {
      transition(resolved, 'monitoring', { at: '2026-03-12T11:00:00+07:00', by: 'Alice' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IllegalTransitionError);
    expect(error).toMatchObject({ from: 'resolved', to: 'monitoring' });
    expect((error as Error).message).toMatch(/reopen/);
  });

  test('a time without an offset is refused', () => {
    expect(() => transition(declared(), 'identified', { at: '2026-03-12T10:20:00', by: 'Alice' })).toThrow(RangeError);
  });

  test('a fix that does not hold: monitoring back to investigating, then resolved', () => {
    let inc = transition(declared(), 'monitoring', { at: '2026-03-12T10:30:00+07:00', by: 'Alice', note: 'rolled back' });
    inc = transition(inc, 'investigating', { at: '2026-03-12T10:40:00+07:00', by: 'Alice', note: 'errors returned' });
    inc = transition(inc, 'monitoring', { at: '2026-03-12T10:50:00+07:00', by: 'Alice' });
    inc = transition(inc, 'resolved', { at: '2026-03-12T11:10:00+07:00', by: 'Alice' });
    expect(inc.milestones.mitigated).toBe('2026-03-12T10:50:00+07:00'); // the mitigation that held
    expect(inc.timeline.map((e) => e.text)).toEqual([
      'Incident declared',
      'Status -> monitoring: rolled back',
      'Status -> investigating: errors returned',
      'Status -> monitoring',
      'Status -> resolved',
    ]);
  });
});

describe('reopen', () => {
  test('brings a resolved incident back to investigating and clears the resolution', () => {
    let inc = transition(declared(), 'resolved', { at: '2026-03-12T10:47:00+07:00', by: 'Alice' });
    inc = { ...inc, milestones: { ...inc.milestones, closed: '2026-03-12T12:00:00+07:00' } };
    const reopened = reopen(inc, { at: '2026-03-12T13:00:00+07:00', by: 'Carol', note: 'errors are back' });
    expect(reopened.status).toBe('investigating');
    expect(reopened.milestones.resolved).toBeUndefined();
    expect(reopened.milestones.closed).toBeUndefined();
    expect(reopened.milestones.declared).toBe('2026-03-12T10:02:00+07:00');
    expect(reopened.timeline.at(-1)).toMatchObject({
      author: 'Carol',
      text: 'Reopened -> investigating: errors are back',
      kind: 'status',
    });
  });
  test('only a resolved incident can be reopened', () => {
    expect(() => reopen(declared(), { at: '2026-03-12T13:00:00+07:00', by: 'Carol' })).toThrow(IllegalTransitionError);
  });
});
