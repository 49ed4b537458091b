// Role names come only from content/data/roles.yaml (one English and one Thai name per role). Core
// reads no files, so callers pass the parsed roles in, as they pass the severity levels.
import type { Lang, Role, RoleId } from './schema.ts';

/** The roles.yaml id of each role an incident names (the incident's `roles` keys are camelCase). */
export const ROLE_DATA_IDS: Readonly<Record<RoleId, string>> = {
  incidentLead: 'incident-lead',
  communicationsLead: 'communications-lead',
  technicalLead: 'technical-lead',
  scribe: 'scribe',
};

/** The role's name from roles.yaml, e.g. `Scribe` / `Scribe (ผู้บันทึก)`; its field name without the data. */
export function roleName(role: RoleId, lang: Lang, roles: readonly Pick<Role, 'id' | 'name'>[] | undefined): string {
  return roles?.find((r) => r.id === ROLE_DATA_IDS[role])?.name[lang] ?? role;
}
