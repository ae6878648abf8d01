// readDraft and migrateDraft: a stored draft is read defensively and carried to a new version without dropping an answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { draftToResponse, draftWithResponse, migrateDraft, readDraft, type SurveyDraft } from '../../src/core/draft.js';
import type { Assessment } from '../../src/core/types.js';
import { extent } from './fixtures.js';

const v2: Assessment = {
  ...extent,
  version: '2',
  scale: { min: 0, max: 3, labels: ['0', '1', '2', '3'], notApplicable: false },
  dimensions: [extent.dimensions[0], { id: 'new', label: 'New', questions: [{ id: 'n1', text: 'n1' }] }],
};

const draft = (extra: Partial<SurveyDraft> = {}): SurveyDraft => ({
  assessmentId: 'extent', assessmentVersion: '1', answers: {}, comments: {}, ...extra,
});

test('readDraft: a clean copy of a draft; undefined for anything else', () => {
  const d = readDraft({ ...draft({ answers: { e1: 2, e2: 'dk', e3: 'x' as never }, group: 'staff', sectionId: 'odd' }), extra: 1 });
  assert.deepEqual(d, draft({ answers: { e1: 2, e2: 'dk' }, group: 'staff', sectionId: 'odd' }));
  for (const bad of [null, 'x', 3, [], {}, { assessmentId: 'a' }, { ...draft(), answers: [] }, { ...draft(), comments: 'c' }]) {
    assert.equal(readDraft(bad), undefined, JSON.stringify(bad));
  }
});

test('readDraft never reaches a prototype', () => {
  const d = readDraft(JSON.parse('{"assessmentId":"a","assessmentVersion":"1","answers":{"__proto__":{"polluted":1}},"comments":{}}'));
  assert.ok(d);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});

test('migrateDraft: same version keeps everything and moves nothing', () => {
  const m = migrateDraft(extent, draft({ answers: { e1: 4, o2: 'na' }, comments: { e1: 'why' }, sectionId: 'odd' }));
  assert.equal(m.versionChanged, false);
  assert.equal(m.keptAside, 0);
  assert.equal(m.restored, 2);
  assert.deepEqual(m.draft, draft({ answers: { e1: 4, o2: 'na' }, comments: { e1: 'why' }, sectionId: 'odd' }));
});

test('migrateDraft: questions that still exist come back; removed ones and off-scale values are kept aside', () => {
  const m = migrateDraft(v2, draft({
    answers: { e1: 3, e2: 4, e3: 'na', o1: 1 }, comments: { e1: 'kept', o1: 'aside' }, sectionId: 'odd', submittedAt: '2026-01-01T00:00:00Z',
    orphans: [{ assessmentId: 'extent', assessmentVersion: '0', answers: { z: 1 }, comments: {} }],
  }));
  assert.equal(m.versionChanged, true);
  assert.deepEqual(m.draft.answers, { e1: 3 }); // e2: 4 is off the 0–3 scale; e3: na is not offered; o1 is gone
  assert.deepEqual(m.draft.comments, { e1: 'kept' });
  assert.equal(m.restored, 1);
  assert.equal(m.keptAside, 4);
  assert.equal(m.draft.assessmentVersion, '2');
  assert.equal(m.draft.sectionId, undefined, 'the section of a removed dimension is dropped');
  assert.equal(m.draft.submittedAt, undefined);
  assert.deepEqual(m.draft.orphans, [
    { assessmentId: 'extent', assessmentVersion: '0', answers: { z: 1 }, comments: {} },
    { assessmentId: 'extent', assessmentVersion: '1', answers: { e2: 4, e3: 'na', o1: 1 }, comments: { o1: 'aside' } },
  ]);
});

test('property: no answer is ever lost, and what is restored is valid for the new version', () => {
  const ids = ['e1', 'e2', 'e3', 'e4', 'o1', 'o2', 'o3', 'w1', 'gone'];
  const answer = fc.oneof(fc.integer({ min: -1, max: 5 }), fc.constantFrom('dk' as const, 'na' as const));
  fc.assert(fc.property(fc.dictionary(fc.constantFrom(...ids), answer), (generated) => {
    const answers = { ...generated };
    const before = draft({ answers: { ...answers } });
    const m = migrateDraft(v2, before);
    const aside = m.draft.orphans?.at(-1)?.answers ?? {};
    assert.deepEqual({ ...m.draft.answers, ...aside }, answers);
    assert.equal(Object.keys(m.draft.answers).length + Object.keys(aside).length, Object.keys(answers).length);
    assert.deepEqual(before.answers, answers, 'the input is not changed');
    assert.notEqual(m.draft.answers, before.answers);
    for (const [id, v] of Object.entries(m.draft.answers)) {
      assert.ok(v === 'dk' || (typeof v === 'number' && v >= 0 && v <= 3), `${id}=${v}`);
    }
  }));
});

test('draftToResponse and draftWithResponse round-trip the answers, the group and the key', () => {
  const d = draft({ answers: { e1: 1 }, comments: { e1: 'c' }, group: 'staff', respondentId: 'k1', sectionId: 'odd', submittedAt: '2026-01-01T00:00:00Z' });
  const r = draftToResponse(d);
  assert.deepEqual(r, { assessmentId: 'extent', assessmentVersion: '1', answers: { e1: 1 }, comments: { e1: 'c' }, respondent: { id: 'k1', group: 'staff' }, submittedAt: '2026-01-01T00:00:00Z' });
  assert.deepEqual(draftToResponse(draft()), { assessmentId: 'extent', assessmentVersion: '1', answers: {} });
  const back = draftWithResponse({ ...d, orphans: [{ assessmentId: 'x', assessmentVersion: '0', answers: { z: 1 }, comments: {} }] }, { ...r, answers: { e2: 'dk' }, comments: undefined });
  assert.deepEqual(back.answers, { e2: 'dk' });
  assert.deepEqual(back.comments, {});
  assert.equal(back.submittedAt, undefined);
  assert.equal(back.sectionId, 'odd');
  assert.equal(back.orphans?.length, 1);
});
