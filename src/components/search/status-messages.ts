// The messages the search scripts show in the browser (loading, count, no results, failure), in the
// page's language only, as the JSON the scripts read through `statusTranslator`.
import type { Lang } from '../../core/i18n/locales.ts';
import { pickMessages } from '../../core/i18n/translate.ts';
import { MESSAGES } from '../../i18n/index.ts';

export function statusMessages(lang: Lang): string {
  return JSON.stringify({ lang, messages: pickMessages(MESSAGES[lang], 'search.status.') }).replaceAll('<', '\\u003c');
}
