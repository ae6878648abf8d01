// Survey responses to CSV and back: one row per respondent, one column per question.
import type { Answer, Assessment, SurveyResponse } from './types.js';
import type { CsvSeparator } from './csv-format.js';
import { COMMENT_PREFIX, CSV_META_COLUMNS } from './csv-columns.js';
import { formatCsv } from './csv-format.js';
import { guardFormula } from './csv-guard.js';

export { responsesFromCsv } from './csv-read.js';
export type { CsvReadOptions, CsvReadResult } from './csv-read.js';
export type { CsvSeparator } from './csv-format.js';

export interface CsvWriteOptions {
  /** `,` by default. `;` suits spreadsheets of locales whose decimal mark is a comma. */
  separator?: CsvSeparator;
  /** Start with a byte-order mark, so Excel reads the file as UTF-8 (accents, emoji). Default false. */
  bom?: boolean;
}

/** `record[key]` when it is the record's own property: a stray inherited name is not data. */
function own<T>(record: Record<string, T> | undefined, key: string): T | undefined {
  return record != null && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

function answerCell(answer: Answer | undefined): string {
  if (typeof answer === 'number') return String(answer);
  return answer === 'dk' || answer === 'na' ? answer : '';
}

/**
 * The responses as CSV text, one row per response, with the columns
 * `assessment_id, assessment_version, respondent_id, group, submitted_at`, then one column per
 * question id in assessment order holding the raw answer (a number, `dk`, `na`, or empty), then
 * one `comment:<questionId>` column for each question that has a comment in any response (so a
 * survey without comments gives a narrow file). Column names are the same in every language, so
 * a file reads back whatever the interface language was.
 *
 * Fields are quoted per RFC 4180 (separator, quote, CR/LF, or edge whitespace inside), rows end
 * in CRLF. Text cells (everything but answers) that a spreadsheet would run as a formula
 * (starting with = + - @ tab CR) are prefixed with `'`; `responsesFromCsv` removes it.
 * `{ separator: ';', bom: true }` gives a file that Excel in a French locale opens directly in
 * columns with accents intact; the default `,` without BOM suits every other tool.
 *
 * For responses that passed `validateResponse`, `responsesFromCsv(a, responsesToCsv(a, rs))`
 * gives back `rs`, deep-equal, with no errors. Answers to questions not in `assessment` are
 * not written.
 */
export function responsesToCsv(assessment: Assessment, responses: readonly SurveyResponse[], options: CsvWriteOptions = {}): string {
  const ids = assessment.dimensions.flatMap((d) => d.questions.map((q) => q.id));
  const commented = ids.filter((id) => responses.some((r) => Boolean(own(r.comments, id))));
  const header = [...CSV_META_COLUMNS, ...ids, ...commented.map((id) => COMMENT_PREFIX + id)];
  const rows = responses.map((r) => {
    const meta = [r.assessmentId, r.assessmentVersion, r.respondent?.id, r.respondent?.group, r.submittedAt];
    return [
      ...meta.map((text) => guardFormula(typeof text === 'string' ? text : '')),
      ...ids.map((id) => answerCell(own(r.answers, id))),
      ...commented.map((id) => guardFormula(own(r.comments, id) ?? '')),
    ];
  });
  const separator = options.separator === ';' || options.separator === '\t' ? options.separator : ',';
  return formatCsv([header, ...rows], separator, options.bom === true);
}
