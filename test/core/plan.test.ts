// The plan's data rules: reading bad cards without losing any, moves, budget, CSV and JSON.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  columnOf, moveAction, normalizePlan, parseDays, planBudget, positionOf, UNSORTED, type PlanAction,
} from '../../src/core/plan.js';
import { planFromJson, planToCsv, planToJson } from '../../src/core/plan-files.js';

const cols = new Set(['todo', 'doing', 'done']);
const card = (id: string, status: string, extra: Partial<PlanAction> = {}): PlanAction => ({ id, title: id.toUpperCase(), status, ...extra });
const ids = (actions: readonly PlanAction[], status: string) => actions.filter((a) => columnOf(a, cols) === status).map((a) => a.id);

describe('parseDays', () => {
  it('reads a decimal point or a French decimal comma, blank as unset, and refuses the rest', () => {
    assert.deepEqual(parseDays('1,5'), { ok: true, value: 1.5 });
    assert.deepEqual(parseDays(' 2.25 '), { ok: true, value: 2.25 });
    assert.deepEqual(parseDays('0'), { ok: true, value: 0 });
    assert.deepEqual(parseDays(''), { ok: true });
    for (const bad of ['-1', 'abc', '1,5,2', '1e3', '--', 'NaN']) assert.deepEqual(parseDays(bad), { ok: false }, bad);
  });
});

describe('normalizePlan', () => {
  it('keeps every object as a card and says what it changed', () => {
    const { actions, issues } = normalizePlan([
      { id: 'a', title: 'One', status: 'todo', days: '1,5', due: '2025-02-30' },
      { id: 'a', title: 'Two', status: 'weird', days: -2 },
      { title: 3, status: 'done', due: '2025-03-14T10:00', owner: 7, custom: { x: 1 } },
      42,
    ]);
    assert.deepEqual(actions.map((a) => a.id), ['a', 'a-2', 'action-3']);
    assert.equal(actions[0].days, 1.5);
    assert.equal(actions[0].due, undefined);
    assert.equal(actions[1].status, 'weird');
    assert.equal(actions[1].days, undefined);
    assert.equal(actions[2].title, '3');
    assert.equal(actions[2].due, '2025-03-14');
    assert.deepEqual(actions[2].custom, { x: 1 });
    assert.deepEqual(issues.map((i) => `${i.path} ${i.code}`), [
      'actions[0].due bad-due', 'actions[1].id duplicate-id', 'actions[1].days bad-days',
      'actions[2].id missing-id', 'actions[2].owner bad-text', 'actions[3] not-an-object',
    ]);
  });

  it('re-keys duplicates around ids used later in the list, in linear time', () => {
    assert.deepEqual(normalizePlan([card('x', 'todo'), card('x', 'todo'), card('x-2', 'todo')]).actions.map((a) => a.id), ['x', 'x-3', 'x-2']);
    const many = Array.from({ length: 20000 }, () => card('same', 'todo'));
    const start = Date.now();
    const { actions } = normalizePlan(many);
    assert.equal(new Set(actions.map((a) => a.id)).size, 20000);
    assert.ok(Date.now() - start < 2000);
  });

  it('never throws, whatever it gets', () => {
    const hostile = new Proxy({}, { get() { throw new Error('no'); }, ownKeys() { throw new Error('no'); } });
    for (const input of [null, undefined, 'x', {}, [hostile], [null, []], Object.create(null)]) {
      assert.doesNotThrow(() => normalizePlan(input));
    }
    assert.equal(normalizePlan([hostile]).actions[0].id, 'action-1'); // kept as an empty card
  });

  it('never keeps a number that is not finite: JSON.parse reads 1e400 as Infinity', () => {
    const finite = (v: unknown): boolean => (typeof v === 'number' ? Number.isFinite(v)
      : v !== null && typeof v === 'object' ? Object.values(v).every(finite) : true);
    const parsed = JSON.parse('[{"id":"a","title":"t","status":"todo","days":1e400,"weight":-1e400,"extra":{"x":[1,1e400]},"ok":{"y":[2]}},'
      + '{"id":1e400,"title":1e400,"status":"todo"}]') as unknown[];
    const { actions, issues } = normalizePlan([...parsed, { id: 'n', title: 'n', status: 'todo', score: NaN }]);
    assert.ok(actions.every(finite), JSON.stringify(actions));
    assert.deepEqual(actions[0].ok, { y: [2] }, 'finite extras are kept');
    assert.equal(actions[1].title, '');
    assert.deepEqual(issues.map((i) => `${i.path} ${i.code}`), [
      'actions[0].days bad-days', 'actions[0].weight bad-number', 'actions[0].extra bad-number',
      'actions[1].id missing-id', 'actions[1].title missing-title', 'actions[2].score bad-number',
    ]);
    assert.deepEqual(issues[1].params, { id: 'a', field: 'weight' });
  });

  it('keeps a __proto__ key as data, not as a prototype', () => {
    const { actions } = normalizePlan(JSON.parse('[{"id":"p","title":"t","status":"todo","__proto__":{"polluted":1}}]'));
    assert.equal((actions[0] as Record<string, unknown>).polluted, undefined);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });
});

describe('moveAction', () => {
  const plan = [card('a', 'todo'), card('b', 'todo'), card('c', 'doing'), card('d', 'todo'), card('x', 'mystery')];

  it('moves within and between columns, counting places in the target column', () => {
    assert.deepEqual(ids(moveAction(plan, cols, 'a', 'todo', 2), 'todo'), ['b', 'd', 'a']);
    assert.deepEqual(ids(moveAction(plan, cols, 'd', 'todo', 0), 'todo'), ['d', 'a', 'b']);
    const moved = moveAction(plan, cols, 'b', 'doing', 0);
    assert.deepEqual(ids(moved, 'doing'), ['b', 'c']);
    assert.equal(moved.find((a) => a.id === 'b')?.status, 'doing');
    assert.deepEqual(ids(moveAction(plan, cols, 'a', 'done', 5), 'done'), ['a']);
    assert.deepEqual(positionOf(moved, cols, 'b'), { column: 'doing', index: 0, count: 2 });
  });

  it('moves out of Unsorted but never into it, and leaves the input alone', () => {
    assert.equal(moveAction(plan, cols, 'a', UNSORTED, 0), plan);
    assert.equal(moveAction(plan, cols, 'a', 'nowhere', 0), plan);
    assert.equal(moveAction(plan, cols, 'x', 'doing', 1).find((a) => a.id === 'x')?.status, 'doing');
    assert.equal(plan[4].status, 'mystery');
  });

  it('any sequence of moves keeps the same cards, each once', () => {
    const statuses = ['todo', 'doing', 'done', 'other'];
    const arbPlan = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 15 })
      .chain((idList) => fc.tuple(fc.constant(idList), fc.array(fc.constantFrom(...statuses), { minLength: idList.length, maxLength: idList.length })));
    const arbMoves = fc.array(fc.tuple(fc.nat(20), fc.constantFrom('todo', 'doing', 'done', UNSORTED), fc.integer({ min: -2, max: 20 })), { maxLength: 30 });
    fc.assert(fc.property(arbPlan, arbMoves, ([idList, sts], moves) => {
      let p: readonly PlanAction[] = idList.map((id, i) => card(id, sts[i]));
      for (const [k, to, index] of moves) {
        const id = idList[k % idList.length];
        const before = positionOf(p, cols, id);
        p = moveAction(p, cols, id, to, index);
        const after = positionOf(p, cols, id);
        if (to !== UNSORTED && after) assert.equal(after.column, to);
        if (to === UNSORTED && before?.column !== UNSORTED) assert.equal(after?.column, before?.column);
      }
      assert.deepEqual([...p.map((a) => a.id)].sort(), [...idList].sort());
    }));
  });
});

describe('planBudget', () => {
  it('adds days in total and by dimension, and flags an overrun', () => {
    const b = planBudget([card('a', 'todo', { days: 0.1, dimensionId: 'x' }), card('b', 'done', { days: 0.2, dimensionId: 'x' }),
      card('c', 'todo', { days: 3 }), card('d', 'todo')], 3.2);
    assert.equal(b.planned, 3.3);
    assert.equal(b.over, true);
    assert.deepEqual([...b.byDimension], [['x', 0.3], ['', 3]]);
    assert.equal(planBudget([card('a', 'todo', { days: 2 })], 2).over, false);
    assert.equal(planBudget([card('a', 'todo', { days: 2 })]).available, undefined);
  });
});

describe('CSV and JSON', () => {
  it('writes CSV with a BOM, the ; separator and decimal comma by default, quoting and guarding text', () => {
    const csv = planToCsv([card('a', 'todo', { title: 'Say "hi"; then, leave', days: 1.5, owner: '=cmd()', dimensionId: 'finance' })],
      { dimensionName: (id) => `Dim ${id}` });
    assert.ok(csv.startsWith('\ufeffid;title;status;dimensionId;dimension;owner;due;days;notes\r\n'));
    assert.ok(csv.includes('a;"Say ""hi""; then, leave";todo;finance;Dim finance;\'=cmd();;"1,5";\r\n'), csv);
    const comma = planToCsv([card('b', 'todo', { title: 'x, y', days: 2.5 })], { separator: ',', bom: false });
    assert.equal(comma, 'id,title,status,dimensionId,dimension,owner,due,days,notes\r\nb,"x, y",todo,,,,,2.5,\r\n');
  });

  it('reads back what it writes, and lists what it cannot read while keeping the rest', () => {
    const plan = [card('a', 'todo', { days: 1.5, due: '2025-06-01', owner: 'Aïcha', notes: 'n', practiceId: 'p' })];
    assert.deepEqual(planFromJson(planToJson(plan)), { actions: plan, issues: [] });
    assert.equal(planFromJson('{oops').issues[0].code, 'not-json');
    assert.equal(planFromJson('{"x":1}').issues[0].code, 'not-a-plan');
    const partial = planFromJson('[{"id":"a","title":"ok","status":"todo"}, "junk", {"id":"b","title":"t","status":"done","days":"lots"}]');
    assert.deepEqual(partial.actions.map((a) => a.id), ['a', 'b']);
    assert.deepEqual(partial.issues.map((i) => i.code), ['not-an-object', 'bad-days']);
  });

  it('import(export(plan)) round-trips any normalized plan', () => {
    const arbCard = fc.record({
      id: fc.string({ minLength: 1 }), title: fc.string(), status: fc.string(),
      owner: fc.option(fc.string(), { nil: undefined }), days: fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: undefined }),
      due: fc.option(fc.date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), { nil: undefined }),
    }, { requiredKeys: ['id', 'title', 'status'] });
    fc.assert(fc.property(fc.array(arbCard, { maxLength: 20 }), (raw) => {
      const { actions } = normalizePlan(raw);
      const back = planFromJson(planToJson(actions));
      assert.deepEqual(back.actions, actions);
      assert.deepEqual(back.issues, []);
    }));
  });
});
