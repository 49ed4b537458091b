import type { Incident, Lang, Role, SeverityLevel } from '../schema.ts';

export interface TemplateContext {
  incident: Incident;
  lang: Lang;
  /** Severity data, for names like "SEV2 (Major)"; the id alone without it. */
  severities?: readonly SeverityLevel[] | undefined;
  /** Role data (content/data/roles.yaml), for the responders' role names; the field names without it. */
  roles?: readonly Role[] | undefined;
}
