// Shared pieces of the post-mortem templates: times in the one human format (core/time), labels, the timeline with
// milestones marked. Plain string work only, so every environment formats identically.
import { milestoneLabel } from '../labels.ts';
import { documentTranslate } from '../i18n/postmortem-doc.ts';
import { MILESTONES } from '../constants.ts';
import type { Incident, Lang, Milestone, TimelineEntry } from '../schema.ts';
import { formatTimestamp, localDate, toEpochMs } from '../time/index.ts';
import { durationMinutes } from '../incident-checks.ts';
import { sortTimeline } from '../timeline-order.ts';
import { inline, isBlank } from './markdown.ts';
import { richBlock, richInline } from './rich-text.ts';

/** `2026-11-27 10:02 UTC+07:00`: the one human format, in the offset the time was written with; null when it does not parse. */
export function formatTime(time: string | undefined): string | null {
  return (time && formatTimestamp(time)) || null;
}

/** The declaration date in its own offset, e.g. `2026-11-27`. */
export function declaredDate(incident: Incident): string | null {
  return formatTime(incident.milestones.declared) ? localDate(incident.milestones.declared!) : null;
}

export function tbd(lang: Lang): string {
  return documentTranslate(lang)('incident.tbd');
}

/** Escaped single-line text, or TBD. */
export function line(text: string | undefined, lang: Lang): string {
  return isBlank(text) ? tbd(lang) : inline(text);
}

/** A free-text field in the safe Markdown subset (rich-text.ts), or TBD. */
export function paragraphs(text: string | undefined, lang: Lang): string {
  return isBlank(text) ? tbd(lang) : richBlock(text);
}

/** A bullet list of items in the inline Markdown subset (code, links, emphasis); `- TBD` when there are none (the seed's placeholder). */
export function bulletList(items: readonly string[] | undefined, lang: Lang): string {
  const filled = (items ?? []).filter((item) => !isBlank(item));
  const oneLine = (item: string) => item.replace(/\s+/g, ' ').trim();
  return filled.length ? filled.map((item) => `- ${richInline(oneLine(item))}`).join('\n') : `- ${tbd(lang)}`;
}

/** Whole minutes from declaration to resolution, as text, or TBD. */
export function durationText(incident: Incident, lang: Lang): string {
  const minutes = durationMinutes(incident);
  return minutes === null ? tbd(lang) : documentTranslate(lang)('incident.minutes', { count: Math.round(minutes) });
}

export interface TimelineRow {
  time: string;
  entry?: TimelineEntry;
  milestones: Milestone[];
}

/**
 * Timeline entries and milestones merged in time order. A milestone at the same instant as an entry
 * marks that entry; a milestone nobody wrote an entry for gets its own row.
 */
export function timelineRows(incident: Incident): TimelineRow[] {
  const rows: TimelineRow[] = sortTimeline(incident.timeline ?? []).map((entry) => ({ time: entry.time, entry, milestones: [] }));
  const standalone: TimelineRow[] = [];
  for (const name of MILESTONES) {
    const time = incident.milestones?.[name];
    if (!time || Number.isNaN(toEpochMs(time))) continue;
    const ms = toEpochMs(time);
    const host = rows.find((row) => row.entry && toEpochMs(row.time) === ms);
    if (host) host.milestones.push(name);
    else standalone.push({ time, milestones: [name] });
  }
  // Milestone-only rows go before entries at the same instant: "impact started" precedes what was said about it.
  return sortTimeline([...standalone, ...rows]);
}

export { milestoneLabel };

export function milestoneMark(names: readonly Milestone[], lang: Lang): string {
  return names.map((name) => `**${milestoneLabel(name, lang)}**`).join(', ');
}

/** `- 2026-11-27 10:02 UTC+07:00 — text (author) — **Declared**` */
export function timelineList(incident: Incident, lang: Lang, milestoneWord: string): string {
  const rows = timelineRows(incident);
  if (!rows.length) return `- ${tbd(lang)}`;
  return rows
    .map((row) => {
      const when = formatTime(row.time) ?? inline(row.time);
      const parts = [when];
      if (row.entry)
        parts.push(`${line(row.entry.text, lang)}${isBlank(row.entry.author) ? '' : ` (${inline(row.entry.author)})`}`);
      if (row.milestones.length) parts.push(`${milestoneWord}: ${milestoneMark(row.milestones, lang)}`);
      return `- ${parts.join(' — ')}`;
    })
    .join('\n');
}

/** Distinct non-empty names, in order. */
export function distinctNames(names: readonly (string | undefined)[]): string[] {
  const seen: string[] = [];
  for (const name of names) {
    const trimmed = (name ?? '').trim();
    if (trimmed && !seen.includes(trimmed)) seen.push(trimmed);
  }
  return seen;
}
