// `basic`: the seed's generate_postmortem document, line for line, with three additions: blank lines
// between blocks (so the Markdown renders one field per line), the response-times table every template
// has, and each action item's due date. Times are printed in the one human format
// (`2026-03-12 10:02 UTC+07:00`), in the offset they were recorded with.
import { sortTimeline } from '../timeline-order.ts';
import { bulletList, declaredDate, durationText, formatTime, line, paragraphs, tbd } from './format.ts';
import { inline, isBlank } from './markdown.ts';
import { documentTranslate } from '../i18n/postmortem-doc.ts';
import type { Vars } from '../i18n/translate.ts';
import { roleName } from '../roles.ts';
import type { Lang } from '../schema.ts';
import { responseTimesTable } from './common.ts';
import type { TemplateContext } from './types.ts';

type Key =
  | 'postmortem'
  | 'date'
  | 'severity'
  | 'duration'
  | 'lead'
  | 'summary'
  | 'impact'
  | 'rootCause'
  | 'timeline'
  | 'wentWell'
  | 'improve'
  | 'actionItems'
  | 'due';

/** This template's headings and labels, in the document's language. */
function labels(lang: Lang): (key: Key, vars?: Vars) => string {
  const t = documentTranslate(lang);
  return (key, vars) => t(`postmortemDoc.basic.${key}`, vars);
}

export function renderBasic(ctx: TemplateContext): string {
  const { incident, lang, roles } = ctx;
  const L = labels(lang);
  const times = documentTranslate(lang);
  const timeline = sortTimeline(incident.timeline ?? []).map(
    (e) => `- ${formatTime(e.time) ?? inline(e.time)}: ${line(e.text, lang)} (${line(e.author, lang)})`,
  );
  const actions = (incident.actionItems ?? []).map(
    (a) =>
      `- [${a.priority || 'P2'}] ${line(a.task, lang)} — ${isBlank(a.owner) ? tbd(lang) : inline(a.owner)} (${L('due', { date: isBlank(a.due) ? tbd(lang) : inline(a.due) })})`,
  );
  return (
    [
      `# ${L('postmortem')}: ${inline(incident.id)} — ${line(incident.title, lang)}`,
      `${L('date')}: ${declaredDate(incident) ?? tbd(lang)}`,
      `${L('severity')}: ${inline(incident.severity)}`,
      `${L('duration')}: ${durationText(incident, lang)}`,
      `${L('lead', { role: roleName('incidentLead', lang, roles) })}: ${line(incident.roles?.incidentLead, lang)}`,
      `## ${L('summary')}`,
      paragraphs(isBlank(incident.summary) ? incident.title : incident.summary, lang),
      `## ${L('impact')}`,
      paragraphs(incident.impact, lang),
      `## ${L('rootCause')}`,
      paragraphs(incident.rootCause, lang),
      `## ${times('postmortemDoc.times.heading')}`,
      responseTimesTable(ctx),
      `## ${L('timeline')}`,
      timeline.length ? timeline.join('\n') : `- ${tbd(lang)}`,
      `## ${L('wentWell')}`,
      bulletList(incident.wentWell, lang),
      `## ${L('improve')}`,
      bulletList(incident.wentWrong, lang),
      `## ${L('actionItems')}`,
      actions.length ? actions.join('\n') : `- ${tbd(lang)}`,
    ].join('\n\n') + '\n'
  );
}
