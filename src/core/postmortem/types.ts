import type { Incident, Lang, SeverityLevel } from '../schema.ts';

export interface TemplateContext {
  incident: Incident;
  lang: Lang;
  /** Severity data, for names like "SEV2 (Major)"; the id alone without it. */
  severities?: readonly SeverityLevel[];
}

export type Labels<K extends string> = Record<Lang, Record<K, string>>;
