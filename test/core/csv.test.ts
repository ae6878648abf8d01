// Tests of responsesToCsv / responsesFromCsv, the RFC 4180 layer and the formula guard.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { SurveyResponse } from '../../src/core/types.js';
import { responsesFromCsv, responsesToCsv } from '../../src/core/csv.js';
import { detectSeparator, formatCsvField, parseCsv } from '../../src/core/csv-format.js';
import { guardFormula, unguardFormula } from '../../src/core/csv-guard.js';
import { parseAnswerText } from '../../src/core/scale-labels.js';
import { arbValidResponse, sampleAssessment, sampleResponse, strictAssessment, trickyText } from './validate-fixtures.js';

const assessment = sampleAssessment();
const HEADER = 'assessment_id,assessment_version,respondent_id,group,submitted_at,pw-1,pw-2,fr-1,fr-2';
const base = { assessmentId: 'test-ge', assessmentVersion: '1.0' };

/** Reads `text`, returning the responses and the errors as [row, column, code]. */
function read(text: string, a = assessment) {
  const { responses, errors } = responsesFromCsv(a, text);
  return { responses, errors: errors.map((e) => [e.row, e.column, e.code]) };
}

describe('responsesToCsv', () => {
  it('writes the documented columns, RFC 4180 quoting and CRLF', () => {
    const second: SurveyResponse = { ...base, answers: { 'fr-1': 4 } };
    assert.equal(
      responsesToCsv(assessment, [sampleResponse(), second]),
      `${HEADER},comment:pw-1\r\n` +
        'test-ge,1.0,r-7f3a,staff,2025-03-14T09:30:00.000Z,3,dk,0,na,"Mostly in speeches, ""not"" in budgets."\r\n' +
        'test-ge,1.0,,,,,,4,,\r\n',
    );
  });

  it('writes only the header for no responses, and no comment columns without comments', () => {
    assert.equal(responsesToCsv(assessment, []), `${HEADER}\r\n`);
  });

  it('uses ; and a byte-order mark on request', () => {
    const text = responsesToCsv(assessment, [{ ...base, answers: { 'pw-1': 2 }, comments: { 'fr-2': 'a;b' } }], { separator: ';', bom: true });
    assert.equal(text, `\ufeff${HEADER.replaceAll(',', ';')};comment:fr-2\r\ntest-ge;1.0;;;;2;;;;"a;b"\r\n`);
  });

  it('guards text that a spreadsheet would run as a formula', () => {
    const text = responsesToCsv(assessment, [{ ...base, respondent: { group: '@staff' }, answers: {}, comments: { 'pw-1': '=HYPERLINK("x")' } }]);
    assert.match(text, /,'@staff,/);
    assert.match(text, /,"'=HYPERLINK\(""x""\)"\r\n$/);
  });
});

describe('CSV building blocks', () => {
  it('quotes fields only when needed', () => {
    assert.equal(formatCsvField('plain', ','), 'plain');
    // Any separator is quoted, not only the file's own: French Excel reads a comma file with `;`.
    assert.equal(formatCsvField('a;b', ','), '"a;b"');
    assert.equal(formatCsvField('a;b', ';'), '"a;b"');
    assert.equal(formatCsvField('a,b', ';'), '"a,b"');
    assert.equal(formatCsvField('a\tb', ','), '"a\tb"');
    assert.equal(formatCsvField('say "hi"', ','), '"say ""hi"""');
    assert.equal(formatCsvField('two\nlines', ','), '"two\nlines"');
    assert.equal(formatCsvField(' padded', ','), '" padded"');
    assert.equal(formatCsvField('', ','), '');
  });

  it('detects the separator from the header line, outside quotes', () => {
    assert.equal(detectSeparator('a;b;c\n1,2;3'), ';');
    assert.equal(detectSeparator('a\tb\tc'), '\t');
    assert.equal(detectSeparator('"x;y;z",b'), ',');
    assert.equal(detectSeparator('single'), ',');
  });

  it('reads CRLF, LF and CR line ends and quoted fields across lines, counting rows as a spreadsheet does', () => {
    const { records } = parseCsv('a,b\r\n"1\r\n2",x\n\n3,"y""z"\r4,', ',');
    assert.deepEqual(records, [
      { row: 1, fields: ['a', 'b'] },
      { row: 2, fields: ['1\r\n2', 'x'] },
      { row: 3, fields: [''] },
      { row: 4, fields: ['3', 'y"z'] },
      { row: 5, fields: ['4', ''] },
    ]);
  });

  it('reverses the formula guard exactly, even on texts that start with quotes', () => {
    for (const text of ['=1+1', "'=1", "''+x", "'plain", '-', '\tx', 'plain', "'", '', 'ok;=cmd', "ok;'=cmd", ';=x', '\t=x', 'a\n@b', 'a,,-1']) {
      assert.equal(unguardFormula(guardFormula(text)), text, text);
    }
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', ',', ';', '\t', '\r', '\n', 'a') }), (text) => {
      assert.equal(unguardFormula(guardFormula(text)), text);
    }), { numRuns: 2000, seed: 12 });
  });

  it('guards a formula after a separator or line break inside a field, for a spreadsheet that splits there', () => {
    assert.equal(guardFormula('ok;=cmd|calc'), "ok;'=cmd|calc");
    assert.equal(guardFormula('a, +1'), 'a, +1'); // a space first: no cell starts with the sign
    assert.equal(guardFormula('two\n@lines'), "two\n'@lines");
    assert.equal(guardFormula('x\t-1'), "x\t'-1");
    // What French Excel does with a comma file: split each line on `;` and on line ends, quotes or not.
    const text = responsesToCsv(assessment, [{ ...base, answers: {}, comments: { 'fr-2': 'ok;=cmd|calc\n@SUM(1)' } }], { separator: ',' });
    const cells = text.split(/\r\n|\n|;/).flatMap((line) => line.split(','));
    assert.ok(cells.every((c) => !/^[=+\-@]/.test(c)), `a cell starts a formula: ${JSON.stringify(cells)}`);
  });

  it('reads answers as numbers, codes or labels in either language', () => {
    const scale = assessment.scale;
    const cases: [string, unknown][] = [
      ['3', 3], [' 4 ', 4], ['-0', 0], ['DK', 'dk'], ['Na', 'na'], ['Partly', 2], ['en partie', 2], ['ENTIÈREMENT', 4],
      ["Don't know", 'dk'], ['Je ne sais pas', 'dk'], ['Ne s’applique pas', 'na'], ['not  applicable', 'na'],
      ['', undefined], ['  ', undefined], ['2,0', null], ['2.0', null], ['beaucoup', null],
    ];
    for (const [text, expected] of cases) assert.equal(parseAnswerText(scale, text), expected, text);
  });
});

describe('responsesFromCsv', () => {
  it('reads a French Excel file: BOM, semicolons, CRLF, French labels, multi-line comment', () => {
    const text =
      '\ufeffassessment_id;assessment_version;respondent_id;group;submitted_at;pw-1;pw-2;fr-1;fr-2;comment:pw-1\r\n' +
      'test-ge;1.0;r1;personnel;2025-03-14;En partie;Je ne sais pas;Pas du tout;Ne s’applique pas;"Surtout dans les discours; pas dans le budget.\r\nÀ suivre « vraiment »."\r\n' +
      'test-ge;1.0;r2;direction;2025-03-14T10:05:00-04:00;Entièrement;Dans une faible mesure;;NE S\'APPLIQUE PAS;\r\n' +
      ';;;;;;;;;\r\n\r\n';
    const { responses, errors } = responsesFromCsv(assessment, text);
    assert.deepEqual(errors, []);
    assert.deepEqual(responses, [
      {
        ...base,
        respondent: { id: 'r1', group: 'personnel' },
        submittedAt: '2025-03-14',
        answers: { 'pw-1': 2, 'pw-2': 'dk', 'fr-1': 0, 'fr-2': 'na' },
        comments: { 'pw-1': 'Surtout dans les discours; pas dans le budget.\r\nÀ suivre « vraiment ».' },
      },
      { ...base, respondent: { id: 'r2', group: 'direction' }, submittedAt: '2025-03-14T10:05:00-04:00', answers: { 'pw-1': 4, 'pw-2': 1, 'fr-2': 'na' } },
    ]);
  });

  it('accepts any column order, missing question columns and missing metadata columns', () => {
    assert.deepEqual(read('fr-1,pw-1\n1,DK\n'), { responses: [{ ...base, answers: { 'fr-1': 1, 'pw-1': 'dk' } }], errors: [] });
  });

  it('reports unknown and repeated columns on row 1 and still reads the rows', () => {
    assert.deepEqual(read('pw-1,notes,pw-1,,comment:zz\r\n2,hello,3,x,y\r\n'), {
      responses: [{ ...base, answers: { 'pw-1': 2 } }],
      errors: [[1, 'notes', 'unknown-column'], [1, 'pw-1', 'duplicate-column'], [1, 4, 'unknown-column'], [1, 'comment:zz', 'unknown-column']],
    });
  });

  it('leaves out rows it cannot read, with row and column, and keeps the others', () => {
    const text = `${HEADER}\r\ntest-ge,1.0,,,,1,,,\r\ntest-ge,1.0,,,,7,beaucoup,,\r\ntest-ge,1.0,,,\r\nother,1.0,,,yesterday,2,,,\r\ntest-ge,1.0,,,,,,,3\r\n`;
    assert.deepEqual(read(text), {
      responses: [{ ...base, answers: { 'pw-1': 1 } }, { ...base, answers: { 'fr-2': 3 } }],
      errors: [
        [3, 'pw-2', 'csv-invalid-answer'],
        [3, 'pw-1', 'answer-out-of-scale'],
        [4, 6, 'csv-ragged-row'],
        [5, 'assessment_id', 'assessment-mismatch'],
        [5, 'submitted_at', 'invalid-date'],
      ],
    });
  });

  it('writes actionable messages with the location, in French too', () => {
    const { errors } = responsesFromCsv(assessment, 'pw-1\n9\n', { locale: 'fr' });
    assert.equal(errors[0].message, 'Ligne 2, colonne «\u00a0pw-1\u00a0»\u00a0: la réponse 9 à la question «\u00a0pw-1\u00a0» est hors de l’échelle. Utilisez un nombre entier de 0 à 4. Cette ligne n’a pas été importée.');
    const en = responsesFromCsv(assessment, 'pw-1\n9\n').errors[0];
    assert.equal(en.message, 'Row 2, column "pw-1": The answer 9 to question "pw-1" is outside the scale. Use a whole number from 0 to 4. This row was not imported.');
  });

  it('rejects dk and na where the scale does not offer them', () => {
    assert.deepEqual(read('q1,q2\nJe ne sais pas,4\nna,5\n', strictAssessment()), {
      responses: [],
      errors: [[2, 'q1', 'dk-not-offered'], [3, 'q1', 'na-not-offered']],
    });
  });

  it('reports an unterminated quote at the row where it opened, keeping the rows before', () => {
    const text = `${HEADER},comment:pw-1\ntest-ge,1.0,,,,1,,,,"multi\nline"\ntest-ge,1.0,,,,2,,,,"never closed\n\ntest-ge,1.0,,,,3,,,,\n`;
    const { responses, errors } = read(text);
    assert.deepEqual(responses.map((r) => r.answers['pw-1']), [1]);
    assert.deepEqual(errors, [[3, 'comment:pw-1', 'csv-unterminated-quote']]);
  });

  it('reports an empty file, and ignores blank trailing lines', () => {
    assert.deepEqual(read(''), { responses: [], errors: [[1, 1, 'csv-empty']] });
    assert.deepEqual(read('\ufeff\r\n\r\n'), { responses: [], errors: [[1, 1, 'csv-empty']] });
    assert.deepEqual(read(`${HEADER}\n\n\n`), { responses: [], errors: [] });
  });

  it('never throws: garbage, non-strings, 10 MB of input', () => {
    for (const text of [null, 42, {}, '"', '\u0000\u0001', ',,,\n;;;', 'x'.repeat(10_000_000), `"${'y'.repeat(10_000_000)}`]) {
      const result = responsesFromCsv(assessment, text as string);
      assert.ok(Array.isArray(result.responses) && Array.isArray(result.errors));
      for (const e of result.errors) assert.ok(e.message.length < 600);
    }
    const start = Date.now();
    const big = `pw-1,zz\n${'1,x\n'.repeat(200_000)}`;
    const result = responsesFromCsv(assessment, big);
    assert.equal(result.responses.length, 200_000);
    assert.ok(Date.now() - start < 20_000);
    assert.equal(responsesFromCsv(null as never, 'pw-1\n1').errors[0].code, 'unreadable');
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(',', ';', '\t', '"', '\n', '\r', 'dk', '1', '9', 'pw-1', ' ', 'é') }), (text) => {
      responsesFromCsv(assessment, text);
    }), { numRuns: 500 });
  });

  it('caps the errors at 100 plus one too-many-errors, still leaving bad rows out', () => {
    const { responses, errors } = responsesFromCsv(assessment, `pw-1\n${'9\n'.repeat(500)}1\n`);
    assert.equal(errors.length, 101);
    assert.equal(errors[100].code, 'too-many-errors');
    assert.deepEqual(responses, [{ ...base, answers: { 'pw-1': 1 } }]);
  });
});

describe('CSV round trip', () => {
  it('gives back any set of valid responses, with both separators, with or without BOM', () => {
    fc.assert(
      fc.property(fc.array(arbValidResponse(assessment), { maxLength: 6 }), fc.constantFrom(',' as const, ';' as const, '\t' as const), fc.boolean(), (responses, separator, bom) => {
        const text = responsesToCsv(assessment, responses, { separator, bom });
        assert.deepEqual(responsesFromCsv(assessment, text), { responses, errors: [] });
      }),
      { numRuns: 400 },
    );
  });

  it('keeps comments that look like formulas, quotes or BOMs exactly', () => {
    fc.assert(
      fc.property(trickyText, (comment) => {
        const response: SurveyResponse = { ...base, answers: {}, comments: comment === '' ? undefined : { 'fr-2': `=${comment}` } };
        if (!response.comments) delete response.comments;
        const text = responsesToCsv(assessment, [response], { separator: ';', bom: true });
        assert.deepEqual(responsesFromCsv(assessment, text).responses, [response]);
      }),
      { numRuns: 300 },
    );
  });
});
