// The calculator island's `t()`: the page passes this namespace's messages in one language.
import { createTranslate, type Messages, type Translate } from '../../core/i18n/translate.ts';
import type { Lang } from '../../core/i18n/locales.ts';
import type { Milestone } from '../../core/schema.ts';
import type dictionary from '../../i18n/metrics.ts';
import type { IMPORT_DICTIONARY } from '../../core/i18n/import.ts';

/** The `import.` messages the page itself renders (a severity mapping file it cannot use). */
type MappingFileMessages = {
  [
    K in keyof typeof IMPORT_DICTIONARY.en as K extends `import.mappingFile.${string}` ? K : never
  ]: (typeof IMPORT_DICTIONARY.en)[K];
};

/** What the page passes the island: `pickMessages(MESSAGES[lang], ...METRICS_MESSAGE_PREFIXES)`. */
export const METRICS_MESSAGE_PREFIXES = ['metrics.', 'import.mappingFile.'] as const;

export type MetricsMessages = typeof dictionary.en & MappingFileMessages;
export type MetricsKey = keyof MetricsMessages & string;
export type MetricsT = Translate<MetricsMessages>;

export function metricsTranslate(messages: Messages, lang: Lang): MetricsT {
  return createTranslate(messages as MetricsMessages, lang);
}

/** The label of each milestone on the calculator page (the column mapper and the cards). */
export const MILESTONE_KEYS: Record<Milestone, MetricsKey> = {
  impactStarted: 'metrics.milestone_impactStarted',
  detected: 'metrics.milestone_detected',
  declared: 'metrics.milestone_declared',
  acknowledged: 'metrics.milestone_acknowledged',
  identified: 'metrics.milestone_identified',
  mitigated: 'metrics.milestone_mitigated',
  resolved: 'metrics.milestone_resolved',
  closed: 'metrics.milestone_closed',
};
