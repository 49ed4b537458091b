// Every dictionary of the site, one module per namespace (`src/i18n/<namespace>.ts`, keys written
// '<namespace>.<name>'), merged per language. Pages call `useTranslations(lang)`; a page that hydrates
// an island passes it `pickMessages(MESSAGES[lang], '<namespace>.')`, so the island ships one
// language's strings of its own namespace only. The incident core keeps its own dictionary of the same
// shape (src/core/i18n/), because core imports nothing outside itself; it is merged in here too.
import type { Lang } from '../core/i18n/locales.ts';
import { CORE_DICTIONARIES } from '../core/i18n/index.ts';
import { assessmentDictionary } from './assessment.ts';
import { createTranslate, type Dictionary, type Messages, type Translate } from '../core/i18n/translate.ts';
import { career } from './career.ts';
import { CLI_DICTIONARY } from './cli.ts';
import kickoff from './kickoff.ts';
import metrics from './metrics.ts';
import { CARDS_DICTIONARY } from './cards.ts';
import { OFFLINE_DICTIONARY } from './offline.ts';
import postmortem from './postmortem.ts';
import { SEARCH_DICTIONARY } from './search.ts';
import { SITE_DICTIONARY } from './site.ts';

/** Add a namespace here when you add its module. */
export const DICTIONARIES: readonly Dictionary<Messages>[] = [
  ...CORE_DICTIONARIES,
  SITE_DICTIONARY,
  SEARCH_DICTIONARY,
  postmortem,
  kickoff,
  metrics,
  career,
  assessmentDictionary,
  OFFLINE_DICTIONARY,
  CARDS_DICTIONARY,
  CLI_DICTIONARY,
];

function merged(lang: Lang): Messages {
  return Object.assign({}, ...DICTIONARIES.map((dictionary) => dictionary[lang])) as Messages;
}

export const MESSAGES: Readonly<Record<Lang, Messages>> = { en: merged('en'), th: merged('th') };

export function useTranslations(lang: Lang): Translate<Messages> {
  return createTranslate(MESSAGES[lang], lang);
}
