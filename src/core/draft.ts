// A survey draft (what a respondent has answered so far) and carrying it to another version of
// its assessment: answers to questions that still exist come back, the others are kept aside.
import type { Answer, Assessment, SurveyResponse } from './types.js';
import { validateResponse } from './validate.js';
import { isPlainObject } from './safe-read.js';

/** Answers and comments by question id, with the assessment they were given to. */
export interface DraftAnswers {
  assessmentId: string;
  assessmentVersion: string;
  answers: Record<string, Answer>;
  comments: Record<string, string>;
}

/** What a survey keeps between visits. */
export interface SurveyDraft extends DraftAnswers {
  /** A random key, never a name: lets a re-submission replace the earlier one (one per respondent). */
  respondentId?: string;
  group?: string;
  /** Id of the dimension (section) the respondent was on. */
  sectionId?: string;
  /** Set once the respondent has submitted. */
  submittedAt?: string;
  /** Answers from other versions that fit no question of the current one: kept, never dropped. */
  orphans?: DraftAnswers[];
}

export interface DraftMigration {
  draft: SurveyDraft;
  /** Answers carried over to the assessment. */
  restored: number;
  /** Answers and comments moved aside into `draft.orphans` by this migration. */
  keptAside: number;
  /** The draft was made with another assessment id or version. */
  versionChanged: boolean;
}

const isAnswer = (v: unknown): v is Answer => (typeof v === 'number' && Number.isFinite(v)) || v === 'dk' || v === 'na';
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function record<T>(input: unknown, keep: (v: unknown) => v is T): Record<string, T> | undefined {
  if (input === undefined) return {};
  if (!isPlainObject(input)) return undefined;
  // fromEntries defines own properties: a `__proto__` key cannot reach the prototype.
  return Object.fromEntries(Object.entries(input).filter((e): e is [string, T] => keep(e[1])));
}

function readAnswers(input: unknown): DraftAnswers | undefined {
  if (!isPlainObject(input)) return undefined;
  const assessmentId = str(input.assessmentId);
  const assessmentVersion = str(input.assessmentVersion);
  const answers = record(input.answers, isAnswer);
  const comments = record(input.comments, (v): v is string => typeof v === 'string');
  if (assessmentId === undefined || assessmentVersion === undefined || !answers || !comments) return undefined;
  return { assessmentId, assessmentVersion, answers, comments };
}

/**
 * A clean copy of a stored draft, or undefined when `input` is not one (so that the caller keeps
 * it aside rather than writing over it). Unknown fields are dropped; answers that are not
 * numbers, `'dk'` or `'na'` are left out.
 */
export function readDraft(input: unknown): SurveyDraft | undefined {
  const base = readAnswers(input);
  if (!base || !isPlainObject(input)) return undefined;
  const draft: SurveyDraft = base;
  for (const key of ['respondentId', 'group', 'sectionId', 'submittedAt'] as const) {
    const value = str(input[key]);
    if (value !== undefined) draft[key] = value;
  }
  if (Array.isArray(input.orphans)) {
    const orphans = input.orphans.map(readAnswers).filter((o): o is DraftAnswers => o !== undefined);
    if (orphans.length) draft.orphans = orphans;
  }
  return draft;
}

/** Whether `answers`/`comments` pass the core's response check against `assessment`. */
function fits(assessment: Assessment, answers: Record<string, Answer>, comments: Record<string, string>): boolean {
  const input = { assessmentId: assessment.id, assessmentVersion: assessment.version, answers, comments };
  return validateResponse(assessment, input).ok;
}

/**
 * `draft` carried over to `assessment`: each answer and comment that the core accepts for a
 * question of `assessment` is kept; the rest (questions removed, values off a new scale) goes to
 * `orphans`, under the version it was given to. Earlier orphans stay. The section is kept when
 * its dimension still exists. Pure: `draft` is not changed.
 */
export function migrateDraft(assessment: Assessment, draft: SurveyDraft): DraftMigration {
  const versionChanged = draft.assessmentId !== assessment.id || draft.assessmentVersion !== assessment.version;
  let answers = draft.answers;
  let comments = draft.comments;
  const asideAnswers: Record<string, Answer> = {};
  const asideComments: Record<string, string> = {};
  if (!fits(assessment, answers, comments)) {
    // Only on a mismatch: one check per value, so that each one stays or goes on its own merits.
    answers = {};
    comments = {};
    for (const [id, value] of Object.entries(draft.answers)) {
      if (fits(assessment, { [id]: value }, {})) answers[id] = value;
      else asideAnswers[id] = value;
    }
    for (const [id, text] of Object.entries(draft.comments)) {
      if (fits(assessment, {}, { [id]: text })) comments[id] = text;
      else asideComments[id] = text;
    }
  }
  const keptAside = Object.keys(asideAnswers).length + Object.keys(asideComments).length;
  const orphans = [...(draft.orphans ?? [])];
  if (keptAside > 0) {
    orphans.push({ assessmentId: draft.assessmentId, assessmentVersion: draft.assessmentVersion, answers: asideAnswers, comments: asideComments });
  }
  const out: SurveyDraft = { ...draft, assessmentId: assessment.id, assessmentVersion: assessment.version, answers: { ...answers }, comments: { ...comments } };
  if (orphans.length) out.orphans = orphans;
  else delete out.orphans;
  if (out.sectionId !== undefined && !assessment.dimensions.some((d) => d.id === out.sectionId)) delete out.sectionId;
  if (versionChanged) delete out.submittedAt; // answers to another version were never submitted to this one
  return { draft: out, restored: Object.keys(answers).length, keptAside, versionChanged };
}

/** The response a draft stands for: a random respondent key and the group, never a name. */
export function draftToResponse(d: SurveyDraft): SurveyResponse {
  const r: SurveyResponse = { assessmentId: d.assessmentId, assessmentVersion: d.assessmentVersion, answers: { ...d.answers } };
  if (d.respondentId || d.group) r.respondent = { ...(d.respondentId ? { id: d.respondentId } : {}), ...(d.group ? { group: d.group } : {}) };
  if (Object.keys(d.comments).length) r.comments = { ...d.comments };
  if (d.submittedAt) r.submittedAt = d.submittedAt;
  return r;
}

/**
 * `draft` with the answers, comments and group of `response` (a checked one: see validateResponse),
 * not yet submitted; its section and the answers kept aside from other versions stay.
 */
export function draftWithResponse(draft: SurveyDraft, response: SurveyResponse): SurveyDraft {
  const out: SurveyDraft = { ...draft, answers: { ...response.answers }, comments: { ...response.comments } };
  delete out.submittedAt;
  if (response.respondent?.group !== undefined) out.group = response.respondent.group;
  if (response.respondent?.id !== undefined) out.respondentId = response.respondent.id;
  return out;
}
