// The incident model and the organisation data, as zod schemas. Types are inferred from them so the
// schema, the TypeScript types and the published JSON Schema can never disagree.
import { z } from 'zod';
import {
  ACTION_STATUSES,
  ACTION_TYPES,
  INCIDENT_ID_RE,
  INCIDENT_SCHEMA_VERSION,
  LANGS,
  MILESTONES,
  PRIORITIES,
  ROLE_IDS,
  SEVERITY_IDS,
  STATUSES,
  TIMELINE_KINDS,
} from './constants.ts';
import { toEpochMs } from './time/parse.ts';

// The vocabularies live in constants.ts (no zod) so browser code can use them without the schemas.
export { ACTION_STATUSES, ACTION_TYPES, INCIDENT_SCHEMA_VERSION, LANGS, MILESTONES, PRIORITIES, ROLE_IDS, SEVERITY_IDS, STATUSES, TIMELINE_KINDS };

export type Lang = (typeof LANGS)[number];

export const SeverityIdSchema = z.enum(SEVERITY_IDS);
export type SeverityId = z.infer<typeof SeverityIdSchema>;

export const StatusSchema = z.enum(STATUSES);
export type Status = z.infer<typeof StatusSchema>;

/** ISO 8601 date-time that carries its UTC offset (`Z` or `+07:00`), so no reader has to guess a zone. */
// The format check is zod's (it is what the published JSON Schema's `date-time` says); the refinement
// makes sure every accepted timestamp is one the core's instant parser (time/parse.ts) reads, so no
// tool can accept a time that another cannot place.
export const TimestampSchema = z.iso
  .datetime({ offset: true, local: false })
  .refine((value) => !Number.isNaN(toEpochMs(value)), { params: { timestamp: true } });
export type Timestamp = string;

export type Milestone = (typeof MILESTONES)[number];
export const MilestonesSchema = z
  .object(Object.fromEntries(MILESTONES.map((m) => [m, TimestampSchema.optional()])) as Record<Milestone, z.ZodOptional<typeof TimestampSchema>>)
  .strict();
export type Milestones = Partial<Record<Milestone, Timestamp>>;

export const TimelineEntrySchema = z.object({
  time: TimestampSchema,
  author: z.string(),
  text: z.string(),
  kind: z.enum(TIMELINE_KINDS).default('note'),
});
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;

export const ActionItemSchema = z.object({
  task: z.string().min(1),
  owner: z.string().default(''),
  priority: z.enum(PRIORITIES).default('P2'),
  /** Calendar date `YYYY-MM-DD`; empty when not yet agreed (and then flagged). */
  due: z.union([z.iso.date(), z.literal('')]).default(''),
  type: z.enum(ACTION_TYPES).default('prevent'),
  status: z.enum(ACTION_STATUSES).default('todo'),
});
export type ActionItem = z.infer<typeof ActionItemSchema>;

export type RoleId = (typeof ROLE_IDS)[number];
export const RolesSchema = z.object({
  incidentLead: z.string().default(''),
  communicationsLead: z.string().default(''),
  technicalLead: z.string().default(''),
  scribe: z.string().default(''),
});

export const IncidentSchema = z.object({
  schemaVersion: z.literal(INCIDENT_SCHEMA_VERSION).default(INCIDENT_SCHEMA_VERSION),
  id: z.string().regex(INCIDENT_ID_RE, 'must look like INC-0001'),
  title: z.string(),
  severity: SeverityIdSchema,
  status: StatusSchema.default('investigating'),
  roles: RolesSchema.default({ incidentLead: '', communicationsLead: '', technicalLead: '', scribe: '' }),
  summary: z.string().default(''),
  impact: z.string().default(''),
  /** Contributing factors; the seed's single "root cause" is the first of them. */
  rootCause: z.string().default(''),
  trigger: z.string().default(''),
  detection: z.string().default(''),
  resolution: z.string().default(''),
  wentWell: z.array(z.string()).default([]),
  wentWrong: z.array(z.string()).default([]),
  gotLucky: z.array(z.string()).default([]),
  milestones: MilestonesSchema.default({}),
  timeline: z.array(TimelineEntrySchema).default([]),
  actionItems: z.array(ActionItemSchema).default([]),
  supportingInfo: z.string().default(''),
});
export type Incident = z.infer<typeof IncidentSchema>;
/** What a caller may pass in: everything with a default may be left out. */
export type IncidentInput = z.input<typeof IncidentSchema>;

// ---------------------------------------------------------------------------------------------
// Organisation data (content/data/*.yaml). Every user-facing string is given in both languages.

export const LocalizedSchema = z.object({ en: z.string().min(1), th: z.string().min(1) });
export type Localized = z.infer<typeof LocalizedSchema>;
export const LocalizedListSchema = z.object({ en: z.array(z.string().min(1)), th: z.array(z.string().min(1)) });
export type LocalizedList = z.infer<typeof LocalizedListSchema>;

export const SeverityLevelSchema = z.object({
  id: SeverityIdSchema,
  rank: z.number().int().min(1),
  name: LocalizedSchema,
  definition: LocalizedSchema,
  examples: LocalizedListSchema,
  response: LocalizedSchema,
  updateEveryMinutes: z.number().int().positive().nullable(),
  postmortemRequired: z.boolean(),
  statusPage: z.boolean(),
});
export type SeverityLevel = z.infer<typeof SeverityLevelSchema>;
export const SeverityDataSchema = z.object({ levels: z.array(SeverityLevelSchema).min(1) });

export const RoleSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  name: LocalizedSchema,
  aka: LocalizedListSchema,
  summary: LocalizedSchema,
  responsibilities: LocalizedListSchema,
  doesNot: LocalizedListSchema,
});
export type Role = z.infer<typeof RoleSchema>;
export const RolesDataSchema = z.object({ roles: z.array(RoleSchema).min(1) });

export const EscalationStepSchema = z.object({
  afterMinutes: z.number().min(0),
  action: z.enum(['page', 'notify', 'ticket']),
  channel: z.string().optional(),
  target: LocalizedSchema,
});
export type EscalationStep = z.infer<typeof EscalationStepSchema>;
export const EscalationPolicySchema = z.object({ severity: SeverityIdSchema, steps: z.array(EscalationStepSchema).min(1) });
export type EscalationPolicy = z.infer<typeof EscalationPolicySchema>;
export const EscalationDataSchema = z.object({ policies: z.array(EscalationPolicySchema).min(1) });

export const WorkflowStepSchema = z.object({
  id: z.string().min(1),
  label: LocalizedSchema,
  severities: z.array(SeverityIdSchema).optional(),
});
export type WorkflowStep = z.infer<typeof WorkflowStepSchema>;
export const WorkflowDataSchema = z.object({
  trigger: z.string().min(1),
  channelPattern: z.string().min(1),
  steps: z.array(WorkflowStepSchema).min(1),
});
export type WorkflowData = z.infer<typeof WorkflowDataSchema>;

export const CommsTemplateSchema = z.object({ id: z.string().min(1), name: LocalizedSchema, text: LocalizedSchema });
export type CommsTemplate = z.infer<typeof CommsTemplateSchema>;
export const CommsDataSchema = z.object({
  templates: z.array(CommsTemplateSchema).min(1),
  placeholders: z.record(z.string(), LocalizedSchema),
});
export type CommsData = z.infer<typeof CommsDataSchema>;

export const CareerLevelSchema = z.object({
  id: z.string().min(1),
  name: LocalizedSchema,
  years: z.object({ min: z.number().min(0), max: z.number().positive().nullable() }),
  incidentRole: LocalizedSchema,
  skills: LocalizedListSchema,
  certifications: z.array(z.string().min(1)),
});
export type CareerLevel = z.infer<typeof CareerLevelSchema>;
export const CareerDataSchema = z.object({ levels: z.array(CareerLevelSchema).min(1) });

/** Every data file, by its file name in content/data. */
export const DATA_SCHEMAS = {
  severity: SeverityDataSchema,
  roles: RolesDataSchema,
  escalation: EscalationDataSchema,
  workflow: WorkflowDataSchema,
  comms: CommsDataSchema,
  career: CareerDataSchema,
} as const;
export type DataName = keyof typeof DATA_SCHEMAS;
export type HandbookData = { [K in DataName]: z.infer<(typeof DATA_SCHEMAS)[K]> };
