// scoreItem and scoreResponse against hand-computed values for every part of API rules 1–2.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { scoreItem, scoreResponse } from '../../src/core/score.js';
import type { Answer } from '../../src/core/types.js';
import { extent, likert, resp } from './fixtures.js';

const s04 = { min: 0, max: 4 };

test('rule 1: 100·(v − min)/(max − min); reverse uses min + max − v', () => {
  assert.deepEqual([0, 1, 2, 3, 4].map((v) => scoreItem(s04, {}, v)), [0, 25, 50, 75, 100]);
  assert.deepEqual([0, 1, 2, 3, 4].map((v) => scoreItem(s04, { reverse: true }, v)), [100, 75, 50, 25, 0]);
});

test('rule 1 on a 1–5 scale', () => {
  const s15 = likert.scale;
  assert.deepEqual([1, 2, 3, 4, 5].map((v) => scoreItem(s15, {}, v)), [0, 25, 50, 75, 100]);
  assert.equal(scoreItem(s15, { reverse: true }, 2), 75); // 1 + 5 − 2 = 4 → 75
  const r = scoreResponse(likert, resp(likert, { l1: 2, l2: 2 }));
  assert.deepEqual(r.dimensions.l, { score: 50, answered: 2, dontKnow: 0, notApplicable: 0, total: 2 }); // (25 + 75) / 2
});

test('dk, na, missing, out-of-range and non-numbers score nothing', () => {
  for (const a of ['dk', 'na', undefined, null, -1, 5, Number.NaN, Infinity] as (Answer | null | undefined)[]) {
    assert.equal(scoreItem(s04, {}, a), null, String(a));
  }
  assert.equal(scoreItem(s04, {}, 2.5), 62.5, 'an in-range fraction is scored');
  assert.equal(scoreItem({ min: 3, max: 3 }, {}, 3), null, 'degenerate scale');
});

test('a dimension: reverse item, dk, missing; the half rule with an even count', () => {
  // e1 = 3 → 75; e2 = 1 reverse → 75; e3 dk; e4 missing: 2 of 4 numeric ≥ ceil(4/2) = 2.
  const r = scoreResponse(extent, resp(extent, { e1: 3, e2: 1, e3: 'dk' }));
  assert.deepEqual(r.dimensions.even, { score: 75, answered: 2, dontKnow: 1, notApplicable: 0, total: 4 });
  // 1 of 4 numeric < 2 → null.
  const r2 = scoreResponse(extent, resp(extent, { e1: 4, e2: 'na', e3: 'dk', e4: 'na' }));
  assert.deepEqual(r2.dimensions.even, { score: null, answered: 1, dontKnow: 1, notApplicable: 2, total: 4 });
});

test('the half rule with an odd count: 2 of 3 needed', () => {
  const one = scoreResponse(extent, resp(extent, { o1: 4, o2: 'na', o3: 'dk' })).dimensions.odd;
  assert.equal(one.score, null);
  const two = scoreResponse(extent, resp(extent, { o1: 4, o2: 2, o3: 'dk' })).dimensions.odd;
  assert.equal(two.score, 75); // (100 + 50) / 2
  assert.equal(two.answered, 2);
});

test('weights: weighted mean, weight 0 answered but not in the mean', () => {
  // w1 = 4 (100, weight 2), w2 = 1 (25, weight 1), w3 = 0 (0, weight 0): (200 + 25) / 3 = 75.
  const r = scoreResponse(extent, resp(extent, { w1: 4, w2: 1, w3: 0 })).dimensions.weighted;
  assert.deepEqual(r, { score: 75, answered: 3, dontKnow: 0, notApplicable: 0, total: 3 });
  // Only the weight-0 item and w2: 2 of 3 answered (half rule met), mean over w2 alone.
  assert.equal(scoreResponse(extent, resp(extent, { w2: 1, w3: 4 })).dimensions.weighted.score, 25);
  // Only weight-0 items numeric and the half rule met with nothing to average: null.
  const zeroOnly = { ...extent, dimensions: [{ id: 'z', label: 'z', questions: [{ id: 'z1', text: 'z', weight: 0 }] }] };
  assert.equal(scoreResponse(zeroOnly, resp(zeroOnly, { z1: 4 })).dimensions.z.score, null);
});

test('out-of-range numbers are not answered; unknown keys are ignored', () => {
  const r = scoreResponse(extent, resp(extent, { o1: 7, o2: -1, o3: 4, zz: 4, e1: 'dk' }));
  assert.deepEqual(r.dimensions.odd, { score: null, answered: 1, dontKnow: 0, notApplicable: 0, total: 3 });
  assert.deepEqual(Object.keys(r.dimensions), ['even', 'odd', 'weighted']);
});

test('property: every score is null or within 0..100, whatever the answers', () => {
  const answer = fc.oneof(
    fc.constantFrom<Answer>('dk', 'na'), fc.integer({ min: -10, max: 10 }),
    fc.double(), fc.constant(Number.NaN), fc.constant(Infinity),
  );
  const ids = extent.dimensions.flatMap((d) => d.questions.map((q) => q.id));
  fc.assert(fc.property(
    fc.dictionary(fc.constantFrom(...ids, 'other'), answer),
    fc.record({ min: fc.integer({ min: -5, max: 5 }), span: fc.integer({ min: 1, max: 10 }) }),
    (answers, { min, span }) => {
      const a = { ...extent, scale: { ...extent.scale, min, max: min + span } };
      for (const d of Object.values(scoreResponse(a, resp(a, answers)).dimensions)) {
        assert.ok(d.score === null || (d.score >= 0 && d.score <= 100), String(d.score));
        assert.ok(d.answered + d.dontKnow + d.notApplicable <= d.total);
      }
      for (const v of Object.values(answers)) {
        const s = scoreItem(a.scale, { reverse: true }, v);
        assert.ok(s === null || (s >= 0 && s <= 100));
      }
    },
  ));
});

test('property: the fast scoring loop agrees with scoreItem on every answer', () => {
  const one = (reverse: boolean, min: number, max: number) => ({
    ...extent, scale: { ...extent.scale, min, max },
    dimensions: [{ id: 'd', label: 'd', questions: [{ id: 'q', text: 'q', reverse }] }],
  });
  fc.assert(fc.property(
    fc.oneof(fc.constantFrom<Answer>('dk', 'na'), fc.integer({ min: -3, max: 12 }), fc.double()),
    fc.boolean(), fc.integer({ min: -5, max: 5 }), fc.integer({ min: 0, max: 6 }),
    (v, reverse, min, span) => {
      const a = one(reverse, min, min + span);
      assert.equal(scoreResponse(a, resp(a, { q: v })).dimensions.d.score, scoreItem(a.scale, { reverse }, v));
    },
  ), { numRuns: 500 });
});
