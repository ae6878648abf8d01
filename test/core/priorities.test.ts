// rankPriorities: gap × normalised importance, tags, and stable tie-breaking, hand-computed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rankPriorities } from '../../src/core/priorities.js';

const current = { a: 40, b: 60, c: 20, d: null };
const target = { a: 70, b: 50, c: 50, d: 80 };

test('gap = max(0, target − current), 0 when missing; equal importance by default', () => {
  const p = rankPriorities({ current, target });
  assert.deepEqual(p.map((x) => [x.dimensionId, x.gap, x.importance, x.priority]), [
    ['a', 30, 1, 30], ['c', 30, 1, 30], ['b', 0, 1, 0], ['d', 0, 1, 0],
  ]);
  assert.deepEqual(p.find((x) => x.dimensionId === 'd'), {
    dimensionId: 'd', current: null, target: 80, gap: 0, importance: 1, priority: 0, tags: [],
  });
});

test('ties follow `order`, then key order', () => {
  const p = rankPriorities({ current, target, order: ['d', 'c', 'b', 'a'] });
  assert.deepEqual(p.map((x) => x.dimensionId), ['c', 'a', 'd', 'b']);
});

test('equal priority: the larger gap first', () => {
  // a: gap 30 × ½ = 15; c: gap 15 × 1 = 15.
  const p = rankPriorities({ current: { a: 40, c: 35 }, target: { a: 70, c: 50 }, importance: { a: 1, c: 2 } });
  assert.deepEqual(p.map((x) => [x.dimensionId, x.gap, x.importance, x.priority]), [['a', 30, 0.5, 15], ['c', 15, 1, 15]]);
});

test('importance normalised to a largest of 1; negative, NaN and missing count 0', () => {
  const p = rankPriorities({ current, target, importance: { a: 2, c: 4, b: -1, d: Number.NaN } });
  assert.deepEqual(p.map((x) => [x.dimensionId, x.importance, x.priority]), [
    ['c', 1, 30], ['a', 0.5, 15], ['b', 0, 0], ['d', 0, 0],
  ]);
  const zero = rankPriorities({ current, target, importance: { a: 0, b: 0 } });
  assert.ok(zero.every((x) => x.importance === 0 && x.priority === 0));
  assert.deepEqual(zero.map((x) => x.dimensionId), ['a', 'c', 'b', 'd'], 'by gap, then key order');
});

test('tags: clarify-first, inform, target-below-current (kept, not folded in)', () => {
  const p = rankPriorities({ current, target, flags: { a: ['low-agreement', 'knowledge-gap'], c: ['knowledge-gap'] } });
  const tags = Object.fromEntries(p.map((x) => [x.dimensionId, x.tags]));
  assert.deepEqual(tags, { a: ['clarify-first', 'inform'], c: ['inform'], b: ['target-below-current'], d: [] });
  assert.equal(p[0].priority, 30, 'tags do not change the number');
});

test('any scale, and dimensions from order, current and target alike', () => {
  const p = rankPriorities({ current: { a: 4.5 }, target: { b: 9 }, order: ['z'] });
  assert.deepEqual(p.map((x) => x.dimensionId), ['z', 'a', 'b']);
  const wheel = rankPriorities({ current: { a: 4, b: 6 }, target: { a: 7, b: 6.5 } });
  assert.deepEqual(wheel.map((x) => [x.dimensionId, x.gap]), [['a', 3], ['b', 0.5]]);
  assert.deepEqual(rankPriorities({ current: {}, target: {} }), []);
});
