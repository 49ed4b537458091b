// Statistics over durations: percentiles by selection (R type 7, linear interpolation between closest
// ranks: h = (n-1)·q, p = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]), numpy's default, Excel PERCENTILE.INC),
// found without a full sort, and the summary of one duration.
import type { Milestone } from '../schema.ts';
import type { DurationStats } from './types.ts';

/**
 * Moves the k-th smallest value (0-based) of `a` to a[k], with everything before it <= it and
 * everything after it >= it (Hoare/Wirth selection, median-of-three pivot): O(n) on average, where
 * sorting a million durations per metric would be O(n log n). `from` (<= k) says that a[from..] already
 * holds every value from the from-th smallest up (a selection at `from` left them there), so only
 * that part is searched.
 */
function selectInPlace(a: Float64Array, k: number, from = 0): number {
  let lo = from;
  let hi = a.length - 1;
  while (lo < hi) {
    const x = medianOfThree(a[lo]!, a[k]!, a[hi]!);
    let i = lo;
    let j = hi;
    do {
      while (a[i]! < x) i++;
      while (x < a[j]!) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    } while (i <= j);
    if (j < k) lo = i;
    if (k < i) hi = j;
  }
  return a[k]!;
}

function medianOfThree(a: number, b: number, c: number): number {
  return a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
}

/**
 * Percentile q in [0, 1] by linear interpolation between closest ranks (R type 7); reorders `values`.
 * `from`: the rank of a lower percentile already found in `values` this way (see selectInPlace).
 */
export function percentileInPlace(values: Float64Array, q: number, from = 0): number | null {
  const n = values.length;
  if (n === 0) return null;
  const pos = (n - 1) * q;
  const rank = Math.floor(pos);
  const lower = selectInPlace(values, rank, Math.min(from, rank));
  if (rank === pos || rank + 1 >= n) return lower;
  // After selection everything right of `rank` is >= lower; the next rank is their minimum.
  let upper = Infinity;
  for (let i = rank + 1; i < n; i++) if (values[i]! < upper) upper = values[i]!;
  return lower + (upper - lower) * (pos - rank);
}

/** Percentile q in [0, 1] of `values` (any order) by linear interpolation between closest ranks (R type 7). */
export function percentile(values: ArrayLike<number>, q: number): number | null {
  return percentileInPlace(new Float64Array(Array.from(values)), q);
}

/** Statistics of `work`, which it reorders (percentiles are found by selection in place). */
export function summarise(
  work: Float64Array,
  counts: DurationStats['leftOutReasons'],
  uses: readonly [Milestone, Milestone],
): DurationStats {
  const leftOut = { missing: counts.missing, negative: counts.negative };
  const n = work.length;
  let sum = 0;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    sum += work[i]!;
    if (work[i]! > max) max = work[i]!;
  }
  return {
    n,
    mean: n ? sum / n : null,
    median: percentileInPlace(work, 0.5),
    // The median's selection left the upper half in place: the 90th percentile is searched for there.
    p90: percentileInPlace(work, 0.9, Math.floor((n - 1) * 0.5)),
    max: n ? max : null,
    leftOut: leftOut.missing + leftOut.negative,
    leftOutReasons: leftOut,
    uses,
  };
}
