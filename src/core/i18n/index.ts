// The incident core's own dictionaries (one module per namespace under src/core/i18n/), in the same
// shape as the site's. Core renderers (templates, reports, reader messages) translate through these;
// the site merges them into its own so one t() serves both.
import type { Lang } from './locales.ts';
import { career } from './career.ts';
import { ESCALATION_DICTIONARY } from './escalation.ts';
import { INCIDENT_DICTIONARY } from './incident.ts';
import { POSTMORTEM_DOC_DICTIONARY } from './postmortem-doc.ts';
import { createTranslate, type Dictionary, type Messages, type Translate } from './translate.ts';
import { METRICS_DICTIONARY } from './metrics.ts';

/**
 * Add a namespace here when you add its module. One core namespace is not here: the post-mortem
 * review's (review.ts). The generator loads the review lazily, and a dictionary listed here lands
 * in every tool's first load, so the review translates with its own dictionary and the site
 * registers it next to this list (src/i18n/index.ts).
 */
export const CORE_DICTIONARIES: readonly Dictionary<Messages>[] = [
  INCIDENT_DICTIONARY,
  POSTMORTEM_DOC_DICTIONARY,
  ESCALATION_DICTIONARY,
  METRICS_DICTIONARY,
  career,
];

function merged(lang: Lang): Messages {
  return Object.assign({}, ...CORE_DICTIONARIES.map((dictionary) => dictionary[lang])) as Messages;
}

export const CORE_MESSAGES: Readonly<Record<Lang, Messages>> = { en: merged('en'), th: merged('th') };

export function coreTranslate(lang: Lang): Translate<Messages> {
  return createTranslate(CORE_MESSAGES[lang], lang);
}
