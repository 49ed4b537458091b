// The kickoff assistant's state and the text it produces, as pure functions over the core: the
// island adds only the browser (clock, storage, clipboard). Times are passed in, never read here.
import type { createIncident, formatIncidentId } from '../../core/incident.ts';
import { kickoffTimeline, type TriageAnswers } from '../../core/kickoff.ts';
import { ROLE_IDS } from '../../core/constants.ts';
import type { Incident, Lang, RoleId, SeverityId, TimelineEntry, Timestamp } from '../../core/schema.ts';
import { sortTimeline } from '../../core/timeline-order.ts';
import { hasOffset, toEpochMs } from '../../core/time/index.ts';
import { LOCALES } from '../../core/i18n/locales.ts';
import { shareFragment } from '../shared/share.ts';
import type { KickoffT } from './i18n.ts';

/**
 * The two core functions that need the incident schema. The island loads them (and the schema
 * library with them, about 27 KB gzipped) right after the page is interactive instead of in the
 * first bundle, so they are passed in; tests pass the module itself.
 */
export interface IncidentCore {
  createIncident: typeof createIncident;
  formatIncidentId: typeof formatIncidentId;
}

export interface KickoffState {
  answers: TriageAnswers;
  /** The severity the user confirmed; the suggestion alone never sets it. */
  severity: SeverityId | null;
  title: string;
  /** As typed, so a half-typed number is never lost; read with `parseCounter`. */
  counter: string;
  /** With its UTC offset; empty until set. */
  declaredAt: Timestamp;
  timeZone: string;
  /** Ids of the workflow steps ticked off. */
  done: string[];
  /** When each ticked step was ticked (with its UTC offset), for the post-mortem's timeline. */
  doneAt: Record<string, Timestamp>;
  /** The messages copied to be sent, in order, for the post-mortem's timeline. */
  sent: SentRecord[];
  /** Minutes since declared, as typed. */
  minute: string;
  /** The minute someone acknowledged the page (paging stops), as text; empty until then. */
  acknowledgedAt: string;
  /** Placeholder values for the message templates, shared by all templates and both languages. */
  values: Record<string, string>;
  template: string;
  messageLang: Lang;
  /** Person per role id of content/data/roles.yaml. */
  roles: Record<string, string>;
}

/** A message copied from the kickoff: when, which message (its name in the page's language), and its text. */
export interface SentRecord {
  at: Timestamp;
  name: string;
  text: string;
}

export function initialKickoff(opts: { declaredAt: Timestamp; timeZone: string; lang: Lang; template: string }): KickoffState {
  return {
    answers: {},
    severity: null,
    title: '',
    counter: '1',
    declaredAt: opts.declaredAt,
    timeZone: opts.timeZone,
    done: [],
    doneAt: {},
    sent: [],
    minute: '0',
    acknowledgedAt: '',
    values: {},
    template: opts.template,
    messageLang: opts.lang,
    roles: {},
  };
}

export function isSentRecord(value: unknown): value is SentRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return typeof r['at'] === 'string' && hasOffset(r['at']) && typeof r['name'] === 'string' && typeof r['text'] === 'string';
}

/** The counter as a number, or null when it is not a whole number from 1 up. */
export function parseCounter(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return Number.isSafeInteger(n) && n >= 1 ? n : null;
}

/** `INC-0042` for a valid counter, else null. */
export function incidentIdOf(counter: string, core: IncidentCore): string | null {
  const n = parseCounter(counter);
  return n === null ? null : core.formatIncidentId(n);
}

/** Minutes since declared as typed: a finite number from 0 up, else null. */
export function parseMinute(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '' || !/^\d+(\.\d+)?$/.test(trimmed)) return null;
  return Number(trimmed);
}

/** The incident's role field for a roles.yaml id (`incident-lead` -> `incidentLead`), or null for roles the record lacks. */
export function roleField(roleId: string): RoleId | null {
  const camel = roleId.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  return (ROLE_IDS as readonly string[]).includes(camel) ? (camel as RoleId) : null;
}

/**
 * What the kickoff adds to the post-mortem's timeline (the core's kickoffTimeline): each ticked step
 * of `steps` (the checklist shown, in the page's language) and each message copied, worded in the
 * page's language, by the Incident Lead and the Communications Lead.
 */
export function handoverTimeline(
  state: KickoffState,
  steps: readonly { id: string; label: string }[],
  t: KickoffT,
): TimelineEntry[] {
  const person = (id: string) => (state.roles[id] ?? '').trim();
  const lead = person('incident-lead');
  return kickoffTimeline({
    steps: steps.flatMap((step) => {
      const at = state.doneAt[step.id];
      return state.done.includes(step.id) && at ? [{ at, text: t('kickoff.timelineStep', { step: step.label }) }] : [];
    }),
    messages: state.sent.map((m) => ({ at: m.at, text: t('kickoff.timelineMessage', { name: m.name, text: m.text }) })),
    stepAuthor: lead,
    messageAuthor: person('communications-lead') || lead,
  });
}

/**
 * The kickoff as an incident (the core's createIncident: investigating, declared milestone, "Incident
 * declared" timeline entry) with every role the record has a field for and the `timeline` the kickoff
 * recorded (handoverTimeline). Null until the severity, the counter and the declared time are usable.
 */
export function kickoffIncident(
  state: KickoffState,
  core: IncidentCore,
  timeline: readonly TimelineEntry[] = [],
): Incident | null {
  const counter = parseCounter(state.counter);
  if (!state.severity || counter === null || Number.isNaN(toEpochMs(state.declaredAt))) return null;
  const person = (id: string) => (state.roles[id] ?? '').trim();
  const incident = core.createIncident({
    counter,
    title: state.title.trim(),
    severity: state.severity,
    lead: person('incident-lead'),
    at: state.declaredAt,
  });
  const roles = { ...incident.roles };
  for (const [id, name] of Object.entries(state.roles)) {
    const field = roleField(id);
    if (field && name.trim()) roles[field] = name.trim();
  }
  return { ...incident, roles, timeline: sortTimeline([...incident.timeline, ...timeline]) };
}

/**
 * The post-mortem generator's URL (in the page's language, under the site's base) carrying the
 * incident in the generator's own share-link fragment. Async: the compressor loads on demand.
 */
export async function postmortemHref(base: string, lang: Lang, incident: Incident): Promise<string> {
  const root = base.endsWith('/') ? base : `${base}/`;
  const prefix = LOCALES[lang].prefix.replace(/^\//, '');
  return `${root}${prefix ? `${prefix}/` : ''}tools/postmortem/#${await shareFragment(incident)}`;
}

/**
 * The message values as the template sees them: what the user typed, and the next update time for
 * `next_update` when that field is left empty.
 */
export function templateValues(values: Record<string, string>, nextUpdate: string): Record<string, string> {
  const out = { ...values };
  if (nextUpdate && !(out['next_update'] ?? '').trim()) out['next_update'] = nextUpdate;
  return out;
}

export interface KickoffMessageInput {
  id: string;
  title: string;
  /** `SEV2 (Major)`, or '' when not decided. */
  severity: string;
  channel: string;
  /** Role name and person, in the data's order; empty names are left out. */
  roles: { role: string; person: string }[];
  /** `14:32 +07:00`, or '' when the severity has no cadence. */
  nextUpdate: string;
}

/** The message that opens the incident channel: id, title, severity, channel, who holds which role, next update. */
export function kickoffMessage(input: KickoffMessageInput, t: KickoffT): string {
  const lines = [
    t('kickoff.kickoffDeclared', {
      id: input.id,
      title: input.title.trim() || t('kickoff.untitled'),
      severity: input.severity || t('kickoff.noSeverity'),
    }),
    t('kickoff.kickoffChannel', { channel: input.channel }),
  ];
  const assigned = input.roles.filter((r) => r.person.trim() !== '').map((r) => `${r.role}: ${r.person.trim()}`);
  if (assigned.length) lines.push(assigned.join(' · '));
  if (input.nextUpdate) lines.push(t('kickoff.kickoffNextUpdate', { time: input.nextUpdate }));
  return lines.join('\n');
}
