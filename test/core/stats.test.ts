// Hand-computed checks of the descriptive statistics (API rule 3).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { quantilesInPlace } from '../../src/core/quickselect.js';
import { mean, weightedMean, median, sampleSd, quantile, quantileSorted } from './stats-oracle.js';
import { close } from './fixtures.js';

test('mean and weighted mean', () => {
  assert.equal(mean([]), null);
  assert.equal(mean([1, 2, 3, 6]), 3);
  assert.equal(weightedMean([100, 25], [2, 1]), 75); // (200 + 25) / 3
  assert.equal(weightedMean([100, 0], [1, 0]), 100, 'weight 0 takes no part');
  assert.equal(weightedMean([100, 0], [1, -3]), 100, 'negative weight takes no part');
  assert.equal(weightedMean([100, 0], [Number.NaN, 0]), null, 'no weight left');
});

test('median of odd and even counts', () => {
  assert.equal(median([]), null);
  assert.equal(median([5, 1, 3]), 3);
  assert.equal(median([4, 1, 3, 2]), 2.5);
});

test('sample sd uses n − 1 and is null below 2 values', () => {
  assert.equal(sampleSd([]), null);
  assert.equal(sampleSd([42]), null);
  close(sampleSd([2, 4, 4, 4, 5, 5, 7, 9]), Math.sqrt(32 / 7)); // Σ(x − 5)² = 32
  assert.equal(sampleSd([30, 50, 70]), 20); // (400 + 0 + 400) / 2 = 400
});

test('quantiles by linear interpolation (type 7, R and numpy defaults)', () => {
  assert.equal(quantile([1, 2, 3, 4], 0.25), 1.75); // h = 0.75
  assert.equal(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.25), 3.25); // h = 2.25
  assert.equal(quantile([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 0.75), 7.75); // unsorted input
  assert.equal(quantileSorted([0, 10, 20, 30, 40, 100], 0.25), 12.5); // h = 1.25
  assert.equal(quantileSorted([0, 10, 20, 30, 40, 100], 0.75), 37.5); // h = 3.75
  assert.equal(quantileSorted([7], 0.25), 7);
  assert.equal(quantileSorted([1, 2], 0), 1);
  assert.equal(quantileSorted([1, 2], 1), 2);
  assert.equal(quantileSorted([], 0.5), null);
  assert.equal(quantileSorted([1, 2], 1.5), null);
});

test('property: selection quantiles equal the sorted type-7 quantiles', () => {
  fc.assert(fc.property(
    fc.array(fc.oneof(fc.integer({ min: 0, max: 4 }).map((v) => v * 25), fc.double({ min: -1e6, max: 1e6, noNaN: true })), { minLength: 1, maxLength: 60 }),
    (xs) => {
      const sorted = Float64Array.from(xs).sort();
      const got = quantilesInPlace(Float64Array.from(xs), xs.length, [0.25, 0.5, 0.75]);
      assert.deepEqual(got, [0.25, 0.5, 0.75].map((p) => quantileSorted(sorted, p)));
    },
  ), { numRuns: 500 });
  assert.deepEqual(quantilesInPlace(new Float64Array(4), 0, [0.5]), [null]);
});
