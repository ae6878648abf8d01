// The validators of the write routes' bodies beyond the shared fixtures (bodies.json, read by
// protocol-parity.test.ts): values no JSON text makes, the 400 a server answers, and where they live.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  bodyRefusal, formatProtocolMessage, validatePlanBody, validateStatusBody, validateTargetsBody,
} from '../../src/core/protocol-bodies.js';
import * as core from '../../src/core/index.js';
import fc from 'fast-check';
import { normalizePlan } from '../../src/core/plan.js';
import { planBody } from '../../src/core/protocol-plan.js';

const planOf = (actions: unknown[], extra: Record<string, unknown> = {}) => ({ format: 'gender-in-practice/plan', version: 1, actions, ...extra });
const codes = (r: { ok: boolean; errors?: { code: string }[] }) => (r.ok ? [] : r.errors!.map((e) => e.code));

describe('body validators: never throw', () => {
  const throwing = new Proxy({}, { get() { throw new Error('boom'); }, ownKeys() { throw new Error('boom'); }, getOwnPropertyDescriptor() { throw new Error('boom'); } });
  const { proxy: revoked, revoke } = Proxy.revocable({}, {});
  revoke();
  const hostile = [throwing, revoked, { values: throwing }, { values: revoked }, { plan: throwing, revision: 0 }, { status: throwing },
    { plan: planOf([throwing, revoked]), revision: 0 }, Object.defineProperty({}, 'values', { enumerable: true, get() { throw new Error('boom'); } })];
  it('on hostile values: a list of problems, never an exception', () => {
    for (const value of hostile) {
      for (const result of [validateTargetsBody(value, ['a']), validatePlanBody(value), validateStatusBody(value)]) {
        assert.equal(result.ok, false);
        assert.ok(!result.ok && result.errors.length > 0 && result.errors.every((e) => typeof e.message === 'string' && e.message !== ''));
      }
    }
  });
  it('on dimension ids that are not a list: none known, or unreadable', () => {
    assert.deepEqual(codes(validateTargetsBody({ values: { a: 1 } }, null as unknown as string[])), ['unknown-dimension']);
    assert.deepEqual(codes(validateTargetsBody({ values: { a: 1 } }, 5 as unknown as string[])), ['unreadable']);
  });
  it('on a plan that holds itself, and on nesting far deeper than a stack', () => {
    const cyclic: Record<string, unknown> = planOf([{ id: 'a', title: 't', status: 'todo' }]);
    cyclic.self = cyclic;
    assert.equal(validatePlanBody({ plan: cyclic, revision: 0 }).ok, true);
    let deep: unknown = [Infinity];
    for (let i = 0; i < 200_000; i += 1) deep = [deep];
    const result = validatePlanBody({ plan: planOf([], { deep }), revision: 0 });
    assert.deepEqual(codes(result), ['not-number']);
    assert.ok(!result.ok && result.errors[0].path.startsWith('plan.deep[0][0]'));
  });
  it('NaN is not a finite number, wherever it is', () => {
    assert.deepEqual(codes(validateTargetsBody({ values: { a: NaN } }, ['a'])), ['not-number']);
    assert.deepEqual(codes(validatePlanBody({ plan: planOf([], { n: NaN }), revision: 0 })), ['not-number']);
    assert.deepEqual(codes(validatePlanBody({ plan: planOf([]), revision: NaN })), ['not-integer']);
  });
});

describe('body validators: what they give', () => {
  it('targets: a new object, not the body\'s; plan: the plan as given', () => {
    const values = { a: 2 };
    const targets = validateTargetsBody({ values }, ['a']);
    assert.ok(targets.ok);
    assert.notEqual(targets.value, values);
    assert.deepEqual(targets.value, values);
    const plan = planOf([{ id: 'a', title: 't', status: 'todo', days: 2 }]);
    const saved = validatePlanBody({ plan, revision: 4 });
    assert.ok(saved.ok);
    assert.equal(saved.value.plan, plan);
    assert.equal(saved.value.revision, 4);
  });
  it('messages follow the locale: fr, fr-CA and FR give French, anything else English', () => {
    for (const locale of ['fr', 'fr-CA', 'FR']) {
      assert.match((validateStatusBody({ status: 'x' }, { locale }) as { errors: { message: string }[] }).errors[0].message, /^Le statut/);
    }
    for (const locale of ['en', 'de', undefined]) {
      assert.match((validateStatusBody({ status: 'x' }, { locale }) as { errors: { message: string }[] }).errors[0].message, /^The status/);
    }
  });
});

describe('the server\'s rules and the board\'s reader of plans (src/core/plan.ts, protocol-plan.ts) agree where a user would notice', () => {
  const value = fc.oneof(fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.jsonValue(), fc.constantFrom(Infinity, -Infinity, NaN));
  const card = fc.oneof(
    fc.record({ id: value, title: value, status: value, days: value, due: value, owner: value, notes: value, extra: fc.oneof(value, fc.array(value), fc.dictionary(fc.string(), value)) },
      { requiredKeys: [] }),
    value,
  );
  it('whatever cards the board holds (read from anything), what it saves passes the server\'s rules, up to the maximum count', () => {
    fc.assert(fc.property(fc.array(card, { maxLength: 25 }), fc.maxSafeNat(), (cards, revision) => {
      const { actions } = normalizePlan(cards);
      const sent = JSON.parse(JSON.stringify(planBody(actions, revision))) as unknown; // as it travels
      const checked = validatePlanBody(sent);
      return checked.ok && checked.value.revision === revision;
    }), { numRuns: 300, seed: 12 });
  });
  it('whatever plan the server accepts, the board reads every card of it (it may re-key or leave out a field, with a note, never drop a card)', () => {
    const accepted = fc.record({ id: fc.string(), title: fc.string(), status: fc.string(), days: value, due: value, owner: value, extra: fc.jsonValue() },
      { requiredKeys: ['id', 'title', 'status'] });
    let valid = 0;
    fc.assert(fc.property(fc.array(fc.oneof(accepted, card), { maxLength: 25 }), (cards) => {
      const body = JSON.parse(JSON.stringify({ plan: { format: 'gender-in-practice/plan', version: 1, actions: cards }, revision: 0 })) as { plan: { actions: unknown[] } };
      const checked = validatePlanBody(body);
      if (checked.ok) valid += 1;
      return !checked.ok || normalizePlan(checked.value.plan.actions).actions.length === body.plan.actions.length;
    }), { numRuns: 300, seed: 12 });
    assert.ok(valid >= 50, `${valid} plans accepted`);
  });
});

describe('bodyRefusal and formatProtocolMessage: the 400 a server answers', () => {
  it('counts the problems in the request\'s language, one and many, and keeps path, code and message of each', () => {
    const one = validatePlanBody({ plan: planOf([]), revision: -1 });
    assert.ok(!one.ok);
    assert.deepEqual(bodyRefusal('plan', one.errors, { locale: 'en' }), {
      code: 'ge-invalid-plan', message: 'The plan has 1 problem.',
      data: { status: 400, errors: [{ path: 'revision', code: 'not-integer', message: 'The field revision must be a whole number, not -1.' }] },
    });
    const three = validateTargetsBody({ values: { x: 1, y: 2, a: 11 } }, ['a']);
    assert.ok(!three.ok);
    const refusal = bodyRefusal('targets', three.errors, { locale: 'fr-CA' });
    assert.equal(refusal.code, 'ge-invalid-targets');
    assert.equal(refusal.message, 'Les cibles comportent 3 problèmes.');
    assert.deepEqual(refusal.data.errors.map((e) => Object.keys(e)), [['path', 'code', 'message'], ['path', 'code', 'message'], ['path', 'code', 'message']]);
    const status = validateStatusBody({});
    assert.ok(!status.ok);
    assert.equal(bodyRefusal('status', status.errors).message, 'The status must be "open" or "closed".');
    assert.equal(bodyRefusal('status', status.errors, { locale: 'fr' }).message, 'Le statut doit être «\u00a0open\u00a0» (ouvert) ou «\u00a0closed\u00a0» (fermé).');
  });
  it('words the validation\'s and the server\'s codes, and gives an unknown code back as it is', () => {
    assert.equal(formatProtocolMessage('ge-too-large', { size: 300000, max: 262144 }, 'fr'), 'Le corps de la requête compte 300\u00a0000 octets; la limite est de 262\u00a0144 octets.');
    assert.equal(formatProtocolMessage('required', { path: 'plan' }), 'The field plan is missing. Add it.');
    assert.equal(formatProtocolMessage('no-such-code'), 'no-such-code');
  });
});

describe('where the body validators live', () => {
  it('not in the core\'s index (so not in the CDN bundle, which the elements need and servers do not): import gender-in-practice/core/protocol-bodies', () => {
    for (const name of ['validateTargetsBody', 'validatePlanBody', 'validateStatusBody', 'bodyRefusal', 'formatProtocolMessage']) {
      assert.equal(name in core, false, name);
    }
  });
});
