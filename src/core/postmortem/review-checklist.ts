// The review's findings (src/core/review/) as a Markdown checklist at the end of a document: what
// passed is ticked, every problem and suggestion is a box to tick before the review meeting. Takes
// the findings already written in the document's language, so this stays small (it is in the
// generator's first load; the review itself is not).
import { documentTranslate } from '../i18n/postmortem-doc.ts';
import type { Lang } from '../schema.ts';
import { inline } from './markdown.ts';

/** What the checklist needs of a finding (ReviewFinding in src/core/review/ has these and more). */
export interface ChecklistFinding {
  level: 'problem' | 'suggestion' | 'good';
  field: string;
  message: string;
}

const LEVEL_KEYS = {
  problem: 'postmortemDoc.review.problem',
  suggestion: 'postmortemDoc.review.suggestion',
  good: 'postmortemDoc.review.good',
} as const;

export function reviewChecklist(findings: readonly ChecklistFinding[], lang: Lang): string {
  const t = documentTranslate(lang);
  const items = findings.map((f) => {
    const box = f.level === 'good' ? '[x]' : '[ ]';
    const where = f.field ? ` \`${f.field}\`` : '';
    return `- ${box} **${t(LEVEL_KEYS[f.level])}**${where}: ${inline(f.message)}`;
  });
  return [`## ${t('postmortemDoc.review.heading')}`, items.join('\n')].join('\n\n') + '\n';
}
