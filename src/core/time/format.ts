// The two ways an instant is written. For data: ISO 8601 with the offset it is read in
// (`2026-11-27T14:02:00+07:00`, formatWithOffset). For people, in every tool, template and report, one
// format: `2026-11-27 14:02 UTC+07:00` (`UTC` alone for offset zero), explicit about its zone.
import { formatOffset, formatWithOffset, offsetMinutes, offsetOf, zoneOffsetMinutes } from './offset.ts';
import { parseTimestamp, toEpochMs } from './parse.ts';

export { formatWithOffset };

/** ISO 8601 of an instant with the offset `timeZone` has at that instant. */
export function formatIsoInZone(epochMs: number, timeZone: string): string {
  return formatWithOffset(epochMs, zoneOffsetMinutes(timeZone, epochMs));
}

/** `UTC+07:00`, `UTC-03:30`, or `UTC` for offset zero. */
export function utcOffsetLabel(offsetMin: number): string {
  return offsetMin === 0 ? 'UTC' : `UTC${formatOffset(offsetMin)}`;
}

/** `UTC+07:00`: `timeZone`'s offset at an instant, as the human format writes it. */
export function zoneOffsetLabel(epochMs: number, timeZone: string): string {
  return utcOffsetLabel(zoneOffsetMinutes(timeZone, epochMs));
}

function humanAt(epochMs: number, offsetMin: number): string {
  const local = new Date(epochMs + offsetMin * 60_000).toISOString();
  return `${local.slice(0, 10)} ${local.slice(11, 16)} ${utcOffsetLabel(offsetMin)}`;
}

/**
 * The one human format: `2026-11-27 14:02 UTC+07:00`, the instant as a clock in `timeZone` shows it,
 * then that zone's offset at that instant (`UTC` alone for zero). Empty for an instant that is not finite.
 */
export function formatInstant(epochMs: number, timeZone: string): string {
  if (!Number.isFinite(epochMs)) return '';
  return humanAt(epochMs, zoneOffsetMinutes(timeZone, epochMs));
}

/**
 * A timestamp in the human format, in the offset it was written with
 * (`2026-11-27T14:02:00+07:00` → `2026-11-27 14:02 UTC+07:00`). Empty when it does not parse.
 */
export function formatTimestamp(value: string): string {
  const parsed = Number.isNaN(toEpochMs(value)) ? null : parseTimestamp(value);
  return parsed?.ok ? humanAt(parsed.ms, offsetMinutes(offsetOf(parsed.value))) : '';
}
