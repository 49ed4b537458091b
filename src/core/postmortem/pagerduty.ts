// `pagerduty`: the sections of PagerDuty's post-mortem template (response.pagerduty.com): Overview,
// What Happened, Contributing Factors, Resolution, Impact, Responders, Timeline, what went well and
// what didn't, Action Items, and a draft External Message for customers.
import { ROLE_IDS } from '../constants.ts';
import { roleName } from '../roles.ts';
import { block, inline, isBlank } from './markdown.ts';
import { bulletList, distinctNames, formatTime, line, milestoneLabel, paragraphs, tbd, timelineList } from './format.ts';
import { actionItemsTable, dateWithZone, responseTimesTable, durationOf, metaList, severityText, statusText } from './common.ts';
import { documentTranslate } from '../i18n/postmortem-doc.ts';
import type { Lang } from '../schema.ts';
import type { TemplateContext } from './types.ts';

type Key =
  | 'date'
  | 'status'
  | 'severity'
  | 'duration'
  | 'overview'
  | 'whatHappened'
  | 'trigger'
  | 'detection'
  | 'factors'
  | 'resolution'
  | 'impact'
  | 'responders'
  | 'alsoInvolved'
  | 'timeline'
  | 'milestone'
  | 'wentWell'
  | 'didnt'
  | 'actionItems'
  | 'external'
  | 'externalNote'
  | 'extSummary'
  | 'extWhen'
  | 'extWhat'
  | 'extDoing'
  | 'ongoing';

/** This template's headings and labels, in the document's language. */
function labels(lang: Lang): (key: Key) => string {
  const t = documentTranslate(lang);
  return (key) => t(`postmortemDoc.pagerduty.${key}`);
}

function quote(markdown: string): string {
  return markdown
    .split('\n')
    .map((l) => (l ? `> ${l}` : '>'))
    .join('\n');
}

export function renderPagerDuty(ctx: TemplateContext): string {
  const { incident, lang } = ctx;
  const L = labels(lang);
  const m = incident.milestones ?? {};
  const summary = isBlank(incident.summary) ? incident.title : incident.summary;

  const roles = ROLE_IDS.map((role) => `- ${roleName(role, lang, ctx.roles)}: ${line(incident.roles?.[role], lang)}`);
  const named = distinctNames(ROLE_IDS.map((role) => incident.roles?.[role]));
  const others = distinctNames((incident.timeline ?? []).map((e) => e.author)).filter((n) => !named.includes(n));
  if (others.length) roles.push(`- ${L('alsoInvolved')}: ${others.map((n) => inline(n)).join(', ')}`);

  const keyTimes = (['impactStarted', 'detected', 'declared', 'mitigated', 'resolved'] as const)
    .filter((name) => formatTime(m[name]))
    .map((name) => `- ${milestoneLabel(name, lang)}: ${formatTime(m[name])}`);
  keyTimes.push(`- ${L('duration')}: ${durationOf(ctx)}`);

  const start = formatTime(m.impactStarted) ?? formatTime(m.declared) ?? tbd(lang);
  const end = formatTime(m.resolved) ?? formatTime(m.mitigated) ?? L('ongoing');
  const external = [
    `**${L('extSummary')}:** ${line(summary, lang)}`,
    `**${L('extWhen')}:** ${start} – ${end}`,
    `**${L('extWhat')}:** ${isBlank(incident.impact) ? tbd(lang) : block(incident.impact)}`,
    `**${L('extDoing')}:** ${isBlank(incident.resolution) ? tbd(lang) : block(incident.resolution)}`,
  ].join('\n\n');

  return (
    [
      `# ${inline(incident.id)}: ${line(incident.title, lang)}`,
      metaList([
        [L('date'), dateWithZone(ctx)],
        [L('severity'), severityText(ctx)],
        [L('status'), statusText(ctx)],
        [L('duration'), durationOf(ctx)],
      ]),
      `## ${L('overview')}`,
      paragraphs(summary, lang),
      `## ${L('whatHappened')}`,
      `**${L('trigger')}:** ${isBlank(incident.trigger) ? tbd(lang) : block(incident.trigger)}`,
      `**${L('detection')}:** ${isBlank(incident.detection) ? tbd(lang) : block(incident.detection)}`,
      `## ${L('factors')}`,
      paragraphs(incident.rootCause, lang),
      `## ${L('resolution')}`,
      paragraphs(incident.resolution, lang),
      `## ${L('impact')}`,
      paragraphs(incident.impact, lang),
      keyTimes.join('\n'),
      `## ${L('responders')}`,
      roles.join('\n'),
      `## ${documentTranslate(lang)('postmortemDoc.times.heading')}`,
      responseTimesTable(ctx),
      `## ${L('timeline')}`,
      timelineList(incident, lang, L('milestone')),
      `## ${L('wentWell')}`,
      bulletList(incident.wentWell, lang),
      `## ${L('didnt')}`,
      bulletList(incident.wentWrong, lang),
      `## ${L('actionItems')}`,
      actionItemsTable(ctx),
      `## ${L('external')}`,
      L('externalNote'),
      quote(external),
    ].join('\n\n') + '\n'
  );
}
