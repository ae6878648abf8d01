// The wheel's inputs as a page gives them (bad ones included), and the model derived from them through the core.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readDimensions, readMax, readSeries, type WheelIssue } from '../../src/socratic-wheel/series-input.js';
import { createWheelDeriver } from '../../src/socratic-wheel/model.js';
import { defaultAssessment } from '../../src/core/default-assessment.js';
import type { SurveyResponse } from '../../src/core/types.js';

const ids = ['a', 'b', 'c'];

test('max: a positive number, else 10 with a note', () => {
  const issues: WheelIssue[] = [];
  assert.equal(readMax(5, issues), 5);
  assert.equal(readMax('4', issues), 4);
  assert.equal(readMax(undefined, issues), 10);
  assert.equal(issues.length, 0);
  assert.equal(readMax(Number.NaN, issues), 10);
  assert.equal(readMax(-2, issues), 10);
  assert.deepEqual(issues.map((i) => i.code), ['invalid-max', 'invalid-max']);
});

test('dimensions: bad and duplicate entries dropped and noted', () => {
  const issues: WheelIssue[] = [];
  const d = readDimensions([{ id: 'a', label: 'A' }, { id: 'b' }, null, { id: 'a', label: 'again' }, { label: 'no id' }], issues);
  assert.deepEqual(d, [{ id: 'a', label: 'A' }, { id: 'b', label: 'b' }]);
  assert.deepEqual(issues.map((i) => i.code), ['invalid-dimension', 'duplicate-dimension', 'invalid-dimension']);
  assert.deepEqual(readDimensions([], []), []);
  const i2: WheelIssue[] = [];
  assert.deepEqual(readDimensions('nope', i2), []);
  assert.equal(i2.length, 1);
});

test('series: unknown dimensions ignored, out-of-range clamped, NaN a gap — each noted', () => {
  const issues: WheelIssue[] = [];
  const [s] = readSeries([{ id: 's', label: 'S', kind: 'target', values: { a: 12, b: Number.NaN, c: -1, zz: 3 } }], ids, 10, issues);
  assert.deepEqual(s.values, { a: 10, b: null, c: 0 });
  assert.equal(s.kind, 'target');
  assert.deepEqual(issues.map((i) => i.code).sort(), ['not-a-number', 'out-of-range', 'out-of-range', 'unknown-dimension']);
  assert.equal(issues.find((i) => i.code === 'unknown-dimension')?.value, 'zz');
});

test('series: null is a legitimate gap, with no note; strings and Infinity are noted', () => {
  const issues: WheelIssue[] = [];
  const [s] = readSeries([{ id: 's', values: { a: null, b: '5', c: Infinity } }], ids, 10, issues);
  assert.deepEqual(s.values, { a: null, b: null, c: 10 });
  assert.deepEqual(issues.map((i) => i.code), ['not-a-number', 'out-of-range']);
  assert.equal(s.label, 's', 'the id stands in for a missing label');
});

test('series: not an array, entries without id or values, duplicates, unknown kinds', () => {
  const issues: WheelIssue[] = [];
  assert.deepEqual(readSeries({ id: 'x' }, ids, 10, issues), []);
  const out = readSeries([{ id: 'x', values: {} }, { id: 'x', values: {} }, { values: {} }, 7, { id: 'y', values: {}, kind: 'weird' }], ids, 10, issues);
  assert.deepEqual(out.map((s) => [s.id, s.kind]), [['x', undefined], ['y', undefined]]);
  assert.deepEqual(issues.map((i) => i.code), ['invalid-series', 'duplicate-series', 'invalid-series', 'invalid-series']);
});

test('spread: ordered and clamped', () => {
  const issues: WheelIssue[] = [];
  const [s] = readSeries([{ id: 's', values: { a: 5 }, spread: { a: [7, 3], b: [-1, 11], c: 'x', q: [1, 2] } }], ids, 10, issues);
  assert.deepEqual(s.spread, { a: [3, 7], b: [0, 10] });
  assert.equal(issues.length, 4);
});

test('whatever the input, reading never throws and values stay within 0..max', () => {
  fc.assert(fc.property(fc.anything(), fc.anything(), (series, dims) => {
    const issues: WheelIssue[] = [];
    const d = readDimensions(dims, issues).map((x) => x.id);
    const out = readSeries(series, d, 10, issues);
    return out.every((s) => Object.values(s.values).every((v) => v === null || (v >= 0 && v <= 10)));
  }));
  fc.assert(fc.property(fc.array(fc.record({ id: fc.constantFrom('s', 't'), values: fc.dictionary(fc.constantFrom('a', 'b', 'q'), fc.oneof(fc.double(), fc.constant(null))) })), (series) => {
    const out = readSeries(series, ids, 10, []);
    return out.every((s) => Object.entries(s.values).every(([k, v]) => ids.includes(k) && (v === null || (v >= 0 && v <= 10))));
  }));
});

const response = (answers: Record<string, number>, group?: string, id?: string): SurveyResponse => ({
  assessmentId: defaultAssessment.id, assessmentVersion: defaultAssessment.version, respondent: { id, group }, answers,
});

test('model: dimensions from the built-in assessment by default, then from assessment, then from dimensions', () => {
  const derive = createWheelDeriver();
  assert.equal(derive({ locale: 'en' }).dimensions.length, 10);
  assert.deepEqual(derive({ locale: 'en', dimensions: [{ id: 'x', label: 'X' }] }).dimensions, [{ id: 'x', label: 'X' }]);
  assert.deepEqual(derive({ locale: 'en', dimensions: [] }).dimensions, []);
  const bad = derive({ locale: 'fr', assessment: { id: 'broken' } });
  assert.ok(bad.assessmentErrors.length > 0);
  assert.deepEqual(bad.dimensions, [], 'an unreadable assessment draws nothing rather than the wrong wheel');
});

test('model: responses give the current series first, then the page\'s series; priorities from current and target', () => {
  const derive = createWheelDeriver();
  const all4 = Object.fromEntries(defaultAssessment.dimensions.flatMap((d) => d.questions.map((q) => [q.id, q.reverse ? 0 : 4])));
  const responses = Array.from({ length: 5 }, (_, i) => response(all4, 'staff', `r${i}`));
  const m = derive({ locale: 'en', responses, series: [{ id: 't', label: 'T', kind: 'target', values: { 'political-will': 10 } }] });
  assert.deepEqual(m.series.map((s) => s.id), ['current', 't']);
  assert.equal(m.series[0].values['political-will'], 10);
  assert.equal(m.priorities.length, 10);
  assert.equal(m.priorities[0].current, 100, 'priorities on 0–100');
  assert.equal(m.aggregate?.n, 5);
});

test('model: aggregation and validation run again only when their inputs change', () => {
  const derive = createWheelDeriver();
  const responses = [response({ 'pw-1': 2 })];
  const a = derive({ locale: 'en', responses, series: [] });
  const b = derive({ locale: 'en', responses, series: [{ id: 's', values: {} }] });
  assert.equal(a.aggregate, b.aggregate);
  const c = derive({ locale: 'en', responses: [...responses], series: [] });
  assert.notEqual(a.aggregate, c.aggregate);
  assert.equal(a.aggregate?.current, null, 'one respondent: nothing drawn');
});

test('model: editable names no series: an empty target series is started', () => {
  const m = createWheelDeriver()({ locale: 'en', editable: 'goal', series: [] });
  assert.deepEqual(m.series.map((s) => [s.id, s.kind]), [['goal', 'target']]);
  const k = createWheelDeriver()({ locale: 'en', editable: 's', series: [{ id: 's', values: {} }] });
  assert.equal(k.series.length, 1);
});
