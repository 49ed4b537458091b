// The incident model's fixed vocabularies as plain arrays. schema.ts builds its zod schemas from
// these and re-exports them; code that needs only the lists (the post-mortem templates, the browser
// tools) imports them from here, so a page does not ship the schema library (about 28 KB gzipped)
// just to know the milestone order.
// The languages are the locale table's (i18n/locales.ts), re-exported for the vocabularies' users.
export { LANGS } from './i18n/locales.ts';
export const SEVERITY_IDS = ['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const;
export const STATUSES = ['investigating', 'identified', 'monitoring', 'resolved'] as const;
/** Milestones in the order they must happen. The order is checked by `milestoneOrderErrors`. */
export const MILESTONES = [
  'impactStarted',
  'detected',
  'declared',
  'acknowledged',
  'identified',
  'mitigated',
  'resolved',
  'closed',
] as const;
export const TIMELINE_KINDS = ['milestone', 'status', 'note', 'action', 'decision'] as const;
export const PRIORITIES = ['P0', 'P1', 'P2', 'P3'] as const;
export const ACTION_TYPES = ['mitigate', 'prevent', 'detect', 'process'] as const;
export const ACTION_STATUSES = ['todo', 'done'] as const;
export const ROLE_IDS = ['incidentLead', 'communicationsLead', 'technicalLead', 'scribe'] as const;
export const INCIDENT_SCHEMA_VERSION = 1;
/** `INC-0001` and up: the id format of `formatIncidentId`. */
export const INCIDENT_ID_RE = /^INC-\d{4,}$/;
