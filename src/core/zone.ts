// IANA time-zone arithmetic on top of the offset timestamps in time.ts. People type wall-clock times
// ("14:02 in Bangkok"); the incident stores instants with their offset. Intl knows each zone's rules
// (including daylight saving), so no zone table is shipped. Pure: the caller passes every instant in.
import type { Timestamp } from './schema.ts';
import { formatWithOffset, offsetMinutes, toEpochMs } from './time.ts';

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
  const name = offsetFormatter(timeZone).formatToParts(new Date(epochMs)).find((p) => p.type === 'timeZoneName')?.value ?? '';
  // "GMT" alone means +00:00; otherwise "GMT+07:00" / "GMT-03:30".
  return offsetMinutes(name.replace(/^GMT/, '') || 'Z');
}

const WALL_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * A wall-clock time (`YYYY-MM-DDTHH:mm[:ss]`, as an `<input type="datetime-local">` gives it) in a
 * zone, as a timestamp with that zone's offset at that moment. Null when the text is not a wall time.
 * In a daylight-saving gap the result is the instant the clock would show after springing forward.
 */
export function wallTimeToTimestamp(wall: string, timeZone: string): Timestamp | null {
  const m = WALL_RE.exec(wall);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((part) => Number(part ?? 0)) as number[];
  const asUtc = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!);
  // Date.UTC quietly rolls 30 February over into March; such a wall time does not exist.
  if (Number.isNaN(asUtc) || new Date(asUtc).getUTCDate() !== day || hour! > 23) return null;
  // The zone's offset depends on the instant we are looking for: take the offset at the first guess,
  // then check it holds at the result. When it does not, the wall time fell into a daylight-saving gap.
  const guess = zoneOffsetMinutes(timeZone, asUtc);
  const settled = zoneOffsetMinutes(timeZone, asUtc - guess * 60_000);
  let epoch = asUtc - settled * 60_000;
  if (zoneOffsetMinutes(timeZone, epoch) !== settled) epoch = asUtc - Math.min(guess, settled) * 60_000;
  return formatWithOffset(epoch, zoneOffsetMinutes(timeZone, epoch));
}

/** The wall-clock time (`YYYY-MM-DDTHH:mm`) of a timestamp in a zone; empty for an unreadable timestamp. */
export function timestampToWallTime(value: Timestamp, timeZone: string): string {
  const epoch = toEpochMs(value);
  if (Number.isNaN(epoch)) return '';
  return formatWithOffset(epoch, zoneOffsetMinutes(timeZone, epoch)).slice(0, 16);
}

/** A timestamp re-expressed in a zone's offset (same instant), e.g. to show every time in one zone. */
export function inZone(value: Timestamp, timeZone: string): Timestamp {
  const epoch = toEpochMs(value);
  if (Number.isNaN(epoch)) return value;
  return formatWithOffset(epoch, zoneOffsetMinutes(timeZone, epoch));
}
