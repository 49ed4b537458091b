// When in the week an incident happened, in the chosen zone: the busiest hours and the out-of-hours share.
import { zoneOffsetMinutes } from '../time/index.ts';
import { WEEKDAYS, type Weekday, type WorkingHours } from './types.ts';

const MINUTE_MS = 60_000;
const DAY_MINUTES = 1440;
/** Offsets change only on quarter hours (UTC), so one lookup per quarter hour serves every instant in it. */
const QUARTER_HOUR_MS = 15 * MINUTE_MS;

/** Minutes since Monday 00:00 (0 … 10079) of an instant's wall-clock time in `timeZone`. */
export function minuteOfWeekIn(timeZone: string): (ms: number) => number {
  const offsets = new Map<number, number>();
  const offsetAt =
    timeZone === 'UTC'
      ? () => 0
      : (ms: number) => {
          const slot = Math.floor(ms / QUARTER_HOUR_MS);
          let offset = offsets.get(slot);
          if (offset === undefined) {
            offset = zoneOffsetMinutes(timeZone, ms);
            offsets.set(slot, offset);
          }
          return offset;
        };
  return (ms) => {
    const local = Math.floor(ms / MINUTE_MS) + offsetAt(ms);
    // 1970-01-01 was a Thursday: day 0 is weekday 3 (Monday 0).
    const days = Math.floor(local / DAY_MINUTES);
    const weekday = (((days + 3) % 7) + 7) % 7;
    return weekday * DAY_MINUTES + (local - days * DAY_MINUTES);
  };
}

const TIME_RE = /^([01]\d|2[0-4]):([0-5]\d)$/;

/** Minutes since midnight of `HH:MM` (`24:00` is 1440); NaN for another text. */
export function clockMinutes(text: string): number {
  const m = TIME_RE.exec(text.trim());
  if (!m) return Number.NaN;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return minutes > DAY_MINUTES ? Number.NaN : minutes;
}

/** Why working hours cannot be used ('' when they can): the words the CLI and the page show. */
export function workingHoursProblem(hours: WorkingHours): '' | 'start' | 'end' | 'order' | 'days' {
  const start = clockMinutes(hours.start);
  const end = clockMinutes(hours.end);
  if (Number.isNaN(start) || start === DAY_MINUTES) return 'start';
  if (Number.isNaN(end)) return 'end';
  if (end <= start) return 'order';
  if (hours.days.length === 0 || hours.days.some((d) => !(WEEKDAYS as readonly string[]).includes(d))) return 'days';
  return '';
}

/**
 * `09:00-18:00` as start and end; `mon-fri`, `mon,wed,fri` or `sat-sun` as weekdays (a range runs forward,
 * `fri-mon` wrapping over the weekend). Null for anything else.
 */
export function parseWorkingTimes(text: string): { start: string; end: string } | null {
  const m = /^\s*(\d{2}:\d{2})\s*[-–]\s*(\d{2}:\d{2})\s*$/.exec(text);
  return m ? { start: m[1]!, end: m[2]! } : null;
}

export function parseWorkingDays(text: string): Weekday[] | null {
  const days = new Set<Weekday>();
  const index = (d: string) => (WEEKDAYS as readonly string[]).indexOf(d.trim().toLowerCase().slice(0, 3));
  for (const part of text.split(',')) {
    const [first, last, extra] = part.split(/[-–]/);
    if (extra !== undefined || first === undefined) return null;
    const from = index(first);
    const to = last === undefined ? from : index(last);
    if (from < 0 || to < 0) return null;
    for (let d = from; ; d = (d + 1) % 7) {
      days.add(WEEKDAYS[d]!);
      if (d === to) break;
    }
  }
  return WEEKDAYS.filter((d) => days.has(d));
}

/** Tests a minute of the week (minuteOfWeekIn) against working hours. */
export function inWorkingHours(hours: WorkingHours): (minuteOfWeek: number) => boolean {
  const start = clockMinutes(hours.start);
  const end = clockMinutes(hours.end);
  const open = new Uint8Array(7);
  for (const d of hours.days) open[WEEKDAYS.indexOf(d)] = 1;
  return (minuteOfWeek) => {
    const day = Math.floor(minuteOfWeek / DAY_MINUTES);
    const minute = minuteOfWeek - day * DAY_MINUTES;
    return open[day] === 1 && minute >= start && minute < end;
  };
}
