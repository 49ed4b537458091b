// Times written without a UTC offset, as spreadsheets and scripts write them (`2026-11-20 09:06`,
// Python's `datetime.isoformat()`, Excel's `20/11/2026 14:00`, Google Sheets' `11/20/2026 14:00:00`).
// They are read as wall-clock times in a zone the reader chose; nothing here guesses a zone.
// Numeric dates with the day and month both ≤ 12 cannot be read alone: a whole column is looked at
// (one value over 12 settles day-first or month-first), and a column that never settles it is
// reported as ambiguous so the caller can ask the user.
import { formatWithOffset, zoneOffsetMinutes } from './offset.ts';
import { wallTimeToEpochMs } from './zone.ts';

export type DateOrder = 'dmy' | 'mdy';
export const DATE_ORDERS: readonly DateOrder[] = ['dmy', 'mdy'];

// `2026-11-20 09:06`, `2026-11-20T09:06:07.123456` (no offset).
const ISO_NAIVE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?$/;
// `20/11/2026 14:00`, `11/20/2026 2:00:00 PM`, `20.11.2026 14:00`, `20-11-2026 14:00`.
const NUMERIC_NAIVE =
  /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:,?\s+|T)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:\s*([AaPp])\.?[Mm]\.?)?$/;

/** The two leading numbers of a numeric date (`20/11/2026 …` → [20, 11]); null for any other text. */
export function numericDateParts(text: string): [number, number] | null {
  const m = NUMERIC_NAIVE.exec(text.trim());
  return m ? [Number(m[1]), Number(m[3])] : null;
}

/** True for a date-time this module reads: an ISO date-time or a numeric date, with no offset. */
export function isNaiveTime(text: string): boolean {
  const trimmed = text.trim();
  return ISO_NAIVE.test(trimmed) || NUMERIC_NAIVE.test(trimmed);
}

/** Collects a column's numeric dates one by one (no list kept: a column may have a million values). */
export class DateOrderEvidence {
  private dayFirst = false;
  private monthFirst = false;
  private numeric = false;

  add(value: unknown): void {
    if (typeof value !== 'string') return;
    const parts = numericDateParts(value);
    if (!parts) return;
    this.numeric = true;
    if (parts[0] > 12) this.dayFirst = true;
    if (parts[1] > 12) this.monthFirst = true;
  }

  /** See detectDateOrder. */
  result(): DateOrder | 'ambiguous' | 'conflict' | null {
    if (this.dayFirst && this.monthFirst) return 'conflict';
    if (this.dayFirst) return 'dmy';
    if (this.monthFirst) return 'mdy';
    return this.numeric ? 'ambiguous' : null;
  }
}

/**
 * The date order of a column of values: 'dmy' or 'mdy' when a value settles it (the first or second
 * number over 12), 'conflict' when values settle it both ways, 'ambiguous' when numeric dates are
 * there but none settles it, null when the column has no numeric dates at all.
 */
export function detectDateOrder(values: Iterable<unknown>): DateOrder | 'ambiguous' | 'conflict' | null {
  const evidence = new DateOrderEvidence();
  for (const value of values) evidence.add(value);
  return evidence.result();
}

/** True when a text may hold numeric dates (a quick look before reading a whole file twice). */
export function mayHoldNumericDates(text: string): boolean {
  return /(?:^|[^\d])\d{1,2}([/.-])\d{1,2}\1\d{4}(?:,?\s|T)/.test(text);
}

export type NaiveResult = { ok: true; ms: number } | { ok: false; problem: 'not-naive' | 'no-zone' | 'needs-order' | 'invalid' };

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * Epoch ms of a time without an offset, read as the wall clock of `zone`. `order` is needed only for
 * numeric dates. Problems: not-naive (not such a time at all), no-zone, needs-order, invalid (no such
 * date or time, e.g. 31/02/2026 or 25:00).
 */
export function parseNaiveTime(text: string, zone: string | undefined, order?: DateOrder): NaiveResult {
  const trimmed = text.trim();
  let year: number, month: number, day: number, hour: number, minute: number, second: number, fraction: string;
  const iso = ISO_NAIVE.exec(trimmed);
  if (iso) {
    [year, month, day, hour, minute] = iso.slice(1, 6).map(Number) as [number, number, number, number, number];
    second = Number(iso[6] ?? 0);
    fraction = iso[7] ?? '';
  } else {
    const numeric = NUMERIC_NAIVE.exec(trimmed);
    if (!numeric) return { ok: false, problem: 'not-naive' };
    if (!order) return zone ? { ok: false, problem: 'needs-order' } : { ok: false, problem: 'no-zone' };
    const first = Number(numeric[1]);
    const second_ = Number(numeric[3]);
    [day, month] = order === 'dmy' ? [first, second_] : [second_, first];
    year = Number(numeric[4]);
    hour = Number(numeric[5]);
    minute = Number(numeric[6]);
    second = Number(numeric[7] ?? 0);
    fraction = numeric[8] ?? '';
    const meridiem = numeric[9]?.toLowerCase();
    if (meridiem) {
      if (hour < 1 || hour > 12) return { ok: false, problem: 'invalid' };
      hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
    }
  }
  if (!zone) return { ok: false, problem: 'no-zone' };
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59)
    return { ok: false, problem: 'invalid' };
  const wall = `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}T${pad2(hour)}:${pad2(minute)}:${pad2(second)}`;
  const ms = wallTimeToEpochMs(wall, zone);
  if (Number.isNaN(ms)) return { ok: false, problem: 'invalid' };
  // Digits after the third add nothing: truncated, as the offset reader does.
  return { ok: true, ms: ms + (fraction ? Math.floor(Number(`0.${fraction}`) * 1000) : 0) };
}

/** A naive time as a timestamp with the zone's offset at that instant; null when it cannot be read. */
export function naiveToTimestamp(text: string, zone: string, order?: DateOrder): string | null {
  const parsed = parseNaiveTime(text, zone, order);
  if (!parsed.ok) return null;
  const stamp = formatWithOffset(parsed.ms, zoneOffsetMinutes(zone, parsed.ms));
  const millis = ((parsed.ms % 1000) + 1000) % 1000;
  // formatWithOffset writes whole seconds; a fraction the text had is kept.
  return millis === 0 ? stamp : `${stamp.slice(0, 19)}.${String(millis).padStart(3, '0')}${stamp.slice(19)}`;
}

/** How naive times in one input are read: the zone, and the date order per field (or for every field). */
export interface NaiveTimeSettings {
  zone: string;
  /** The order for numeric-date fields that their own column does not settle. */
  dateOrder?: DateOrder;
  /** Per field (CSV column or JSON path), as detectDateOrder found it; wins over dateOrder. */
  fieldOrders?: Readonly<Record<string, DateOrder>>;
  /** Counts the times read this way, so the tools can say how many there were. */
  tally?: { read: number };
}

/**
 * A copy of a JSON value (an incident record) with every string that is a naive time replaced by the
 * timestamp it stands for in the chosen zone; other values are kept. Lets the one incident reader,
 * which insists on offsets, read records written without them. `path` names fields as `a.b.c`.
 */
export function resolveNaiveTimes(value: unknown, settings: NaiveTimeSettings, path = ''): unknown {
  if (typeof value === 'string') {
    if (!isNaiveTime(value)) return value;
    const order = settings.fieldOrders?.[path] ?? settings.dateOrder;
    const timestamp = naiveToTimestamp(value, settings.zone, order);
    if (timestamp === null) return value;
    if (settings.tally) settings.tally.read++;
    return timestamp;
  }
  if (Array.isArray(value)) return value.map((item) => resolveNaiveTimes(item, settings, `${path}[]`));
  if (value && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[key] = resolveNaiveTimes(item, settings, path ? `${path}.${key}` : key);
    return copy;
  }
  return value;
}

/** Adds every numeric date in a JSON value to the evidence for its path (path names as in resolveNaiveTimes). */
export function collectNumericDates(value: unknown, into: Map<string, DateOrderEvidence>, path = ''): void {
  if (typeof value === 'string') {
    if (!numericDateParts(value)) return;
    let evidence = into.get(path);
    if (!evidence) into.set(path, (evidence = new DateOrderEvidence()));
    evidence.add(value);
  } else if (Array.isArray(value)) for (const item of value) collectNumericDates(item, into, `${path}[]`);
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) collectNumericDates(item, into, path ? `${path}.${key}` : key);
}
