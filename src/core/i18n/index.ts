// The incident core's own dictionaries (one module per namespace under src/core/i18n/), in the same
// shape as the site's. Core renderers (templates, reports, reader messages) translate through these;
// the site merges them into its own so one t() serves both.
import type { Lang } from './locales.ts';
import { career } from './career.ts';
import { ESCALATION_DICTIONARY } from './escalation.ts';
import { INCIDENT_DICTIONARY } from './incident.ts';
import { POSTMORTEM_DOC_DICTIONARY } from './postmortem-doc.ts';
import { REVIEW_DICTIONARY } from './review.ts';
import { createTranslate, type Dictionary, type Messages, type Translate } from './translate.ts';
import { METRICS_DICTIONARY } from './metrics.ts';

/** The namespaces coreTranslate serves. Add a namespace here when you add its module. */
const TRANSLATED_DICTIONARIES: readonly Dictionary<Messages>[] = [
  INCIDENT_DICTIONARY,
  POSTMORTEM_DOC_DICTIONARY,
  ESCALATION_DICTIONARY,
  METRICS_DICTIONARY,
  career,
];

/**
 * Every core namespace, for the site's t() and the dictionary checks. The post-mortem review's
 * messages are here but not in CORE_MESSAGES: that module is loaded lazily by the generator and
 * translates with its own dictionary, so its text stays out of every tool's first load.
 */
export const CORE_DICTIONARIES: readonly Dictionary<Messages>[] = [...TRANSLATED_DICTIONARIES, REVIEW_DICTIONARY];

function merged(lang: Lang): Messages {
  return Object.assign({}, ...TRANSLATED_DICTIONARIES.map((dictionary) => dictionary[lang])) as Messages;
}

export const CORE_MESSAGES: Readonly<Record<Lang, Messages>> = { en: merged('en'), th: merged('th') };

export function coreTranslate(lang: Lang): Translate<Messages> {
  return createTranslate(CORE_MESSAGES[lang], lang);
}
