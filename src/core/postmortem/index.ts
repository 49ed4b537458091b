// Post-mortem rendering: one entry point for the browser tool and the CLI, so both print the same bytes.
import { documentTranslate } from '../i18n/postmortem-doc.ts';
import type { Incident, Lang, Role, SeverityLevel } from '../schema.ts';
import { LANGS } from '../constants.ts';
import { isLang } from '../i18n/locales.ts';
import { renderBasic } from './basic.ts';
import { renderPagerDuty } from './pagerduty.ts';
import { reviewChecklist, type ChecklistFinding } from './review-checklist.ts';
import { renderSre } from './sre.ts';
import type { TemplateContext } from './types.ts';

export const TEMPLATE_IDS = ['basic', 'sre', 'pagerduty'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/** The template's name for a template picker, e.g. `Google SRE`. */
export function templateName(template: TemplateId, lang: Lang): string {
  return documentTranslate(lang)(`postmortemDoc.template.${template}`);
}

const RENDERERS: Record<TemplateId, (ctx: TemplateContext) => string> = {
  basic: renderBasic,
  sre: renderSre,
  pagerduty: renderPagerDuty,
};

export function isTemplateId(value: unknown): value is TemplateId {
  return typeof value === 'string' && (TEMPLATE_IDS as readonly string[]).includes(value);
}

export { isLang } from '../i18n/locales.ts';

export interface RenderOptions {
  template: TemplateId;
  lang: Lang;
  severities?: readonly SeverityLevel[] | undefined;
  /** content/data/roles.yaml's roles: the responders' role names come only from there. */
  roles?: readonly Role[] | undefined;
  /** The review's findings (reviewPostmortem, in the document's language), appended as a checklist; left out when absent. */
  review?: readonly ChecklistFinding[] | undefined;
}

/** The incident as a Markdown post-mortem. User text is escaped; empty fields read TBD. */
export function renderPostmortem(incident: Incident, opts: RenderOptions): string {
  if (!isTemplateId(opts.template))
    throw new RangeError(`unknown template ${JSON.stringify(opts.template)}; use one of ${TEMPLATE_IDS.join(', ')}`);
  if (!isLang(opts.lang)) throw new RangeError(`unknown language ${JSON.stringify(opts.lang)}; use one of ${LANGS.join(', ')}`);
  const document = RENDERERS[opts.template]({ incident, lang: opts.lang, severities: opts.severities, roles: opts.roles });
  return opts.review?.length ? `${document}\n${reviewChecklist(opts.review, opts.lang)}` : document;
}

export { inline as escapeMarkdownInline, block as escapeMarkdownBlock } from './markdown.ts';
