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
  const text = value.trim();
  if (text === '') return null;
  if (CANONICAL.test(text)) {
    const ms = Date.parse(text);
    return Number.isNaN(ms) ? { ok: false, message: `"${text}" is not a valid date-time` } : { ok: true, value: text, ms };
  }
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
