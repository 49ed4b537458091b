// `sre`: the structure of the example post-mortem in Google's SRE book (Appendix D): metadata, then
// Summary, Impact, Root Causes, Trigger, Resolution, Detection, Action Items, Lessons Learned,
// Timeline (milestones marked, like <START OF OUTAGE>) and Supporting information.
import { distinctNames, bulletList, paragraphs, timelineList, line, tbd } from './format.ts';
import { inline, isBlank } from './markdown.ts';
import { actionItemsTable, dateWithZone, responseTimesTable, durationOf, metaList, severityText, statusText } from './common.ts';
import { documentTranslate } from '../i18n/postmortem-doc.ts';
import type { Lang } from '../schema.ts';
import type { TemplateContext } from './types.ts';

type Key =
  | 'postmortem'
  | 'date'
  | 'authors'
  | 'status'
  | 'severity'
  | 'duration'
  | 'summary'
  | 'impact'
  | 'rootCauses'
  | 'trigger'
  | 'resolution'
  | 'detection'
  | 'actionItems'
  | 'lessons'
  | 'wentWell'
  | 'wentWrong'
  | 'lucky'
  | 'timeline'
  | 'timesNote'
  | 'milestone'
  | 'supporting';

/** This template's headings and labels, in the document's language. */
function labels(lang: Lang): (key: Key) => string {
  const t = documentTranslate(lang);
  return (key) => t(`postmortemDoc.sre.${key}`);
}

export function renderSre(ctx: TemplateContext): string {
  const { incident, lang } = ctx;
  const L = labels(lang);
  const authors = distinctNames([incident.roles?.incidentLead, incident.roles?.scribe]).map((n) => inline(n));
  return (
    [
      `# ${L('postmortem')}: ${line(incident.title, lang)} (${inline(incident.id)})`,
      metaList([
        [L('date'), dateWithZone(ctx)],
        [L('authors'), authors.length ? authors.join(', ') : tbd(lang)],
        [L('status'), statusText(ctx)],
        [L('severity'), severityText(ctx)],
        [L('duration'), durationOf(ctx)],
      ]),
      `## ${L('summary')}`,
      paragraphs(isBlank(incident.summary) ? incident.title : incident.summary, lang),
      `## ${L('impact')}`,
      paragraphs(incident.impact, lang),
      `## ${L('rootCauses')}`,
      paragraphs(incident.rootCause, lang),
      `## ${L('trigger')}`,
      paragraphs(incident.trigger, lang),
      `## ${L('resolution')}`,
      paragraphs(incident.resolution, lang),
      `## ${L('detection')}`,
      paragraphs(incident.detection, lang),
      `## ${L('actionItems')}`,
      actionItemsTable(ctx),
      `## ${L('lessons')}`,
      `### ${L('wentWell')}`,
      bulletList(incident.wentWell, lang),
      `### ${L('wentWrong')}`,
      bulletList(incident.wentWrong, lang),
      `### ${L('lucky')}`,
      bulletList(incident.gotLucky, lang),
      `## ${documentTranslate(lang)('postmortemDoc.times.heading')}`,
      responseTimesTable(ctx),
      `## ${L('timeline')}`,
      L('timesNote'),
      timelineList(incident, lang, L('milestone')),
      `## ${L('supporting')}`,
      paragraphs(incident.supportingInfo, lang),
    ].join('\n\n') + '\n'
  );
}
