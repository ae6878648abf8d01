// Releases: the snapshot kept on the server, what a viewer may see of it, and the rule between releases.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildReleaseSnapshot, releaseCellOf, viewRelease, type ReleaseView, type ReleaseSnapshot } from '../../src/core/release.js';
import { nextRelease, releaseDistance, responseFingerprint } from '../../src/core/release-rule.js';
import { aggregateFromRelease } from '../../src/core/release-aggregate.js';
import { aggregateResponses } from '../../src/core/aggregate.js';
import type { Answer, SurveyResponse } from '../../src/core/types.js';
import { close, extent, many, pct, resp } from './fixtures.js';

const keep = <T>(list: T[]) => list; // no shuffle: order-sensitive checks stay exact
const snap = (responses: SurveyResponse[], groups: string[], assessment = pct) => buildReleaseSnapshot(assessment, responses, { groups, shuffle: keep });
const groupsOf = (v: ReleaseView) => v.groups.map((g) => `${g.id || '(none)'}:${g.n === null ? g.reason : g.n}`);

describe('buildReleaseSnapshot', () => {
  it('one cell for the round, one per group in the round’s order, and the residual cell; scores sorted', () => {
    const s = snap([...many(2, 'b', { x1: 90 }), ...many(1, 'a', { x1: 10 }), resp(pct, { x1: 40 })], ['a', 'b']);
    assert.deepEqual(s.cells.map((c) => [c.group, c.n]), [[null, 4], ['a', 1], ['b', 2], ['', 1]]);
    assert.deepEqual(s.cells[0].dimensions.x.scores, [10, 40, 90, 90]);
    assert.deepEqual(s.cells[0].dimensions.x.answers.x1, { 10: 1, 40: 1, 90: 2 });
    assert.equal(s.cells[0].dimensions.y.n, 0);
    assert.equal(s.n, 4);
  });

  it('a group no longer in the round, or none, lands in the residual cell: every response is counted', () => {
    const s = snap([...many(10, 'staff'), ...many(1, 'board')], ['staff']);
    assert.deepEqual(s.cells.map((c) => [c.group, c.n]), [[null, 11], ['staff', 10], ['', 1]]);
    assert.equal(releaseCellOf({ respondent: { group: 'board' } }, ['staff']), '');
    assert.equal(releaseCellOf({}, ['staff']), '');
    assert.equal(releaseCellOf({ respondent: { group: 'staff' } }, ['staff']), 'staff');
  });

  it('scores follow the core (reverse items, weights, the half rule); dk, numeric and reached are counted', () => {
    const r = resp(extent, { e1: 4, e2: 0, e3: 'dk', e4: 'na', o1: 'dk', o2: 'dk', w1: 2, w2: 'dk', w3: 4 });
    const s = snap([r], [], extent);
    const even = s.cells[0].dimensions.even;
    assert.deepEqual(even.scores, [100]); // e1 = 4 → 100, e2 reverse 0 → 100
    assert.deepEqual([even.dk, even.numeric, even.reached], [1, 2, 1]);
    assert.deepEqual(even.answers, { e1: { 4: 1 }, e2: { 0: 1 }, e3: { dk: 1 }, e4: { na: 1 } });
    assert.deepEqual(s.cells[0].dimensions.odd.scores, []); // no numeric answer: no score
    assert.deepEqual([s.cells[0].dimensions.odd.dk, s.cells[0].dimensions.odd.reached], [2, 1]);
    close(s.cells[0].dimensions.weighted.scores[0], 50); // (2·50 + 0·100) / 2: w3 has weight 0
  });

  it('answers off the scale or of the wrong kind are not counted', () => {
    const s = snap([resp(extent, { e1: 9, e2: -1, e3: 'maybe' as unknown as Answer, e4: 2.5 })], [], extent);
    assert.deepEqual(s.cells[0].dimensions.even.answers, { e4: { 2.5: 1 } });
  });

  it('comments are trimmed, filed under their question’s dimension (or a dimension id), blanks and unknown keys dropped', () => {
    const s = snap([
      resp(pct, { x1: 1 }, undefined, { comments: { x1: '  Budget?  ', y: 'on y', zz: 'nowhere', k2: '   ' } }),
      resp(pct, { x1: 2 }, undefined, { comments: { x1: 'Second' } }),
    ], []);
    assert.deepEqual(s.comments, { x: ['Budget?', 'Second'], y: ['on y'], k: [] });
  });

  it('shuffles comments with the shuffle it is given (by default a random one)', () => {
    const responses = Array.from({ length: 40 }, (_, i) => resp(pct, { x1: 1 }, undefined, { comments: { x1: `c${i}` } }));
    const orders = new Set(Array.from({ length: 5 }, () => buildReleaseSnapshot(pct, responses, { groups: [] }).comments.x.join()));
    assert.ok(orders.size > 1, 'the default order is random');
    assert.deepEqual(buildReleaseSnapshot(pct, responses, { groups: [], shuffle: (l) => l.reverse() }).comments.x[0], 'c39');
  });
});

describe('viewRelease: what a viewer may see', () => {
  it('the group-edit leak is closed: staff 10 and a lone member of a removed group show no label at all', () => {
    const v = viewRelease(snap([...many(10, 'staff'), ...many(1, 'board', { x1: 0 })], ['staff']), { minGroupSize: 5 });
    assert.equal(v.suppressed, false);
    assert.deepEqual(groupsOf(v), ['staff:complementary', '(none):below-min-size']);
    assert.equal((v.dimensions.x as { n: number }).n, 11);
  });

  it('one member without a group beside two groups at k: one group is hidden with them', () => {
    const v = viewRelease(snap([...many(5, 'a'), ...many(5, 'b'), ...many(1)], ['a', 'b']), { minGroupSize: 5 });
    assert.deepEqual(groupsOf(v), ['a:complementary', 'b:5', '(none):below-min-size']);
  });

  it('fewer than k responses: only n is given', () => {
    const v = viewRelease(snap(many(4, 'a', { x1: 10 }), ['a']), { minGroupSize: 5 });
    assert.equal(v.suppressed, true);
    assert.equal(v.n, 4);
    assert.deepEqual(v.dimensions.x, { n: null, reason: 'below-min-size' });
    assert.deepEqual(groupsOf(v), ['a:below-min-size']);
    assert.deepEqual(v.comments, {});
  });

  it('k others: answering into a small group never unlocks it for yourself', () => {
    const s = snap([...many(4, 'board', { x1: 80 }), ...many(1, 'board', { x1: 0 }), ...many(6, 'staff')], ['board', 'staff']);
    assert.deepEqual(groupsOf(viewRelease(s, { minGroupSize: 5 })), ['board:5', 'staff:6']);
    // The viewer (or another facilitator) is the fifth board member: board holds 4 others.
    const v = viewRelease(s, { minGroupSize: 5, excluded: ['board'] });
    assert.deepEqual(groupsOf(v), ['board:below-min-size', 'staff:complementary']);
    // The whole round still holds 10 others: it is shown.
    assert.equal((v.dimensions.x as { n: number }).n, 11);
    // With 5 others overall minus 1 → 4 < 5 everything is hidden.
    const small = snap(many(5, 'staff'), ['staff']);
    assert.equal(viewRelease(small, { minGroupSize: 5, excluded: ['staff'] }).suppressed, true);
    assert.equal(viewRelease(small, { minGroupSize: 5 }).suppressed, false);
  });

  it('a figure only facilitators stand behind is not shown as empty to another facilitator', () => {
    // Five staff, one facilitator in management: management holds 1 response, 0 others.
    const s = snap([...many(5, 'staff'), ...many(5, 'partner'), ...many(1, 'management', { x1: 3 })], ['staff', 'partner', 'management']);
    const v = viewRelease(s, { minGroupSize: 5, excluded: ['management'] });
    assert.deepEqual(groupsOf(v).slice(2), ['management:below-min-size']);
  });

  it('per dimension: a dimension fewer than k others scored is hidden overall and in groups, with its complement', () => {
    const s = snap([...many(6, 'a', { x1: 50 }), ...many(5, 'b', { x1: 50, y1: 20 }), ...many(2, 'a', { x1: 50, y1: 30 })], ['a', 'b']);
    const v = viewRelease(s, { minGroupSize: 5 });
    assert.equal((v.dimensions.y as { n: number }).n, 7);
    const a = v.groups[0] as { dimensions: Record<string, { n: number | null; reason?: string }> };
    const b = v.groups[1] as { dimensions: Record<string, { n: number | null; reason?: string }> };
    assert.deepEqual([a.dimensions.y.n, a.dimensions.y.reason], [null, 'below-min-size']);
    assert.deepEqual([b.dimensions.y.n, b.dimensions.y.reason], [null, 'complementary']);
    assert.equal(a.dimensions.x.n, 8);
  });

  it('per question: counts only where k others answered, hidden with their complement across groups', () => {
    const s = snap([
      ...many(5, 'a', { k1: 3, x1: 1 }), ...many(5, 'b', { k1: 4, x1: 1 }), ...many(2, 'b', { k2: 7, x1: 1 }),
    ], ['a', 'b']);
    const v = viewRelease(s, { minGroupSize: 5 });
    const k = v.dimensions.k as { answers: Record<string, unknown> };
    assert.deepEqual(k.answers, { k1: { 3: 5, 4: 5 }, k2: null });
    const [a, b] = v.groups as { dimensions: Record<string, { answers: Record<string, unknown> }> }[];
    assert.deepEqual(a.dimensions.k.answers, { k1: { 3: 5 }, k2: {} });
    assert.deepEqual(b.dimensions.k.answers, { k1: { 4: 5 }, k2: null });
  });

  it('the don’t-know rate needs k others who reached the dimension', () => {
    const s = snap([...many(3, 'a', { x1: 'dk', y1: 50 }), ...many(2, 'a', { y1: 50 })], ['a']);
    const v = viewRelease(s, { minGroupSize: 5 });
    // x: 3 reached (all dk), n = 0: shown (empty) without a rate.
    assert.deepEqual(v.dimensions.x, { n: 0, scores: [], dkRate: null, answers: { x1: null } });
    const s2 = snap([...many(3, 'a', { x1: 'dk' }), ...many(5, 'a', { x1: 20 })], ['a']);
    assert.equal((viewRelease(s2, { minGroupSize: 5 }).dimensions.x as { dkRate: number }).dkRate, 3 / 8);
    // Five people answered only "don't know": shown as a rate of 1, but not to one of them.
    const s3 = snap(many(5, 'a', { x1: 'dk', y1: 1 }), ['a']);
    assert.equal((viewRelease(s3, { minGroupSize: 5 }).dimensions.x as { dkRate: number }).dkRate, 1);
    assert.equal(viewRelease(s3, { minGroupSize: 5, excluded: ['a'] }).suppressed, true);
    const s4 = snap([...many(5, 'a', { x1: 'dk', y1: 1 }), ...many(2, 'a', { y1: 1 })], ['a']);
    assert.equal((viewRelease(s4, { minGroupSize: 5, excluded: ['a', 'a'] }).dimensions.x as { dkRate: number | null }).dkRate, null);
  });

  it('comments only for dimensions shown overall, without group', () => {
    const s = snap([
      ...Array.from({ length: 5 }, (_, i) => resp(pct, { x1: 10 }, 'a', { comments: { x1: `x${i}`, y1: 'only y' } })),
    ], ['a']);
    const v = viewRelease(s, { minGroupSize: 5 });
    assert.deepEqual(Object.keys(v.comments), ['x']);
    assert.equal(v.comments.x.length, 5);
    assert.ok(!JSON.stringify(v.groups).includes('x0'));
  });

  it('k is never below 3, and a raised k hides more of an old release', () => {
    const s = snap(many(5, 'a'), ['a']);
    assert.equal(viewRelease(s, { minGroupSize: 1 }).minGroupSize, 3);
    assert.equal(viewRelease(s, { minGroupSize: 6 }).suppressed, true);
  });
});

describe('aggregateFromRelease: the wheel draws a release as it draws responses', () => {
  it('gives the figures aggregateResponses gives for the same responses', () => {
    const responses = [...many(5, 'a', { x1: 10, y1: 'dk' }), ...many(6, 'b', { x1: 70, y1: 40 }), resp(pct, { x1: 95, y1: 'dk' }, 'b')];
    const direct = aggregateResponses(pct, responses, { groupBy: 'group', minGroupSize: 5 });
    const via = aggregateFromRelease(viewRelease(snap(responses, ['a', 'b']), { minGroupSize: 5 }), ['x', 'y', 'k']);
    for (const d of ['x', 'y']) {
      for (const key of ['n', 'mean', 'median', 'sd', 'q1', 'q3', 'min', 'max', 'dkRate'] as const) {
        assert.equal(via.dimensions[d][key], direct.dimensions[d][key], `${d}.${key}`);
      }
      assert.deepEqual(via.dimensions[d].flags, direct.dimensions[d].flags, `${d} flags`);
    }
    const shown = (r: typeof via) => (r.groups ?? []).map((g) => (g.suppressed ? `${g.group}:hidden` : `${g.group}:${g.n}:${g.dimensions.x.mean}`));
    assert.deepEqual(shown(via), shown(direct));
  });

  it('a suppressed release gives a suppressed aggregate', () => {
    const via = aggregateFromRelease(viewRelease(snap(many(3, 'a'), ['a']), { minGroupSize: 5 }), ['x']);
    assert.equal(via.suppressed, true);
    assert.equal(via.dimensions.x.suppressed, true);
  });
});

describe('the release rule', () => {
  it('a first release needs k responses from people other than the facilitators', () => {
    const current = { m1: 'a', m2: 'a', m3: 'a', m4: 'a' };
    assert.deepEqual(nextRelease({ minGroupSize: 5, current, previous: [] }), { allowed: false, needed: 1 });
    assert.deepEqual(nextRelease({ minGroupSize: 5, current: { ...current, m5: 'b' }, previous: [] }), { allowed: true, needed: 0 });
    assert.deepEqual(nextRelease({ minGroupSize: 5, current: { ...current, f: 'b' }, previous: [], ignore: new Set(['f']) }), { allowed: false, needed: 1 });
  });

  it('distance counts members added, changed or gone, each once, facilitators aside', () => {
    assert.equal(releaseDistance({ a: '1', b: '1', c: '1' }, { a: '1', b: '2', d: '1' }), 3);
    assert.equal(releaseDistance({ a: '1', f: '1' }, { a: '1', f: '2' }, new Set(['f'])), 0);
  });

  it('the next release needs k added or changed since every earlier release, not only the last', () => {
    const r1 = { m1: 'a', m2: 'a', m3: 'a', m4: 'a', m5: 'a', x: 'a' };
    const r2 = { ...r1, m1: 'b', m2: 'b', m3: 'b', m4: 'b', m5: 'b' }; // five changes: allowed
    assert.deepEqual(nextRelease({ minGroupSize: 5, current: r2, previous: [r1] }), { allowed: true, needed: 0 });
    const back = { ...r1, x: 'changed' }; // five change back, and x changes: one away from release 1
    assert.deepEqual(nextRelease({ minGroupSize: 5, current: back, previous: [r1, r2] }), { allowed: false, needed: 4 });
  });

  it('a fingerprint changes with answers, comments and group, not with key order or empty comments', () => {
    const a = { answers: { q1: 1, q2: 'dk' as const }, comments: { q1: '' }, respondent: { group: 's' } };
    assert.equal(responseFingerprint(a), responseFingerprint({ answers: { q2: 'dk', q1: 1 }, respondent: { group: 's' } }));
    assert.notEqual(responseFingerprint(a), responseFingerprint({ ...a, respondent: { group: 't' } }));
    assert.notEqual(responseFingerprint(a), responseFingerprint({ ...a, comments: { q1: 'x' } }));
  });
});

// ------------------------------------------------------------------------------------------ properties

const groupArb = fc.constantFrom<string | undefined>('a', 'b', 'c', undefined, 'gone');
const answerArb = fc.oneof(fc.constantFrom<Answer>('dk', 'na'), fc.integer({ min: 0, max: 4 }));
const responseArb = fc.record({
  group: groupArb,
  answers: fc.dictionary(fc.constantFrom('e1', 'e2', 'e3', 'e4', 'o1', 'o2', 'o3', 'w1', 'w2'), answerArb),
});
const caseArb = fc.record({
  rows: fc.array(responseArb, { maxLength: 40 }),
  k: fc.integer({ min: 3, max: 7 }),
  excludedRows: fc.array(fc.nat(), { maxLength: 4 }),
});

function others(count: number, excluded: number) {
  return count === 0 ? 0 : Math.max(1, count - excluded);
}

/** Checks a view of a snapshot: every shown figure stands on k others; hidden ones cannot be worked back. */
function checkView(s: ReleaseSnapshot, v: ReleaseView, k: number, excluded: string[]) {
  const ex = (group: string | null) => (group === null ? excluded.length : excluded.filter((c) => c === group).length);
  const overall = s.cells[0];
  if (v.suppressed) {
    assert.ok(others(overall.n, ex(null)) < k);
    assert.ok(Object.values(v.dimensions).every((d) => d.n === null));
    assert.ok(v.groups.every((g) => g.n === null));
    return;
  }
  assert.ok(others(overall.n, ex(null)) >= k);
  const cells = s.cells.slice(1);
  const shown = (id: string) => v.groups.find((g) => g.id === id);
  // Groups: shown ones have k others; hidden ones together hold 0 or at least k others.
  let hiddenOthers = 0;
  for (const c of cells) {
    const g = shown(c.group as string);
    const o = others(c.n, ex(c.group));
    if (g && g.n !== null) assert.ok(o === 0 ? c.n === 0 : o >= k, `group ${c.group} shown with ${o} others`);
    else hiddenOthers += o;
  }
  assert.ok(hiddenOthers === 0 || hiddenOthers >= k, `hidden groups hold ${hiddenOthers} others`);
  for (const d of Object.keys(overall.dimensions)) {
    const od = v.dimensions[d];
    const oo = others(overall.dimensions[d].n, ex(null));
    if (od.n !== null) assert.ok(oo === 0 || oo >= k, `${d} shown overall with ${oo} others`);
    let hidden = 0;
    for (const c of cells) {
      const g = shown(c.group as string);
      const cd = g && g.n !== null ? g.dimensions[d] : undefined;
      const o = others(c.dimensions[d].n, ex(c.group));
      if (cd && cd.n !== null) assert.ok(o === 0 || o >= k, `${c.group}.${d} shown with ${o} others`);
      else hidden += o;
    }
    // With the whole round's figure shown, the hidden cells are the whole minus the shown ones.
    if (od.n !== null) assert.ok(hidden === 0 || hidden >= k, `${d}: hidden cells hold ${hidden} others`);
    const answered = (counts: Record<string, number> | undefined) => Object.values(counts ?? {}).reduce((a, b) => a + b, 0);
    for (const q of Object.keys(overall.dimensions[d].answers)) {
      const counts = od.n !== null ? od.answers[q] : null;
      const oq = others(answered(overall.dimensions[d].answers[q]), ex(null));
      if (counts) assert.ok(oq === 0 || oq >= k, `${d}.${q} counts overall`);
      let hiddenQ = 0;
      for (const c of cells) {
        const g = shown(c.group as string);
        const cd = g && g.n !== null ? g.dimensions[d] : undefined;
        const o = others(answered(c.dimensions[d].answers[q]), ex(c.group));
        if (cd && cd.n !== null && cd.answers[q]) assert.ok(o === 0 || o >= k, `${c.group}.${d}.${q} counts with ${o} others`);
        else hiddenQ += o;
      }
      if (counts) assert.ok(hiddenQ === 0 || hiddenQ >= k, `${d}.${q}: hidden counts hold ${hiddenQ} others`);
    }
    if ((od.n === null || (od as { dkRate: number | null }).dkRate === null) === false) {
      assert.ok(others(overall.dimensions[d].reached, ex(null)) >= k, `${d} dk rate`);
    }
  }
}

describe('release properties (fast-check)', () => {
  it('no shown figure stands on fewer than k others, hidden cells cannot be worked back, and every response is counted', () => {
    fc.assert(fc.property(caseArb, ({ rows, k, excludedRows }) => {
      const responses = rows.map((r) => resp(extent, r.answers, r.group));
      const groups = ['a', 'b', 'c'];
      const s = buildReleaseSnapshot(extent, responses, { groups, shuffle: keep });
      assert.equal(s.cells.slice(1).reduce((sum, c) => sum + c.n, 0), s.cells[0].n, 'the cells add up to the whole');
      const excluded = [...new Set(excludedRows.filter((i) => i < responses.length))].map((i) => releaseCellOf(responses[i], groups));
      checkView(s, viewRelease(s, { minGroupSize: k, excluded }), k, excluded);
    }), { numRuns: 400, seed: 20261203 });
  });

  it('over any sequence of submissions, no two releases made differ by fewer than k responses', () => {
    const step = fc.record({ member: fc.integer({ min: 0, max: 14 }), answer: fc.integer({ min: 0, max: 2 }), release: fc.boolean() });
    fc.assert(fc.property(fc.array(step, { maxLength: 80 }), fc.integer({ min: 3, max: 6 }), fc.subarray(['m0', 'm1']), (steps, k, facilitators) => {
      const ignore = new Set(facilitators);
      const current: Record<string, string> = {};
      const made: Record<string, string>[] = [];
      for (const s of steps) {
        current[`m${s.member}`] = String(s.answer);
        if (!s.release) continue;
        const rule = nextRelease({ minGroupSize: k, current, previous: made, ignore });
        if (rule.allowed) made.push({ ...current });
      }
      for (let i = 0; i < made.length; i++) {
        assert.ok(Object.keys(made[i]).filter((m) => !ignore.has(m)).length >= k);
        for (let j = i + 1; j < made.length; j++) assert.ok(releaseDistance(made[i], made[j], ignore) >= k, `releases ${i} and ${j}`);
      }
    }), { numRuns: 400, seed: 20261203 });
  });
});
