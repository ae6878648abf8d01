// Tests of validateAssessment, validateResponse, missingRequired and the message catalogue.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { ValidationError, ValidationResult } from '../../src/core/types.js';
import { missingRequired, validateAssessment, validateResponse } from '../../src/core/validate.js';
import { formatMessage, messageCodes } from '../../src/core/messages.js';
import { VALIDATION_MESSAGES } from '../../src/core/messages-validation.js';
import { formatValidationMessage } from '../../src/core/validation-message.js';
import { DELETE, allPaths, replaceAt, setIn, sampleAssessment, sampleResponse, strictAssessment } from './validate-fixtures.js';

type Path = (string | number)[];
type Loose = Record<string, unknown>;

function errorsOf<T>(result: ValidationResult<T>): ValidationError[] {
  assert.equal(result.ok, false, 'expected validation to fail');
  return result.ok ? [] : result.errors;
}

/** The one error of an assessment edited by `edit`, as [path, code]. */
function assessmentError(path: Path, value: unknown): [string, string] {
  const errors = errorsOf(validateAssessment(replaceAt(sampleAssessment(), path, value)));
  assert.equal(errors.length, 1, JSON.stringify(errors));
  return [errors[0].path, errors[0].code];
}

describe('validateAssessment: valid input', () => {
  it('accepts the sample and returns a clean deep copy', () => {
    const input = setIn(setIn(sampleAssessment(), ['extra'], 'dropped'), ['dimensions', 0, 'questions', 0, 'typo'], true);
    const result = validateAssessment(input);
    assert.ok(result.ok);
    assert.deepEqual(result.value, sampleAssessment());
    setIn(input, ['dimensions', 0, 'questions', 0, 'id'], 'changed');
    setIn(input, ['title', 'en'], 'changed');
    assert.equal(result.value.dimensions[0].questions[0].id, 'pw-1');
    assert.equal((result.value.title as Record<string, string>).en, 'Test assessment');
  });

  it('accepts frozen input, null-prototype objects and a negative integer scale', () => {
    const a = setIn(sampleAssessment(), ['scale'], Object.assign(Object.create(null), { min: -2, max: 2, labels: ['a', 'b', 'c', 'd', 'e'] }));
    const result = validateAssessment(Object.freeze(a));
    assert.ok(result.ok);
    assert.equal(Object.getPrototypeOf(result.value.scale), Object.prototype);
  });

  it('is idempotent: a clean copy validates to itself', () => {
    const first = validateAssessment(sampleAssessment());
    assert.ok(first.ok);
    assert.deepEqual(validateAssessment(first.value), first);
  });
});

describe('validateAssessment: each error at its exact path', () => {
  const cases: [string, Path, unknown, string, string][] = [
    ['missing id', ['id'], DELETE, 'id', 'required'],
    ['numeric id', ['id'], 42, 'id', 'not-string'],
    ['empty id', ['id'], '', 'id', 'empty-string'],
    ['id with a space', ['id'], 'my test', 'id', 'invalid-id'],
    ['id with an accent', ['dimensions', 1, 'id'], 'bénéfice', 'dimensions[1].id', 'invalid-id'],
    ['id starting with -', ['dimensions', 1, 'questions', 0, 'id'], '-x', 'dimensions[1].questions[0].id', 'invalid-id'],
    ['id over 100 characters', ['id'], 'x'.repeat(101), 'id', 'invalid-id'],
    ['id "constructor"', ['dimensions', 0, 'id'], 'constructor', 'dimensions[0].id', 'reserved-id'],
    ['question id "group" (a CSV column)', ['dimensions', 0, 'questions', 1, 'id'], 'group', 'dimensions[0].questions[1].id', 'reserved-id'],
    ['question id "comment:x"', ['dimensions', 0, 'questions', 1, 'id'], 'comment:x', 'dimensions[0].questions[1].id', 'reserved-id'],
    ['missing version', ['version'], DELETE, 'version', 'required'],
    ['numeric version', ['version'], 1, 'version', 'not-string'],
    ['missing title', ['title'], DELETE, 'title', 'required'],
    ['blank title', ['title'], '  ', 'title', 'empty-string'],
    ['empty title record', ['title'], {}, 'title', 'not-text'],
    ['title as an array', ['title'], ['x'], 'title', 'not-text'],
    ['title translation not a string', ['title', 'fr'], 3, 'title.fr', 'not-string'],
    ['title translation empty', ['title', 'fr'], '', 'title.fr', 'empty-string'],
    ['title with a bad language key', ['title', 'en us'], 'x', 'title["en us"]', 'invalid-language'],
    ['missing scale', ['scale'], DELETE, 'scale', 'required'],
    ['scale as a string', ['scale'], '0-4', 'scale', 'not-object'],
    ['scale.min a string', ['scale', 'min'], '0', 'scale.min', 'not-number'],
    ['scale.max infinite', ['scale', 'max'], Infinity, 'scale.max', 'not-number'],
    ['scale.min not whole', ['scale', 'min'], 0.5, 'scale.min', 'not-integer'],
    ['min equal to max', ['scale'], { min: 4, max: 4, labels: [] }, 'scale', 'scale-min-max'],
    ['too few labels', ['scale', 'labels'], ['a', 'b', 'c', 'd'], 'scale.labels', 'scale-labels-count'],
    ['a label not a text', ['scale', 'labels', 2], 2, 'scale.labels[2]', 'not-text'],
    ['labels not a list', ['scale', 'labels'], 'a,b', 'scale.labels', 'not-array'],
    ['dontKnow not a boolean', ['scale', 'dontKnow'], 'yes', 'scale.dontKnow', 'not-boolean'],
    ['missing dimensions', ['dimensions'], DELETE, 'dimensions', 'required'],
    ['dimensions an object', ['dimensions'], {}, 'dimensions', 'not-array'],
    ['no dimensions', ['dimensions'], [], 'dimensions', 'no-dimensions'],
    ['a dimension null', ['dimensions', 1], null, 'dimensions[1]', 'not-object'],
    ['duplicate dimension id', ['dimensions', 1, 'id'], 'political-will', 'dimensions[1].id', 'duplicate-dimension-id'],
    ['question id in two dimensions', ['dimensions', 1, 'questions', 0, 'id'], 'pw-1', 'dimensions[1].questions[0].id', 'duplicate-question-id'],
    ['question id twice in a dimension', ['dimensions', 0, 'questions', 1, 'id'], 'pw-1', 'dimensions[0].questions[1].id', 'duplicate-question-id'],
    ['missing label', ['dimensions', 0, 'label'], DELETE, 'dimensions[0].label', 'required'],
    ['description a number', ['dimensions', 0, 'description'], 5, 'dimensions[0].description', 'not-text'],
    ['no questions', ['dimensions', 1, 'questions'], [], 'dimensions[1].questions', 'no-questions'],
    ['a question a string', ['dimensions', 1, 'questions', 1], 'Q', 'dimensions[1].questions[1]', 'not-object'],
    ['missing question text', ['dimensions', 1, 'questions', 0, 'text'], DELETE, 'dimensions[1].questions[0].text', 'required'],
    ['negative weight', ['dimensions', 0, 'questions', 1, 'weight'], -1, 'dimensions[0].questions[1].weight', 'invalid-weight'],
    ['NaN weight', ['dimensions', 0, 'questions', 1, 'weight'], NaN, 'dimensions[0].questions[1].weight', 'invalid-weight'],
    ['weight a string', ['dimensions', 0, 'questions', 1, 'weight'], '2', 'dimensions[0].questions[1].weight', 'not-number'],
    ['reverse a string', ['dimensions', 0, 'questions', 1, 'reverse'], 'true', 'dimensions[0].questions[1].reverse', 'not-boolean'],
    ['required a number', ['dimensions', 0, 'questions', 0, 'required'], 1, 'dimensions[0].questions[0].required', 'not-boolean'],
  ];
  for (const [name, at, value, path, code] of cases) {
    it(name, () => assert.deepEqual(assessmentError(at, value), [path, code]));
  }

  it('points at both places of a duplicate question id, in English and French', () => {
    const a = replaceAt(sampleAssessment(), ['dimensions', 1, 'questions', 0, 'id'], 'pw-1');
    const [en] = errorsOf(validateAssessment(a));
    assert.equal(en.params?.other, 'dimensions[0].questions[0]');
    assert.equal(en.message, 'Question id "pw-1" is used twice (also at dimensions[0].questions[0]). Give each question its own id.');
    const [fr] = errorsOf(validateAssessment(a, { locale: 'fr-CA' }));
    assert.equal(
      fr.message,
      'L’identifiant de question «\u00a0pw-1\u00a0» est utilisé deux fois (aussi à dimensions[0].questions[0]). Donnez à chaque question son propre identifiant.',
    );
  });

  it('reports min >= max with both values, formatted for the locale', () => {
    const a = setIn(setIn(sampleAssessment(), ['scale', 'min'], 5), ['scale', 'max'], 1);
    const [error] = errorsOf(validateAssessment(a, { locale: 'fr' }));
    assert.equal(error.code, 'scale-min-max');
    assert.deepEqual(error.params, { min: 5, max: 1, path: 'scale' });
    assert.match(error.message, /^Le minimum de l’échelle \(5\) doit être plus petit que son maximum \(1\)\.$/);
  });

  it('lists every problem of a broken assessment, in document order', () => {
    const errors = errorsOf(validateAssessment({ id: 'a b', scale: { min: 0, max: 1, labels: ['x'] }, dimensions: [{ id: 'd' }] }));
    assert.deepEqual(
      errors.map((e) => e.path),
      ['id', 'version', 'title', 'scale.labels', 'dimensions[0].label', 'dimensions[0].questions'],
    );
  });
});

describe('validateAssessment never throws', () => {
  const hostile: [string, () => unknown][] = [
    ['null', () => null],
    ['undefined', () => undefined],
    ['a number', () => 42],
    ['a string', () => '{"id":"x"}'],
    ['an array', () => [sampleAssessment()]],
    ['a Date', () => new Date()],
    ['a function', () => () => 1],
    ['a symbol', () => Symbol('x')],
    ['a bigint', () => 10n],
    ['a cyclic object', () => {
      const a = sampleAssessment();
      setIn(a, ['self'], a);
      setIn(a, ['dimensions', 0, 'questions', 0, 'text'], a);
      return setIn(a, ['dimensions', 2], a);
    }],
    ['a throwing getter at the top', () => Object.defineProperty(sampleAssessment(), 'dimensions', { get() { throw new Error('boom'); }, enumerable: true })],
    ['a throwing getter deep inside', () => {
      const a = sampleAssessment();
      Object.defineProperty(a.dimensions[1].questions[0], 'text', { get() { throw new Error('boom'); }, enumerable: true });
      return a;
    }],
    ['a Proxy whose every trap throws', () => new Proxy({}, new Proxy({}, { get() { throw new Error('trap'); } }))],
    ['a revoked Proxy', () => {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      return proxy;
    }],
    ['a Proxy as the dimensions list', () => {
      return setIn(sampleAssessment(), ['dimensions'], new Proxy([], { get() { throw new Error('trap'); } }));
    }],
    ['an error object that throws when read', () => Object.defineProperty({}, 'id', { get() { throw new Proxy({}, { get() { throw 1; } }); }, enumerable: true })],
  ];
  for (const [name, make] of hostile) {
    it(`on ${name}`, () => {
      const result = validateAssessment(make(), { locale: 'fr' });
      assert.equal(result.ok, false);
      if (!result.ok) for (const e of result.errors) assert.equal(typeof e.message, 'string');
    });
  }

  it('reports a throwing getter as unreadable at its path', () => {
    const a = sampleAssessment();
    Object.defineProperty(a.dimensions[1].questions[0], 'text', { get() { throw new Error('boom'); }, enumerable: true });
    assert.deepEqual(errorsOf(validateAssessment(a)).map((e) => [e.path, e.code]), [['dimensions[1].questions[0].text', 'unreadable']]);
  });

  it('does not echo a 10 MB string', () => {
    const a = replaceAt(sampleAssessment(), ['id'], 'x '.repeat(5_000_000));
    const [error] = errorsOf(validateAssessment(a));
    assert.equal(error.code, 'invalid-id');
    assert.ok(error.message.length < 500);
    assert.ok(errorsOf(validateAssessment('y'.repeat(10_000_000)))[0].message.length < 500);
  });

  it('caps the errors of a huge broken array at 100 plus one too-many-errors', () => {
    const a = setIn(sampleAssessment(), ['dimensions'], new Array(4_000_000_000 >>> 1));
    const errors = errorsOf(validateAssessment(a));
    assert.equal(errors.length, 101);
    assert.equal(errors[100].code, 'too-many-errors');
  });

  it('cannot be used for prototype pollution', () => {
    const a = JSON.parse(
      '{"__proto__":{"polluted":1},"id":"x","version":"1","title":{"__proto__":"x","en":"T"},"scale":{"min":0,"max":1,"labels":["a","b"]},"dimensions":[{"id":"__proto__","label":"L","questions":[{"id":"q","text":"T"}]}]}',
    );
    const errors = errorsOf(validateAssessment(a));
    assert.deepEqual(errors.map((e) => [e.path, e.code]), [
      ['title.__proto__', 'invalid-language'],
      ['dimensions[0].id', 'reserved-id'],
    ]);
    assert.equal(({} as Loose).polluted, undefined);
  });

  it('holds on anything fast-check can build', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true, withMap: true, withSet: true, withDate: true, withSparseArray: true }), (input) => {
        const result = validateAssessment(input);
        assert.equal(typeof result.ok, 'boolean');
      }),
      { numRuns: 500 },
    );
  });

  it('holds on valid assessments with a random JSON value at a random path, and stays idempotent', () => {
    const paths = allPaths(sampleAssessment());
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => {
        const result = validateAssessment(replaceAt(sampleAssessment(), path, value));
        if (result.ok) assert.deepEqual(validateAssessment(result.value), result);
        else assert.ok(result.errors.every((e) => typeof e.path === 'string' && e.code && e.message));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('validateResponse', () => {
  const assessment = sampleAssessment();

  function responseError(path: Path, value: unknown): [string, string][] {
    const r = replaceAt(sampleResponse(), path, value);
    return errorsOf(validateResponse(assessment, r)).map((e) => [e.path, e.code]);
  }

  it('accepts a full response and returns a clean copy', () => {
    const input = { ...sampleResponse(), extra: 1 };
    const result = validateResponse(assessment, input);
    assert.ok(result.ok);
    assert.deepEqual(result.value, sampleResponse());
    setIn(input, ['answers', 'pw-1'], 0);
    assert.equal(result.value.answers['pw-1'], 3);
  });

  it('accepts a draft with no answers, and a different version', () => {
    const result = validateResponse(assessment, { assessmentId: 'test-ge', assessmentVersion: '0.9-draft', answers: {} });
    assert.deepEqual(result, { ok: true, value: { assessmentId: 'test-ge', assessmentVersion: '0.9-draft', answers: {} } });
  });

  it('normalises: trims respondent fields, drops blank ones and empty comments, reads -0 as 0', () => {
    const result = validateResponse(assessment, {
      assessmentId: 'test-ge', assessmentVersion: '1', answers: { 'pw-1': -0 }, respondent: { id: ' ', group: ' staff ' }, comments: { 'pw-1': '' },
    });
    assert.ok(result.ok);
    assert.deepEqual(result.value, { assessmentId: 'test-ge', assessmentVersion: '1', answers: { 'pw-1': 0 }, respondent: { group: 'staff' } });
    assert.ok(Object.is(result.value.answers['pw-1'], 0));
  });

  const cases: [string, Path, unknown, [string, string][]][] = [
    ['another assessment', ['assessmentId'], 'other', [['assessmentId', 'assessment-mismatch']]],
    ['missing assessmentId', ['assessmentId'], DELETE, [['assessmentId', 'required']]],
    ['numeric version', ['assessmentVersion'], 1, [['assessmentVersion', 'not-string']]],
    ['missing answers', ['answers'], DELETE, [['answers', 'required']]],
    ['answers as a list', ['answers'], [1, 2], [['answers', 'not-object']]],
    ['an unknown question', ['answers', 'zz'], 1, [['answers.zz', 'unknown-question']]],
    ['an unknown id with unsafe characters', ['answers', 'a b"c'], 1, [['answers["a b\\"c"]', 'unknown-question']]],
    ['an answer above the scale', ['answers', 'fr-1'], 5, [['answers.fr-1', 'answer-out-of-scale']]],
    ['an answer below the scale', ['answers', 'fr-1'], -1, [['answers.fr-1', 'answer-out-of-scale']]],
    ['a fractional answer', ['answers', 'fr-1'], 2.5, [['answers.fr-1', 'answer-out-of-scale']]],
    ['a text answer', ['answers', 'fr-1'], 'maybe', [['answers.fr-1', 'answer-invalid']]],
    ['a string number', ['answers', 'fr-1'], '2', [['answers.fr-1', 'answer-invalid']]],
    ['a comment too long', ['comments', 'pw-1'], 'x'.repeat(10_001), [['comments.pw-1', 'too-long']]],
    ['a comment not a string', ['comments', 'pw-1'], 5, [['comments.pw-1', 'not-string']]],
    ['a comment on an unknown question', ['comments', 'zz'], 'x', [['comments.zz', 'unknown-question']]],
    ['respondent a string', ['respondent'], 'anne', [['respondent', 'not-object']]],
    ['respondent id a number', ['respondent', 'id'], 5, [['respondent.id', 'not-string']]],
    ['group too long', ['respondent', 'group'], 'g'.repeat(201), [['respondent.group', 'too-long']]],
    ['an impossible date', ['submittedAt'], '2025-02-30', [['submittedAt', 'invalid-date']]],
    ['a date in words', ['submittedAt'], 'yesterday', [['submittedAt', 'invalid-date']]],
    ['a date as a number', ['submittedAt'], 1710408600000, [['submittedAt', 'not-string']]],
  ];
  for (const [name, path, value, expected] of cases) {
    it(`rejects ${name}`, () => assert.deepEqual(responseError(path, value), expected));
  }

  it('rejects dk and na where the scale does not offer them', () => {
    const strict = strictAssessment();
    const result = validateResponse(strict, { assessmentId: 'strict', assessmentVersion: '2', answers: { q1: 'dk', q2: 'na' } });
    assert.deepEqual(errorsOf(result).map((e) => [e.path, e.code]), [['answers.q1', 'dk-not-offered'], ['answers.q2', 'na-not-offered']]);
  });

  it('gives the allowed range in the out-of-scale message, in French', () => {
    const r = replaceAt(sampleResponse(), ['answers', 'fr-1'], 2.5);
    const [error] = errorsOf(validateResponse(assessment, r, { locale: 'fr' }));
    assert.equal(error.message, 'La réponse 2,5 à la question «\u00a0fr-1\u00a0» est hors de l’échelle. Utilisez un nombre entier de 0 à 4.');
    assert.deepEqual(error.params, { id: 'fr-1', found: 2.5, min: 0, max: 4, path: 'answers.fr-1' });
  });

  it('accepts the ISO 8601 forms it documents', () => {
    for (const date of ['2025-03-14', '2025-03-14T09:30', '2025-03-14T09:30:00Z', '2025-03-14T09:30:00.123+05:30', '2024-02-29T23:59:59-0500']) {
      assert.ok(validateResponse(assessment, { ...sampleResponse(), submittedAt: date }).ok, date);
    }
  });

  it('never throws, whatever the response or options', () => {
    const getter = Object.defineProperty({ assessmentId: 'test-ge', assessmentVersion: '1' }, 'answers', { get() { throw new Error('x'); }, enumerable: true });
    for (const input of [null, undefined, 0, 'x', [], getter, new Proxy({}, { ownKeys() { throw new Error('x'); } })]) {
      assert.equal(validateResponse(assessment, input).ok, false);
    }
    assert.equal(validateResponse(null as never, sampleResponse()).ok, false);
    assert.ok(validateResponse(assessment, sampleResponse(), new Proxy({}, { get() { throw new Error('x'); } })).ok);
    fc.assert(fc.property(fc.anything({ withNullPrototype: true }), (input) => {
      validateResponse(assessment, input);
      validateResponse(assessment, { assessmentId: 'test-ge', assessmentVersion: '1', answers: input, comments: input, respondent: input, submittedAt: input });
    }), { numRuns: 500 });
  });

  it('stops at 100 errors on a response with a million unknown answers', () => {
    const answers = Object.fromEntries(Array.from({ length: 1_000_000 }, (_, i) => [`q${i}`, 1]));
    const errors = errorsOf(validateResponse(assessment, { assessmentId: 'test-ge', assessmentVersion: '1', answers }));
    assert.equal(errors.length, 101);
  });
});

describe('missingRequired', () => {
  it('lists required questions without an answer; dk and na count as answers', () => {
    const a = sampleAssessment();
    assert.deepEqual(missingRequired(a, { answers: {} }), ['pw-1', 'fr-1']);
    assert.deepEqual(missingRequired(a, { answers: { 'pw-1': 'dk' } }), ['fr-1']);
    assert.deepEqual(missingRequired(a, { answers: { 'pw-1': 'na', 'fr-1': 0 } }), []);
    assert.deepEqual(missingRequired(a, undefined), ['pw-1', 'fr-1']);
  });
});

describe('messages', () => {
  it('has every code in English and French with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const code of messageCodes()) {
      const en = formatMessage(code, {}, 'en');
      const fr = formatMessage(code, {}, 'fr');
      assert.notEqual(en, code);
      assert.notEqual(en, fr, code);
      assert.deepEqual(placeholders(en), placeholders(fr), code);
    }
  });

  it('words a validation problem as formatMessage does, without the CSV reader\'s messages', () => {
    const params = { path: 'dimensions[0].id', found: '« x : y »', expected: 'a', max: 12.5, min: 0, count: 3, id: 'q', value: 1 };
    for (const code of Object.keys(VALIDATION_MESSAGES)) {
      for (const locale of ['en', 'fr', 'fr-CA', 'de']) assert.equal(formatValidationMessage(code, params, locale), formatMessage(code, params, locale), `${code} ${locale}`);
    }
    const csvOnly = messageCodes().filter((c) => !(c in VALIDATION_MESSAGES));
    assert.ok(csvOnly.includes('csv-empty'));
    for (const code of csvOnly) assert.equal(formatValidationMessage(code, {}, 'fr'), code);
    assert.equal(formatValidationMessage('required', null as never, 5 as never), formatMessage('required', {}, 'en'));
  });

  it('re-renders an error in the other language from its params', () => {
    const r = replaceAt(sampleResponse(), ['answers', 'fr-1'], 9);
    const [en] = errorsOf(validateResponse(sampleAssessment(), r));
    const [fr] = errorsOf(validateResponse(sampleAssessment(), r, { locale: 'fr' }));
    assert.equal(formatMessage(en.code, en.params, 'fr'), fr.message);
    assert.equal(formatMessage(fr.code, fr.params, 'en-GB'), en.message);
  });

  it('uses French spacing only in templates, and survives bad arguments', () => {
    assert.equal(formatMessage('invalid-date', { found: 'a : b' }, 'fr'), '«\u00a0a : b\u00a0» n’est pas une date valide. Utilisez la forme ISO 8601, par exemple 2025-03-14 ou 2025-03-14T09:30:00Z.');
    assert.equal(formatMessage('no-such-code', {}, 'fr'), 'no-such-code');
    assert.equal(typeof formatMessage('required', null as never, 42 as never), 'string');
  });
});
