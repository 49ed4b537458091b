// `sre`: the structure of the example post-mortem in Google's SRE book (Appendix D): metadata, then
// Summary, Impact, Root Causes, Trigger, Resolution, Detection, Action Items, Lessons Learned,
// Timeline (milestones marked, like <START OF OUTAGE>) and Supporting information.
import { distinctNames, bulletList, paragraphs, timelineList, line, tbd } from './format.ts';
import { inline, isBlank } from './markdown.ts';
import { actionItemsTable, dateWithZone, durationOf, metaList, severityText, statusText } from './common.ts';
import type { Labels, TemplateContext } from './types.ts';

type Key =
  | 'postmortem' | 'date' | 'authors' | 'status' | 'severity' | 'duration'
  | 'summary' | 'impact' | 'rootCauses' | 'trigger' | 'resolution' | 'detection' | 'actionItems'
  | 'lessons' | 'wentWell' | 'wentWrong' | 'lucky' | 'timeline' | 'timesNote' | 'milestone' | 'supporting';

const LABELS: Labels<Key> = {
  en: {
    postmortem: 'Post-mortem',
    date: 'Date',
    authors: 'Authors',
    status: 'Status',
    severity: 'Severity',
    duration: 'Duration',
    summary: 'Summary',
    impact: 'Impact',
    rootCauses: 'Root Causes',
    trigger: 'Trigger',
    resolution: 'Resolution',
    detection: 'Detection',
    actionItems: 'Action Items',
    lessons: 'Lessons Learned',
    wentWell: 'What went well',
    wentWrong: 'What went wrong',
    lucky: 'Where we got lucky',
    timeline: 'Timeline',
    timesNote: 'Each time is shown with its UTC offset.',
    milestone: 'Milestone',
    supporting: 'Supporting information',
  },
  th: {
    postmortem: 'รายงาน Post-mortem',
    date: 'วันที่',
    authors: 'ผู้เขียน',
    status: 'สถานะ',
    severity: 'ระดับความรุนแรง',
    duration: 'ระยะเวลา',
    summary: 'สรุป',
    impact: 'ผลกระทบ',
    rootCauses: 'สาเหตุหลัก (Root Causes)',
    trigger: 'สิ่งที่กระตุ้นให้เกิดเหตุ (Trigger)',
    resolution: 'การแก้ไข',
    detection: 'การตรวจพบ',
    actionItems: 'รายการที่ต้องทำต่อ (Action Items)',
    lessons: 'บทเรียนที่ได้รับ',
    wentWell: 'สิ่งที่ทำได้ดี',
    wentWrong: 'สิ่งที่ผิดพลาด',
    lucky: 'จุดที่เราโชคดี',
    timeline: 'ลำดับเหตุการณ์',
    timesNote: 'เวลาทุกรายการแสดงพร้อม UTC offset ของเวลานั้น',
    milestone: 'เหตุการณ์สำคัญ',
    supporting: 'ข้อมูลประกอบ',
  },
};

export function renderSre(ctx: TemplateContext): string {
  const { incident, lang } = ctx;
  const L = LABELS[lang];
  const authors = distinctNames([incident.roles?.incidentLead, incident.roles?.scribe]).map((n) => inline(n));
  return [
    `# ${L.postmortem}: ${line(incident.title, lang)} (${inline(incident.id)})`,
    metaList([
      [L.date, dateWithZone(ctx)],
      [L.authors, authors.length ? authors.join(', ') : tbd(lang)],
      [L.status, statusText(ctx)],
      [L.severity, severityText(ctx)],
      [L.duration, durationOf(ctx)],
    ]),
    `## ${L.summary}`,
    paragraphs(isBlank(incident.summary) ? incident.title : incident.summary, lang),
    `## ${L.impact}`,
    paragraphs(incident.impact, lang),
    `## ${L.rootCauses}`,
    paragraphs(incident.rootCause, lang),
    `## ${L.trigger}`,
    paragraphs(incident.trigger, lang),
    `## ${L.resolution}`,
    paragraphs(incident.resolution, lang),
    `## ${L.detection}`,
    paragraphs(incident.detection, lang),
    `## ${L.actionItems}`,
    actionItemsTable(ctx),
    `## ${L.lessons}`,
    `### ${L.wentWell}`,
    bulletList(incident.wentWell, lang),
    `### ${L.wentWrong}`,
    bulletList(incident.wentWrong, lang),
    `### ${L.lucky}`,
    bulletList(incident.gotLucky, lang),
    `## ${L.timeline}`,
    L.timesNote,
    timelineList(incident, lang, L.milestone),
    `## ${L.supporting}`,
    paragraphs(incident.supportingInfo, lang),
  ].join('\n\n') + '\n';
}
