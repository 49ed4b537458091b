import { describe, expect, test } from 'vitest';
import { createIncident } from '../../src/core/incident.ts';
import { addTimelineEntry, sortTimeline } from '../../src/core/timeline.ts';

describe('sortTimeline', () => {
  test('orders by instant, so different UTC offsets compare correctly', () => {
    const entries = [
      { time: '2026-03-12T10:30:00+07:00', text: 'b' }, // 03:30Z
      { time: '2026-03-12T03:00:00Z', text: 'a' },
      { time: '2026-03-12T04:00:00+00:00', text: 'c' },
    ];
    expect(sortTimeline(entries).map((e) => e.text)).toEqual(['a', 'b', 'c']);
  });
  test('keeps the written order for equal instants (stable)', () => {
    const entries = ['first', 'second', 'third'].map((text, i) => ({
      time: i === 1 ? '2026-03-12T03:00:00Z' : '2026-03-12T10:00:00+07:00',
      text,
    }));
    expect(sortTimeline(entries).map((e) => e.text)).toEqual(['first', 'second', 'third']);
  });
  test('returns a new array and leaves the input alone', () => {
    const entries = [{ time: '2026-03-12T11:00:00Z' }, { time: '2026-03-12T10:00:00Z' }];
    const sorted = sortTimeline(entries);
    expect(sorted).not.toBe(entries);
    expect(entries[0]!.time).toBe('2026-03-12T11:00:00Z');
  });
});

describe('addTimelineEntry', () => {
  const inc = createIncident({ counter: 3, title: 'Disk full', severity: 'SEV3', lead: 'Dave', at: '2026-03-12T10:00:00+07:00' });

  test('inserts by time and defaults the kind to note', () => {
    const later = addTimelineEntry(inc, { time: '2026-03-12T10:30:00+07:00', author: 'Erin', text: 'cleaned /var/log' });
    const earlier = addTimelineEntry(later, {
      time: '2026-03-12T09:55:00+07:00',
      author: 'Erin',
      text: 'disk alert fired',
      kind: 'milestone',
    });
    expect(earlier.timeline.map((e) => [e.text, e.kind])).toEqual([
      ['disk alert fired', 'milestone'],
      ['Incident declared', 'status'],
      ['cleaned /var/log', 'note'],
    ]);
  });
  test('an entry at the same instant goes after the ones already there', () => {
    const next = addTimelineEntry(inc, {
      time: '2026-03-12T03:00:00Z',
      author: 'Erin',
      text: 'paged storage team',
      kind: 'action',
    });
    expect(next.timeline.map((e) => e.text)).toEqual(['Incident declared', 'paged storage team']);
  });
  test('a time without an offset is refused with the field named', () => {
    expect(() => addTimelineEntry(inc, { time: '2026-03-12 10:30', author: 'Erin', text: 'x' })).toThrow(/timeline entry time/);
  });
});
