// The incident core's own dictionaries (one module per namespace under src/core/i18n/), in the same
// shape as the site's. Each core renderer translates through its own namespaces (`incidentTranslate`,
// `documentTranslate`, … made by `translator`), so a tool bundles only the strings it renders; the
// site merges all of them into its own dictionary here, so one t() serves pages too.
import type { Lang } from './locales.ts';
import { career } from './career.ts';
import { ESCALATION_DICTIONARY } from './escalation.ts';
import { IMPORT_DICTIONARY } from './import.ts';
import { INCIDENT_DICTIONARY } from './incident.ts';
import { INCIDENT_READER_DICTIONARY } from './incident-reader.ts';
import { POSTMORTEM_DOC_DICTIONARY } from './postmortem-doc.ts';
import type { Dictionary, Messages } from './translate.ts';
import { METRICS_DICTIONARY } from './metrics.ts';
import { REVIEW_DICTIONARY } from './review.ts';

/** Add a namespace here when you add its module. */
export const CORE_DICTIONARIES: readonly Dictionary<Messages>[] = [
  INCIDENT_DICTIONARY,
  INCIDENT_READER_DICTIONARY,
  POSTMORTEM_DOC_DICTIONARY,
  ESCALATION_DICTIONARY,
  METRICS_DICTIONARY,
  IMPORT_DICTIONARY,
  career,
  REVIEW_DICTIONARY,
];

function merged(lang: Lang): Messages {
  return Object.assign({}, ...CORE_DICTIONARIES.map((dictionary) => dictionary[lang])) as Messages;
}

export const CORE_MESSAGES: Readonly<Record<Lang, Messages>> = { en: merged('en'), th: merged('th') };
