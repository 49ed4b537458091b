// Blocks used by more than one of the richer templates (sre, pagerduty).
import { actionStatusLabel, actionTypeLabel, statusLabel } from '../labels.ts';
import { actionItemWarnings } from '../incident-checks.ts';
import { documentTranslate } from '../i18n/postmortem-doc.ts';
import { severityLabel } from '../severity-label.ts';
import { METRIC_IDS, METRIC_MILESTONES } from '../metrics/types.ts';
import { minutesBetween, offsetMinutes, offsetOf, utcOffsetLabel } from '../time/index.ts';
import { declaredDate, durationText, formatTime, milestoneLabel, tbd } from './format.ts';
import { inline, isBlank, tableRow } from './markdown.ts';
import type { TemplateContext } from './types.ts';

/** `2026-11-27 (UTC+07:00)`: the declaration date, explicit about its zone. */
export function dateWithZone({ incident, lang }: TemplateContext): string {
  const date = declaredDate(incident);
  if (!date) return tbd(lang);
  const zone = utcOffsetLabel(offsetMinutes(offsetOf(incident.milestones.declared!)));
  return documentTranslate(lang)('postmortemDoc.dateWithZone', { date, zone });
}

export function metaList(rows: readonly [string, string][]): string {
  return rows.map(([label, value]) => `- **${label}:** ${value}`).join('\n');
}

export function statusText({ incident, lang }: TemplateContext): string {
  return statusLabel(incident.status, lang);
}

export function severityText({ incident, lang, severities }: TemplateContext): string {
  return inline(severityLabel(incident.severity, lang, severities));
}

export function durationOf({ incident, lang }: TemplateContext): string {
  return durationText(incident, lang);
}

const TABLE_COLUMNS = ['task', 'type', 'priority', 'owner', 'due', 'status'] as const;

/** The action items as a GFM table with type, owner, due date and status; flags items missing an owner or due date. */
export function actionItemsTable({ incident, lang }: TemplateContext): string {
  const items = incident.actionItems ?? [];
  if (!items.length) return `- ${tbd(lang)}`;
  const t = documentTranslate(lang);
  const head = TABLE_COLUMNS.map((column) => t(`postmortemDoc.table.${column}`));
  const rows = items.map((a) =>
    tableRow([
      isBlank(a.task) ? tbd(lang) : inline(a.task),
      actionTypeLabel(a.type, lang),
      inline(a.priority),
      isBlank(a.owner) ? `**${tbd(lang)}**` : inline(a.owner),
      isBlank(a.due) ? `**${tbd(lang)}**` : inline(a.due),
      actionStatusLabel(a.status, lang),
    ]),
  );
  const flagged = items.flatMap((a, i) => (actionItemWarnings(a).length ? [String(i + 1)] : []));
  const table = [tableRow(head), tableRow(head.map(() => '---')), ...rows].join('\n');
  return flagged.length ? `${table}\n\n${t('postmortemDoc.needsOwnerAndDue', { items: flagged.join(', ') })}` : table;
}

const RESPONSE_TIME_KEYS = {
  ttd: 'postmortemDoc.times.ttd',
  tta: 'postmortemDoc.times.tta',
  ttm: 'postmortemDoc.times.ttm',
  ttr: 'postmortemDoc.times.ttr',
} as const;

/**
 * Time to detect, acknowledge, mitigate and resolve for this incident, between the same milestones the
 * metrics calculator uses (METRIC_MILESTONES), each end shown with its time: the table of the worked
 * example page. A missing milestone reads TBD; an end before its start says the milestones are out of order.
 */
export function responseTimesTable({ incident, lang }: TemplateContext): string {
  const t = documentTranslate(lang);
  const end = (name: (typeof METRIC_MILESTONES)[keyof typeof METRIC_MILESTONES][number]) => {
    const time = formatTime(incident.milestones[name]);
    return `${milestoneLabel(name, lang)}: ${time ?? tbd(lang)}`;
  };
  const rows = METRIC_IDS.map((id) => {
    const [from, to] = METRIC_MILESTONES[id];
    const start = incident.milestones[from];
    const finish = incident.milestones[to];
    const minutes = start && finish && formatTime(start) && formatTime(finish) ? minutesBetween(start, finish) : null;
    const took =
      minutes === null
        ? tbd(lang)
        : minutes < 0
          ? t('postmortemDoc.times.outOfOrder')
          : t('incident.minutes', { count: Math.round(minutes) });
    return tableRow([t(RESPONSE_TIME_KEYS[id]), end(from), end(to), took]);
  });
  const head = [
    t('postmortemDoc.times.measure'),
    t('postmortemDoc.times.from'),
    t('postmortemDoc.times.to'),
    t('postmortemDoc.times.took'),
  ];
  return [tableRow(head), tableRow(head.map(() => '---')), ...rows].join('\n');
}
