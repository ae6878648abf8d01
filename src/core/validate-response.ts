// Checking an untrusted survey response against its assessment, building a clean copy on the way.
import type { Answer, Assessment, Scale, SurveyResponse } from './types.js';
import type { Issues } from './validate-context.js';
import { isIsoDateString } from './iso-date.js';
import { UNREADABLE, isPlainObject, pathKey, preview, readKeys, setOwn, truncate } from './safe-read.js';
import { readField, readObject, readString } from './validate-fields.js';
import { PROTOCOL_LIMITS } from './protocol-data.js';

/** Longest comment kept: a paragraph or two is the use; megabytes would clog storage and exports. */
export const COMMENT_MAX_LENGTH: number = PROTOCOL_LIMITS.commentMaxLength;
/** Longest respondent id or group: a random key or a role name, never a free text. */
export const RESPONDENT_FIELD_MAX_LENGTH: number = PROTOCOL_LIMITS.respondentFieldMaxLength;

/** Every question id of the assessment. */
export function questionIdsOf(assessment: Assessment): Set<string> {
  return new Set(assessment.dimensions.flatMap((d) => d.questions.map((q) => q.id)));
}

function checkAnswer(issues: Issues, value: unknown, path: string, id: string, scale: Scale): Answer | undefined {
  const { min, max } = scale;
  if (typeof value === 'number' && Number.isFinite(value)) {
    if (Number.isInteger(value) && value >= min && value <= max) return value + 0;
    return issues.add(path, 'answer-out-of-scale', { id, found: value, min, max });
  }
  if (value === 'dk') return scale.dontKnow === false ? issues.add(path, 'dk-not-offered', { id }) : 'dk';
  if (value === 'na') return scale.notApplicable === false ? issues.add(path, 'na-not-offered', { id }) : 'na';
  return issues.add(path, 'answer-invalid', { id, found: preview(value), min, max });
}

/**
 * Walks the own keys of a record field, reporting keys that are not question ids. `check` turns
 * each value into its clean form, or undefined to leave it out.
 */
function checkByQuestion<T>(
  issues: Issues,
  record: Record<string, unknown>,
  base: string,
  questionIds: Set<string>,
  check: (value: unknown, path: string, id: string) => T | undefined,
): Record<string, T> {
  const clean: Record<string, T> = {};
  const keys = readKeys(record);
  if (keys === UNREADABLE) {
    issues.add(base, 'unreadable');
    return clean;
  }
  for (const key of keys) {
    const path = pathKey(base, key);
    if (!questionIds.has(key)) {
      issues.add(path, 'unknown-question', { id: truncate(key) });
      continue;
    }
    const value = readField(issues, record, key, path);
    // An own key holding undefined (possible in JS, not in JSON) is no answer at all.
    const result = value === undefined ? undefined : check(value, path, key);
    if (result !== undefined) setOwn(clean, key, result);
  }
  return clean;
}

function checkComment(issues: Issues, value: unknown, path: string): string | undefined {
  if (typeof value !== 'string') return issues.add(path, 'not-string', { found: preview(value) });
  if (value.length > COMMENT_MAX_LENGTH) return issues.add(path, 'too-long', { length: value.length, max: COMMENT_MAX_LENGTH });
  return value === '' ? undefined : value; // An empty comment is no comment: a CSV cannot tell them apart.
}

/** Respondent id and group, trimmed; blank ones are left out, and so is an empty respondent. */
function checkRespondent(issues: Issues, input: object): SurveyResponse['respondent'] {
  const respondent = readObject(issues, input, 'respondent', 'respondent', false);
  if (!respondent) return undefined;
  const clean: NonNullable<SurveyResponse['respondent']> = {};
  for (const key of ['id', 'group'] as const) {
    const path = `respondent.${key}`;
    const value = readField(issues, respondent, key, path);
    if (value === undefined) continue;
    if (typeof value !== 'string') {
      issues.add(path, 'not-string', { found: preview(value) });
      continue;
    }
    const text = value.trim();
    if (text.length > RESPONDENT_FIELD_MAX_LENGTH) issues.add(path, 'too-long', { length: text.length, max: RESPONDENT_FIELD_MAX_LENGTH });
    else if (text !== '') clean[key] = text;
  }
  return clean.id === undefined && clean.group === undefined ? undefined : clean;
}

/** The clean copy of a valid response, or undefined once errors are recorded in `issues`. */
export function checkResponse(
  issues: Issues,
  assessment: Assessment,
  input: unknown,
  questionIds: Set<string> = questionIdsOf(assessment), // Given by callers that check many responses.
): SurveyResponse | undefined {
  if (!isPlainObject(input)) return issues.add('', 'response-not-object', { found: preview(input) });
  const assessmentId = readString(issues, input, 'assessmentId', 'assessmentId', true);
  if (assessmentId !== undefined && assessmentId !== assessment.id) {
    issues.add('assessmentId', 'assessment-mismatch', { found: truncate(assessmentId), expected: assessment.id });
  }
  const assessmentVersion = readString(issues, input, 'assessmentVersion', 'assessmentVersion', true);
  const respondent = checkRespondent(issues, input);
  const rawAnswers = readObject(issues, input, 'answers', 'answers', true);
  const answers = rawAnswers && checkByQuestion(issues, rawAnswers, 'answers', questionIds, (v, path, id) => checkAnswer(issues, v, path, id, assessment.scale));
  const rawComments = readObject(issues, input, 'comments', 'comments', false);
  const comments = rawComments && checkByQuestion(issues, rawComments, 'comments', questionIds, (v, path) => checkComment(issues, v, path));
  const submittedAt = readField(issues, input, 'submittedAt', 'submittedAt');
  if (submittedAt !== undefined && typeof submittedAt !== 'string') issues.add('submittedAt', 'not-string', { found: preview(submittedAt) });
  else if (submittedAt !== undefined && !isIsoDateString(submittedAt)) issues.add('submittedAt', 'invalid-date', { found: truncate(submittedAt) });

  if (issues.errors.length > 0 || !answers || assessmentId === undefined || assessmentVersion === undefined) return undefined;
  const clean: SurveyResponse = { assessmentId, assessmentVersion, answers };
  if (respondent) clean.respondent = respondent;
  if (comments && Object.keys(comments).length > 0) clean.comments = comments;
  if (typeof submittedAt === 'string') clean.submittedAt = submittedAt;
  return clean;
}
