// compareAssessments: shared questions only, statuses at their thresholds, participant mix with suppression.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareAssessments } from '../../src/core/compare.js';
import type { Answer, Assessment, SurveyResponse } from '../../src/core/types.js';
import { resp, close } from './fixtures.js';

const q = (id: string) => ({ id, text: id });
const round = (version: string, min: number, max: number, dims: Record<string, string[]>): Assessment => ({
  id: 'ge', version, title: 'GE', scale: { min, max, labels: [] },
  dimensions: Object.entries(dims).map(([id, qs]) => ({ id, label: id, questions: qs.map(q) })),
});
// P shares p1, p2; Q shares only q1; R is baseline-only; S follow-up-only.
const base = round('1', 0, 4, { P: ['p1', 'p2', 'p3'], Q: ['q1', 'q2'], R: ['r1', 'r2'] });
const next = round('2', 0, 4, { P: ['p4', 'p2', 'p1'], Q: ['q1', 'q9'], S: ['s1', 's2'] });

/** One response per [p1, p2] pair (p3 = 4 in every baseline response, to show it is left out). */
const answers = (a: Assessment, pairs: [Answer, Answer][], group?: string): SurveyResponse[] =>
  pairs.map(([p1, p2]) => resp(a, { p1, p2, p3: 4, p4: 0, q1: 2, q2: 2, q9: 2 }, group));
const same = (count: number, v: Answer): [Answer, Answer][] => Array.from({ length: count }, () => [v, v]);

test('shared questions, not-comparable below 2, and dimensions in one round only', () => {
  const c = compareAssessments({ assessment: base, responses: answers(base, same(5, 1)) },
    { assessment: next, responses: answers(next, same(5, 3)) });
  assert.deepEqual(c.dimensions.map((d) => [d.dimensionId, d.status, d.sharedQuestions]), [
    ['P', 'likely-change', ['p1', 'p2']], ['Q', 'not-comparable', ['q1']], ['R', 'not-comparable', []], ['S', 'not-comparable', []],
  ]);
  // Rescored on p1, p2 only: 25 (p3 = 4 would have made it 50) → 75; sd 0 so SE 0.
  assert.deepEqual(c.dimensions[0].baseline, { n: 5, mean: 25, sd: 0 });
  assert.deepEqual(c.dimensions[0].followUp, { n: 5, mean: 75, sd: 0 });
  assert.equal(c.dimensions[0].delta, 50);
  assert.equal(c.dimensions[0].se, 0);
  assert.equal(c.dimensions[1].delta, null);
});

test('likely change needs |Δ| ≥ 10 exactly', () => {
  const a = round('1', 0, 100, { P: ['p1', 'p2'] });
  const run = (v: number) => compareAssessments(
    { assessment: a, responses: answers(a, same(5, 25)) }, { assessment: a, responses: answers(a, same(5, v)) },
  ).dimensions[0];
  assert.deepEqual([run(35).status, run(35).delta], ['likely-change', 10]);
  assert.deepEqual([run(34).status, run(34).delta], ['no-clear-change', 9]);
  assert.deepEqual([run(15).status, run(15).delta], ['likely-change', -10]);
});

test('no clear change when |Δ| ≤ 2·SE', () => {
  // Scores 0 100 0 100 50 (mean 50, sd 50) → 25 100 25 100 50 (mean 60, Σdev² = 5750, sd² = 1437.5).
  const c = compareAssessments(
    { assessment: base, responses: answers(base, [[0, 0], [4, 4], [0, 0], [4, 4], [2, 2]]) },
    { assessment: next, responses: answers(next, [[1, 1], [4, 4], [1, 1], [4, 4], [2, 2]]) },
  ).dimensions[0];
  assert.equal(c.delta, 10);
  close(c.se, Math.sqrt(2500 / 5 + 1437.5 / 5)); // √787.5 ≈ 28.06 > 10/2
  assert.equal(c.status, 'no-clear-change');
});

test('insufficient data below k in either round: no figures at all', () => {
  const c = compareAssessments({ assessment: base, responses: answers(base, same(5, 1)) },
    { assessment: next, responses: answers(next, same(4, 3)) });
  assert.deepEqual(c.dimensions[0], {
    dimensionId: 'P', sharedQuestions: ['p1', 'p2'], status: 'insufficient-data', baseline: null, followUp: null, delta: null, se: null,
  });
  // With k = 3 (and its warning), 4 respondents are enough.
  const k3 = compareAssessments({ assessment: base, responses: answers(base, same(5, 1)), minGroupSize: 3 },
    { assessment: next, responses: answers(next, same(4, 3)), minGroupSize: 3 });
  assert.equal(k3.dimensions[0].status, 'likely-change');
  assert.deepEqual(k3.warnings, ['min-group-size-below-5']);
  // The stricter k of the two rounds applies to both.
  assert.equal(compareAssessments({ assessment: base, responses: [], minGroupSize: 3 }, { assessment: next, responses: [] }).minGroupSize, 5);
});

test('participant mix per round, small groups hidden with their complement', () => {
  const b = [...answers(base, same(6, 1), 'staff'), ...answers(base, same(5, 1), 'management'), ...answers(base, same(2, 1), 'board')];
  const f = [...answers(next, same(5, 3), 'staff'), ...answers(next, same(5, 3), 'management')];
  const c = compareAssessments({ assessment: base, responses: b }, { assessment: next, responses: f });
  assert.deepEqual(c.mix.baseline, { n: 13, groups: [
    { group: 'board', suppressed: true, reason: 'below-min-size' },
    { group: 'management', suppressed: true, reason: 'complementary' },
    { group: 'staff', suppressed: false, n: 6 },
  ] });
  assert.deepEqual(c.mix.followUp, { n: 10, groups: [
    { group: 'management', suppressed: false, n: 5 }, { group: 'staff', suppressed: false, n: 5 },
  ] });
});
