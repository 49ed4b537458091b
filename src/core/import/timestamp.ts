// Moved to src/core/time/parse.ts (kept while callers move).
export { epochUnit, epochToMs, isoToEpochMs, parseTimestamp, type EpochUnit, type ParsedTime } from '../time/parse.ts';
