// The one timestamp parser every importer uses. Exports write times as ISO 8601 strings with an
// offset, or as epoch numbers whose unit differs by tool; the unit is told apart by magnitude:
//   |n| < 1e11 → seconds (until the year 5138), < 1e14 → milliseconds, < 1e17 → microseconds,
//   otherwise nanoseconds. A time without a UTC offset is refused rather than guessed.
import type { Timestamp } from '../schema.ts';
import { formatWithOffset, offsetMinutes } from '../time.ts';

export type EpochUnit = 's' | 'ms' | 'us' | 'ns';

export type ParsedTime = { ok: true; value: Timestamp; ms: number } | { ok: false; message: string };

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

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digitAt(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : Number.NaN;
}

/**
 * Epoch ms of a canonical ISO 8601 time `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`, NaN for anything
 * else. Hand-rolled because it runs millions of times in imports and metrics and is several times
 * faster than Date.parse; other spellings go through parseTimestamp's slower path.
 */
export function isoToEpochMs(s: string): number {
  const len = s.length;
  if (len < 20 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) {
    return Number.NaN;
  }
  const year = digitAt(s, 0) * 1000 + digitAt(s, 1) * 100 + digitAt(s, 2) * 10 + digitAt(s, 3);
  const month = digitAt(s, 5) * 10 + digitAt(s, 6);
  const day = digitAt(s, 8) * 10 + digitAt(s, 9);
  const hour = digitAt(s, 11) * 10 + digitAt(s, 12);
  const minute = digitAt(s, 14) * 10 + digitAt(s, 15);
  const second = digitAt(s, 17) * 10 + digitAt(s, 18);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1]! && hour <= 23 && minute <= 59 && second <= 59)) return Number.NaN;
  if (month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) return Number.NaN;
  let i = 19;
  let ms = 0;
  if (s.charCodeAt(i) === 46) {
    i++;
    const start = i;
    let scale = 100;
    while (i < len) {
      const c = digitAt(s, i);
      if (Number.isNaN(c)) break;
      ms += c * scale; // digits after the third add nothing: truncated, as Date.parse does
      scale /= 10;
      i++;
    }
    if (i === start || i - start > 9) return Number.NaN;
    ms = Math.floor(ms);
  }
  let offsetMin = 0;
  const sign = s.charCodeAt(i);
  if (sign === 90 && i === len - 1) offsetMin = 0;
  else if ((sign === 43 || sign === 45) && i === len - 6 && s.charCodeAt(i + 3) === 58) {
    const oh = digitAt(s, i + 1) * 10 + digitAt(s, i + 2);
    const om = digitAt(s, i + 4) * 10 + digitAt(s, i + 5);
    if (!(oh <= 23 && om <= 59)) return Number.NaN;
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

/**
 * Parses an ISO 8601 string with an offset, or an epoch number (number or digit string).
 * Returns null for an empty value (null, undefined, '' ) so callers can tell "missing" from "bad".
 */
export function parseTimestamp(value: unknown): ParsedTime | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return fromEpoch(value);
  if (typeof value !== 'string') return { ok: false, message: `expected a date-time, got ${typeof value}` };
  const text = value.length > 0 && value.charCodeAt(0) > 32 && value.charCodeAt(value.length - 1) > 32 ? value : value.trim();
  if (text === '') return null;
  const fast = isoToEpochMs(text);
  if (!Number.isNaN(fast)) return { ok: true, value: text, ms: fast };
  if (CANONICAL.test(text)) return { ok: false, message: `"${text}" is not a valid date-time` };
  if (NUMERIC.test(text)) return fromEpoch(Number(text));
  const loose = LOOSE.exec(text);
  if (loose) {
    const offset = normaliseOffset(loose[4]!);
    const seconds = (loose[3] ?? ':00').replace(',', '.');
    const iso = `${loose[1]}T${loose[2]}${seconds}${offset}`;
    const ms = Date.parse(iso);
    if (Number.isNaN(ms)) return { ok: false, message: `"${text}" is not a valid date-time` };
    return { ok: true, value: formatWithOffset(ms, offsetMinutes(offset)), ms };
  }
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(text)) {
    return { ok: false, message: `"${text}" has no UTC offset; add Z or an offset such as +07:00` };
  }
  return { ok: false, message: `"${text}" is not an ISO 8601 date-time or an epoch number` };
}

function fromEpoch(n: number): ParsedTime {
  if (!Number.isFinite(n)) return { ok: false, message: `${n} is not a finite epoch number` };
  const ms = epochToMs(n);
  if (Math.abs(ms) > 8.64e15) return { ok: false, message: `${n} is out of the date range` };
  return { ok: true, value: formatWithOffset(ms, 0), ms };
}
