// The first five minutes of an incident: whether to declare (Google's three questions), which severity
// (the questions of severity.yaml), the next escalation step, the times of the next update, and the
// timeline the kickoff hands to the post-mortem. Pure: callers pass every instant in (the
// kickoff assistant's live clock lives in the browser island, never here).
import type {
  EscalationPolicy,
  EscalationStep,
  SeverityId,
  SeverityLevel,
  TimelineEntry,
  Timestamp,
  TriageQuestionData,
} from './schema.ts';
import { sortTimeline } from './timeline-order.ts';
import { formatTimestamp, formatWithOffset, offsetMinutes, offsetOf, toEpochMs } from './time/index.ts';

/**
 * Google SRE's questions for "should we declare an incident": a yes to any of them means declare.
 * They decide whether to declare, never how severe it is (a one-team fix can still be SEV1).
 */
export const DECLARE_QUESTIONS = ['secondTeam', 'customerVisible', 'unsolvedAfterHour'] as const;
export type DeclareQuestion = (typeof DECLARE_QUESTIONS)[number];
/** "unsure" is always possible besides the options a question offers. */
export const UNSURE = 'unsure';
/** Answers by question id: the declare questions ('yes' | 'no' | 'unsure') and the severity questions of severity.yaml. */
export type TriageAnswers = Partial<Record<string, string>>;

/**
 * Declare or not: true as soon as any declare question is answered yes or unsure (when in doubt,
 * declare: closing an incident is cheap, a late one is not); false when all three are no; null
 * while a question is open and none says yes.
 */
export function shouldDeclare(answers: TriageAnswers): boolean | null {
  if (DECLARE_QUESTIONS.some((q) => answers[q] === 'yes' || answers[q] === UNSURE)) return true;
  return DECLARE_QUESTIONS.every((q) => answers[q] === 'no') ? false : null;
}

export interface SeveritySuggestion {
  severity: SeverityId;
  /** True when an "unsure" answer made the suggestion more severe: if unsure, pick the higher severity. */
  roundedUp: boolean;
}

type AnswerSet = Record<string, string[]>;

function matches(set: AnswerSet, answers: TriageAnswers, unsureMatches: boolean): boolean {
  return Object.entries(set).every(([question, options]) => {
    const answer = answers[question];
    return answer === UNSURE ? unsureMatches : answer !== undefined && options.includes(answer);
  });
}

function firstMatch(ordered: readonly SeverityLevel[], answers: TriageAnswers, unsureMatches: boolean): SeverityLevel {
  const least = ordered[ordered.length - 1]!;
  return ordered.find((l) => l !== least && (l.triage ?? []).some((set) => matches(set, answers, unsureMatches))) ?? least;
}

/**
 * Which severity: the most severe level (severity.yaml) one of whose answer sets the answers match,
 * the least severe level when none does; null until every severity question is answered. "Unsure"
 * matches any option, because when in doubt the higher severity is the safer call (downgrading
 * later is cheap, a late page is not).
 */
export function suggestSeverity(
  answers: TriageAnswers,
  levels: readonly SeverityLevel[],
  questions: readonly TriageQuestionData[],
): SeveritySuggestion | null {
  const answered = (q: TriageQuestionData) => answers[q.id] === UNSURE || q.options.some((o) => o.id === answers[q.id]);
  if (levels.length === 0 || !questions.every(answered)) return null;
  const ordered = [...levels].sort((a, b) => a.rank - b.rank);
  const sure = firstMatch(ordered, answers, false);
  const cautious = firstMatch(ordered, answers, true);
  return { severity: cautious.id, roundedUp: cautious.rank < sure.rank };
}

/** The first step not yet reached at `minute`, and how many minutes until it; null when all have run. */
export function nextEscalation(policy: EscalationPolicy, minute: number): { step: EscalationStep; inMinutes: number } | null {
  if (!Number.isFinite(minute)) return null;
  const step = policy.steps.filter((s) => s.afterMinutes > minute).sort((a, b) => a.afterMinutes - b.afterMinutes)[0];
  return step ? { step, inMinutes: step.afterMinutes - minute } : null;
}

export interface EscalationState {
  /** Steps that have run by `minute`, or by the acknowledgement when it came first. */
  notified: EscalationStep[];
  /** The step that runs next, or null when all have run or someone acknowledged. */
  next: { step: EscalationStep; inMinutes: number } | null;
  /** Steps that will not run because someone acknowledged before their minute. */
  stopped: EscalationStep[];
  acknowledged: boolean;
}

/**
 * Where the escalation stands at `minute`: once someone acknowledges (at `acknowledgedAt`, minutes
 * since declared, at or before `minute`), paging stops, so later steps never run.
 */
export function escalationState(policy: EscalationPolicy, minute: number, acknowledgedAt: number | null = null): EscalationState {
  const acknowledged = acknowledgedAt !== null && Number.isFinite(acknowledgedAt) && acknowledgedAt <= minute;
  const until = acknowledged ? acknowledgedAt : minute;
  const notified = Number.isFinite(until) ? policy.steps.filter((s) => s.afterMinutes <= until) : [];
  return {
    notified,
    next: acknowledged ? null : nextEscalation(policy, minute),
    stopped: acknowledged ? policy.steps.filter((s) => !notified.includes(s)) : [],
    acknowledged,
  };
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
 * The countdown to the next update at the instant `nowMs`: when it is due (the next multiple of the
 * cadence after now) and the whole seconds left. Null without a cadence, with an unreadable
 * declaration time, or before the declaration.
 */
export function updateCountdown(
  declaredAt: Timestamp,
  everyMinutes: number | null,
  nowMs: number,
): { dueAt: Timestamp; secondsLeft: number } | null {
  const declared = toEpochMs(declaredAt);
  if (Number.isNaN(declared) || !Number.isFinite(nowMs) || nowMs < declared) return null;
  const dueAt = nextUpdateAt(declaredAt, everyMinutes, (nowMs - declared) / 60_000);
  return dueAt ? { dueAt, secondsLeft: Math.max(0, Math.ceil((toEpochMs(dueAt) - nowMs) / 1000)) } : null;
}

/** `14:05` (minutes and seconds) for a countdown; hours are counted in minutes (`75:00`). */
export function countdownLabel(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * `2026-11-27 14:32 UTC+07:00` (or `… UTC`): a time people can read aloud without guessing the zone,
 * in the one human format of every tool, in the offset `at` is written with. Empty when unreadable.
 */
export function clockLabel(at: Timestamp): string {
  return formatTimestamp(at);
}

/** A checklist step the responders ticked, and when. */
export interface TickedStep {
  at: Timestamp;
  /** The step's text in the hand-over's language. */
  text: string;
}

/** A message the kickoff composed and someone copied to send, and when. */
export interface SentMessage {
  at: Timestamp;
  /** The timeline text for it, e.g. `Message sent (Initial): We are investigating…`. */
  text: string;
}

/**
 * What the first minutes leave for the post-mortem's timeline at hand-over: each ticked checklist step
 * as an action and each message sent as a status update (a message is what stakeholders were told),
 * with its own time, in time order (ticks and messages at the same minute keep the order given).
 * Entries whose time cannot be read are left out rather than placed at a guessed time.
 */
export function kickoffTimeline(input: {
  steps: readonly TickedStep[];
  messages: readonly SentMessage[];
  /** Who ticked the steps (the Incident Lead); '' when nobody is named yet. */
  stepAuthor: string;
  /** Who sent the messages (the Communications Lead, else the Incident Lead). */
  messageAuthor: string;
}): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...input.steps.map((s) => ({ time: s.at, author: input.stepAuthor, text: s.text, kind: 'action' as const })),
    ...input.messages.map((m) => ({ time: m.at, author: input.messageAuthor, text: m.text, kind: 'status' as const })),
  ].filter((e) => e.text.trim() !== '' && !Number.isNaN(toEpochMs(e.time)));
  return sortTimeline(entries);
}
