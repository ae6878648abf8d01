// The facilitator's side of the round protocol, pure: reading results and plans, bodies, failures, reconciling a kept copy.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { defaultAssessment } from '../../src/core/default-assessment.js';
import { failureKind, readResults, readRound, readTargets, retryDelay, targetsBody } from '../../src/core/protocol-results.js';
import { planBody, readLocalPlan, readPlanData, readSavedRevision, readServerPlan, reconcile } from '../../src/core/protocol-plan.js';

const card = (id: string, status = 'todo') => ({ id, title: id.toUpperCase(), status });

describe('readResults', () => {
  const body = {
    protocol: 1, round: { id: '12', title: 'T', status: 'open', groups: ['staff'], minGroupSize: 4 }, assessment: defaultAssessment, n: 23,
    groups: [{ id: 'staff', n: 15 }, { id: 'management', n: null }],
    responses: [{ assessmentId: 'x', assessmentVersion: '1', answers: { 'pw-1': 3 }, respondent: { id: 'leak', group: 'staff' } }, 'junk', { answers: 3 }],
    targets: { policy: 8, budget: 'high', 'political-will': null },
  };

  it('keeps what it can read, drops respondent ids, and lists the rest', () => {
    const r = readResults(body);
    assert.ok(r.ok);
    assert.equal(r.value.n, 23);
    assert.equal(r.value.round.minGroupSize, 4);
    assert.deepEqual(r.value.groups, [{ id: 'staff', n: 15 }, { id: 'management', n: null }]);
    assert.equal(r.value.responses.length, 1);
    assert.deepEqual(r.value.responses[0].respondent, { group: 'staff' });
    assert.deepEqual(r.value.targets, { policy: 8 });
    assert.deepEqual(r.issues.map((i) => i.path), ['responses[1]', 'responses[2]', 'targets.budget']);
  });

  it('below k: no responses, the server\'s n; null targets are none', () => {
    const r = readResults({ ...body, n: 2, responses: [], targets: null });
    assert.ok(r.ok);
    assert.equal(r.value.n, 2);
    assert.deepEqual(r.value.responses, []);
    assert.deepEqual(r.value.targets, {});
  });

  it('fails without a valid assessment or an object', () => {
    assert.equal(readResults({ ...body, assessment: { id: 1 } }).ok, false);
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

describe('failureKind and retryDelay', () => {
  it('sorts statuses and codes', () => {
    assert.equal(failureKind({ status: 0, code: 'network' }), 'offline');
    assert.equal(failureKind({ status: 503, code: 'http-503' }), 'offline');
    assert.equal(failureKind({ status: 429, code: 'x' }), 'offline');
    assert.equal(failureKind({ status: 200, code: 'not-json' }), 'offline');
    assert.equal(failureKind({ status: 0, code: 'bad-endpoint' }), 'refused');
    assert.equal(failureKind({ status: 401, code: 'rest_not_logged_in' }), 'expired');
    assert.equal(failureKind({ status: 403, code: 'rest_cookie_invalid_nonce' }), 'expired');
    assert.equal(failureKind({ status: 403, code: 'ge-forbidden' }), 'forbidden');
    assert.equal(failureKind({ status: 404, code: 'ge-unknown-round' }), 'not-found');
    assert.equal(failureKind({ status: 409, code: 'ge-plan-conflict' }), 'conflict');
    assert.equal(failureKind({ status: 409, code: 'ge-round-closed' }), 'refused');
    assert.equal(failureKind({ status: 400, code: 'ge-invalid-plan' }), 'refused');
  });

  it('backs off, doubling, up to a minute', () => {
    assert.deepEqual([1, 2, 3, 10, 100].map((a) => retryDelay(a)), [3000, 6000, 12000, 60000, 60000]);
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
