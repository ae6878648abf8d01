// Internal: order statistics by selection (quickselect), O(n), in place of an O(n log n) sort.

/**
 * Rearranges a[from..to) so that a[k] holds the value of rank k in that range, with no larger
 * value before it and no smaller one after it (Hoare's selection, median-of-three pivot).
 */
export function select(a: Float64Array, k: number, from: number, to: number): void {
  let lo = from, hi = to - 1;
  while (hi > lo) {
    const x = a[lo], y = a[(lo + hi) >>> 1], z = a[hi];
    const p = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = lo, j = hi;
    while (i <= j) {
      while (a[i] < p) i++;
      while (a[j] > p) j--;
      if (i <= j) {
        const t = a[i]; a[i] = a[j]; a[j] = t;
        i++; j--;
      }
    }
    // Now a[lo..j] ≤ p ≤ a[i..hi], and everything strictly between j and i equals p.
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

/** Selects every rank in ranks[rFrom..rTo) (sorted, distinct) so that a[r] holds rank r for each. */
function selectAll(a: Float64Array, ranks: number[], rFrom: number, rTo: number, from: number, to: number): void {
  if (rFrom >= rTo) return;
  const m = (rFrom + rTo) >>> 1;
  const k = ranks[m];
  select(a, k, from, to);
  selectAll(a, ranks, rFrom, m, from, k);
  selectAll(a, ranks, m + 1, rTo, k + 1, to);
}

/**
 * Type-7 quantiles (linear interpolation, as `quantileSorted`) of a[0..n) for each p, without a
 * full sort: only the ranks each quantile needs are selected. Reorders a[0..n).
 */
export function quantilesInPlace(a: Float64Array, n: number, ps: readonly number[]): (number | null)[] {
  if (n === 0) return ps.map(() => null);
  const need = new Set<number>();
  for (const p of ps) {
    const h = (n - 1) * p;
    need.add(Math.floor(h));
    need.add(Math.min(Math.floor(h) + 1, n - 1));
  }
  const ranks = [...need].sort((x, y) => x - y);
  selectAll(a, ranks, 0, ranks.length, 0, n);
  return ps.map((p) => {
    const h = (n - 1) * p;
    const lo = Math.floor(h);
    const x = a[lo];
    return x + (a[Math.min(lo + 1, n - 1)] - x) * (h - lo);
  });
}
