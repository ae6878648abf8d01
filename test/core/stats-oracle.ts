// Descriptive statistics on arrays of finite numbers, written plainly: a test oracle for API rule 3
// (the core computes them its own way, by selection in describe.ts and quickselect.ts; stats.test.ts checks that they agree).

/** Any array-like of numbers: plain arrays and typed arrays alike. */
export type Numbers = ArrayLike<number>;

/** Arithmetic mean; `null` for no values. */
export function mean(values: Numbers): number | null {
  const n = values.length;
  if (n === 0) return null;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i];
  return sum / n;
}

/**
 * Mean of `values` weighted by `weights` (same length). A weight that is not a positive finite
 * number takes no part; `null` when no weight is left.
 */
export function weightedMean(values: Numbers, weights: Numbers): number | null {
  let sum = 0;
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    const w = weights[i];
    if (!(w > 0) || w === Infinity) continue;
    sum += w * values[i];
    total += w;
  }
  return total > 0 ? sum / total : null;
}

/** Sample standard deviation (n − 1 denominator, API rule 3); `null` below 2 values. */
export function sampleSd(values: Numbers): number | null {
  const n = values.length;
  if (n < 2) return null;
  const m = mean(values) as number;
  // Two passes rather than the sum-of-squares shortcut, which loses precision on close values.
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const d = values[i] - m;
    ss += d * d;
  }
  return Math.sqrt(ss / (n - 1));
}

/** An ascending copy, as a Float64Array (whose numeric sort is much faster than Array#sort). */
export function sortedCopy(values: Numbers): Float64Array {
  return Float64Array.from(values).sort();
}

/**
 * Quantile `p` (0..1) of values ALREADY SORTED ascending, by linear interpolation between order
 * statistics: Hyndman & Fan type 7, the default of R's `quantile` and numpy's `percentile`.
 */
export function quantileSorted(sorted: Numbers, p: number): number | null {
  const n = sorted.length;
  if (n === 0 || !(p >= 0 && p <= 1)) return null;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  const a = sorted[lo];
  // a + (b − a)·f stays within [a, b], unlike a·(1 − f) + b·f on some inputs.
  return a + (sorted[hi] - a) * (h - lo);
}

/** Quantile `p` (type 7) of unsorted values. */
export function quantile(values: Numbers, p: number): number | null {
  return quantileSorted(sortedCopy(values), p);
}

/** Median (the type-7 quantile 0.5, i.e. the mean of the two middle values for an even count). */
export function median(values: Numbers): number | null {
  return quantile(values, 0.5);
}
