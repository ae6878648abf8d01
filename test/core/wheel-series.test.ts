// From the core's aggregate to wheel series (0–max, spread, groups, suppression), and priorities from wheel values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aggregateResponses } from '../../src/core/aggregate.js';
import { fromWheelScale, toWheelScale, wheelPriorities, wheelSeriesFromAggregate } from '../../src/core/wheel-series.js';
import { many, pct, pctGroup, resp } from './fixtures.js';

const ids = pct.dimensions.map((d) => d.id);

test('scores 0–100 become wheel values: score × max / 100, and back', () => {
  assert.equal(toWheelScale(65, 10), 6.5);
  assert.equal(toWheelScale(50, 4), 2);
  assert.equal(toWheelScale(null, 10), null);
  assert.equal(toWheelScale(Number.NaN, 10), null);
  assert.equal(fromWheelScale(7.3, 10), 73);
  assert.equal(fromWheelScale(null, 10), null);
  assert.equal(fromWheelScale(5, 0), null);
});

test('the current series is the mean, with the interquartile range as spread', () => {
  const agg = aggregateResponses(pct, pctGroup([10, 20, 30, 40, 50]), { groupBy: 'group' });
  const w = wheelSeriesFromAggregate(agg, ids, { max: 10 });
  assert.ok(w.current);
  assert.equal(w.current.kind, 'current');
  assert.equal(w.current.n, 5);
  assert.equal(w.current.values.x, 3);
  assert.deepEqual(w.current.spread?.x, [2, 4]);
  assert.equal(w.current.values.k, null, 'no answers: a gap, not 0');
  assert.equal(w.counts.x, 5);
  assert.deepEqual(w.groups, [], 'one group: no overlays');
});

test('flags come through per dimension', () => {
  const agg = aggregateResponses(pct, pctGroup([0, 0, 100, 100, 100]));
  const w = wheelSeriesFromAggregate(agg, ids);
  assert.deepEqual(w.flags.x, ['low-agreement']);
});

test('groups at or above k are overlays with their n; smaller ones are counted, never drawn', () => {
  const rs = [...pctGroup([50, 50, 50, 50, 50], 'staff'), ...pctGroup([80, 80, 80, 80, 80, 80], 'management'),
    ...pctGroup([10, 10], 'board'), ...pctGroup([90], 'partner')];
  const w = wheelSeriesFromAggregate(aggregateResponses(pct, rs, { groupBy: 'group' }), ids, { max: 10 });
  assert.equal(w.suppressedGroups.small, 2);
  // board + partner = 3 < 5 hidden: the next smallest (staff, 5) is hidden as well
  assert.equal(w.suppressedGroups.complementary, 1);
  assert.deepEqual(w.groups.map((g) => [g.id, g.n, g.values.x]), [['group:management', 6, 8]]);
});

test('below k in all, there is no current series, and no group', () => {
  const w = wheelSeriesFromAggregate(aggregateResponses(pct, [...pctGroup([10, 20], 'a'), ...pctGroup([30], 'b')], { groupBy: 'group' }), ids);
  assert.equal(w.current, null);
  assert.deepEqual(w.groups, []);
  assert.equal(w.suppressedGroups.small, 2);
  assert.equal(w.n, 3);
});

test('hidden cells stay gaps', () => {
  // 5 respondents, only 2 of them answered y: y is hidden
  const rs = [...many(3, undefined, { x1: 50 }), resp(pct, { x1: 50, y1: 20 }), resp(pct, { x1: 50, y1: 40 })];
  const w = wheelSeriesFromAggregate(aggregateResponses(pct, rs), ids);
  assert.equal(w.current?.values.x, 5);
  assert.equal(w.current?.values.y, null);
  assert.equal(w.counts.y, null);
});

test('priorities from wheel values are on 0–100, with tags', () => {
  const p = wheelPriorities({ x: 3, y: 8, k: 5 }, { x: 7, y: 6, k: null }, 10, { flags: { x: ['knowledge-gap'] }, order: ['x', 'y', 'k'] });
  assert.deepEqual(p.map((q) => [q.dimensionId, q.current, q.target, q.gap]), [['x', 30, 70, 40], ['y', 80, 60, 0], ['k', 50, null, 0]]);
  assert.deepEqual(p[0].tags, ['inform']);
  assert.deepEqual(p[1].tags, ['target-below-current']);
});
