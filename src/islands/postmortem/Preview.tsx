// The live document: the core's renderPostmortem (the CLI's function) drawn as HTML, with the
// problems that block a clean export listed above it. Loaded after the first paint (deferred.ts),
// with the renderer that Copy and Download use.
import { memo, useLayoutEffect, useMemo } from 'react';
import type { FieldError } from '../../core/incident-checks.ts';
import { renderPostmortem, type TemplateId } from '../../core/postmortem/index.ts';
import type { ChecklistFinding } from '../../core/postmortem/review-checklist.ts';
import type { Incident, Lang, Role, SeverityLevel } from '../../core/schema.ts';
import type { PostmortemT } from './i18n.ts';
import { MarkdownView } from './Markdown.tsx';
import { draftProblems, incidentForOutput } from './state.ts';
import { benchmarking } from './useDrafts.ts';

interface PreviewProps {
  t: PostmortemT;
  incident: Incident;
  template: TemplateId;
  /** The document's language (the template switch); problems are listed in the page's language. */
  lang: Lang;
  uiLang: Lang;
  severities: SeverityLevel[];
  roles: Role[];
  /** The review's findings in the document's language, when the writer includes them as a checklist. */
  review?: readonly ChecklistFinding[] | undefined;
}

export { renderPostmortem };

export const Preview = memo(function Preview({ t, incident, template, lang, uiLang, severities, roles, review }: PreviewProps) {
  const markdown = useMemo(
    () => renderPostmortem(incidentForOutput(incident), { template, lang, severities, roles, review }),
    [incident, template, lang, severities, roles, review],
  );
  const problems: FieldError[] = useMemo(() => draftProblems(incident, uiLang), [incident, uiLang]);
  useLayoutEffect(() => {
    if (!benchmarking() || performance.getEntriesByName('pm-dispatch', 'mark').length === 0) return;
    performance.measure('pm-preview-commit', 'pm-dispatch');
    performance.clearMarks('pm-dispatch');
  });
  return (
    <>
      {problems.length > 0 && (
        <div className="pm-problems">
          <h3>{t('postmortem.problems')}</h3>
          <p>{t('postmortem.exportWarning')}</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{t('postmortem.fieldProblem', { field: p.field, message: p.message })}</li>
            ))}
          </ul>
        </div>
      )}
      <article className="pm-document" aria-label={t('postmortem.preview')} lang={lang}>
        <MarkdownView markdown={markdown} />
      </article>
    </>
  );
});
