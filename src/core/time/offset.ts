// UTC offsets: as written in a timestamp (`Z`, `+07:00`, `-0330`), of an IANA zone at an instant, and an
// instant written in ISO 8601 with an offset.
// Intl knows each zone's rules (daylight saving included), so no zone table is shipped.

const OFFSET_RE = /(Z|[+-]\d{2}:?\d{2})$/i;

/** True when the text ends in a UTC offset (`Z`, `+07:00`, `-0330`): the check a zod refinement can use. */
export function hasOffset(value: string): boolean {
  return OFFSET_RE.test(value.trim());
}

/** The `+07:00` / `Z` part of a timestamp, as written; empty when it has none. */
export function offsetOf(value: string): string {
  const match = OFFSET_RE.exec(value.trim());
  return match ? (match[1]!.toUpperCase() === 'Z' ? 'Z' : match[1]!) : '';
}

/** Offset in minutes east of UTC for `+07:00`, `-0330` or `Z` (0 for anything else). */
export function offsetMinutes(offset: string): number {
  if (!offset || offset.toUpperCase() === 'Z') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(offset);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

const two = (n: number) => String(n).padStart(2, '0');

/** `+07:00`, `-03:30`, `+00:00`: minutes east of UTC as the `±HH:MM` of ISO 8601. */
export function formatOffset(offsetMin: number): string {
  const abs = Math.abs(offsetMin);
  return `${offsetMin < 0 ? '-' : '+'}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

/**
 * ISO 8601 of an epoch instant in a fixed offset (minutes east of UTC), e.g. `2026-01-02T03:04:05+07:00`,
 * `Z` for zero: how instants are written in data. (Re-exported by format.ts; lives here so the parser can
 * normalise what it reads without importing the formatter.)
 */
export function formatWithOffset(epochMs: number, offsetMin: number): string {
  const local = new Date(epochMs + offsetMin * 60_000).toISOString().slice(0, 19);
  return offsetMin === 0 ? `${local}Z` : `${local}${formatOffset(offsetMin)}`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function offsetFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when Intl knows the zone name (for example `Asia/Bangkok` or `UTC`). */
export function isTimeZone(timeZone: string): boolean {
  try {
    offsetFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC, in minutes east, at an instant. Throws RangeError for an unknown zone. */
export function zoneOffsetMinutes(timeZone: string, epochMs: number): number {
  const name =
    offsetFormatter(timeZone)
      .formatToParts(new Date(epochMs))
      .find((p) => p.type === 'timeZoneName')?.value ?? '';
  // "GMT" alone means +00:00; otherwise "GMT+07:00" / "GMT-03:30".
  return offsetMinutes(name.replace(/^GMT/, '') || 'Z');
}
