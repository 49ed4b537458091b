// A reason an import gives (a rejected row, a file it cannot read, a column or severity mapping it
// cannot use) as data: a stable code, which is its key in the `import.` dictionary, and the values it
// names. Kept as data so the same reason reads in English in the JSON report and in the reader's
// language on the page and in `--lang th`, through the one t().
import { importTranslate, type ImportCode } from '../i18n/import.ts';
import type { Lang } from '../i18n/locales.ts';
import type { Vars } from '../i18n/translate.ts';

export type { ImportCode };

export interface ImportProblem {
  readonly code: ImportCode;
  readonly vars?: Vars;
}

/** A reason in one language. */
export function importText(problem: ImportProblem, lang: Lang): string {
  return importTranslate(lang)(problem.code, problem.vars);
}
