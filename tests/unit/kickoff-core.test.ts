import { describe, expect, test } from 'vitest';
import {
  addMinutes,
  clockLabel,
  nextEscalation,
  nextUpdateAt,
  suggestSeverity,
  type TriageAnswers,
} from '../../src/core/kickoff.ts';
import type { EscalationPolicy, SeverityId } from '../../src/core/schema.ts';
import { loadHandbookData } from '../../src/data/load.ts';

const data = loadHandbookData();
const levels = data.severity.levels;
const policy = (id: SeverityId): EscalationPolicy => data.escalation.policies.find((p) => p.severity === id)!;

describe('suggestSeverity', () => {
  test('nothing until all three questions are answered', () => {
    expect(suggestSeverity({}, levels)).toBeNull();
    expect(suggestSeverity({ secondTeam: 'yes', customerVisible: 'yes' }, levels)).toBeNull();
  });
  test('more yes answers, more severe: three -> SEV1, none -> SEV4', () => {
    expect(suggestSeverity({ secondTeam: 'yes', customerVisible: 'yes', unsolvedAfterHour: 'yes' }, levels)?.severity).toBe(
      'SEV1',
    );
    expect(suggestSeverity({ secondTeam: 'no', customerVisible: 'yes', unsolvedAfterHour: 'yes' }, levels)?.severity).toBe(
      'SEV2',
    );
    expect(suggestSeverity({ secondTeam: 'no', customerVisible: 'yes', unsolvedAfterHour: 'no' }, levels)?.severity).toBe('SEV3');
    expect(suggestSeverity({ secondTeam: 'no', customerVisible: 'no', unsolvedAfterHour: 'no' }, levels)).toEqual({
      severity: 'SEV4',
      concerns: 0,
      roundedUp: false,
    });
  });
  test('if unsure, pick the higher one: unsure counts as yes and says so', () => {
    const answers: TriageAnswers = { secondTeam: 'unsure', customerVisible: 'yes', unsolvedAfterHour: 'no' };
    expect(suggestSeverity(answers, levels)).toEqual({ severity: 'SEV2', concerns: 2, roundedUp: true });
  });
  test('follows the data: levels in any order, fewer levels than questions', () => {
    const reversed = [...levels].reverse();
    expect(suggestSeverity({ secondTeam: 'yes', customerVisible: 'yes', unsolvedAfterHour: 'yes' }, reversed)?.severity).toBe(
      'SEV1',
    );
    const two = levels.slice(0, 2);
    expect(suggestSeverity({ secondTeam: 'no', customerVisible: 'no', unsolvedAfterHour: 'no' }, two)?.severity).toBe('SEV2');
    expect(suggestSeverity({ secondTeam: 'yes', customerVisible: 'no', unsolvedAfterHour: 'no' }, [])).toBeNull();
  });
});

describe('nextEscalation', () => {
  test('SEV1 at minute 10: the VP is next, in 5 minutes', () => {
    const next = nextEscalation(policy('SEV1'), 10);
    expect(next?.step.target.en).toBe('VP Engineering');
    expect(next?.inMinutes).toBe(5);
  });
  test('at the exact minute a step runs it is no longer next', () => {
    expect(nextEscalation(policy('SEV1'), 5)?.step.target.en).toBe('VP Engineering');
    expect(nextEscalation(policy('SEV1'), 0)?.step.target.en).toBe('Team lead');
  });
  test('nothing next once every step has run, or for a minute that is not a number', () => {
    expect(nextEscalation(policy('SEV1'), 15)).toBeNull();
    expect(nextEscalation(policy('SEV3'), 0)).toBeNull();
    expect(nextEscalation(policy('SEV1'), Number.NaN)).toBeNull();
  });
});

describe('times', () => {
  test('addMinutes keeps the offset it was given, across midnight', () => {
    expect(addMinutes('2026-11-27T23:50:00+07:00', 15)).toBe('2026-11-28T00:05:00+07:00');
    expect(addMinutes('2026-11-27T10:00:00Z', 30)).toBe('2026-11-27T10:30:00Z');
    expect(addMinutes('2026-11-27T10:00:00-03:30', 5)).toBe('2026-11-27T10:05:00-03:30');
    expect(addMinutes('not a time', 5)).toBe('not a time');
  });
  test('nextUpdateAt: one cadence after the declaration, then the next multiple', () => {
    expect(nextUpdateAt('2026-11-27T14:02:00+07:00', 30)).toBe('2026-11-27T14:32:00+07:00');
    expect(nextUpdateAt('2026-11-27T14:02:00+07:00', 30, 29)).toBe('2026-11-27T14:32:00+07:00');
    expect(nextUpdateAt('2026-11-27T14:02:00+07:00', 30, 30)).toBe('2026-11-27T15:02:00+07:00');
    expect(nextUpdateAt('2026-11-27T14:02:00+07:00', null)).toBeNull();
    expect(nextUpdateAt('nonsense', 30)).toBeNull();
  });
  test('clockLabel is the one human format, in the offset the time is written with', () => {
    expect(clockLabel('2026-11-27T14:32:00+07:00')).toBe('2026-11-27 14:32 UTC+07:00');
    expect(clockLabel('2026-11-27T14:32:00Z')).toBe('2026-11-27 14:32 UTC');
    expect(clockLabel('2026-11-27T14:32:00-0330')).toBe('2026-11-27 14:32 UTC-03:30');
    expect(clockLabel('14:32')).toBe('');
  });
});
