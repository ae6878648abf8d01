// The member's side of the round protocol: reading GET R, the PUT answer, failures, and where a survey starts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readQueuedSubmission, readRoundPayload, readSentMarker, readSubmitAnswer, startingPoint } from '../../src/core/protocol-round.js';
import { codeScope, codeTag, normaliseCode } from '../../src/core/invitation-code.js';
import { defaultAssessment } from '../../src/core/default-assessment.js';

const q = defaultAssessment.dimensions[0].questions[0].id;
const base = { assessmentId: defaultAssessment.id, assessmentVersion: defaultAssessment.version };

test('readRoundPayload: round, checked assessment and own response', () => {
  const read = readRoundPayload({
    protocol: 2,
    round: { id: '12', title: 'R', status: 'closed', groups: ['staff', 3], minGroupSize: 5 },
    assessment: defaultAssessment,
    mine: { response: { ...base, answers: { [q]: 2 }, respondent: { group: 'staff' } }, submittedAt: '2026-11-29T10:00:00Z' },
  });
  assert.equal(read.ok, true);
  if (!read.ok) return;
  assert.deepEqual(read.issues, []);
  assert.equal(read.value.round.status, 'closed');
  assert.deepEqual(read.value.round.groups, ['staff']);
  assert.equal(read.value.assessment.id, defaultAssessment.id);
  assert.deepEqual(read.value.mine?.response.answers, { [q]: 2 });
  assert.equal(read.value.mine?.submittedAt, '2026-11-29T10:00:00Z');
});

test('readRoundPayload: no mine, a mine that does not fit, a bad assessment', () => {
  const none = readRoundPayload({ round: {}, assessment: defaultAssessment, mine: null });
  assert.ok(none.ok && none.value.mine === null && none.issues.length === 0);
  const bad = readRoundPayload({ assessment: defaultAssessment, mine: { response: { ...base, answers: { nope: 1 } } } });
  assert.ok(bad.ok);
  if (bad.ok) {
    assert.equal(bad.value.mine, null);
    assert.equal(bad.issues[0].code, 'unknown-question');
    assert.equal(bad.issues[0].path, 'mine.response.answers.nope');
  }
  const broken = readRoundPayload({ assessment: { id: 'x' } });
  assert.equal(broken.ok, false);
  assert.ok(broken.issues[0].path.startsWith('assessment'));
  assert.equal(readRoundPayload('nope').ok, false);
  assert.deepEqual(readRoundPayload({ protocol: 2, assessment: defaultAssessment }).issues, []);
  const future = readRoundPayload({ protocol: 3, assessment: defaultAssessment });
  assert.ok(future.ok && future.issues[0].code === 'protocol-version');
});

test('readSubmitAnswer: created or updated', () => {
  assert.deepEqual(readSubmitAnswer({ status: 'created', submittedAt: '2026-01-01T00:00:00Z' }), { status: 'created', submittedAt: '2026-01-01T00:00:00Z' });
  assert.deepEqual(readSubmitAnswer({ status: 'updated' }), { status: 'updated' });
  assert.deepEqual(readSubmitAnswer(null), { status: 'updated' });
});

test('readQueuedSubmission: the shape of an outbox entry', () => {
  const entry = { response: { ...base, answers: {} }, queuedAt: '2026-01-01T00:00:00Z' };
  assert.deepEqual(readQueuedSubmission(entry), entry);
  assert.equal(readQueuedSubmission({ response: {}, queuedAt: 'x' }), undefined);
  assert.equal(readQueuedSubmission([]), undefined);
});

test('startingPoint: what the person typed is never overwritten', () => {
  const mine = { response: { ...base, answers: {} }, submittedAt: '2026-01-02T00:00:00Z' };
  const queued = { response: { ...base, answers: {} }, queuedAt: '2026-01-01T00:00:00Z' };
  assert.equal(startingPoint({ queued, mine, draft: { hasContent: true, savedAt: '2026-01-03T00:00:00Z' } }), 'queued');
  assert.equal(startingPoint({ mine, draft: { hasContent: true, savedAt: '2026-01-03T00:00:00Z' } }), 'draft');
  assert.equal(startingPoint({ mine, draft: { hasContent: true, savedAt: '2026-01-01T00:00:00Z' } }), 'mine');
  assert.equal(startingPoint({ mine, draft: { hasContent: false, savedAt: '2026-01-03T00:00:00Z' } }), 'mine');
  assert.equal(startingPoint({ mine: { response: mine.response }, draft: { hasContent: true, savedAt: '2026-01-01T00:00:00Z' } }), 'draft');
  assert.equal(startingPoint({ mine, draft: { hasContent: true } }), 'mine');
  assert.equal(startingPoint({ draft: { hasContent: true } }), 'draft');
  assert.equal(startingPoint({}), 'blank');
});

test('readQueuedSubmission keeps a normalised invitation code, nothing else', () => {
  const entry = { response: { ...base, answers: {} }, queuedAt: '2026-01-01T00:00:00Z' };
  assert.deepEqual(readQueuedSubmission({ ...entry, code: 'ABCD2345' }), { ...entry, code: 'ABCD2345' });
  assert.deepEqual(readQueuedSubmission({ ...entry, code: 'abcd-2345' }), entry);
  assert.deepEqual(readQueuedSubmission({ ...entry, code: 12 }), entry);
});

test('readSentMarker: a time and a status, nothing of the answers', () => {
  assert.deepEqual(readSentMarker({ sentAt: '2026-12-03T10:40:00Z', status: 'created' }), { sentAt: '2026-12-03T10:40:00Z', status: 'created' });
  assert.equal(readSentMarker({ sentAt: 'yesterday', status: 'created' }), undefined);
  assert.equal(readSentMarker({ sentAt: '2026-12-03T10:40:00Z', status: 'maybe' }), undefined);
  assert.equal(readSentMarker(null), undefined);
});

test('invitation codes: case, spaces and dashes ignored; anything else is no code', () => {
  assert.equal(normaliseCode(' abcd-efgh jklm '), 'ABCDEFGHJKLM');
  assert.equal(normaliseCode('ab\u2013cd'), 'ABCD');
  assert.equal(normaliseCode(''), '');
  assert.equal(normaliseCode('   '), '');
  assert.equal(normaliseCode('ABCD;DROP'), null);
  assert.equal(normaliseCode('ÉCOLE'), null);
  assert.equal(normaliseCode('A'.repeat(65)), null);
});

test('a code\'s storage scope: stable, short, different for different codes, the code not in it', () => {
  assert.equal(codeTag('ABCDEFGHJKLM'), codeTag('ABCDEFGHJKLM'));
  assert.notEqual(codeTag('ABCDEFGHJKLM'), codeTag('ABCDEFGHJKLN'));
  assert.equal(codeTag(''), (0x811c9dc5).toString(36)); // FNV-1a's offset basis
  assert.equal(codeTag('a'), (0xe40c292c).toString(36)); // FNV-1a 32 of "a"
  const scope = codeScope('survey-12', 'ABCDEFGHJKLM');
  assert.match(scope, /^survey-12:code-[0-9a-z]{1,7}$/);
  assert.ok(!scope.includes('ABCD'));
});
