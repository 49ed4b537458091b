// The calculator's time-zone needs, on top of the core's zone arithmetic (src/core/zone.ts): which
// instant a calendar date starts at in the chosen zone, and how an instant reads there.
import { formatWithOffset, toEpochMs } from '../../core/time.ts';
import { isTimeZone, wallTimeToTimestamp, zoneOffsetMinutes } from '../../core/zone.ts';
import type { Timestamp } from '../../core/schema.ts';

export { isTimeZone as isValidTimeZone };

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isCalendarDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/** The instant (epoch ms) at which the calendar date `YYYY-MM-DD` starts (00:00) in `timeZone`. */
export function startOfDayInZone(date: string, timeZone: string): number {
  const at = DATE_RE.test(date) ? wallTimeToTimestamp(`${date}T00:00`, timeZone) : null;
  return at === null ? Number.NaN : toEpochMs(at);
}

/** The calendar date after `date` (`YYYY-MM-DD`). */
export function nextDate(date: string): string {
  const m = DATE_RE.exec(date)!;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + 1)).toISOString().slice(0, 10);
}

/** An instant as an ISO timestamp carrying `timeZone`'s offset at that instant. */
export function toZonedTimestamp(epochMs: number, timeZone: string): Timestamp {
  return formatWithOffset(epochMs, zoneOffsetMinutes(timeZone, epochMs));
}

/** `2026-03-01 14:05 +07:00`: an instant as it reads in `timeZone`, always with the offset. */
export function formatInZone(value: Timestamp | number, timeZone: string): string {
  const epoch = typeof value === 'number' ? value : toEpochMs(value);
  if (!Number.isFinite(epoch)) return '';
  const iso = toZonedTimestamp(epoch, timeZone);
  const offset = iso.slice(19);
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} ${offset === 'Z' ? '+00:00' : offset}`;
}

/** The calendar date (`YYYY-MM-DD`) an instant falls on in `timeZone`. */
export function dateInZone(epochMs: number, timeZone: string): string {
  return toZonedTimestamp(epochMs, timeZone).slice(0, 10);
}

/** `UTC+07:00`: the zone's offset at an instant, shown next to the selector. */
export function offsetLabel(epochMs: number, timeZone: string): string {
  const min = zoneOffsetMinutes(timeZone, epochMs);
  const sign = min < 0 ? '-' : '+';
  const abs = Math.abs(min);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** Every zone the runtime knows, UTC first, then the user's own, then the rest sorted. */
export function timeZoneChoices(current: string): string[] {
  const supported = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const rest = [...new Set(supported)].filter((z) => z !== 'UTC' && z !== current).sort();
  return current === 'UTC' ? ['UTC', ...rest] : ['UTC', current, ...rest];
}
