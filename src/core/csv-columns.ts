// The fixed column names of the responses CSV, shared by the writer, the reader and the validator.

/** Metadata columns, in file order; question columns follow, then `comment:<questionId>` ones. */
export const CSV_COLUMNS = {
  assessmentId: 'assessment_id',
  assessmentVersion: 'assessment_version',
  respondentId: 'respondent_id',
  group: 'group',
  submittedAt: 'submitted_at',
} as const;

export const CSV_META_COLUMNS: readonly string[] = Object.values(CSV_COLUMNS);

/** Prefix of the comment column of a question: `comment:pw-1`. */
export const COMMENT_PREFIX = 'comment:';

/** Question ids may not take these names, or a file's columns would be ambiguous. */
export const RESERVED_QUESTION_IDS: ReadonlySet<string> = new Set(CSV_META_COLUMNS);
