import { p95, percentile } from '@deploy-kit/health-gate';

describe('percentile (nearest rank)', () => {
  it('has no value for no samples', () => {
    expect(p95([])).toBeNull();
  });

  it('is the maximum when there are fewer than 20 samples', () => {
    expect(p95([5])).toBe(5);
    expect(p95([30, 10, 20])).toBe(30);
    expect(p95([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19])).toBe(19);
  });

  it('drops the slowest 5% once there are 20 or more', () => {
    const values = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(p95(values)).toBe(19);
    const hundred = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(p95(hundred)).toBe(95);
  });

  it('computes other percentiles and does not reorder its input', () => {
    const values = [40, 10, 30, 20];
    expect(percentile(values, 50)).toBe(20);
    expect(percentile(values, 100)).toBe(40);
    expect(values).toEqual([40, 10, 30, 20]);
  });

  it('refuses a percentile outside (0, 100]', () => {
    expect(() => percentile([1], 0)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });
});
