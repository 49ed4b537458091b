import { describe, expect, test } from 'vitest';
import {
  addMinutes,
  kickoffTimeline,
  clockLabel,
  nextEscalation,
  countdownLabel,
  escalationState,
  nextUpdateAt,
  shouldDeclare,
  updateCountdown,
  suggestSeverity,
  type TriageAnswers,
} from '../../src/core/kickoff.ts';
import type { EscalationPolicy, SeverityId } from '../../src/core/schema.ts';
import { loadHandbookData } from '../../src/data/load.ts';

const data = loadHandbookData();
const levels = data.severity.levels;
const policy = (id: SeverityId): EscalationPolicy => data.escalation.policies.find((p) => p.severity === id)!;

const questions = data.severity.triage;

/**
 * How an incident commander would answer the severity questions for each example of severity.yaml,
 * in English. Every example of the data must be here, and must come out at its own level.
 */
const EXAMPLE_ANSWERS: Record<string, TriageAnswers> = {
  'Checkout fails for all customers': { users: 'all', features: 'core', dataOrSecurity: 'no', workaround: 'no' },
  'Data loss or a security breach in progress': { users: 'some', features: 'core', dataOrSecurity: 'yes', workaround: 'no' },
  'The main site or API returns errors everywhere': { users: 'all', features: 'core', dataOrSecurity: 'no', workaround: 'no' },
  'API p99 latency above 5 s for most requests': { users: 'many', features: 'core', dataOrSecurity: 'no', workaround: 'no' },
  'Login fails for one region': { users: 'many', features: 'core', dataOrSecurity: 'no', workaround: 'no' },
  'Payments are delayed but not lost': { users: 'all', features: 'core', dataOrSecurity: 'no', workaround: 'yes' },
  'Report exports are slow': { users: 'some', features: 'secondary', dataOrSecurity: 'no', workaround: 'yes' },
  'One integration retries more than usual': { users: 'some', features: 'secondary', dataOrSecurity: 'no', workaround: 'no' },
  'A non-critical page shows stale data': { users: 'many', features: 'secondary', dataOrSecurity: 'no', workaround: 'no' },
  'A batch job needed a manual rerun': { users: 'none', features: 'internal', dataOrSecurity: 'no', workaround: 'yes' },
  'An internal dashboard is broken': { users: 'none', features: 'internal', dataOrSecurity: 'no', workaround: 'no' },
  'Noisy alert with no user impact': { users: 'none', features: 'internal', dataOrSecurity: 'no', workaround: 'no' },
};

describe('shouldDeclare: Google’s three questions decide declaring, not severity', () => {
  test('any yes or unsure declares; all no does not; open otherwise', () => {
    expect(shouldDeclare({ secondTeam: 'no', customerVisible: 'yes' })).toBe(true);
    expect(shouldDeclare({ unsolvedAfterHour: 'unsure' })).toBe(true);
    expect(shouldDeclare({ secondTeam: 'no', customerVisible: 'no', unsolvedAfterHour: 'no' })).toBe(false);
    expect(shouldDeclare({ secondTeam: 'no' })).toBeNull();
  });
});

describe('suggestSeverity: questions and answer sets from severity.yaml', () => {
  test.each(levels.flatMap((l) => l.examples.en.map((example) => [l.id, example] as const)))(
    '%s example “%s” comes out at its own level',
    (id, example) => {
      const answers = EXAMPLE_ANSWERS[example];
      expect(answers, `no answers written for the example “${example}”`).toBeDefined();
      expect(suggestSeverity(answers!, levels, questions)).toEqual({ severity: id, roundedUp: false });
    },
  );
  test('checkout down for everyone, fixable by one team, is SEV1 (the declare answers do not matter)', () => {
    const answers = {
      secondTeam: 'no',
      customerVisible: 'yes',
      unsolvedAfterHour: 'no',
      ...EXAMPLE_ANSWERS['Checkout fails for all customers'],
    };
    expect(suggestSeverity(answers, levels, questions)?.severity).toBe('SEV1');
  });
  test('every answer set names a question and options of the data', () => {
    for (const l of levels)
      for (const set of l.triage ?? [])
        for (const [q, options] of Object.entries(set)) {
          const question = questions.find((x) => x.id === q);
          expect(question, `${l.id} names an unknown question ${q}`).toBeDefined();
          for (const o of options)
            expect(
              question!.options.map((x) => x.id),
              `${l.id} ${q}`,
            ).toContain(o);
        }
  });
  test('nothing until every severity question is answered', () => {
    expect(suggestSeverity({}, levels, questions)).toBeNull();
    expect(suggestSeverity({ users: 'all', features: 'core', dataOrSecurity: 'no' }, levels, questions)).toBeNull();
    // An answer the data does not offer (an old stored draft) counts as unanswered.
    expect(
      suggestSeverity({ users: 'lots', features: 'core', dataOrSecurity: 'no', workaround: 'no' }, levels, questions),
    ).toBeNull();
  });
  test('if unsure, pick the higher one: unsure matches any option and says so', () => {
    const answers: TriageAnswers = { users: 'some', features: 'secondary', dataOrSecurity: 'unsure', workaround: 'no' };
    expect(suggestSeverity(answers, levels, questions)).toEqual({ severity: 'SEV1', roundedUp: true });
  });
  test('follows the data: levels in any order; the least severe level is what is left', () => {
    const reversed = [...levels].reverse();
    expect(suggestSeverity(EXAMPLE_ANSWERS['Login fails for one region']!, reversed, questions)?.severity).toBe('SEV2');
    const two = levels.slice(0, 2);
    expect(suggestSeverity(EXAMPLE_ANSWERS['Noisy alert with no user impact']!, two, questions)?.severity).toBe('SEV2');
    expect(suggestSeverity({}, [], [])).toBeNull();
  });
});

describe('escalationState: acknowledging stops paging', () => {
  test('SEV1 acknowledged at minute 7: the team lead was paged, the VP never is, nobody is next', () => {
    const state = escalationState(policy('SEV1'), 20, 7);
    expect(state.acknowledged).toBe(true);
    expect(state.notified.map((s) => s.target.en)).toEqual(['On-call engineer', 'Team lead']);
    expect(state.next).toBeNull();
    expect(state.stopped.map((s) => s.target.en)).toContain('VP Engineering');
  });
  test('not acknowledged (or acknowledged later than the minute shown): escalation runs on', () => {
    for (const ack of [null, 30]) {
      const state = escalationState(policy('SEV1'), 10, ack);
      expect(state.acknowledged).toBe(false);
      expect(state.next?.step.target.en).toBe('VP Engineering');
      expect(state.stopped).toEqual([]);
    }
  });
});

describe('updateCountdown', () => {
  const declared = '2026-11-27T14:02:00+07:00';
  const at = (minutes: number) => Date.parse(declared) + minutes * 60_000;
  test('counts down to the next multiple of the cadence, written in the declaration’s offset', () => {
    expect(updateCountdown(declared, 15, at(12.5))).toEqual({ dueAt: '2026-11-27T14:17:00+07:00', secondsLeft: 150 });
    expect(updateCountdown(declared, 15, at(15))).toEqual({ dueAt: '2026-11-27T14:32:00+07:00', secondsLeft: 900 });
    expect(countdownLabel(150)).toBe('2:30');
    expect(countdownLabel(4500)).toBe('75:00');
  });
  test('nothing without a cadence, before the declaration or with an unreadable time', () => {
    expect(updateCountdown(declared, null, at(5))).toBeNull();
    expect(updateCountdown(declared, 15, at(-1))).toBeNull();
    expect(updateCountdown('soon', 15, at(5))).toBeNull();
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

describe('kickoffTimeline', () => {
  test('steps are actions and messages status updates, in time order; unreadable times and empty texts are left out', () => {
    const entries = kickoffTimeline({
      steps: [
        { at: '2026-11-27T07:05:00Z', text: 'Checklist: page' },
        { at: 'soon', text: 'Checklist: lost' },
        { at: '2026-11-27T14:01:00+07:00', text: ' ' },
      ],
      messages: [{ at: '2026-11-27T14:03:00+07:00', text: 'Message sent (Initial): hello' }],
      stepAuthor: 'Alice',
      messageAuthor: 'Carol',
    });
    expect(entries).toEqual([
      { time: '2026-11-27T14:03:00+07:00', author: 'Carol', text: 'Message sent (Initial): hello', kind: 'status' },
      { time: '2026-11-27T07:05:00Z', author: 'Alice', text: 'Checklist: page', kind: 'action' },
    ]);
  });
});
