// Internal: the figures of one cell (a dimension, overall or in one group) from its sorted respondent scores.
import type { AggregateFlag } from './types.js';
import { quantilesInPlace } from './quickselect.js';
import type { SuppressionReason } from './suppress.js';

/** The statistics of one dimension across respondents (API rule 3), or a hidden cell. */
export interface DimensionAggregate {
  /** Respondents with a non-null score; `null` when the cell is suppressed (its size is itself a figure). */
  n: number | null;
  mean: number | null;
  median: number | null;
  /** Sample standard deviation; `null` below 2 respondents. */
  sd: number | null;
  /** Quartiles by linear interpolation (type 7, as R and numpy by default). */
  q1: number | null;
  q3: number | null;
  min: number | null;
  max: number | null;
  /** 'dk' answers ÷ (numeric + 'dk' answers); `null` when there are none, or when fewer than k respondents gave them. */
  dkRate: number | null;
  flags: AggregateFlag[];
  /** True when the cell is hidden for confidentiality: every figure above is then `null`. */
  suppressed: boolean;
  reason?: SuppressionReason;
}

export interface FlagThresholds {
  sd: number;
  iqr: number;
  dk: number;
}

export function hiddenCell(reason: SuppressionReason): DimensionAggregate {
  return {
    n: null, mean: null, median: null, sd: null, q1: null, q3: null, min: null, max: null,
    dkRate: null, flags: [], suppressed: true, reason,
  };
}

/**
 * A visible cell from the n scores in values[0..n) (each respondent once, rule 3), which it
 * reorders. `dk` and `numeric` count answers for the DK rate; `reached` counts respondents who
 * gave any of them. The DK rate of a cell with n < k (in practice n = 0) is shown only when at
 * least k respondents stand behind it.
 */
export function describeCell(
  values: Float64Array, n: number, dk: number, numeric: number, reached: number, k: number, t: FlagThresholds,
): DimensionAggregate {
  let sum = 0, min = Infinity, max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const mean = n > 0 ? sum / n : null;
  let sd: number | null = null;
  if (mean !== null && n >= 2) {
    let ss = 0; // two passes: the sum-of-squares shortcut loses precision on close values
    for (let i = 0; i < n; i++) ss += (values[i] - mean) ** 2;
    sd = Math.sqrt(ss / (n - 1));
  }
  // Quartiles and median by selection, O(n), rather than sorting each cell (bench/core.bench.ts).
  const [q1, median, q3] = quantilesInPlace(values, n, [0.25, 0.5, 0.75]);
  const dkRate = dk + numeric > 0 && reached >= k ? dk / (dk + numeric) : null;
  const flags: AggregateFlag[] = [];
  // DOMAIN "Flags": SD ≥ 20 points or IQR ≥ 25 points; DK rate ≥ 25 %.
  if ((sd !== null && sd >= t.sd) || (q1 !== null && q3 !== null && q3 - q1 >= t.iqr)) flags.push('low-agreement');
  if (dkRate !== null && dkRate >= t.dk) flags.push('knowledge-gap');
  return {
    n, mean, median, sd, q1, q3, min: n > 0 ? min : null, max: n > 0 ? max : null, dkRate, flags, suppressed: false,
  };
}
