// The calculator island's `t()`: the page passes this namespace's messages in one language.
import { createTranslate, type Messages, type Translate } from '../../core/i18n/translate.ts';
import type { Lang } from '../../core/i18n/locales.ts';
import type dictionary from '../../i18n/metrics.ts';

export type MetricsMessages = typeof dictionary.en;
export type MetricsKey = keyof MetricsMessages & string;
export type MetricsT = Translate<MetricsMessages>;

export function metricsTranslate(messages: Messages, lang: Lang): MetricsT {
  return createTranslate(messages as MetricsMessages, lang);
}
