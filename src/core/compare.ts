// Baseline vs follow-up: per-dimension change on the questions both rounds share, and each round's participant mix.
import type { Assessment, SurveyResponse } from './types.js';
import { aggregateResponses, type AggregateWarning, type GroupAggregate, type SuppressionReason } from './aggregate.js';
import { resolveMinGroupSize } from './suppress.js';

/** One round of the assessment: its definition (as used then), its responses, and its k. */
export interface AssessmentRound {
  assessment: Assessment;
  responses: readonly SurveyResponse[];
  minGroupSize?: number;
}

export type ChangeStatus = 'likely-change' | 'no-clear-change' | 'insufficient-data' | 'not-comparable';

/** A round's figures for one dimension, on the shared questions only. */
export interface RoundFigures {
  n: number;
  mean: number;
  sd: number;
}

export interface DimensionChange {
  dimensionId: string;
  /** Ids of the questions in this dimension in both rounds, in the baseline's order. */
  sharedQuestions: string[];
  status: ChangeStatus;
  /** `null` unless both rounds have at least k respondents with a score (and an sd). */
  baseline: RoundFigures | null;
  followUp: RoundFigures | null;
  /** mean_follow − mean_base. */
  delta: number | null;
  /** √(sd₁²/n₁ + sd₂²/n₂): the rounds are treated as independent samples. */
  se: number | null;
}

/** Who answered in a round, by group; groups below k are hidden as in `aggregateResponses`. */
export interface ParticipantMix {
  n: number;
  groups: ({ group: string; suppressed: false; n: number } | { group: string; suppressed: true; reason: SuppressionReason })[];
}

export interface ComparisonResult {
  /** The k applied to both rounds: the larger of the two rounds' own. */
  minGroupSize: number;
  dimensions: DimensionChange[];
  mix: { baseline: ParticipantMix; followUp: ParticipantMix };
  warnings: AggregateWarning[];
}

/**
 * Compares two rounds (DOMAIN "Baseline vs follow-up"). Only questions with the same id in the
 * same dimension id in both rounds are compared; each round is rescored on those alone (with its
 * own scale, reverse flags and weights). Fewer than 2 shared questions, or a dimension in one
 * round only: 'not-comparable'. Fewer than k scored respondents (or no sd) in either round:
 * 'insufficient-data', with no figures. Otherwise 'likely-change' when |Δ| > 2·SE and
 * |Δ| ≥ 10 points, else 'no-clear-change'.
 */
export function compareAssessments(baseline: AssessmentRound, followUp: AssessmentRound): ComparisonResult {
  const k = Math.max(resolveMinGroupSize(baseline.minGroupSize).k, resolveMinGroupSize(followUp.minGroupSize).k);
  const shared = sharedQuestions(baseline.assessment, followUp.assessment);
  const comparable = new Map([...shared].filter(([, qs]) => qs.length >= 2));
  const base = aggregateResponses(reduce(baseline.assessment, comparable), baseline.responses, { groupBy: 'group', minGroupSize: k });
  const next = aggregateResponses(reduce(followUp.assessment, comparable), followUp.responses, { groupBy: 'group', minGroupSize: k });
  const dimensions = [...shared].map(([dimensionId, qs]): DimensionChange => {
    const none = { dimensionId, sharedQuestions: qs, baseline: null, followUp: null, delta: null, se: null };
    if (!comparable.has(dimensionId)) return { ...none, status: 'not-comparable' };
    const a = figures(base.dimensions[dimensionId], k);
    const b = figures(next.dimensions[dimensionId], k);
    if (!a || !b) return { ...none, status: 'insufficient-data' };
    const delta = b.mean - a.mean;
    const se = Math.sqrt(a.sd ** 2 / a.n + b.sd ** 2 / b.n);
    const status = Math.abs(delta) > 2 * se && Math.abs(delta) >= 10 ? 'likely-change' : 'no-clear-change';
    return { dimensionId, sharedQuestions: qs, status, baseline: a, followUp: b, delta, se };
  });
  return {
    minGroupSize: k, dimensions,
    mix: { baseline: mix(base.n, base.groups ?? []), followUp: mix(next.n, next.groups ?? []) },
    warnings: [...new Set([...base.warnings, ...next.warnings])],
  };
}

/** Every dimension of either round (baseline order, then new ones) → its shared question ids. */
function sharedQuestions(a: Assessment, b: Assessment): Map<string, string[]> {
  const inB = new Map(b.dimensions.map((d) => [d.id, new Set(d.questions.map((q) => q.id))]));
  const out = new Map<string, string[]>();
  for (const d of a.dimensions) {
    const other = inB.get(d.id);
    out.set(d.id, other ? d.questions.filter((q) => other.has(q.id)).map((q) => q.id) : []);
  }
  for (const d of b.dimensions) if (!out.has(d.id)) out.set(d.id, []);
  return out;
}

/** The assessment cut down to the comparable dimensions and their shared questions. */
function reduce(assessment: Assessment, keep: Map<string, string[]>): Assessment {
  const dimensions = assessment.dimensions
    .filter((d) => keep.has(d.id))
    .map((d) => ({ ...d, questions: d.questions.filter((q) => keep.get(d.id)?.includes(q.id)) }));
  return { ...assessment, dimensions };
}

function figures(d: { n: number | null; mean: number | null; sd: number | null } | undefined, k: number): RoundFigures | null {
  if (!d || d.n === null || d.n < k || d.mean === null || d.sd === null) return null;
  return { n: d.n, mean: d.mean, sd: d.sd };
}

function mix(n: number, groups: GroupAggregate[]): ParticipantMix {
  return {
    n,
    groups: groups.map((g) => (g.suppressed ? { group: g.group, suppressed: true, reason: g.reason } : { group: g.group, suppressed: false, n: g.n })),
  };
}
