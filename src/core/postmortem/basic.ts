// `basic`: the seed's generate_postmortem document, line for line. The only additions are blank
// lines between blocks, so the Markdown renders one field per line. Times in the timeline are
// printed as recorded (the seed printed isoformat()); they carry their UTC offset.
import { sortTimeline } from '../timeline-order.ts';
import { bulletList, declaredDate, durationText, line, paragraphs, tbd } from './format.ts';
import { inline, isBlank } from './markdown.ts';
import type { Labels, TemplateContext } from './types.ts';

type Key = 'postmortem' | 'date' | 'severity' | 'duration' | 'lead' | 'summary' | 'impact' | 'rootCause' | 'timeline' | 'wentWell' | 'improve' | 'actionItems';

const LABELS: Labels<Key> = {
  en: {
    postmortem: 'Post-mortem',
    date: 'Date',
    severity: 'Severity',
    duration: 'Duration',
    lead: 'Lead',
    summary: 'Summary',
    impact: 'Impact',
    rootCause: 'Root Cause',
    timeline: 'Timeline',
    wentWell: 'What Went Well',
    improve: 'What Could Be Improved',
    actionItems: 'Action Items',
  },
  th: {
    postmortem: 'รายงาน Post-mortem',
    date: 'วันที่',
    severity: 'ระดับความรุนแรง',
    duration: 'ระยะเวลา',
    lead: 'ผู้นำการรับมือ (Lead)',
    summary: 'สรุป',
    impact: 'ผลกระทบ',
    rootCause: 'สาเหตุหลัก (Root Cause)',
    timeline: 'ลำดับเหตุการณ์',
    wentWell: 'สิ่งที่ทำได้ดี',
    improve: 'สิ่งที่ควรปรับปรุง',
    actionItems: 'รายการที่ต้องทำต่อ (Action Items)',
  },
};

export function renderBasic({ incident, lang }: TemplateContext): string {
  const L = LABELS[lang];
  const timeline = sortTimeline(incident.timeline ?? []).map(
    (e) => `- ${inline(e.time)}: ${line(e.text, lang)} (${line(e.author, lang)})`,
  );
  const actions = (incident.actionItems ?? []).map(
    (a) => `- [${a.priority || 'P2'}] ${line(a.task, lang)} — ${isBlank(a.owner) ? tbd(lang) : inline(a.owner)}`,
  );
  return [
    `# ${L.postmortem}: ${inline(incident.id)} — ${line(incident.title, lang)}`,
    `${L.date}: ${declaredDate(incident) ?? tbd(lang)}`,
    `${L.severity}: ${inline(incident.severity)}`,
    `${L.duration}: ${durationText(incident, lang)}`,
    `${L.lead}: ${line(incident.roles?.incidentLead, lang)}`,
    `## ${L.summary}`,
    paragraphs(isBlank(incident.summary) ? incident.title : incident.summary, lang),
    `## ${L.impact}`,
    paragraphs(incident.impact, lang),
    `## ${L.rootCause}`,
    paragraphs(incident.rootCause, lang),
    `## ${L.timeline}`,
    timeline.length ? timeline.join('\n') : `- ${tbd(lang)}`,
    `## ${L.wentWell}`,
    bulletList(incident.wentWell, lang),
    `## ${L.improve}`,
    bulletList(incident.wentWrong, lang),
    `## ${L.actionItems}`,
    actions.length ? actions.join('\n') : `- ${tbd(lang)}`,
  ].join('\n\n') + '\n';
}
