// Blocks used by more than one of the richer templates (sre, pagerduty).
import { actionItemWarnings } from '../incident-checks.ts';
import { ACTION_STATUS_LABELS, ACTION_TYPE_LABELS, STATUS_LABELS, severityLabel } from '../i18n.ts';
import { offsetOf } from '../time/index.ts';
import { declaredDate, durationText, tbd } from './format.ts';
import { inline, isBlank, tableRow } from './markdown.ts';
import type { TemplateContext } from './types.ts';

/** `2026-11-27 (UTC+07:00)`: the declaration date, explicit about its zone. */
export function dateWithZone({ incident, lang }: TemplateContext): string {
  const date = declaredDate(incident);
  if (!date) return tbd(lang);
  const offset = offsetOf(incident.milestones.declared!);
  return `${date} (${offset === 'Z' ? 'UTC' : `UTC${offset}`})`;
}

export function metaList(rows: readonly [string, string][]): string {
  return rows.map(([label, value]) => `- **${label}:** ${value}`).join('\n');
}

export function statusText({ incident, lang }: TemplateContext): string {
  return STATUS_LABELS[incident.status]?.[lang] ?? inline(incident.status);
}

export function severityText({ incident, lang, severities }: TemplateContext): string {
  return inline(severityLabel(incident.severity, lang, severities));
}

export function durationOf({ incident, lang }: TemplateContext): string {
  return durationText(incident, lang);
}

const TABLE_HEAD = {
  en: ['Action item', 'Type', 'Priority', 'Owner', 'Due', 'Status'],
  th: ['รายการ', 'ประเภท', 'ความสำคัญ', 'ผู้รับผิดชอบ', 'กำหนดเสร็จ', 'สถานะ'],
} as const;

const NEEDS_OWNER_AND_DUE = {
  en: (items: string) => `Every action item needs an owner and a due date; still missing for item ${items}.`,
  th: (items: string) => `ทุก Action Item ต้องมีผู้รับผิดชอบและกำหนดเสร็จ; ยังขาดในรายการที่ ${items}`,
} as const;

/** The action items as a GFM table with type, owner, due date and status; flags items missing an owner or due date. */
export function actionItemsTable({ incident, lang }: TemplateContext): string {
  const items = incident.actionItems ?? [];
  if (!items.length) return `- ${tbd(lang)}`;
  const head = TABLE_HEAD[lang];
  const rows = items.map((a) =>
    tableRow([
      isBlank(a.task) ? tbd(lang) : inline(a.task),
      ACTION_TYPE_LABELS[a.type]?.[lang] ?? inline(a.type),
      inline(a.priority),
      isBlank(a.owner) ? `**${tbd(lang)}**` : inline(a.owner),
      isBlank(a.due) ? `**${tbd(lang)}**` : inline(a.due),
      ACTION_STATUS_LABELS[a.status]?.[lang] ?? inline(a.status),
    ]),
  );
  const flagged = items.flatMap((a, i) => (actionItemWarnings(a).length ? [String(i + 1)] : []));
  const table = [tableRow(head), tableRow(head.map(() => '---')), ...rows].join('\n');
  return flagged.length ? `${table}\n\n${NEEDS_OWNER_AND_DUE[lang](flagged.join(', '))}` : table;
}
