// The kickoff island's `t()`: the page passes this namespace's messages in one language.
import { createTranslate, type Messages, type Translate } from '../../core/i18n/translate.ts';
import type { Lang } from '../../core/i18n/locales.ts';
import type dictionary from '../../i18n/kickoff.ts';

export type KickoffMessages = typeof dictionary.en;
export type KickoffKey = keyof KickoffMessages & string;
export type KickoffT = Translate<KickoffMessages>;

export function kickoffTranslate(messages: Messages, lang: Lang): KickoffT {
  return createTranslate(messages as KickoffMessages, lang);
}
