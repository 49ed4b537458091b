// The post-mortem island's `t()`: the page passes this namespace's messages in one language.
import { createTranslate, type Messages, type Translate } from '../../core/i18n/translate.ts';
import type { Lang } from '../../core/i18n/locales.ts';
import type dictionary from '../../i18n/postmortem.ts';

export type PostmortemMessages = typeof dictionary.en;
export type PostmortemKey = keyof PostmortemMessages & string;
export type PostmortemT = Translate<PostmortemMessages>;

export function postmortemTranslate(messages: Messages, lang: Lang): PostmortemT {
  return createTranslate(messages as PostmortemMessages, lang);
}
