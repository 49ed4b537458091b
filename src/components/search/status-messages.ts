// The messages the search scripts show in the browser (loading, count, no results, failure), in the
// page's language only, as the JSON the scripts read through `statusTranslator`.
import type { Lang } from '../../core/i18n/locales.ts';
import { pickMessages } from '../../core/i18n/translate.ts';
import { MESSAGES } from '../../i18n/index.ts';

// Once per language and build: every page's search button carries it, and picking the namespace out
// of the whole dictionary (over a thousand keys) for each page was the largest cost of the layout.
const json = new Map<Lang, string>();

export function statusMessages(lang: Lang): string {
  let text = json.get(lang);
  if (text === undefined) {
    text = JSON.stringify({ lang, messages: pickMessages(MESSAGES[lang], 'search.status.') }).replaceAll('<', '\\u003c');
    json.set(lang, text);
  }
  return text;
}
