// Post-mortem rendering: one entry point for the browser tool and the CLI, so both print the same bytes.
import type { Incident, Lang, SeverityLevel } from '../schema.ts';
import { LANGS } from '../constants.ts';
import { renderBasic } from './basic.ts';
import { renderPagerDuty } from './pagerduty.ts';
import { renderSre } from './sre.ts';
import type { TemplateContext } from './types.ts';

export const TEMPLATE_IDS = ['basic', 'sre', 'pagerduty'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export const TEMPLATE_NAMES: Record<TemplateId, { en: string; th: string }> = {
  basic: { en: 'Basic (the handbook’s template)', th: 'แบบพื้นฐาน (template ของคู่มือ)' },
  sre: { en: 'Google SRE', th: 'Google SRE' },
  pagerduty: { en: 'PagerDuty', th: 'PagerDuty' },
};

const RENDERERS: Record<TemplateId, (ctx: TemplateContext) => string> = {
  basic: renderBasic,
  sre: renderSre,
  pagerduty: renderPagerDuty,
};

export function isTemplateId(value: unknown): value is TemplateId {
  return typeof value === 'string' && (TEMPLATE_IDS as readonly string[]).includes(value);
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

export interface RenderOptions {
  template: TemplateId;
  lang: Lang;
  severities?: readonly SeverityLevel[];
}

/** The incident as a Markdown post-mortem. User text is escaped; empty fields read TBD. */
export function renderPostmortem(incident: Incident, opts: RenderOptions): string {
  if (!isTemplateId(opts.template)) throw new RangeError(`unknown template ${JSON.stringify(opts.template)}; use one of ${TEMPLATE_IDS.join(', ')}`);
  if (!isLang(opts.lang)) throw new RangeError(`unknown language ${JSON.stringify(opts.lang)}; use one of ${LANGS.join(', ')}`);
  return RENDERERS[opts.template]({ incident, lang: opts.lang, severities: opts.severities });
}

export { inline as escapeMarkdownInline, block as escapeMarkdownBlock } from './markdown.ts';
