// aggregateResponses: hand-computed statistics, flags at their exact thresholds, and confidentiality suppression.
import { test } from 'node:test';
import fc from 'fast-check';
import assert from 'node:assert/strict';
import { aggregateResponses, type AggregateResult, type DimensionAggregate, type GroupAggregate } from '../../src/core/aggregate.js';
import type { Answer, SurveyResponse } from '../../src/core/types.js';
import { pct, pctGroup, many, resp, close } from './fixtures.js';

const visible = (r: AggregateResult) => (r.groups ?? []).filter((g) => !g.suppressed);
const summary = (groups: GroupAggregate[] | undefined) =>
  (groups ?? []).map((g) => (g.suppressed ? `${g.group}:${g.reason}` : `${g.group}:${g.n}`));

test('rule 3: n, mean, median, sample sd, quartiles by interpolation, min, max', () => {
  const r = aggregateResponses(pct, pctGroup([100, 0, 40, 10, 30, 20]));
  const x = r.dimensions.x;
  assert.equal(x.n, 6);
  close(x.mean, 200 / 6);
  assert.equal(x.median, 25); // sorted 0 10 20 30 40 100: h = 2.5
  assert.equal(x.q1, 12.5); // h = 1.25
  assert.equal(x.q3, 37.5); // h = 3.75
  assert.equal(x.min, 0);
  assert.equal(x.max, 100);
  // 3·(x − 100/3) = 200, −100, 20, −70, −10, −40: Σ squares = 57000, so Σ(x − mean)² = 57000/9; /5.
  close(x.sd, Math.sqrt(57000 / 45));
  assert.equal(r.n, 6);
  assert.equal(r.suppressed, false);
  assert.equal(r.groups, undefined);
  assert.deepEqual(r.warnings, []);
});

test('low-agreement flag exactly at sd = 20, not at 19.5', () => {
  // 10, 50×7, 90: Σ(x − 50)² = 3200, /8 = 400 → sd 20; q1 = q3 = 50.
  const at = aggregateResponses(pct, pctGroup([10, 50, 50, 50, 50, 50, 50, 50, 90])).dimensions.x;
  assert.equal(at.sd, 20);
  assert.equal(at.q3! - at.q1!, 0);
  assert.deepEqual(at.flags, ['low-agreement']);
  // 11, 50×7, 89: 2·39² / 8 = 380.25 → sd 19.5.
  const below = aggregateResponses(pct, pctGroup([11, 50, 50, 50, 50, 50, 50, 50, 89])).dimensions.x;
  assert.equal(below.sd, 19.5);
  assert.deepEqual(below.flags, []);
});

test('low-agreement flag exactly at IQR = 25, not at 24', () => {
  const at = aggregateResponses(pct, pctGroup([40, 40, 50, 65, 65])).dimensions.x; // q1 40, q3 65
  close(at.sd, Math.sqrt(157.5)); // Σ = 144 + 144 + 4 + 169 + 169 = 630, /4
  assert.deepEqual(at.flags, ['low-agreement']);
  assert.deepEqual(aggregateResponses(pct, pctGroup([40, 40, 50, 64, 64])).dimensions.x.flags, []);
});

test('dkRate = dk ÷ (numeric + dk), na ignored; knowledge-gap exactly at 0.25', () => {
  // Five answer k1; k2: 2 dk, 1 numeric, 1 na, 1 missing → 2 / (6 + 2) = 0.25.
  const rs = [
    resp(pct, { k1: 10, k2: 'dk' }), resp(pct, { k1: 10, k2: 'dk' }), resp(pct, { k1: 10, k2: 20 }),
    resp(pct, { k1: 10, k2: 'na' }), resp(pct, { k1: 10 }),
  ];
  const k = aggregateResponses(pct, rs).dimensions.k;
  assert.equal(k.dkRate, 0.25);
  assert.deepEqual(k.flags, ['knowledge-gap']);
  rs[0] = resp(pct, { k1: 10, k2: 'na' }); // 1 / (6 + 1)
  const below = aggregateResponses(pct, rs).dimensions.k;
  close(below.dkRate, 1 / 7);
  assert.deepEqual(below.flags, []);
  assert.equal(aggregateResponses(pct, rs).dimensions.x.dkRate, null, 'no answer at all: null');
});

test('options: minGroupSize clamped to ≥ 3, warnings below 5, custom thresholds', () => {
  assert.deepEqual(aggregateResponses(pct, [], { minGroupSize: 2 }).warnings, ['min-group-size-raised', 'min-group-size-below-5']);
  assert.equal(aggregateResponses(pct, [], { minGroupSize: 2 }).minGroupSize, 3);
  assert.deepEqual(aggregateResponses(pct, [], { minGroupSize: 4 }).warnings, ['min-group-size-below-5']);
  assert.equal(aggregateResponses(pct, [], { minGroupSize: 7 }).minGroupSize, 7);
  assert.equal(aggregateResponses(pct, []).minGroupSize, 5);
  const r = aggregateResponses(pct, pctGroup([40, 40, 50, 64, 64]), { lowAgreementIqr: 24 });
  assert.deepEqual(r.dimensions.x.flags, ['low-agreement']);
});

test('rule 3: each respondent counts once, the last submission kept', () => {
  const a = resp(pct, { x1: 0 }, undefined, { submittedAt: '2025-01-02T00:00:00Z' });
  const b = { ...a, answers: { x1: 100 }, submittedAt: '2025-01-01T00:00:00Z' }; // same id, older
  const r = aggregateResponses(pct, [a, b, ...pctGroup([0, 0, 0, 0])]);
  assert.equal(r.n, 5);
  assert.equal(r.dimensions.x.max, 0);
  assert.deepEqual(r.warnings, ['duplicate-respondents']);
});

test('overall suppression: fewer than k respondents, every figure hidden', () => {
  const r = aggregateResponses(pct, pctGroup([10, 20, 30, 40], 'staff'), { groupBy: 'group' });
  assert.equal(r.suppressed, true);
  assert.equal(r.n, 4);
  for (const d of Object.values(r.dimensions)) {
    assert.deepEqual(d, { n: null, mean: null, median: null, sd: null, q1: null, q3: null, min: null, max: null, dkRate: null, flags: [], suppressed: true, reason: 'below-min-size' });
  }
  assert.deepEqual(r.groups, [{ group: 'staff', suppressed: true, reason: 'below-min-size' }]);
});

test('overall per-dimension suppression: 0 < n < k hides the dimension', () => {
  const rs = [...many(4, undefined, { x1: 50, y1: 50 }), ...many(2, undefined, { x1: 50, y1: 'dk' })];
  const r = aggregateResponses(pct, rs);
  assert.equal(r.dimensions.x.n, 6);
  assert.equal(r.dimensions.y.suppressed, true);
  assert.equal(r.dimensions.y.n, null);
  assert.equal(r.dimensions.k.n, 0, 'no one scored: n = 0 is no figure about anyone');
});

test('rule 4: one small group, and the next smallest hidden with it', () => {
  const rs = [...many(6, 'staff'), ...many(5, 'board'), ...many(2, 'partner')];
  const r = aggregateResponses(pct, rs, { groupBy: 'group' });
  assert.deepEqual(summary(r.groups), ['board:complementary', 'partner:below-min-size', 'staff:6']);
  assert.deepEqual(r.groups?.find((g) => g.group === 'partner'), { group: 'partner', suppressed: true, reason: 'below-min-size' });
  assert.equal(r.dimensions.x.n, 13);
});

test('two tiny groups whose sum is below k: the next smallest is hidden too', () => {
  const rs = [...many(10, 'a'), ...many(7, 'b'), ...many(2, 'c'), ...many(2, 'd')];
  assert.deepEqual(summary(aggregateResponses(pct, rs, { groupBy: 'group' }).groups),
    ['a:10', 'b:complementary', 'c:below-min-size', 'd:below-min-size']);
  // 3 + 3 ≥ 5: together they cannot be worked back to fewer than k people.
  const rs2 = [...many(10, 'a'), ...many(7, 'b'), ...many(3, 'c'), ...many(3, 'd')];
  assert.deepEqual(summary(aggregateResponses(pct, rs2, { groupBy: 'group' }).groups),
    ['a:10', 'b:7', 'c:below-min-size', 'd:below-min-size']);
});

test('no group given is the group "", last, and protected like any other', () => {
  const rs = [...many(6, 'staff'), ...many(2)];
  assert.deepEqual(summary(aggregateResponses(pct, rs, { groupBy: 'group' }).groups), ['staff:complementary', ':below-min-size']);
  const rs2 = [...many(5), ...many(6, 'b'), ...many(7, 'a')];
  assert.deepEqual(summary(aggregateResponses(pct, rs2, { groupBy: 'group' }).groups), ['a:7', 'b:6', ':5']);
});

test('per-dimension suppression inside visible groups, with its complement', () => {
  // a: 6 people, only 3 with a y score; b: 6 people, all with y.
  const rs = [
    ...many(3, 'a', { x1: 10, y1: 10 }), ...many(3, 'a', { x1: 10, y1: 'dk' }), ...many(6, 'b', { x1: 90, y1: 90 }),
  ];
  const r = aggregateResponses(pct, rs, { groupBy: 'group' });
  const [a, b] = visible(r) as Extract<GroupAggregate, { suppressed: false }>[];
  assert.equal(a.n, 6);
  assert.equal(b.n, 6);
  assert.equal(a.dimensions.x.mean, 10);
  assert.equal(b.dimensions.x.mean, 90);
  assert.deepEqual([a.dimensions.y.reason, a.dimensions.y.n, a.dimensions.y.mean], ['below-min-size', null, null]);
  assert.deepEqual([b.dimensions.y.reason, b.dimensions.y.n, b.dimensions.y.mean], ['complementary', null, null]);
  assert.equal(r.dimensions.y.n, 9); // the overall is still shown
  assert.equal(r.dimensions.y.mean, (30 + 540) / 9);
});

/** Random workshops: groups of random sizes (some tiny), random answers incl. dk, na and missing. */
const answerArb = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constantFrom<Answer>('dk', 'na'));
const responseArb = fc.record({
  group: fc.constantFrom('a', 'b', 'c', 'd', 'e', ''),
  x1: answerArb, y1: answerArb, k1: answerArb, k2: fc.option(answerArb, { nil: undefined }),
}).map(({ group, k2, ...answers }): SurveyResponse =>
  resp(pct, k2 === undefined ? answers : { ...answers, k2 }, group === '' ? undefined : group));
const workshopArb = fc.array(responseArb, { maxLength: 40 });

/** Every number in a structure, by path. */
function numbers(v: unknown, path = ''): [string, number][] {
  if (typeof v === 'number') return [[path, v]];
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => numbers(x, `${path}.${k}`));
  return [];
}

test('property: shuffling the respondents changes no aggregate', () => {
  fc.assert(fc.property(workshopArb, fc.integer({ min: 3, max: 7 }), fc.integer(), (rs, k, seed) => {
    const shuffled = [...rs];
    let s = seed;
    for (let i = shuffled.length - 1; i > 0; i--) {
      s = (s * 1103515245 + 12345) | 0;
      const j = Math.abs(s) % (i + 1);
      [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
    }
    const a = aggregateResponses(pct, rs, { groupBy: 'group', minGroupSize: k });
    const b = aggregateResponses(pct, shuffled, { groupBy: 'group', minGroupSize: k });
    const na = numbers(a), nb = numbers(b);
    assert.deepEqual(na.map(([p]) => p), nb.map(([p]) => p));
    na.forEach(([p, v], i) => assert.ok(Math.abs(v - nb[i][1]) <= 1e-9, p));
    assert.deepEqual(JSON.stringify(a, (_k, v) => (typeof v === 'number' ? 0 : v)), JSON.stringify(b, (_k, v) => (typeof v === 'number' ? 0 : v)));
  }), { numRuns: 300 });
});

test('property: no figure about fewer than k respondents appears anywhere', () => {
  fc.assert(fc.property(workshopArb, fc.integer({ min: 1, max: 8 }), (rs, asked) => {
    const r = aggregateResponses(pct, rs, { groupBy: 'group', minGroupSize: asked });
    const k = r.minGroupSize;
    assert.ok(k >= 3);
    assert.equal(r.suppressed, r.n < k);
    const check = (d: DimensionAggregate) => {
      if (d.suppressed) assert.deepEqual(numbers(d), [], 'a hidden cell carries numbers');
      else assert.ok(d.n === 0 || (d.n !== null && d.n >= k), `shown n = ${d.n} < k = ${k}`);
    };
    Object.values(r.dimensions).forEach(check);
    const groups = r.groups ?? [];
    let shownRespondents = 0;
    for (const g of groups) {
      if (g.suppressed) {
        assert.deepEqual(Object.keys(g).sort(), ['group', 'reason', 'suppressed']);
        continue;
      }
      assert.ok(g.n >= k);
      shownRespondents += g.n;
      Object.values(g.dimensions).forEach(check);
    }
    // Differencing: total − visible groups is 0 or ≥ k, for respondents and per dimension. (Below k
    // in all, only the bare count of responses is shown, which reveals no answer, and no group.)
    const rest = r.n - shownRespondents;
    if (r.suppressed) assert.equal(shownRespondents, 0);
    else assert.ok(rest === 0 || rest >= k, `respondents left over: ${rest}`);
    for (const [id, d] of Object.entries(r.dimensions)) {
      if (d.suppressed) {
        for (const g of groups) if (!g.suppressed) assert.ok(g.dimensions[id].suppressed || g.dimensions[id].n === 0);
        continue;
      }
      let shown = 0;
      for (const g of groups) if (!g.suppressed && !g.dimensions[id].suppressed) shown += g.dimensions[id].n as number;
      const left = (d.n as number) - shown;
      assert.ok(left === 0 || left >= k, `${id}: ${left} left over`);
    }
  }), { numRuns: 500 });
});
