// Small inline assessments and response builders for the core tests (independent of the default assessment).
import type { Answer, Assessment, Dimension, SurveyResponse } from '../../src/core/types.js';

const dim = (id: string, questions: Dimension['questions']): Dimension => ({ id, label: id, questions });
const q = (id: string, extra: { reverse?: boolean; weight?: number } = {}) => ({ id, text: id, ...extra });

/** Scale 0–4 (the DOMAIN scale): reverse items, weights, odd and even question counts. */
export const extent: Assessment = {
  id: 'extent', version: '1', title: 'Extent',
  scale: { min: 0, max: 4, labels: ['0', '1', '2', '3', '4'] },
  dimensions: [
    dim('even', [q('e1'), q('e2', { reverse: true }), q('e3'), q('e4')]), // 4 questions: 2 needed
    dim('odd', [q('o1'), q('o2'), q('o3')]), // 3 questions: 2 needed
    dim('weighted', [q('w1', { weight: 2 }), q('w2'), q('w3', { weight: 0 })]),
  ],
};

/** Scale 1–5: not 0-based. */
export const likert: Assessment = {
  id: 'likert', version: '1', title: 'Likert',
  scale: { min: 1, max: 5, labels: ['1', '2', '3', '4', '5'] },
  dimensions: [dim('l', [q('l1'), q('l2', { reverse: true })])],
};

/**
 * Scale 0–100, so that an answer is its own score: dimension `x` has one question (score =
 * answer), `y` has one, `k` has two (one numeric answer suffices).
 */
export const pct: Assessment = {
  id: 'pct', version: '1', title: 'Percent',
  scale: { min: 0, max: 100, labels: [] },
  dimensions: [dim('x', [q('x1')]), dim('y', [q('y1')]), dim('k', [q('k1'), q('k2')])],
};

let next = 0;
/** A response to `assessment` with these answers, in `group` (none when undefined). */
export function resp(
  assessment: Assessment, answers: Record<string, Answer>, group?: string, extra: Partial<SurveyResponse> = {},
): SurveyResponse {
  return {
    assessmentId: assessment.id, assessmentVersion: assessment.version,
    respondent: { id: `r${next++}`, ...(group === undefined ? {} : { group }) },
    answers, ...extra,
  };
}

/** One `pct` response per value of `xs`, answering x1 = value (and y1 = value), in `group`. */
export function pctGroup(xs: number[], group?: string): SurveyResponse[] {
  return xs.map((v) => resp(pct, { x1: v, y1: v }, group));
}

/** `count` identical `pct` responses in `group`. */
export function many(count: number, group?: string, answers: Record<string, Answer> = { x1: 50, y1: 50 }): SurveyResponse[] {
  return Array.from({ length: count }, () => resp(pct, answers, group));
}

/** Asserts |a − b| ≤ tol. */
export function close(actual: number | null | undefined, expected: number, tol = 1e-9): void {
  if (typeof actual !== 'number' || !(Math.abs(actual - expected) <= tol)) {
    throw new Error(`expected ${expected} ± ${tol}, got ${actual}`);
  }
}
