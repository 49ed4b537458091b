// How a severity is named in text: `SEV2 (Major)` with the name from content/data/severity.yaml.
import { incidentTranslate } from './i18n/incident.ts';
import type { Lang, SeverityId, SeverityLevel } from './schema.ts';

/** `SEV2` alone, or `SEV2 (Major)` when the severity data is at hand. */
export function severityLabel(id: SeverityId, lang: Lang, levels?: readonly SeverityLevel[]): string {
  const level = levels?.find((l) => l.id === id);
  return level ? incidentTranslate(lang)('incident.severityNamed', { id, name: level.name[lang] }) : id;
}
