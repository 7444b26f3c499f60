import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { median, medianRun } from '../../bench/stats.ts';

describe('median', () => {
  it('takes the middle of an odd count, whatever the order', () => {
    expect(median([5])).toBe(5);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([120, 80, 95, 300, 90, 100, 85])).toBe(95);
  });

  it('takes the mean of the two middle values of an even count', () => {
    expect(median([1, 2])).toBe(1.5);
    expect(median([10, 40, 20, 30])).toBe(25);
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it('refuses no values and values that are not finite numbers', () => {
    expect(() => median([])).toThrow(/No values/);
    expect(() => median([1, Number.NaN, 3])).toThrow(/finite/);
    expect(() => median([1, Number.POSITIVE_INFINITY])).toThrow(/finite/);
  });

  it('has as many values at or below it as at or above it', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), { minLength: 1 }), (values) => {
        const middle = median(values);
        expect(values.filter((value) => value <= middle).length).toBeGreaterThanOrEqual(values.length / 2);
        expect(values.filter((value) => value >= middle).length).toBeGreaterThanOrEqual(values.length / 2);
      }),
    );
  });
});

describe('medianRun', () => {
  it('picks the whole run in the middle by the key', () => {
    const runs = [
      { score: 90, lcp: 1 },
      { score: 70, lcp: 2 },
      { score: 80, lcp: 3 },
    ];
    expect(medianRun(runs, (run) => run.score)).toBe(runs[2]);
    expect(medianRun(runs, (run) => -run.lcp)).toBe(runs[1]);
  });

  it('takes the lower middle one of an even count, and the only one of one', () => {
    expect(medianRun([4, 1, 3, 2], (run) => run)).toBe(2);
    expect(medianRun(['a'], () => 0)).toBe('a');
  });

  it('refuses no runs', () => {
    expect(() => medianRun([], () => 0)).toThrow(/No runs/);
  });
});
