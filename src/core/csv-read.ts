// Reading survey responses from CSV text made by responsesToCsv or edited in a spreadsheet.
import type { Assessment, CsvError, SurveyResponse } from './types.js';
import type { CsvRecord } from './csv-format.js';
import type { Column, Report } from './csv-header.js';
import { baseLocale } from './text.js';
import { formatMessage } from './messages.js';
import { detectSeparator, parseCsv, stripBom } from './csv-format.js';
import { unguardFormula } from './csv-guard.js';
import { readHeader } from './csv-header.js';
import { parseAnswerText } from './scale-labels.js';
import { setOwn, truncate } from './safe-read.js';
import { MAX_ERRORS, runChecks } from './validate-context.js';
import { checkResponse } from './validate-response.js';

export interface CsvReadOptions {
  /** Language of the error messages (`en`, `fr`, `fr-CA`...); default English. */
  locale?: string;
}

export interface CsvReadResult {
  /** The rows read without error, in file order, each a valid, clean SurveyResponse. */
  responses: SurveyResponse[];
  /** One entry per problem; a row with any error is left out of `responses`. */
  errors: CsvError[];
}

/** The raw response of one row (answers parsed from text), before validateResponse checks it. */
function rowToRaw(assessment: Assessment, columns: Column[], record: CsvRecord, report: Report) {
  const raw: Record<string, unknown> = { assessmentId: assessment.id, assessmentVersion: assessment.version };
  const answers: Record<string, unknown> = {};
  const comments: Record<string, unknown> = {};
  const respondent: Record<string, unknown> = {};
  for (const column of columns) {
    const cell = record.fields[column.index] ?? '';
    if (column.kind === 'answer' && column.questionId !== undefined) {
      const answer = parseAnswerText(assessment.scale, cell);
      if (answer === null) {
        const { min, max } = assessment.scale;
        report(record.row, column.name, 'csv-invalid-answer', { found: truncate(cell.trim()), min, max, skipped: 1 });
      } else if (answer !== undefined) setOwn(answers, column.questionId, answer);
    } else if (column.kind === 'comment' && column.questionId !== undefined) {
      if (cell !== '') setOwn(comments, column.questionId, unguardFormula(cell));
    } else if (column.path === 'assessmentVersion') {
      // Kept as written (not trimmed), so that any version string round-trips.
      if (cell !== '') raw.assessmentVersion = unguardFormula(cell);
    } else {
      const text = unguardFormula(cell.trim());
      if (text === '') continue;
      if (column.path.startsWith('respondent.')) respondent[column.path.slice('respondent.'.length)] = text;
      else raw[column.path] = text;
    }
  }
  raw.answers = answers;
  if (Object.keys(comments).length > 0) raw.comments = comments;
  if (Object.keys(respondent).length > 0) raw.respondent = respondent;
  return raw;
}

const isBlank = (record: CsvRecord) => record.fields.every((field) => field.trim() === '');

/**
 * Reads the responses in CSV `text`: with or without BOM; `,`, `;` or tab separated (found from
 * the header line); CRLF, LF or CR line ends; quoted cells across lines. Answers may be numbers,
 * `dk` / `na` in any case, or a label of the scale or of dk/na in any language ("En partie",
 * "Don't know"); cells are trimmed except comments and the version. Columns may come in any
 * order; missing question columns mean missing answers, missing `assessment_id` /
 * `assessment_version` columns or cells mean those of `assessment`. Unknown columns give one
 * error each (row 1) and are ignored. A row with any error (ragged, unreadable answer, value the
 * validator rejects) gives errors with its row and column and is left out; the other rows are
 * kept. Blank lines are skipped. Rows count as in a spreadsheet: the header is row 1. At most
 * 100 errors are listed. Never throws.
 */
export function responsesFromCsv(assessment: Assessment, text: string, options: CsvReadOptions = {}): CsvReadResult {
  const locale = baseLocale(typeof options?.locale === 'string' ? options.locale : 'en');
  const responses: SurveyResponse[] = [];
  const errors: CsvError[] = [];
  let problems = 0; // Counts past the cap too, so a row with an unlisted error is still left out.
  const report: Report = (row, column, code, params = {}) => {
    problems += 1;
    if (errors.length > MAX_ERRORS) return;
    const [finalCode, all] = errors.length === MAX_ERRORS ? ['too-many-errors', { max: MAX_ERRORS }] : [code, params];
    const located = { ...all, row, column };
    errors.push({ row, column, code: finalCode, message: formatMessage(finalCode, located, locale), params: located });
  };
  try {
    const body = stripBom(typeof text === 'string' ? text : String(text));
    const separator = detectSeparator(body);
    const { records, unterminated } = parseCsv(body, separator);
    const filled = records.filter((record) => !isBlank(record));
    const [header, ...rows] = filled;
    if (!header && !unterminated) report(1, 1, 'csv-empty');
    const questionIds = new Set(assessment.dimensions.flatMap((d) => d.questions.map((q) => q.id)));
    const columns = header ? readHeader(header, questionIds, report) : [];
    const byPath = new Map(columns.map((c) => [c.path, c.name]));
    for (const record of rows) {
      const expected = header.fields.length;
      if (record.fields.length !== expected) {
        const sep = separator === '\t' ? 'tab' : separator;
        const params = { expected, found: record.fields.length, separator: sep, skipped: 1 };
        report(record.row, Math.min(expected, record.fields.length) + 1, 'csv-ragged-row', params);
        continue;
      }
      const before = problems;
      const raw = rowToRaw(assessment, columns, record, report);
      // validateResponse, with the question ids found once for the whole file.
      const result = runChecks({ locale }, (issues) => checkResponse(issues, assessment, raw, questionIds));
      if (!result.ok) {
        for (const e of result.errors) {
          const { path: _path, ...params } = e.params ?? {};
          report(record.row, byPath.get(e.path) ?? (e.path || 1), e.code, { ...params, skipped: 1 });
        }
      } else if (problems === before) responses.push(result.value);
    }
    if (unterminated) {
      const name = header?.fields[unterminated.column - 1]?.trim();
      report(unterminated.row, name && unterminated.row > 1 ? name : unterminated.column, 'csv-unterminated-quote');
    }
  } catch {
    report(1, 1, 'unreadable');
  }
  return { responses, errors };
}
