// Time helpers. Timestamps are ISO 8601 strings with their UTC offset; arithmetic uses epoch ms.
import type { Timestamp } from './schema.ts';

const OFFSET_RE = /(Z|[+-]\d{2}:?\d{2})$/i;

export function hasOffset(value: string): boolean {
  return OFFSET_RE.test(value.trim());
}

/** Epoch milliseconds of an ISO timestamp, or NaN when it does not parse. */
export function toEpochMs(value: Timestamp): number {
  return hasOffset(value) ? Date.parse(value) : Number.NaN;
}

/** Whole and fractional minutes from `from` to `to` (negative when `to` is earlier). */
export function minutesBetween(from: Timestamp, to: Timestamp): number {
  return (toEpochMs(to) - toEpochMs(from)) / 60_000;
}

/** The `+07:00` / `Z` part of a timestamp, as written. */
export function offsetOf(value: Timestamp): string {
  const match = OFFSET_RE.exec(value.trim());
  return match ? (match[1]!.toUpperCase() === 'Z' ? 'Z' : match[1]!) : '';
}

/** Offset in minutes east of UTC for `+07:00`, `-0330` or `Z`. */
export function offsetMinutes(offset: string): number {
  if (!offset || offset.toUpperCase() === 'Z') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(offset);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/** Formats an epoch instant as ISO 8601 in a fixed offset (minutes east of UTC), e.g. `2026-01-02T03:04:05+07:00`. */
export function formatWithOffset(epochMs: number, offsetMin: number): Timestamp {
  const local = new Date(epochMs + offsetMin * 60_000).toISOString().slice(0, 19);
  if (offsetMin === 0) return `${local}Z`;
  const sign = offsetMin < 0 ? '-' : '+';
  const abs = Math.abs(offsetMin);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The calendar date (`YYYY-MM-DD`) of a timestamp in its own offset. */
export function localDate(value: Timestamp): string {
  return value.trim().slice(0, 10);
}
