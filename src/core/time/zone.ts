// IANA time zones on top of the offset timestamps. People type wall-clock times ("14:02 in Bangkok");
// data stores instants with their offset. Intl knows each zone's rules (including daylight saving), so
// no zone table is shipped. Pure: the caller passes every instant in (the browser's own zone is read in
// the islands, not here).
import { formatWithOffset, isTimeZone, zoneOffsetMinutes } from './offset.ts';
import { toEpochMs } from './parse.ts';

export { isTimeZone, zoneOffsetMinutes };

const WALL_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * The instant (epoch ms) of a wall-clock time (`YYYY-MM-DDTHH:mm[:ss]`, as an `<input
 * type="datetime-local">` gives it) in a zone; NaN when the text is not a wall time. In a
 * daylight-saving gap the result is the instant the clock would show after springing forward.
 */
export function wallTimeToEpochMs(wall: string, timeZone: string): number {
  const m = WALL_RE.exec(wall);
  if (!m) return Number.NaN;
  const [year, month, day, hour, minute, second] = m.slice(1).map((part) => Number(part ?? 0)) as number[];
  const asUtc = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!);
  // Date.UTC quietly rolls 30 February over into March; such a wall time does not exist.
  if (Number.isNaN(asUtc) || new Date(asUtc).getUTCDate() !== day || hour! > 23) return Number.NaN;
  // The zone's offset depends on the instant we are looking for: take the offset at the first guess,
  // then check it holds at the result. When it does not, the wall time fell into a daylight-saving gap.
  const guess = zoneOffsetMinutes(timeZone, asUtc);
  const settled = zoneOffsetMinutes(timeZone, asUtc - guess * 60_000);
  const epoch = asUtc - settled * 60_000;
  return zoneOffsetMinutes(timeZone, epoch) === settled ? epoch : asUtc - Math.min(guess, settled) * 60_000;
}

/** A wall-clock time in a zone (see wallTimeToEpochMs) as a timestamp with that zone's offset then; null when not a wall time. */
export function wallTimeToTimestamp(wall: string, timeZone: string): string | null {
  const epoch = wallTimeToEpochMs(wall, timeZone);
  return Number.isNaN(epoch) ? null : formatWithOffset(epoch, zoneOffsetMinutes(timeZone, epoch));
}

/** The wall-clock time (`YYYY-MM-DDTHH:mm`) of a timestamp in a zone; empty for an unreadable timestamp. */
export function timestampToWallTime(value: string, timeZone: string): string {
  const epoch = toEpochMs(value);
  if (Number.isNaN(epoch)) return '';
  return formatWithOffset(epoch, zoneOffsetMinutes(timeZone, epoch)).slice(0, 16);
}

/** A timestamp re-expressed in a zone's offset (same instant), e.g. to show every time in one zone. */
export function inZone(value: string, timeZone: string): string {
  const epoch = toEpochMs(value);
  if (Number.isNaN(epoch)) return value;
  return formatWithOffset(epoch, zoneOffsetMinutes(timeZone, epoch));
}

/**
 * The zone list a selector offers: UTC first, then `current` (the reader's own zone), then every other
 * zone in `supported` sorted. The browser part passes `Intl.supportedValuesOf('timeZone')`.
 */
export function orderTimeZones(current: string, supported: readonly string[]): string[] {
  const rest = [...new Set(supported)].filter((z) => z !== 'UTC' && z !== current).sort();
  return current === 'UTC' ? ['UTC', ...rest] : ['UTC', current, ...rest];
}
