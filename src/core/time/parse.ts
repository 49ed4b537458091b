// The one instant parser. Timestamps are ISO 8601 strings with their UTC offset; exports also write
// epoch numbers whose unit differs by tool, told apart by magnitude:
//   |n| < 1e11 → seconds (until the year 5138), < 1e14 → milliseconds, < 1e17 → microseconds,
//   otherwise nanoseconds. A time without a UTC offset is refused rather than guessed.
// Stateless: nothing is cached between calls, so the core stays free of module state.
import { formatWithOffset, offsetMinutes } from './offset.ts';

export type EpochUnit = 's' | 'ms' | 'us' | 'ns';

/** Why a value is not an instant, for callers that say so in the reader's language (the importers). */
export type TimeProblem = 'type' | 'invalid' | 'no-offset' | 'format' | 'not-finite' | 'out-of-range';

export type ParsedTime = { ok: true; value: string; ms: number } | { ok: false; reason: TimeProblem; message: string };

/** The unit of an epoch number, by magnitude (see the file comment). */
export function epochUnit(n: number): EpochUnit {
  const abs = Math.abs(n);
  if (abs < 1e11) return 's';
  if (abs < 1e14) return 'ms';
  if (abs < 1e17) return 'us';
  return 'ns';
}

const UNIT_TO_MS: Record<EpochUnit, number> = { s: 1000, ms: 1, us: 1e-3, ns: 1e-6 };

export function epochToMs(n: number): number {
  return Math.round(n * UNIT_TO_MS[epochUnit(n)]);
}

// Days before the first of each month in a common year.
const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/**
 * Days since 1970-01-01 of a proleptic Gregorian date in the years 0000–9999: whole years, the leap
 * days up to the date (477 of them fell before 1970), the month's offset and the day. No state and no
 * cache: this runs millions of times per import and is as cheap as a cached month. The year is counted
 * one 400-year cycle (97 leap days) later so it is never negative, and `| 0` rounds down like
 * Math.floor: integer division, several times cheaper than three floating-point ones.
 */
function daysFromCivil(y: number, m: number, d: number): number {
  const shifted = (m <= 2 ? y - 1 : y) + 400;
  const leapDays = ((shifted / 4) | 0) - ((shifted / 100) | 0) + ((shifted / 400) | 0) - 97 - 477;
  return 365 * (y - 1970) + leapDays + DAYS_BEFORE_MONTH[m - 1]! + d - 1;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Epoch ms of a canonical ISO 8601 time `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`, NaN for anything
 * else. Hand-rolled because it runs millions of times in imports and metrics and is several times
 * faster than Date.parse; other spellings go through parseTimestamp's slower path.
 */
export function isoToEpochMs(s: string): number {
  const len = s.length;
  if (
    len < 20 ||
    s.charCodeAt(4) !== 45 ||
    s.charCodeAt(7) !== 45 ||
    s.charCodeAt(10) !== 84 ||
    s.charCodeAt(13) !== 58 ||
    s.charCodeAt(16) !== 58
  ) {
    return Number.NaN;
  }
  const y0 = s.charCodeAt(0) - 48,
    y1 = s.charCodeAt(1) - 48,
    y2 = s.charCodeAt(2) - 48,
    y3 = s.charCodeAt(3) - 48;
  const mo0 = s.charCodeAt(5) - 48,
    mo1 = s.charCodeAt(6) - 48,
    d0 = s.charCodeAt(8) - 48,
    d1 = s.charCodeAt(9) - 48;
  const h0 = s.charCodeAt(11) - 48,
    h1 = s.charCodeAt(12) - 48,
    mi0 = s.charCodeAt(14) - 48,
    mi1 = s.charCodeAt(15) - 48;
  const s0 = s.charCodeAt(17) - 48,
    s1 = s.charCodeAt(18) - 48;
  // One test for "every character is a digit": each value must be in 0..9.
  if (((y0 | y1 | y2 | y3 | mo0 | mo1 | d0 | d1 | h0 | h1 | mi0 | mi1 | s0 | s1) & ~15) !== 0) return Number.NaN;
  if (y0 > 9 || y1 > 9 || y2 > 9 || y3 > 9 || mo1 > 9 || d1 > 9 || h1 > 9 || mi1 > 9 || s1 > 9) return Number.NaN;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = mo0 * 10 + mo1;
  const day = d0 * 10 + d1;
  const hour = h0 * 10 + h1;
  const minute = mi0 * 10 + mi1;
  const second = s0 * 10 + s1;
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]! || hour > 23 || minute > 59 || second > 59)
    return Number.NaN;
  if (month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) return Number.NaN;
  let i = 19;
  let ms = 0;
  if (s.charCodeAt(i) === 46) {
    i++;
    const start = i;
    let scale = 100;
    for (let c = s.charCodeAt(i) - 48; c >= 0 && c <= 9; c = s.charCodeAt(++i) - 48) {
      ms += c * scale; // digits after the third add nothing: truncated, as Date.parse does
      scale /= 10;
    }
    if (i === start || i - start > 9) return Number.NaN;
    ms = Math.floor(ms);
  }
  let offsetMin = 0;
  const sign = s.charCodeAt(i);
  if (sign === 90 && i === len - 1) offsetMin = 0;
  else if ((sign === 43 || sign === 45) && i === len - 6 && s.charCodeAt(i + 3) === 58) {
    const oh0 = s.charCodeAt(i + 1) - 48,
      oh1 = s.charCodeAt(i + 2) - 48,
      om0 = s.charCodeAt(i + 4) - 48,
      om1 = s.charCodeAt(i + 5) - 48;
    if (((oh0 | oh1 | om0 | om1) & ~15) !== 0 || oh1 > 9 || om1 > 9) return Number.NaN;
    const oh = oh0 * 10 + oh1;
    const om = om0 * 10 + om1;
    if (oh > 23 || om > 59) return Number.NaN;
    offsetMin = (sign === 45 ? -1 : 1) * (oh * 60 + om);
  } else return Number.NaN;
  return ((daysFromCivil(year, month, day) * 24 + hour) * 60 + minute - offsetMin) * 60_000 + second * 1000 + ms;
}

// Already canonical: kept exactly as written (offset included).
const CANONICAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;
// Other ISO 8601 spellings we accept: space separator, no seconds, `+0700`, `+07`, ` UTC`.
const LOOSE = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(:\d{2}(?:[.,]\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)$/i;
const NUMERIC = /^-?\d+(?:\.\d+)?(?:e\d+)?$/i;

function normaliseOffset(raw: string): string {
  const upper = raw.toUpperCase();
  if (upper === 'Z' || upper === 'UTC' || upper === 'GMT') return 'Z';
  const digits = raw.replace(':', '');
  return digits.length === 3 ? `${digits}:00` : `${digits.slice(0, 3)}:${digits.slice(3)}`;
}

/** Whether `YYYY-MM-DD`, `HH:MM` and `:SS[.fraction]` name a real calendar day and a time of day (00:00–23:59:59). */
function onTheCalendar(date: string, time: string, seconds: string): boolean {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const monthDays = month === 2 && !leap ? 28 : (DAYS_IN_MONTH[month - 1] ?? 0);
  return day >= 1 && day <= monthDays && hour <= 23 && minute <= 59 && Number(seconds.slice(1)) < 60;
}

/** A loose ISO 8601 spelling (see LOOSE) as its instant (NaN when the date does not exist) and offset; null when not one. */
function looseIso(text: string): { ms: number; offsetMin: number } | null {
  const loose = LOOSE.exec(text);
  if (!loose) return null;
  const offset = normaliseOffset(loose[4]!);
  const seconds = (loose[3] ?? ':00').replace(',', '.');
  // Date.parse rolls impossible dates over (2026-02-30 → 2 March, 24:00 → the next day): refuse them instead.
  if (!onTheCalendar(loose[1]!, loose[2]!, seconds)) return { ms: Number.NaN, offsetMin: 0 };
  return { ms: Date.parse(`${loose[1]}T${loose[2]}${seconds}${offset}`), offsetMin: offsetMinutes(offset) };
}

/**
 * Epoch ms of an ISO 8601 date-time that carries its UTC offset (the canonical shape or one of the
 * loose spellings parseTimestamp accepts); NaN for anything else, epoch numbers and times without an
 * offset included. The reader for timestamps in the handbook's own data.
 */
export function toEpochMs(value: string): number {
  const fast = isoToEpochMs(value);
  if (!Number.isNaN(fast)) return fast;
  const text = value.trim();
  if (text !== value) return toEpochMs(text);
  if (CANONICAL.test(text)) return Number.NaN;
  return looseIso(text)?.ms ?? Number.NaN;
}

/** True for an ISO 8601 date-time with a UTC offset that toEpochMs reads: a zod refinement, `z.string().refine(isTimestamp)`. */
export function isTimestamp(value: unknown): value is string {
  return typeof value === 'string' && !Number.isNaN(toEpochMs(value));
}

/** Whole and fractional minutes from `from` to `to` (negative when `to` is earlier; NaN when either does not parse). */
export function minutesBetween(from: string, to: string): number {
  return (toEpochMs(to) - toEpochMs(from)) / 60_000;
}

/**
 * Parses an ISO 8601 string with an offset, or an epoch number (number or digit string).
 * Returns null for an empty value (null, undefined, '' ) so callers can tell "missing" from "bad".
 */
export function parseTimestamp(value: unknown): ParsedTime | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return fromEpoch(value);
  if (typeof value !== 'string') return { ok: false, reason: 'type', message: `expected a date-time, got ${typeof value}` };
  const text = value.length > 0 && value.charCodeAt(0) > 32 && value.charCodeAt(value.length - 1) > 32 ? value : value.trim();
  if (text === '') return null;
  const fast = isoToEpochMs(text);
  if (!Number.isNaN(fast)) return { ok: true, value: text, ms: fast };
  if (CANONICAL.test(text)) return { ok: false, reason: 'invalid', message: `"${text}" is not a valid date-time` };
  if (NUMERIC.test(text)) return fromEpoch(Number(text));
  const loose = looseIso(text);
  if (loose) {
    if (Number.isNaN(loose.ms)) return { ok: false, reason: 'invalid', message: `"${text}" is not a valid date-time` };
    return { ok: true, value: formatWithOffset(loose.ms, loose.offsetMin), ms: loose.ms };
  }
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(text)) {
    return { ok: false, reason: 'no-offset', message: `"${text}" has no UTC offset; add Z or an offset such as +07:00` };
  }
  return { ok: false, reason: 'format', message: `"${text}" is not an ISO 8601 date-time or an epoch number` };
}

function fromEpoch(n: number): ParsedTime {
  if (!Number.isFinite(n)) return { ok: false, reason: 'not-finite', message: `${n} is not a finite epoch number` };
  const ms = epochToMs(n);
  if (Math.abs(ms) > 8.64e15) return { ok: false, reason: 'out-of-range', message: `${n} is out of the date range` };
  return { ok: true, value: formatWithOffset(ms, 0), ms };
}
