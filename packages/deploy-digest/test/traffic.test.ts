import { InputError } from '@deploy-kit/core';
import { effectiveWeights, parseTraffic, pinLatest, restoredTraffic, sameTraffic, stagedTraffic, stepTraffic, type Weight } from '@deploy-kit/deploy-digest';

describe('parseTraffic', () => {
  it('reads all, none and canary steps', () => {
    expect(parseTraffic('all')).toEqual({ kind: 'all' });
    expect(parseTraffic(' NONE ')).toEqual({ kind: 'none' });
    expect(parseTraffic('canary:10,50,100')).toEqual({ kind: 'canary', steps: [10, 50, 100] });
    expect(parseTraffic('canary: 5, 100')).toEqual({ kind: 'canary', steps: [5, 100] });
  });

  it.each([
    ['blue-green', /is not a traffic plan/],
    ['canary:10,10,100', /must increase \(10 is followed by 10\)/],
    ['canary:50,20,100', /must increase/],
    ['canary:0,100', /'0' is not a whole percentage/],
    ['canary:10,x', /'x' is not a whole percentage/],
    ['canary:10,50', /last canary step is 50%, not 100%/],
    ['canary:150', /'150' is not a whole percentage/],
  ])('refuses %s', (text, message) => {
    expect(() => parseTraffic(text)).toThrow(InputError);
    expect(() => parseTraffic(text)).toThrow(message);
  });
});

describe('canary weights', () => {
  const old: Weight[] = [{ revisionName: 'api--a', weight: 100 }];

  it('gives the new revision its step and the old one the rest', () => {
    expect(stepTraffic(old, 'api--b', 10)).toEqual([
      { revisionName: 'api--b', weight: 10 },
      { revisionName: 'api--a', weight: 90 },
    ]);
    expect(stepTraffic(old, 'api--b', 100)).toEqual([{ revisionName: 'api--b', weight: 100 }]);
  });

  it('keeps the proportions of a split, sums to 100, and keeps the old labels', () => {
    const split: Weight[] = [
      { revisionName: 'api--a', weight: 67, label: 'blue' },
      { revisionName: 'api--c', weight: 33 },
    ];
    const next = stepTraffic(split, 'api--b', 10, 'green');
    expect(next).toEqual([
      { revisionName: 'api--b', weight: 10, label: 'green' },
      { revisionName: 'api--a', weight: 61, label: 'blue' },
      { revisionName: 'api--c', weight: 29 },
    ]);
    expect(next.reduce((sum, entry) => sum + entry.weight, 0)).toBe(100);
    // At 100% the old revisions keep only their labels, with no weight.
    expect(stepTraffic(split, 'api--b', 100)).toEqual([
      { revisionName: 'api--b', weight: 100 },
      { revisionName: 'api--a', weight: 0, label: 'blue' },
    ]);
  });

  it('moves a label to the new revision', () => {
    expect(stepTraffic([{ revisionName: 'api--a', weight: 100, label: 'green' }], 'api--b', 50, 'green')).toEqual([
      { revisionName: 'api--b', weight: 50, label: 'green' },
      { revisionName: 'api--a', weight: 50 },
    ]);
  });

  it('stages a revision with weight 0 and a label, leaving the rest as it was', () => {
    expect(stagedTraffic(old, 'api--b', 'green')).toEqual([
      { revisionName: 'api--a', weight: 100 },
      { revisionName: 'api--b', weight: 0, label: 'green' },
    ]);
  });
});

describe('latestRevision', () => {
  const stored: Weight[] = [
    { latestRevision: true, weight: 80 },
    { revisionName: 'api--a', weight: 20, label: 'blue' },
  ];

  it('is pinned to the revision it means, so a new revision does not take its traffic', () => {
    expect(pinLatest(stored, 'api--c')).toEqual([
      { revisionName: 'api--c', weight: 80 },
      { revisionName: 'api--a', weight: 20, label: 'blue' },
    ]);
    expect(effectiveWeights(stored, 'api--c')).toEqual(new Map([['api--c', 80], ['api--a', 20]]));
  });

  it('is restored as stored while it still means the same revision, pinned once it would not', () => {
    const previous = { revision: 'api--c', images: {}, traffic: stored, latestReadyRevision: 'api--c' };
    expect(restoredTraffic(previous, 'api--c')).toEqual(stored);
    expect(restoredTraffic(previous, 'api--new')).toEqual(pinLatest(stored, 'api--c'));
  });

  it('compares traffic regardless of order', () => {
    expect(sameTraffic(stored, [...stored].reverse())).toBe(true);
    expect(sameTraffic(stored, pinLatest(stored, 'api--c'))).toBe(false);
  });
});
