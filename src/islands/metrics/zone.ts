// Time-zone arithmetic for the calculator: which instant a calendar date means in the chosen zone,
// and how an instant reads there. Pure (Intl only), so the page, the worker and the tests agree.
import { formatWithOffset, toEpochMs } from '../../core/time.ts';
import type { Timestamp } from '../../core/schema.ts';

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = partsFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormatters.set(timeZone, f);
  }
  return f;
}

/** True when the runtime knows the IANA zone name. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    partsFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Minutes east of UTC that `timeZone` is at the instant `epochMs`. */
export function zoneOffsetMinutes(epochMs: number, timeZone: string): number {
  const parts = Object.fromEntries(partsFormatter(timeZone).formatToParts(new Date(epochMs)).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  const wholeSeconds = Math.floor(epochMs / 1000) * 1000;
  return Math.round((asUtc - wholeSeconds) / 60_000);
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isCalendarDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/**
 * The instant at which the calendar date `YYYY-MM-DD` starts (00:00) in `timeZone`.
 * Two passes, because the zone's offset at the guess may differ from the offset at the answer (DST).
 */
export function startOfDayInZone(date: string, timeZone: string): number {
  const m = DATE_RE.exec(date);
  if (!m) return Number.NaN;
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  let guess = wall - zoneOffsetMinutes(wall, timeZone) * 60_000;
  guess = wall - zoneOffsetMinutes(guess, timeZone) * 60_000;
  return guess;
}

/** The calendar date after `date` (`YYYY-MM-DD`). */
export function nextDate(date: string): string {
  const m = DATE_RE.exec(date)!;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + 1)).toISOString().slice(0, 10);
}

/** An instant as an ISO timestamp carrying `timeZone`'s offset at that instant. */
export function toZonedTimestamp(epochMs: number, timeZone: string): Timestamp {
  return formatWithOffset(epochMs, zoneOffsetMinutes(epochMs, timeZone));
}

/** `2026-03-01 14:05 +07:00`: an instant as it reads in `timeZone`, always with the offset. */
export function formatInZone(value: Timestamp | number, timeZone: string): string {
  const epoch = typeof value === 'number' ? value : toEpochMs(value);
  if (!Number.isFinite(epoch)) return '';
  const iso = toZonedTimestamp(epoch, timeZone);
  const offset = iso.length > 19 ? iso.slice(19) : 'Z';
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} ${offset === 'Z' ? '+00:00' : offset}`;
}

/** The calendar date (`YYYY-MM-DD`) an instant falls on in `timeZone`. */
export function dateInZone(epochMs: number, timeZone: string): string {
  return toZonedTimestamp(epochMs, timeZone).slice(0, 10);
}

/** `UTC+07:00` label for a zone now, for the selector. */
export function offsetLabel(epochMs: number, timeZone: string): string {
  const min = zoneOffsetMinutes(epochMs, timeZone);
  const sign = min < 0 ? '-' : '+';
  const abs = Math.abs(min);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** Every zone the runtime knows, with UTC first; falls back to a short list on old runtimes. */
export function timeZoneChoices(current: string): string[] {
  const supported = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const all = new Set(['UTC', current, ...supported]);
  return ['UTC', ...[...all].filter((z) => z !== 'UTC').sort()];
}
