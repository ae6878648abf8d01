// Workshop results: per-dimension statistics across respondents, overall and per group, with confidentiality suppression.
import type { Assessment, SurveyResponse } from './types.js';
import { compile, scoreBuffer, scoreInto } from './scorer.js';
import { describeCell, hiddenCell, type DimensionAggregate, type FlagThresholds } from './describe.js';
import { groupOf, groupOrder, onePerRespondent } from './respondents.js';
import { resolveMinGroupSize, suppressCells, type SuppressionReason } from './suppress.js';

export type { DimensionAggregate } from './describe.js';
export type { SuppressionReason } from './suppress.js';

export interface AggregateOptions {
  /** `'group'`: also report each `respondent.group` (no group given = group `''`). */
  groupBy?: 'group';
  /** k, the smallest group shown (default 5; raised to 3 when lower, DOMAIN "Confidentiality rules"). */
  minGroupSize?: number;
  /** Low-agreement flag thresholds (DOMAIN "Flags"): SD ≥ 20 or IQR ≥ 25 points. */
  lowAgreementSd?: number;
  lowAgreementIqr?: number;
  /** Knowledge-gap flag: DK rate ≥ 0.25. */
  knowledgeGapRate?: number;
}

export type AggregateWarning = 'min-group-size-below-5' | 'min-group-size-raised' | 'duplicate-respondents';

/** A group shown, with its respondent count and its dimensions (some may still be hidden). */
export interface VisibleGroupAggregate {
  group: string;
  suppressed: false;
  n: number;
  dimensions: Record<string, DimensionAggregate>;
}
/** A hidden group: no count and no figure at all. */
export interface SuppressedGroupAggregate {
  group: string;
  suppressed: true;
  reason: SuppressionReason;
}
export type GroupAggregate = VisibleGroupAggregate | SuppressedGroupAggregate;

export interface AggregateResult {
  /** Respondents counted (each once). Shown even below k: it reveals no answer, and says how many more are needed. */
  n: number;
  /** The k applied. */
  minGroupSize: number;
  /** True when n < k: then every dimension is hidden. */
  suppressed: boolean;
  dimensions: Record<string, DimensionAggregate>;
  /** With `groupBy: 'group'`: in alphabetical order (by code unit), the no-group group `''` last. */
  groups?: GroupAggregate[];
  warnings: AggregateWarning[];
}

/**
 * Aggregates responses per dimension (API rules 3–4). Confidentiality (DOMAIN.md): no figure
 * computed from fewer than k respondents appears anywhere. Groups below k are hidden without a
 * count; within a shown group, a dimension with 0 < n < k is hidden; complementary suppression
 * (see `suppressCells`) is applied to group counts and again per dimension, so that overall
 * minus the visible groups is always 0 or ≥ k respondents. Respondents without a group form the
 * group `''`, so that they cannot be worked back from the total either.
 */
export function aggregateResponses(
  assessment: Assessment, responses: readonly SurveyResponse[], options: AggregateOptions = {},
): AggregateResult {
  const { k, warnings } = resolveMinGroupSize(options.minGroupSize);
  const t: FlagThresholds = {
    sd: options.lowAgreementSd ?? 20, iqr: options.lowAgreementIqr ?? 25, dk: options.knowledgeGapRate ?? 0.25,
  };
  const plan = compile(assessment);
  const dimIds = plan.dimensionIds;
  const D = dimIds.length;
  const { kept, duplicates } = onePerRespondent(responses ?? []);
  const out: AggregateWarning[] = [...warnings];
  if (duplicates) out.push('duplicate-respondents');
  const N = kept.length;
  const byGroup = options.groupBy === 'group';

  // Group index per respondent, in output order; a single group when not grouping.
  const names = byGroup ? [...new Set(kept.map(groupOf))].sort(groupOrder) : [''];
  const index = new Map(names.map((g, i) => [g, i]));
  const G = names.length;
  const group = new Int32Array(N);
  const size = new Int32Array(G);
  for (let r = 0; r < N; r++) size[(group[r] = byGroup ? (index.get(groupOf(kept[r])) as number) : 0)]++;

  // Score every respondent once into flat columns: score of r in dimension d at scores[d·N + r].
  const scores = new Float64Array(D * N);
  const numeric = new Float64Array(G * D), dk = new Float64Array(G * D), reached = new Float64Array(G * D);
  const buf = scoreBuffer(plan);
  for (let r = 0; r < N; r++) {
    scoreInto(plan, kept[r].answers, buf);
    const at = group[r] * D;
    for (let d = 0; d < D; d++) {
      scores[d * N + r] = buf.score[d];
      numeric[at + d] += buf.answered[d];
      dk[at + d] += buf.dk[d];
      if (buf.answered[d] + buf.dk[d] > 0) reached[at + d]++;
    }
  }

  // Members of each group, contiguous (a counting sort by group).
  const first = new Int32Array(G + 1);
  for (let g = 0; g < G; g++) first[g + 1] = first[g] + size[g];
  const members = new Int32Array(N);
  const fill = first.slice(0, G);
  for (let r = 0; r < N; r++) members[fill[group[r]]++] = r;

  const work = new Float64Array(N);
  const sum = (a: Float64Array, d: number) => { let s = 0; for (let g = 0; g < G; g++) s += a[g * D + d]; return s; };
  const dimensions: Record<string, DimensionAggregate> = {};
  const cells: DimensionAggregate[][] = names.map(() => []);
  const groupReasons = suppressCells(Array.from(size), k);
  for (let d = 0; d < D; d++) {
    const col = d * N;
    let n = 0;
    for (let r = 0; r < N; r++) if (scores[col + r] === scores[col + r]) work[n++] = scores[col + r];
    dimensions[dimIds[d]] = N < k || (n > 0 && n < k) ? hiddenCell('below-min-size')
      : describeCell(work, n, sum(dk, d), sum(numeric, d), sum(reached, d), k, t);
    if (!byGroup) continue;
    for (let g = 0; g < G; g++) {
      let m = 0;
      for (let i = first[g]; i < first[g + 1]; i++) {
        const s = scores[col + members[i]];
        if (s === s) work[m++] = s;
      }
      const at = g * D + d;
      cells[g][d] = describeCell(work, m, dk[at], numeric[at], reached[at], k, t);
    }
    // Per-dimension suppression within the groups, hidden groups counting as hidden cells.
    const reasons = suppressCells(cells.map((c) => c[d].n as number), k, groupReasons.map((r) => r !== null));
    reasons.forEach((reason, g) => { if (reason) cells[g][d] = hiddenCell(reason); });
  }

  const result: AggregateResult = { n: N, minGroupSize: k, suppressed: N < k, dimensions, warnings: out };
  if (byGroup) {
    result.groups = names.map((name, g): GroupAggregate => {
      const reason = groupReasons[g];
      if (reason) return { group: name, suppressed: true, reason };
      return { group: name, suppressed: false, n: size[g], dimensions: Object.fromEntries(dimIds.map((id, d) => [id, cells[g][d]])) };
    });
  }
  return result;
}
