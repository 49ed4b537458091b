// Blocks used by more than one of the richer templates (sre, pagerduty).
import { actionStatusLabel, actionTypeLabel, statusLabel } from '../labels.ts';
import { actionItemWarnings } from '../incident-checks.ts';
import { documentTranslate } from '../i18n/postmortem-doc.ts';
import { severityLabel } from '../severity-label.ts';
import { offsetMinutes, offsetOf, utcOffsetLabel } from '../time/index.ts';
import { declaredDate, durationText, tbd } from './format.ts';
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
