// The incident model as a zod schema, written with `zod/mini` (a few KB instead of the full library's
// ~28 KB, for the browser's on-demand reader); its defaults come from incident-defaults.ts. schema.ts re-exports it;
// types are inferred from it, so the schema, the TypeScript types and the published JSON Schema
// (`npm run schema`) cannot disagree. The reader of incident JSON is parseIncident (incident.ts).
import './zod-csp.ts';
import * as z from 'zod/mini';
import {
  ACTION_STATUSES,
  ACTION_TYPES,
  INCIDENT_ID_RE,
  INCIDENT_SCHEMA_VERSION,
  MILESTONES,
  PRIORITIES,
  SEVERITY_IDS,
  STATUSES,
  TIMELINE_KINDS,
} from './constants.ts';
import { ACTION_ITEM_DEFAULTS, INCIDENT_DEFAULTS as D, TIMELINE_ENTRY_DEFAULTS, freshDefault } from './incident-defaults.ts';
import { toEpochMs } from './time/parse.ts';

/**
 * ISO 8601 date-time that carries its UTC offset (`Z` or `+07:00`), so no reader has to guess a zone.
 * The format check is zod's (what the published JSON Schema's `date-time` says); the refinement makes
 * sure every accepted timestamp is one the core's instant parser (time/parse.ts) reads, so no tool
 * accepts a time that another cannot place.
 */
export const TimestampSchema = z.iso
  .datetime({ offset: true, local: false })
  .check(z.refine((value) => !Number.isNaN(toEpochMs(value)), { params: { timestamp: true } }));
export type Timestamp = string;

/** Calendar date `YYYY-MM-DD` (an action item's due date). */
export const CalendarDateSchema = z.iso.date();

export type Milestone = (typeof MILESTONES)[number];
export const MilestonesSchema = z.strictObject(
  Object.fromEntries(MILESTONES.map((m) => [m, z.optional(TimestampSchema)])) as Record<
    Milestone,
    z.ZodMiniOptional<typeof TimestampSchema>
  >,
);
export type Milestones = Partial<Record<Milestone, Timestamp>>;

export const TimelineEntrySchema = z.object({
  time: TimestampSchema,
  author: z.string(),
  text: z.string(),
  kind: z._default(z.enum(TIMELINE_KINDS), TIMELINE_ENTRY_DEFAULTS.kind),
});
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;

export const ActionItemSchema = z.object({
  task: z.string().check(z.minLength(1)),
  owner: z._default(z.string(), ACTION_ITEM_DEFAULTS.owner),
  priority: z._default(z.enum(PRIORITIES), ACTION_ITEM_DEFAULTS.priority),
  /** Calendar date `YYYY-MM-DD`; empty when not yet agreed (and then flagged). */
  due: z._default(z.union([CalendarDateSchema, z.literal('')]), ACTION_ITEM_DEFAULTS.due),
  type: z._default(z.enum(ACTION_TYPES), ACTION_ITEM_DEFAULTS.type),
  status: z._default(z.enum(ACTION_STATUSES), ACTION_ITEM_DEFAULTS.status),
});
export type ActionItem = z.infer<typeof ActionItemSchema>;

export const RolesSchema = z.object({
  incidentLead: z._default(z.string(), D.roles.incidentLead),
  communicationsLead: z._default(z.string(), D.roles.communicationsLead),
  technicalLead: z._default(z.string(), D.roles.technicalLead),
  scribe: z._default(z.string(), D.roles.scribe),
});

type Defaulted = keyof typeof D;
const text = (
  field: Defaulted & ('summary' | 'impact' | 'rootCause' | 'trigger' | 'detection' | 'resolution' | 'supportingInfo'),
) => z._default(z.string(), D[field]);
const lines = (field: Defaulted & ('wentWell' | 'wentWrong' | 'gotLucky')) =>
  z._default(z.array(z.string()), () => [...D[field]]);

export const IncidentSchema = z.object({
  schemaVersion: z._default(z.literal(INCIDENT_SCHEMA_VERSION), D.schemaVersion),
  id: z.string().check(z.regex(INCIDENT_ID_RE, 'must look like INC-0001')),
  title: z.string(),
  severity: z.enum(SEVERITY_IDS),
  status: z._default(z.enum(STATUSES), D.status),
  roles: z._default(RolesSchema, () => freshDefault(D.roles)),
  summary: text('summary'),
  impact: text('impact'),
  /** Contributing factors; the seed's single "root cause" is the first of them. */
  rootCause: text('rootCause'),
  trigger: text('trigger'),
  detection: text('detection'),
  resolution: text('resolution'),
  wentWell: lines('wentWell'),
  wentWrong: lines('wentWrong'),
  gotLucky: lines('gotLucky'),
  milestones: z._default(MilestonesSchema, () => ({ ...D.milestones })),
  timeline: z._default(z.array(TimelineEntrySchema), () => [...D.timeline]),
  actionItems: z._default(z.array(ActionItemSchema), () => [...D.actionItems]),
  supportingInfo: text('supportingInfo'),
});
/** One incident, every field present (what parseIncident returns and every tool works on). */
export type Incident = z.infer<typeof IncidentSchema>;
