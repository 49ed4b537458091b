// The incident model as a zod schema, written with `zod/mini` so the browser can use it (its
// defaults, its shape) for a few KB instead of the full library's ~28 KB. schema.ts re-exports it;
// types are inferred from it, so the schema, the TypeScript types and the published JSON Schema
// (`npm run schema`) cannot disagree. The reader of incident JSON is parseIncident (incident.ts).
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

export type Milestone = (typeof MILESTONES)[number];
export const MilestonesSchema = z.strictObject(
  Object.fromEntries(MILESTONES.map((m) => [m, z.optional(TimestampSchema)])) as Record<Milestone, z.ZodMiniOptional<typeof TimestampSchema>>,
);
export type Milestones = Partial<Record<Milestone, Timestamp>>;

export const TimelineEntrySchema = z.object({
  time: TimestampSchema,
  author: z.string(),
  text: z.string(),
  kind: z._default(z.enum(TIMELINE_KINDS), 'note'),
});
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;

export const ActionItemSchema = z.object({
  task: z.string().check(z.minLength(1)),
  owner: z._default(z.string(), ''),
  priority: z._default(z.enum(PRIORITIES), 'P2'),
  /** Calendar date `YYYY-MM-DD`; empty when not yet agreed (and then flagged). */
  due: z._default(z.union([z.iso.date(), z.literal('')]), ''),
  type: z._default(z.enum(ACTION_TYPES), 'prevent'),
  status: z._default(z.enum(ACTION_STATUSES), 'todo'),
});
export type ActionItem = z.infer<typeof ActionItemSchema>;

export const RolesSchema = z.object({
  incidentLead: z._default(z.string(), ''),
  communicationsLead: z._default(z.string(), ''),
  technicalLead: z._default(z.string(), ''),
  scribe: z._default(z.string(), ''),
});

const text = () => z._default(z.string(), '');
const lines = () => z._default(z.array(z.string()), []);

export const IncidentSchema = z.object({
  schemaVersion: z._default(z.literal(INCIDENT_SCHEMA_VERSION), INCIDENT_SCHEMA_VERSION),
  id: z.string().check(z.regex(INCIDENT_ID_RE, 'must look like INC-0001')),
  title: z.string(),
  severity: z.enum(SEVERITY_IDS),
  status: z._default(z.enum(STATUSES), 'investigating'),
  roles: z._default(RolesSchema, { incidentLead: '', communicationsLead: '', technicalLead: '', scribe: '' }),
  summary: text(),
  impact: text(),
  /** Contributing factors; the seed's single "root cause" is the first of them. */
  rootCause: text(),
  trigger: text(),
  detection: text(),
  resolution: text(),
  wentWell: lines(),
  wentWrong: lines(),
  gotLucky: lines(),
  milestones: z._default(MilestonesSchema, {}),
  timeline: z._default(z.array(TimelineEntrySchema), []),
  actionItems: z._default(z.array(ActionItemSchema), []),
  supportingInfo: text(),
});
/** One incident, every field present (what parseIncident returns and every tool works on). */
export type Incident = z.infer<typeof IncidentSchema>;

/** An incident with nothing filled in but what the schema requires: every default comes from the schema. */
export function emptyIncident(fields: Pick<Incident, 'id' | 'title' | 'severity'>): Incident {
  return IncidentSchema.parse(fields);
}
