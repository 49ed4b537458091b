// What an incident field is when a file leaves it out. The schema (incident-schema.ts) takes its
// defaults from here, and browser code that must not ship zod (the post-mortem tool's blank drafts and
// its check of the drafts it stored) reads the same objects, so there is one list of fields and
// defaults, not a schema and a copy of it.
import { INCIDENT_SCHEMA_VERSION } from './constants.ts';

export const INCIDENT_DEFAULTS = Object.freeze({
  schemaVersion: INCIDENT_SCHEMA_VERSION,
  status: 'investigating',
  roles: Object.freeze({ incidentLead: '', communicationsLead: '', technicalLead: '', scribe: '' }),
  summary: '',
  impact: '',
  rootCause: '',
  trigger: '',
  detection: '',
  resolution: '',
  wentWell: Object.freeze([] as string[]),
  wentWrong: Object.freeze([] as string[]),
  gotLucky: Object.freeze([] as string[]),
  milestones: Object.freeze({}),
  timeline: Object.freeze([] as never[]),
  actionItems: Object.freeze([] as never[]),
  supportingInfo: '',
} as const);

export const ACTION_ITEM_DEFAULTS = Object.freeze({
  owner: '',
  priority: 'P2',
  due: '',
  type: 'prevent',
  status: 'todo',
} as const);

export const TIMELINE_ENTRY_DEFAULTS = Object.freeze({ kind: 'note' } as const);

/** A default as a value of its own: arrays and objects writable, not shared with the frozen original. */
export type Fresh<T> = T extends readonly (infer U)[]
  ? Fresh<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Fresh<T[K]> }
    : T;

export function freshDefault<T>(value: T): Fresh<T> {
  return structuredClone(value) as Fresh<T>;
}
