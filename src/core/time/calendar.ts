// Calendar dates (`YYYY-MM-DD`), days, ISO weeks and months, in UTC or in a zone. Dates are counted as
// days since 1970-01-01 where arithmetic is needed; the date's UTC midnight stands for the date itself.
import { formatWithOffset, isTimeZone, zoneOffsetMinutes } from './offset.ts';
import { wallTimeToEpochMs } from './zone.ts';

export const DAY_MS = 86_400_000;
export const WEEK_MS = 7 * DAY_MS;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isCalendarDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/** The calendar date `days` after `date` (`YYYY-MM-DD`; negative goes back): the one "add a day". */
export function addDays(date: string, days: number): string {
  const t = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) + days);
  return new Date(t).toISOString().slice(0, 10);
}

/** The calendar date (`YYYY-MM-DD`) of a timestamp in its own offset, as written. */
export function localDate(value: string): string {
  return value.trim().slice(0, 10);
}

/** The calendar date (`YYYY-MM-DD`) of an instant read in UTC. */
export function utcDate(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}

/** The calendar date (`YYYY-MM-DD`) an instant falls on in `timeZone`. */
export function dateInZone(epochMs: number, timeZone: string): string {
  return formatWithOffset(epochMs, zoneOffsetMinutes(timeZone, epochMs)).slice(0, 10);
}

/** The instant (epoch ms) at which the calendar date `YYYY-MM-DD` starts (00:00) in `timeZone`; NaN for another text. */
export function startOfDayInZone(date: string, timeZone: string): number {
  return DATE_RE.test(date) ? wallTimeToEpochMs(`${date}T00:00`, timeZone) : Number.NaN;
}

/** Monday 00:00 UTC of the ISO week containing `ms`. */
function isoWeekStart(ms: number): number {
  const days = Math.floor(ms / DAY_MS);
  const weekday = (((days + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday; Monday = 0
  return (days - weekday) * DAY_MS;
}

/** `2026-W48`: ISO 8601 week-numbering year and week of the calendar date `ms` falls on (read in UTC). */
export function isoWeekLabel(ms: number): string {
  const thursday = new Date(isoWeekStart(ms) + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / WEEK_MS) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/**
 * The calendar of one time zone, for trend buckets. Dates are days since 1970-01-01 (their UTC
 * midnight stands for the date itself); `midnight` is the instant that date begins in the zone.
 */
export interface ZoneCalendar {
  /** The local calendar date of an instant, as days since the epoch. */
  dateOf(ms: number): number;
  /** The instant a local date begins (after a daylight-saving gap, if midnight falls into one). */
  midnight(date: number): number;
  /** A bucket's first instant, written with the zone's offset at that instant. */
  write(ms: number): string;
}

/** The calendar of `timeZone`; throws RangeError for a zone Intl does not know. */
export function zoneCalendar(timeZone: string): ZoneCalendar {
  if (timeZone === 'UTC')
    return { dateOf: (ms) => Math.floor(ms / DAY_MS), midnight: (date) => date * DAY_MS, write: (ms) => formatWithOffset(ms, 0) };
  if (!isTimeZone(timeZone)) throw new RangeError(`timeZone must be an IANA time zone such as Asia/Bangkok, got "${timeZone}"`);
  return {
    dateOf: (ms) => Math.floor((ms + zoneOffsetMinutes(timeZone, ms) * 60_000) / DAY_MS),
    midnight: (date) => wallTimeToEpochMs(`${utcDate(date * DAY_MS)}T00:00`, timeZone),
    write: (ms) => formatWithOffset(ms, zoneOffsetMinutes(timeZone, ms)),
  };
}

/** The first instants of the ISO weeks (Monday 00:00 in the zone) that overlap (fromMs, toMs]. */
export function weekStarts(calendar: ZoneCalendar, fromMs: number, toMs: number): { start: number; label: string }[] {
  const weeks: { start: number; label: string }[] = [];
  const firstDate = calendar.dateOf(fromMs + 1);
  for (let monday = firstDate - ((((firstDate + 3) % 7) + 7) % 7); ; monday += 7) {
    const start = calendar.midnight(monday);
    if (start > toMs) return weeks;
    weeks.push({ start, label: isoWeekLabel(monday * DAY_MS) });
  }
}

/** The first instants of the calendar months (the 1st, 00:00 in the zone) that overlap (fromMs, toMs]. */
export function monthStarts(calendar: ZoneCalendar, fromMs: number, toMs: number): { start: number; label: string }[] {
  const months: { start: number; label: string }[] = [];
  const first = new Date(calendar.dateOf(fromMs + 1) * DAY_MS);
  for (let month = first.getUTCMonth(); ; month++) {
    const date = Date.UTC(first.getUTCFullYear(), month, 1);
    const start = calendar.midnight(date / DAY_MS);
    if (start > toMs) return months;
    months.push({ start, label: utcDate(date).slice(0, 7) });
  }
}
