// The facilitator's side of the round protocol, pure: reading results and plans, bodies, failures, reconciling a kept copy.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { defaultAssessment } from '../../src/core/default-assessment.js';
import { buildReleaseSnapshot, viewRelease } from '../../src/core/release.js';
import type { SurveyResponse } from '../../src/core/types.js';
import { readResults, readRound, readTargets, targetsBody } from '../../src/core/protocol-results.js';
import { planBody, readLocalPlan, readPlanData, readSavedRevision, readServerPlan, reconcile } from '../../src/core/protocol-plan.js';

const card = (id: string, status = 'todo') => ({ id, title: id.toUpperCase(), status });

describe('readResults (protocol 2: releases, never records)', () => {
  const respond = (level: number, group: string): SurveyResponse => ({
    assessmentId: defaultAssessment.id, assessmentVersion: defaultAssessment.version, respondent: { group },
    answers: Object.fromEntries(defaultAssessment.dimensions.flatMap((d) => d.questions.map((q) => [q.id, level]))),
    comments: { [defaultAssessment.dimensions[0].questions[0].id]: `comment ${level}` },
  });
  const responses = [...Array.from({ length: 6 }, (_, i) => respond(i % 5, 'staff')), ...Array.from({ length: 5 }, () => respond(3, 'management')),
    ...Array.from({ length: 2 }, () => respond(1, 'board'))];
  const groups = ['staff', 'management', 'board'];
  const view = viewRelease(buildReleaseSnapshot(defaultAssessment, responses, { groups }), { minGroupSize: 4 });
  const body = {
    protocol: 2, round: { id: '12', title: 'T', status: 'open', groups, minGroupSize: 4 }, assessment: defaultAssessment,
    n: 15, releases: 2, release: { id: 2, at: '2026-12-03T10:40:00Z', ...view },
    next: { allowed: false, needed: 2 }, targets: { policy: 8, budget: 'high', 'political-will': null },
  };
  const json = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

  it('reads the live count, the releases made, the latest release as sent, what the next needs, and the targets', () => {
    const r = readResults(json(body));
    assert.ok(r.ok);
    assert.equal(r.value.n, 15);
    assert.equal(r.value.releases, 2);
    assert.deepEqual(r.value.release, json({ id: 2, at: '2026-12-03T10:40:00Z', ...view }));
    assert.deepEqual(r.value.next, { allowed: false, needed: 2 });
    assert.equal(r.value.round.minGroupSize, 4);
    assert.deepEqual(r.value.targets, { policy: 8 });
    assert.deepEqual(r.issues.map((i) => i.path), ['targets.budget']);
    assert.deepEqual(r.value.release!.groups.map((g) => [g.id, g.n]), [['staff', 6], ['management', null], ['board', null]]);
  });

  it('before the first release: release null, no issue', () => {
    const r = readResults({ ...json(body), n: 2, releases: 0, release: null, next: { allowed: false, needed: 2 }, targets: null });
    assert.ok(r.ok);
    assert.deepEqual([r.value.n, r.value.releases, r.value.release, r.value.targets], [2, 0, null, {}]);
    assert.deepEqual(r.issues, []);
  });

  it('refuses protocol 1, or per-person responses without a release, saying the server must be updated', () => {
    const v1 = { protocol: 1, round: body.round, assessment: defaultAssessment, n: 8, groups: [], responses, targets: {} };
    for (const b of [v1, { ...v1, protocol: undefined }, { ...json(body), protocol: 1 }]) {
      const r = readResults(b);
      assert.equal(r.ok, false);
      assert.equal(r.issues[0].code, 'protocol-outdated');
      assert.match(r.issues[0].message, /per person \(protocol 1\).*updated to protocol 2/);
    }
    // A body that has both is read as protocol 2: only the release is used.
    assert.ok(readResults({ ...json(body), responses: [] }).ok);
  });

  it('a release that cannot be used fails with a clear issue; never throws', () => {
    for (const release of ['junk', 3, [], { n: 'many', minGroupSize: 5, suppressed: false }, { n: 3, suppressed: false }, { n: 3, minGroupSize: 5 }]) {
      const r = readResults({ ...json(body), release });
      assert.equal(r.ok, false, JSON.stringify(release));
      assert.ok(r.issues[0].path.startsWith('release'));
      assert.ok(r.issues[0].message.length > 10);
    }
  });

  it('a damaged part of a release is hidden and listed, never guessed', () => {
    const b = json(body);
    const dims = b.release.dimensions as Record<string, unknown>;
    dims.policy = 'junk';
    dims.budget = { n: 3 };
    (dims['political-will'] as { scores: unknown[] }).scores.push('x', Infinity);
    (b.release.groups as unknown[]).push({ n: 4 }, { id: 'x', n: -1 });
    (b.release.comments as Record<string, unknown>).policy = ['fine', 3, ''];
    (b.release as Record<string, unknown>).at = 'yesterday';
    const r = readResults(b);
    assert.ok(r.ok);
    const release = r.value.release!;
    assert.deepEqual(release.dimensions.policy, { n: null, reason: 'below-min-size' });
    assert.deepEqual(release.dimensions.budget, { n: null, reason: 'below-min-size' });
    assert.equal((release.dimensions['political-will'] as { scores: number[] }).scores.length, 13);
    assert.deepEqual(release.groups.map((g) => [g.id, g.n]), [['staff', 6], ['management', null], ['board', null], ['x', null]]);
    assert.deepEqual(release.comments.policy, ['fine']);
    assert.equal(release.at, undefined);
    assert.deepEqual(r.issues.map((i) => i.path), [
      'release.dimensions.political-will.scores', 'release.dimensions.policy', 'release.dimensions.budget',
      'release.groups[3]', 'release.groups[4].n', 'release.comments.policy', 'release.at', 'targets.budget',
    ]);
  });

  it('next that cannot be read is null, with an issue', () => {
    for (const next of [undefined, { allowed: 'yes', needed: 1 }, { allowed: true, needed: -1 }]) {
      const r = readResults({ ...json(body), next });
      assert.ok(r.ok);
      assert.equal(r.value.next, null);
      assert.equal(r.issues[0].code, 'unreadable-next');
    }
  });

  it('never throws, whatever the body', () => {
    fc.assert(fc.property(fc.anything(), fc.anything(), (release, next) => {
      const r = readResults({ ...json(body), release, next });
      assert.equal(typeof r.ok, 'boolean');
    }), { numRuns: 300, seed: 12 });
    const hostile = new Proxy({}, { get() { throw new Error('no'); }, ownKeys() { throw new Error('no'); } });
    assert.equal(readResults({ ...json(body), release: hostile }).ok, false);
  });

  it('fails without a valid assessment or an object', () => {
    assert.equal(readResults({ ...json(body), assessment: { id: 1 } }).ok, false);
    assert.equal(readResults('nope').ok, false);
    assert.equal(readResults(null).ok, false);
  });

  it('reads a round with defaults, k never below 3', () => {
    assert.deepEqual(readRound(null), { id: '', title: '', status: 'open', groups: [], minGroupSize: 5 });
    assert.equal(readRound({ minGroupSize: 1 }).minGroupSize, 3);
    assert.equal(readRound({ status: 'closed' }).status, 'closed');
  });
});

describe('targets', () => {
  it('reads numbers only, and sends every target set', () => {
    assert.deepEqual(readTargets([1, 2]).targets, {});
    assert.equal(readTargets([1, 2]).issues[0].code, 'not-an-object');
    assert.deepEqual(readTargets({ a: 1, b: Infinity }).targets, { a: 1 });
    assert.deepEqual(targetsBody({ a: 7, b: null, c: undefined, d: 0 }), { values: { a: 7, d: 0 } });
  });
});

describe('the plan on the server', () => {
  it('reads { plan, revision }: null is an empty plan; a bare list or a board JSON is read like a file', () => {
    assert.deepEqual(readServerPlan({ plan: null, revision: 0 }), { ok: true, value: { actions: [], issues: [], revision: 0 }, issues: [] });
    const r = readServerPlan({ plan: { format: 'gender-in-practice/plan', version: 1, actions: [card('a'), { title: 'no id' }] }, revision: 4 });
    assert.ok(r.ok);
    assert.equal(r.value.revision, 4);
    assert.equal(r.value.actions.length, 2);
    assert.equal(r.value.issues[0].code, 'missing-id');
    assert.equal(readPlanData([card('x')]).actions[0].id, 'x');
    assert.equal(readServerPlan({ plan: { nope: 1 }, revision: 1 }).ok, false);
    assert.equal(readServerPlan({ plan: null }).ok, false);
    assert.equal(readServerPlan({ plan: null, revision: -1 }).ok, false);
  });

  it('a saved plan with a number that is not finite (1e400 in the JSON) keeps no Infinity and says so', () => {
    const r = readServerPlan(JSON.parse('{"revision":2,"plan":{"format":"gender-in-practice/plan","version":1,"actions":[{"id":"a","title":"t","status":"todo","days":1e400,"cost":{"eur":-1e400}}]}}'));
    assert.ok(r.ok);
    assert.equal(JSON.stringify(r.value.actions), '[{"id":"a","title":"t","status":"todo"}]');
    assert.deepEqual(r.value.issues.map((i) => i.code), ['bad-days', 'bad-number']);
    const local = readLocalPlan(JSON.parse('{"base":1,"actions":[{"id":"a","title":"t","status":"todo","n":1e400}]}'));
    assert.equal(JSON.stringify(local?.actions), '[{"id":"a","title":"t","status":"todo"}]');
  });

  it('writes the body of a save, and reads its answer', () => {
    assert.deepEqual(planBody([card('a')], 3), { plan: { format: 'gender-in-practice/plan', version: 1, actions: [card('a')] }, revision: 3 });
    assert.equal(readSavedRevision({ revision: 4 }), 4);
    assert.equal(readSavedRevision({}), null);
  });

  it('reads the browser\'s copy', () => {
    assert.deepEqual(readLocalPlan({ actions: [card('a')], base: 2 }), { actions: [card('a')], base: 2 });
    assert.deepEqual(readLocalPlan({ actions: [], base: null }), { actions: [], base: null });
    assert.equal(readLocalPlan({ actions: [], base: 'x' }), undefined);
    assert.equal(readLocalPlan([card('a')]), undefined);
  });

  it('reconciles a kept copy with the server: push from the same revision, conflict from an older one', () => {
    const server = { actions: [card('a')], issues: [], revision: 2 };
    assert.equal(reconcile(undefined, server), 'server');
    assert.equal(reconcile({ actions: [card('a')], base: 1 }, server), 'server'); // the same plan: nothing to settle
    assert.equal(reconcile({ actions: [card('b')], base: 2 }, server), 'push');
    assert.equal(reconcile({ actions: [card('b')], base: 1 }, server), 'conflict');
    assert.equal(reconcile({ actions: [card('b')], base: null }, { ...server, actions: [], revision: 0 }), 'push');
    assert.equal(reconcile({ actions: [card('b')], base: null }, server), 'conflict');
  });
});
