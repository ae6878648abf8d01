// Internal: an assessment compiled to flat arrays, so scoring thousands of responses allocates nothing per response.
import type { Assessment } from './types.js';

/**
 * The score (0..100) of one answer, or NaN when it scores nothing (API rule 1): `'dk'`, `'na'`,
 * missing, not a number, or a number outside [min, max] (ignored rather than let a score leave
 * 0..100). A reverse item scores `min + max − v`, computed as `(max − v) / (max − min)` so that
 * rounding can never push it past 100.
 */
export function itemScore(min: number, max: number, reverse: boolean, answer: unknown): number {
  if (typeof answer !== 'number' || !(answer >= min && answer <= max)) return NaN;
  const range = max - min;
  if (!(range > 0) || range === Infinity) return NaN; // a degenerate scale scores nothing
  // ratio ≤ 1 by monotonic rounding, so 100·ratio ≤ 100 exactly.
  return 100 * ((reverse ? max - answer : answer - min) / range);
}

/** A question's weight in its dimension's mean (API rule 2): default 1; not positive/finite → 0 (excluded). */
export function itemWeight(weight: number | undefined): number {
  const w = weight ?? 1;
  return typeof w === 'number' && w > 0 && w !== Infinity ? w : 0;
}

export interface Plan {
  dimensionIds: string[];
  questionIds: string[];
  /** Questions of dimension d are questionIds[start[d]] .. questionIds[start[d + 1] − 1]. */
  start: Int32Array;
  reverse: Uint8Array;
  weight: Float64Array;
  /** Per dimension: questions in it, and the numeric answers needed for a score, ceil(total / 2). */
  total: Int32Array;
  need: Int32Array;
  min: number;
  max: number;
}

export function compile(assessment: Assessment): Plan {
  const dims = assessment.dimensions ?? [];
  const questionIds: string[] = [];
  const reverse: number[] = [];
  const weight: number[] = [];
  const start = new Int32Array(dims.length + 1);
  const total = new Int32Array(dims.length);
  const need = new Int32Array(dims.length);
  dims.forEach((d, i) => {
    start[i] = questionIds.length;
    for (const q of d.questions ?? []) {
      questionIds.push(q.id);
      reverse.push(q.reverse ? 1 : 0);
      weight.push(itemWeight(q.weight));
    }
    total[i] = questionIds.length - start[i];
    need[i] = Math.ceil(total[i] / 2);
  });
  start[dims.length] = questionIds.length;
  return {
    dimensionIds: dims.map((d) => d.id), questionIds, start, total, need,
    reverse: Uint8Array.from(reverse), weight: Float64Array.from(weight),
    min: assessment.scale?.min, max: assessment.scale?.max,
  };
}

/** Per-dimension output of `scoreInto`, reused from one response to the next. */
export interface ScoreBuffer {
  score: Float64Array; // NaN for "no score" (null)
  answered: Int32Array;
  dk: Int32Array;
  na: Int32Array;
}

export function scoreBuffer(plan: Plan): ScoreBuffer {
  const d = plan.dimensionIds.length;
  return { score: new Float64Array(d), answered: new Int32Array(d), dk: new Int32Array(d), na: new Int32Array(d) };
}

/**
 * Scores one response's answers into `out` (API rules 1–2). Keys not in the assessment are never
 * read. The item rule is `itemScore`'s, inlined here because this loop runs for every answer of
 * every respondent (bench/core.bench.ts); a property test checks that the two agree.
 */
export function scoreInto(plan: Plan, answers: Readonly<Record<string, unknown>> | undefined, out: ScoreBuffer): void {
  const { questionIds, start, reverse, weight, need, min, max } = plan;
  const range = max - min;
  const lo = range > 0 && range !== Infinity ? min : Infinity; // a degenerate scale: no number is in range
  const a = answers ?? {};
  const { score, answered: outAnswered, dk: outDk, na: outNa } = out;
  for (let d = 0; d < need.length; d++) {
    let answered = 0, dk = 0, na = 0, sum = 0, wsum = 0;
    const end = start[d + 1];
    for (let q = start[d]; q < end; q++) {
      const v = a[questionIds[q]];
      // Numbers first: they are most answers, and the type test is the cheapest.
      if (typeof v === 'number') {
        if (v >= lo && v <= max) { // false for NaN and out-of-range numbers: ignored (rule 1, kept in 0..100)
          answered++;
          // Weight 0 still counts as answered (for the half rule) but takes no part in the mean.
          const w = weight[q];
          sum += w * (100 * ((reverse[q] === 1 ? max - v : v - min) / range));
          wsum += w;
        }
      } else if (v === 'dk') dk++;
      else if (v === 'na') na++;
    }
    outAnswered[d] = answered;
    outDk[d] = dk;
    outNa[d] = na;
    // Rule 2: null below half (rounded up) numeric answers; also null when every weight is 0.
    score[d] = answered >= need[d] && wsum > 0 ? sum / wsum : NaN;
  }
}
