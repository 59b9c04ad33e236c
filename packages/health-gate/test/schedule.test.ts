import { delayBeforeNextSample, earliestFinalSampleStart, requestTimeoutFor, type Schedule } from '../src/schedule.ts';

const schedule: Schedule = { intervalMs: 1000, maxIntervalMs: 5000, backoffFactor: 2 };

describe('delayBeforeNextSample', () => {
  it('waits the base interval while passing and after the first failure', () => {
    expect(delayBeforeNextSample(0, schedule)).toBe(1000);
    expect(delayBeforeNextSample(1, schedule)).toBe(1000);
  });

  it('backs off after failures in a row, up to the cap', () => {
    expect([2, 3, 4, 5, 10, 50].map((k) => delayBeforeNextSample(k, schedule))).toEqual([2000, 4000, 5000, 5000, 5000, 5000]);
  });

  it('never goes below the interval, whatever the factor', () => {
    expect(delayBeforeNextSample(3, { ...schedule, backoffFactor: 0.5 })).toBe(1000);
    expect(delayBeforeNextSample(3, { ...schedule, backoffFactor: 1 })).toBe(1000);
  });
});

describe('deadline math', () => {
  it('is the next delay plus one interval per further pass needed', () => {
    expect(earliestFinalSampleStart(10_000, 2000, 1, schedule)).toBe(12_000);
    expect(earliestFinalSampleStart(10_000, 2000, 3, schedule)).toBe(14_000);
    expect(earliestFinalSampleStart(10_000, 2000, 0, schedule)).toBe(12_000);
  });

  it('clips the request timeout to the time left', () => {
    expect(requestTimeoutFor(0, 60_000, 10_000)).toBe(10_000);
    expect(requestTimeoutFor(55_000, 60_000, 10_000)).toBe(5000);
    expect(requestTimeoutFor(61_000, 60_000, 10_000)).toBe(0);
  });
});
