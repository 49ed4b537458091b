// The numbers behind the two charts, shaped for uPlot (columns of equal length, x first). Pure, so
// the data tables and the tests see exactly what is drawn.
import type { SeverityId } from '../../core/schema.ts';
import type { MonthlyBucket, TrendBucket } from '../../core/metrics/index.ts';

export interface StackedBars {
  labels: string[];
  /** Drawing order: the tallest stack first, so each later (shorter) one paints over its lower part. */
  layers: { severity: SeverityId; values: number[] }[];
}

/**
 * Weekly counts as stacked bars (`severities` most severe first): layer k holds SEV1 + … + SEV(k+1). Drawn from the full stack down to
 * SEV1 alone, what remains visible of each layer is exactly that severity's count, SEV1 at the bottom.
 */
export function weeklyStack(weekly: readonly TrendBucket[], severities: readonly SeverityId[]): StackedBars {
  const layers = severities.map((severity, k) => ({
    severity,
    values: weekly.map((w) => severities.slice(0, k + 1).reduce((sum, s) => sum + w.bySeverity[s], 0)),
  }));
  return { labels: weekly.map((w) => w.period), layers: layers.reverse() };
}

export interface MonthlyLines {
  labels: string[];
  median: (number | null)[];
  mean: (number | null)[];
}

export function monthlyTtr(monthly: readonly MonthlyBucket[]): MonthlyLines {
  return {
    labels: monthly.map((m) => m.period),
    median: monthly.map((m) => m.medianTtr),
    mean: monthly.map((m) => m.mttr),
  };
}
