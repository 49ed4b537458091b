// The first five minutes of an incident: suggesting a severity from Google's three questions, the
// next escalation step, and the times of the next update. Pure: callers pass every instant in (the
// kickoff assistant's live clock lives in the browser island, never here).
import type { EscalationPolicy, EscalationStep, SeverityId, SeverityLevel, Timestamp } from './schema.ts';
import { formatTimestamp, formatWithOffset, offsetMinutes, offsetOf, toEpochMs } from './time/index.ts';

/**
 * Google SRE's questions for "is this an incident, and how big": a yes to any of them means declare.
 * The more of them are true, the more severe the incident.
 */
export const TRIAGE_QUESTIONS = ['secondTeam', 'customerVisible', 'unsolvedAfterHour'] as const;
export type TriageQuestion = (typeof TRIAGE_QUESTIONS)[number];
export type TriageAnswer = 'yes' | 'no' | 'unsure';
export type TriageAnswers = Partial<Record<TriageQuestion, TriageAnswer>>;

export interface SeveritySuggestion {
  severity: SeverityId;
  /** Questions answered yes or unsure. */
  concerns: number;
  /** True when an "unsure" answer was counted as yes: if unsure, pick the higher severity. */
  roundedUp: boolean;
}

/**
 * The severity the answers point to, or null until every question is answered. Three concerns give
 * the most severe level, none the least; "unsure" counts as yes, because when in doubt the higher
 * severity is the safer call (downgrading later is cheap, a late page is not).
 */
export function suggestSeverity(answers: TriageAnswers, levels: readonly SeverityLevel[]): SeveritySuggestion | null {
  if (levels.length === 0 || TRIAGE_QUESTIONS.some((q) => !answers[q])) return null;
  const ordered = [...levels].sort((a, b) => a.rank - b.rank);
  const concerns = TRIAGE_QUESTIONS.filter((q) => answers[q] !== 'no').length;
  const index = Math.min(ordered.length - 1, TRIAGE_QUESTIONS.length - concerns);
  return { severity: ordered[index]!.id, concerns, roundedUp: TRIAGE_QUESTIONS.some((q) => answers[q] === 'unsure') };
}

/** The first step not yet reached at `minute`, and how many minutes until it; null when all have run. */
export function nextEscalation(policy: EscalationPolicy, minute: number): { step: EscalationStep; inMinutes: number } | null {
  if (!Number.isFinite(minute)) return null;
  const step = policy.steps.filter((s) => s.afterMinutes > minute).sort((a, b) => a.afterMinutes - b.afterMinutes)[0];
  return step ? { step, inMinutes: step.afterMinutes - minute } : null;
}

/** `at` plus some minutes, written in the same UTC offset as `at`; unchanged when `at` is unreadable. */
export function addMinutes(at: Timestamp, minutes: number): Timestamp {
  const epoch = toEpochMs(at);
  if (Number.isNaN(epoch) || !Number.isFinite(minutes)) return at;
  return formatWithOffset(epoch + minutes * 60_000, offsetMinutes(offsetOf(at)));
}

/**
 * When the next update is due: the first multiple of the cadence after `minutesSinceDeclared`
 * (0 at the declaration, so the first update is one cadence after it). Null when the severity has
 * no update cadence.
 */
export function nextUpdateAt(declaredAt: Timestamp, everyMinutes: number | null, minutesSinceDeclared = 0): Timestamp | null {
  if (everyMinutes === null || !(everyMinutes > 0) || Number.isNaN(toEpochMs(declaredAt))) return null;
  const since = Number.isFinite(minutesSinceDeclared) ? Math.max(0, minutesSinceDeclared) : 0;
  return addMinutes(declaredAt, (Math.floor(since / everyMinutes) + 1) * everyMinutes);
}

/**
 * `2026-11-27 14:32 UTC+07:00` (or `… UTC`): a time people can read aloud without guessing the zone,
 * in the one human format of every tool, in the offset `at` is written with. Empty when unreadable.
 */
export function clockLabel(at: Timestamp): string {
  return formatTimestamp(at);
}
