// The incident model (incident-schema.ts, re-exported) and the organisation data, as zod schemas. Types are inferred from them so the
// schema, the TypeScript types and the published JSON Schema can never disagree.
import './zod-csp.ts';
import { z } from 'zod';
import {
  ACTION_STATUSES,
  ACTION_TYPES,
  INCIDENT_SCHEMA_VERSION,
  LANGS,
  MILESTONES,
  PRIORITIES,
  ROLE_IDS,
  SEVERITY_IDS,
  STATUSES,
  TIMELINE_KINDS,
} from './constants.ts';

// The vocabularies live in constants.ts (no zod) so browser code can use them without the schemas.
export {
  ACTION_STATUSES,
  ACTION_TYPES,
  INCIDENT_SCHEMA_VERSION,
  LANGS,
  MILESTONES,
  PRIORITIES,
  ROLE_IDS,
  SEVERITY_IDS,
  STATUSES,
  TIMELINE_KINDS,
};

export type { Lang } from './i18n/locales.ts';

export const SeverityIdSchema = z.enum(SEVERITY_IDS);
export type SeverityId = z.infer<typeof SeverityIdSchema>;

export const StatusSchema = z.enum(STATUSES);
export type Status = z.infer<typeof StatusSchema>;

// The incident model lives in incident-schema.ts (zod/mini, so the browser can use it); re-exported here.
export {
  ActionItemSchema,
  IncidentSchema,
  MilestonesSchema,
  RolesSchema,
  TimelineEntrySchema,
  TimestampSchema,
  type ActionItem,
  type Incident,
  type Milestone,
  type Milestones,
  type TimelineEntry,
  type Timestamp,
} from './incident-schema.ts';

export type RoleId = (typeof ROLE_IDS)[number];

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
  /** The response's "acknowledge within N minutes" as a number, for the post-mortem review; null when none is promised. */
  acknowledgeWithinMinutes: z.number().int().positive().nullable().optional(),
  postmortemRequired: z.boolean(),
  statusPage: z.boolean(),
  /**
   * When the kickoff's severity questions point to this level: any one of these answer sets, each
   * naming, per question id, the options that match. The least severe level needs none: it is what
   * is left.
   */
  triage: z.array(z.record(z.string(), z.array(z.string()).min(1))).optional(),
});
export type SeverityLevel = z.infer<typeof SeverityLevelSchema>;
export const TriageQuestionSchema = z.object({
  id: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/),
  question: LocalizedSchema,
  options: z.array(z.object({ id: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/), label: LocalizedSchema })).min(2),
});
export type TriageQuestionData = z.infer<typeof TriageQuestionSchema>;
export const SeverityDataSchema = z.object({
  levels: z.array(SeverityLevelSchema).min(1),
  triage: z.array(TriageQuestionSchema).default([]),
});

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

/** content/data/review.yaml: the post-mortem review's word lists and promises (src/core/review/). */
const PhrasesSchema = LocalizedListSchema;
export const ReviewDataSchema = z.object({
  language: z.object({
    blame: PhrasesSchema,
    hindsight: PhrasesSchema,
    failureVerbs: PhrasesSchema,
    contributingMarkers: PhrasesSchema,
  }),
  actionItems: z.object({
    vague: PhrasesSchema,
    outcomeMarkers: PhrasesSchema,
    preventOrDetectFor: z.array(SeverityIdSchema),
  }),
  requiredMilestones: z.array(z.enum(MILESTONES)),
  process: z.object({
    reviewWithinHours: z.number().positive(),
    reviewMarkers: PhrasesSchema,
    statusPageMarkers: PhrasesSchema,
  }),
});
export type ReviewData = z.infer<typeof ReviewDataSchema>;

/** Every data file, by its file name in content/data. */
export const DATA_SCHEMAS = {
  severity: SeverityDataSchema,
  roles: RolesDataSchema,
  escalation: EscalationDataSchema,
  workflow: WorkflowDataSchema,
  comms: CommsDataSchema,
  career: CareerDataSchema,
  review: ReviewDataSchema,
} as const;
export type DataName = keyof typeof DATA_SCHEMAS;
export type HandbookData = { [K in DataName]: z.infer<(typeof DATA_SCHEMAS)[K]> };
