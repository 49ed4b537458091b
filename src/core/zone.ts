// Moved to src/core/time/zone.ts (kept while callers move).
export { isTimeZone, zoneOffsetMinutes, wallTimeToTimestamp, timestampToWallTime, inZone } from './time/zone.ts';
