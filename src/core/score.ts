// One respondent's scores: item scores and per-dimension scores, exactly by API.md rules 1–2.
import type { Answer, Assessment, Question, Scale, SurveyResponse } from './types.js';
import { compile, itemScore, scoreBuffer, scoreInto } from './scorer.js';

/** One respondent's result for one dimension. */
export interface DimensionScore {
  /** Weighted mean of the item scores, 0..100; `null` when fewer than half (rounded up) of the questions have a numeric answer. */
  score: number | null;
  /** Questions with a numeric answer on the scale (out-of-range numbers are not counted). */
  answered: number;
  dontKnow: number;
  notApplicable: number;
  /** Questions in the dimension. */
  total: number;
}

export interface ResponseScores {
  dimensions: Record<string, DimensionScore>;
}

/**
 * The 0..100 score of one answer (API rule 1): `100·(v − min)/(max − min)`, with `min + max − v`
 * for a reverse question. `null` for `'dk'`, `'na'`, a missing answer, and — to keep every score
 * within 0..100 — a number outside the scale or not a number.
 */
export function scoreItem(
  scale: Pick<Scale, 'min' | 'max'>,
  question: Pick<Question, 'reverse'>,
  answer: Answer | null | undefined,
): number | null {
  const s = itemScore(scale.min, scale.max, question.reverse === true, answer);
  return s === s ? s : null;
}

/**
 * A respondent's score per dimension of `assessment` (API rules 1–2). Answers to questions that
 * are not in the assessment are ignored. A question weight that is 0 (or not a positive number)
 * leaves the question out of the mean, though it still counts as answered for the half rule.
 */
export function scoreResponse(assessment: Assessment, response: SurveyResponse): ResponseScores {
  const plan = compile(assessment);
  const out = scoreBuffer(plan);
  scoreInto(plan, response?.answers, out);
  const dimensions: Record<string, DimensionScore> = {};
  plan.dimensionIds.forEach((id, d) => {
    const s = out.score[d];
    dimensions[id] = {
      score: s === s ? s : null,
      answered: out.answered[d],
      dontKnow: out.dk[d],
      notApplicable: out.na[d],
      total: plan.total[d],
    };
  });
  return { dimensions };
}
