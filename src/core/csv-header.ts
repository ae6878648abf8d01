// The header row of a responses CSV: which column holds what, and which columns are unknown.
import type { MessageParams } from './types.js';
import type { CsvRecord } from './csv-format.js';
import { COMMENT_PREFIX, CSV_COLUMNS } from './csv-columns.js';
import { unguardFormula } from './csv-guard.js';
import { pathKey, truncate } from './safe-read.js';

/** What a column holds: `path` is where validateResponse reports its errors. */
export interface Column {
  index: number;
  name: string;
  kind: 'meta' | 'answer' | 'comment';
  /** The SurveyResponse path it fills: `answers.pw-1`, `respondent.group`... */
  path: string;
  questionId?: string;
}

const META_PATHS: Record<string, string> = {
  [CSV_COLUMNS.assessmentId]: 'assessmentId',
  [CSV_COLUMNS.assessmentVersion]: 'assessmentVersion',
  [CSV_COLUMNS.respondentId]: 'respondent.id',
  [CSV_COLUMNS.group]: 'respondent.group',
  [CSV_COLUMNS.submittedAt]: 'submittedAt',
};

/** Records one CSV error; the reader decides on capping and wording. */
export type Report = (row: number, column: string | number, code: string, params?: MessageParams) => void;

/** Sorts the header's cells into known columns, reporting unknown and repeated ones. */
export function readHeader(header: CsvRecord, questionIds: Set<string>, report: Report): Column[] {
  const columns: Column[] = [];
  const seen = new Set<string>();
  header.fields.forEach((raw, index) => {
    const name = unguardFormula(raw.trim());
    // A header cell can be anything, even 10 MB: it is quoted back cut short.
    const label = name === '' ? index + 1 : truncate(name);
    const commentOf = name.startsWith(COMMENT_PREFIX) ? name.slice(COMMENT_PREFIX.length) : undefined;
    let column: Column | undefined;
    if (Object.prototype.hasOwnProperty.call(META_PATHS, name)) column = { index, name, kind: 'meta', path: META_PATHS[name] };
    else if (questionIds.has(name)) column = { index, name, kind: 'answer', path: pathKey('answers', name), questionId: name };
    else if (commentOf !== undefined && questionIds.has(commentOf)) {
      column = { index, name, kind: 'comment', path: pathKey('comments', commentOf), questionId: commentOf };
    }
    if (!column) return report(header.row, label, 'unknown-column');
    if (seen.has(name)) return report(header.row, label, 'duplicate-column');
    seen.add(name);
    columns.push(column);
  });
  return columns;
}
