// Incident metrics: the data shapes (types.ts), the computation over a window (compute.ts), the
// statistics (statistics.ts) and the text report and JSON (report.ts).
export * from './types.ts';
export { computeMetrics } from './compute.ts';
export { percentile } from './statistics.ts';
export { formatDuration, formatWholeMinutes, metricsReport, problemText, roundMinutes, toMetricsJson } from './report.ts';
