// Moved to src/core/time/ (kept while callers move).
export { hasOffset, offsetOf, offsetMinutes, formatWithOffset } from './time/offset.ts';
export { toEpochMs, minutesBetween } from './time/parse.ts';
export { localDate } from './time/calendar.ts';
