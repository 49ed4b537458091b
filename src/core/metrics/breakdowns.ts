// Durations split by a group (severity, service, team) of the window's incidents. Each metric's
// durations are laid out group after group in one array (a counting sort), so a million incidents
// are grouped in two passes per metric, without an array per group.
import { summarise } from './statistics.ts';
import { METRIC_IDS, METRIC_MILESTONES, type BreakdownGroup, type DurationFigures } from './types.ts';

function figures(work: Float64Array, metric: number): DurationFigures {
  const { n, mean, median, p90, max } = summarise(work, { missing: 0, negative: 0 }, METRIC_MILESTONES[METRIC_IDS[metric]!]);
  return { n, mean, median, p90, max };
}

/**
 * Per group: how many of the window's incidents it has and their durations. `groupOf[j]` is the group of
 * the window's j-th incident, `minutes[j * METRIC_IDS.length + k]` its duration for METRIC_IDS[k] (NaN
 * when left out). `names[g]` is group g's key, or null for "none".
 */
export function groupBreakdown(
  groupOf: Uint32Array,
  groupCount: number,
  minutes: Float64Array,
  names: readonly (string | null)[],
): BreakdownGroup[] {
  const rows = groupOf.length;
  const stride = METRIC_IDS.length;
  const count = new Int32Array(groupCount);
  for (let j = 0; j < rows; j++) count[groupOf[j]!]!++;
  const perMetric = METRIC_IDS.map((_, k) => {
    const n = new Int32Array(groupCount);
    for (let j = 0; j < rows; j++) if (!Number.isNaN(minutes[j * stride + k]!)) n[groupOf[j]!]!++;
    const start = new Int32Array(groupCount + 1);
    for (let g = 0; g < groupCount; g++) start[g + 1] = start[g]! + n[g]!;
    const laid = new Float64Array(start[groupCount]!);
    const next = start.slice(0, groupCount);
    for (let j = 0; j < rows; j++) {
      const value = minutes[j * stride + k]!;
      if (!Number.isNaN(value)) laid[next[groupOf[j]!]!++] = value;
    }
    return Array.from({ length: groupCount }, (_, g) => figures(laid.subarray(start[g]!, start[g + 1]!), k));
  });
  return Array.from({ length: groupCount }, (_, g) => ({
    key: names[g]!,
    count: count[g]!,
    ttd: perMetric[METRIC_IDS.indexOf('ttd')]![g]!,
    tta: perMetric[METRIC_IDS.indexOf('tta')]![g]!,
    ttm: perMetric[METRIC_IDS.indexOf('ttm')]![g]!,
    ttr: perMetric[METRIC_IDS.indexOf('ttr')]![g]!,
  }));
}

/**
 * A service or team breakdown in its shown order: most incidents first, then by name (code-unit order, the
 * same in every runtime), the group without a name last; groups without incidents are left out.
 */
export function orderNamedGroups(groups: BreakdownGroup[]): BreakdownGroup[] {
  return groups
    .filter((g) => g.count > 0)
    .sort((a, b) => {
      if (a.key === null || b.key === null) return a.key === null ? (b.key === null ? 0 : 1) : -1;
      return b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
    });
}
