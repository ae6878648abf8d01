// The public validators of assessments and responses: never throw, whatever they are given.
import type { Assessment, SurveyResponse, ValidationResult } from './types.js';
import type { ValidateOptions } from './validate-context.js';
import { runChecks } from './validate-context.js';
import { checkAssessment } from './validate-assessment.js';
import { checkResponse } from './validate-response.js';

export { COMMENT_MAX_LENGTH, RESPONDENT_FIELD_MAX_LENGTH } from './validate-response.js';
export { ID_MAX_LENGTH, ID_PATTERN } from './validate-fields.js';

export type { ValidateOptions } from './validate-context.js';

/**
 * Checks an assessment definition of unknown origin (a JSON file, a script, stored data).
 * On success `value` is a clean deep copy holding only the known fields of Assessment: later
 * changes to `input` do not reach it, and unknown fields (typos included) are dropped.
 * Errors carry `path` (`dimensions[2].questions[0].id`), a stable `code`, a `message` in
 * `options.locale` and its `params`. At most 100 errors, then one `too-many-errors`.
 * Ids: 1–100 characters of `A–Z a–z 0–9 _ . : -`, not starting with `. : -`, so they work as
 * CSV columns, HTML ids and storage keys without quoting; names inherited by every object
 * (`constructor`, `__proto__`...), the CSV export's own columns and `comment:…` are reserved.
 * Question ids are unique across the whole assessment, dimension ids among dimensions.
 */
export function validateAssessment(input: unknown, options?: ValidateOptions): ValidationResult<Assessment> {
  return runChecks(options, (issues) => checkAssessment(issues, input));
}

/**
 * Checks a response of unknown origin against its (valid) assessment. A draft is valid: missing
 * answers, even required ones, are not errors (see `missingRequired`). A different
 * `assessmentVersion` is not an error either: whether answers from another version can be used
 * is the caller's decision. On success `value` is a clean deep copy: respondent id and group
 * trimmed, blank ones and empty comments left out, `-0` read as `0`.
 */
export function validateResponse(assessment: Assessment, input: unknown, options?: ValidateOptions): ValidationResult<SurveyResponse> {
  return runChecks(options, (issues) => checkResponse(issues, assessment, input));
}

/**
 * Ids of the required questions with no answer in `response`, in assessment order. `'dk'` and
 * `'na'` are answers: a respondent may say they don't know.
 */
export function missingRequired(assessment: Assessment, response: Pick<SurveyResponse, 'answers'> | null | undefined): string[] {
  const answers: unknown = response?.answers;
  const has = (id: string) =>
    answers !== null && typeof answers === 'object' && Object.prototype.hasOwnProperty.call(answers, id) && (answers as Record<string, unknown>)[id] !== undefined;
  return assessment.dimensions.flatMap((d) => d.questions.filter((q) => q.required === true && !has(q.id)).map((q) => q.id));
}
