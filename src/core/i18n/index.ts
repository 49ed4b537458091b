// The incident core's own dictionaries (one module per namespace under src/core/i18n/), in the same
// shape as the site's. Core renderers (templates, reports, reader messages) translate through these;
// the site merges them into its own so one t() serves both.
import type { Lang } from './locales.ts';
import { career } from './career.ts';
import { createTranslate, type Dictionary, type Messages, type Translate } from './translate.ts';

/** Add a namespace here when you add its module. */
export const CORE_DICTIONARIES: readonly Dictionary<Messages>[] = [career];

function merged(lang: Lang): Messages {
  return Object.assign({}, ...CORE_DICTIONARIES.map((dictionary) => dictionary[lang])) as Messages;
}

export const CORE_MESSAGES: Readonly<Record<Lang, Messages>> = { en: merged('en'), th: merged('th') };

export function coreTranslate(lang: Lang): Translate<Messages> {
  return createTranslate(CORE_MESSAGES[lang], lang);
}
