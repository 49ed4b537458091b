// The build benchmark's arithmetic: figures read from /usr/bin/time, medians and the N list from env.
import { describe, expect, it } from 'vitest';
import { envList, median, pairedRatios, parseTimeOutput } from '../../scripts/bench/build.ts';

describe('build benchmark', () => {
  it('reads wall, CPU (user + system) and peak memory from /usr/bin/time', () => {
    expect(parseTimeOutput('astro noise\n12.50 9.25 1.75 1048576\n')).toEqual({
      wallSeconds: 12.5,
      cpuSeconds: 11,
      peakMiB: 1024,
    });
    expect(parseTimeOutput('Command exited with non-zero status 1')).toBeUndefined();
  });

  it('takes the median of the runs', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('takes the ratio of each alternated pair, so a drift between pairs cancels out', () => {
    // The machine slowed down by half between the first and the last pair; each pair's ratio is 1.5.
    expect(pairedRatios([3, 4.5, 6], [2, 3, 4])).toEqual({ median: 1.5, min: 1.5, max: 1.5 });
    expect(pairedRatios([2, 3, 8], [2, 2, 4])).toEqual({ median: 1.5, min: 1, max: 2 });
  });

  it('reads N and repeats from the environment, with defaults', () => {
    expect(envList('150, 1000,3000', [1])).toEqual([150, 1000, 3000]);
    expect(envList(undefined, [150, 1000, 3000])).toEqual([150, 1000, 3000]);
    expect(envList('many', [3])).toEqual([3]);
  });
});
