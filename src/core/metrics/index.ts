// Incident metrics: the data shapes (types.ts), the computation over a window (compute.ts), the
// statistics (statistics.ts) and the text report and JSON (report.ts).
export * from './types.ts';
export { computeMetrics } from './compute.ts';
export { percentile } from './statistics.ts';
export {
  formatDuration,
  formatWholeMinutes,
  metricsReport,
  problemText,
  roundMinutes,
  toMetricsJson,
  workingDaysLabel,
} from './report.ts';
export { busiest, change, dayRuns, hourLabel, type Direction } from './compare.ts';
export { clockMinutes, parseWorkingDays, parseWorkingTimes, workingHoursProblem } from './hours.ts';
