// Slack paste into the timeline: what a scribe copies from a channel has noise that must not become
// timeline text or responders, and a leading kind word sets the entry's kind.
import { describe, expect, test } from 'vitest';
import { parseChatLines } from '../../src/core/timeline-import.ts';
import { suggestedMilestone } from '../../src/core/timeline-milestone.ts';

const opts = { date: '2026-11-27', timeZone: 'Asia/Bangkok' };

describe('Slack paste without the noise', () => {
  test('"(edited)", reaction counts, reply counts and app badges are left out', () => {
    const pasted = [
      'Alice  2:02 PM',
      'Rolled back the deploy (edited)',
      ':+1: 3  :eyes: 1',
      '3 replies',
      'Last reply 5 minutes ago',
      'View thread',
      'incident.io APP  2:04 PM',
      'Severity changed to SEV1',
      '(edited)',
      '14:06 PagerDuty BOT: escalated to Team lead',
    ].join('\n');
    const { entries, unread } = parseChatLines(pasted, opts);
    expect(unread).toEqual([]);
    expect(entries.map((e) => [e.author, e.text])).toEqual([
      ['Alice', 'Rolled back the deploy'],
      ['incident.io', 'Severity changed to SEV1'],
      ['PagerDuty', 'escalated to Team lead'],
    ]);
  });

  test('a leading Thai kind word sets the kind too (its vowel and tone marks are part of the word)', () => {
    const pasted = [
      '14:02 Alice: ตัดสินใจ: rollback แทนการ hotfix',
      '14:03 Bob: สถานะ: พบสาเหตุแล้ว',
      '14:04 Carol: บันทึก: ส่งอัปเดตแล้ว',
    ].join('\n');
    expect(parseChatLines(pasted, opts).entries.map((e) => [e.kind, e.text])).toEqual([
      ['decision', 'ตัดสินใจ: rollback แทนการ hotfix'],
      ['status', 'พบสาเหตุแล้ว'],
      ['note', 'ส่งอัปเดตแล้ว'],
    ]);
  });

  test('a leading Action:, Status:, Milestone: or Decision: sets the kind', () => {
    const pasted = [
      '14:02 Alice: Decision: roll back rather than hotfix',
      '14:03 Bob: action: restart the pool',
      '14:04 Alice: Status: identified, pool exhausted',
      '14:05 Carol: posted the first update',
      '14:06 Dan: Re: the dashboard',
    ].join('\n');
    const { entries } = parseChatLines(pasted, opts);
    expect(entries.map((e) => [e.kind, e.text])).toEqual([
      ['decision', 'Decision: roll back rather than hotfix'],
      ['action', 'restart the pool'],
      ['status', 'identified, pool exhausted'],
      ['note', 'posted the first update'],
      ['note', 'Re: the dashboard'],
    ]);
  });
});

describe('set milestone from this entry', () => {
  test("the milestone an entry names is offered first: the lifecycle's status changes and plain words", () => {
    const cases: [string, string | null][] = [
      ['Status -> identified: Database connection pool exhausted', 'identified'],
      ['Status -> monitoring: error rate below 1%', 'mitigated'],
      ['Status -> resolved: Connection pool increased', 'resolved'],
      ['Incident declared', 'declared'],
      ['Page acknowledged', 'acknowledged'],
      ['Alert "API p99 latency > 5 s" fired', 'detected'],
      ['Rolled back the deploy', null],
    ];
    expect(cases.map(([text]) => [text, suggestedMilestone({ text })])).toEqual(cases);
  });
});
