// The survey's derivations, pure: what is missing, answered counts, question numbers, and the view of one render.
import type { Assessment, Locale, SurveyResponse } from '../core/types.js';
import { missingRequired } from '../core/validate.js';
import { localize } from '../core/text.js';
import { draftWithResponse, type SurveyDraft } from '../core/draft.js';
import { groupOptionsOf, questionView, type Option, type QuestionView } from './question.js';
import type { Translate } from './parts.js';

export const emptyDraft = (a: Assessment, orphans?: SurveyDraft['orphans']): SurveyDraft =>
  ({ assessmentId: a.id, assessmentVersion: a.version, answers: {}, comments: {}, ...(orphans ? { orphans } : {}) });

/** The number of each dimension's first question (questions are numbered across the survey, from 1). */
export function numbering(a: Assessment): number[] {
  let n = 1;
  return a.dimensions.map((d) => (n += d.questions.length) - d.questions.length);
}

/** The answered questions of each dimension. */
export const answeredCounts = (a: Assessment, answers: SurveyDraft['answers']): number[] =>
  a.dimensions.map((d) => d.questions.reduce((c, q) => (answers[q.id] === undefined ? c : c + 1), 0));

/** The index of the section `sectionId` (the first when unknown). */
export const sectionIndex = (a: Assessment, sectionId: string | undefined): number =>
  Math.max(0, a.dimensions.findIndex((d) => d.id === sectionId));

/** The index of the section that holds question `id` (-1 when none). */
export const sectionOf = (a: Assessment, id: string): number => a.dimensions.findIndex((d) => d.questions.some((q) => q.id === id));

/** "Political will, 3. Leaders speak up.": a missing question named in the error summary. */
export function questionLabel(a: Assessment, id: string, firstNumber: number[], tag: string): string {
  for (const [i, d] of a.dimensions.entries()) {
    const j = d.questions.findIndex((q) => q.id === id);
    if (j >= 0) return `${localize(d.label, tag)}, ${firstNumber[i] + j}. ${localize(d.questions[j].text, tag)}`;
  }
  return id;
}

export interface ModelInput {
  assessment: Assessment;
  draft: SurveyDraft;
  t: Translate;
  locale: Locale;
  tag: string;
  /** The "needs an answer" messages are shown. */
  showErrors: boolean;
  openComments: ReadonlySet<string>;
  /** The `groups` attribute, else the groups a connection gives. */
  groups: string | null;
  /** Read-only with a connection: the response it keeps is shown, never the draft (null: nothing answered). */
  shown?: SurveyResponse | null;
}

export interface SurveyModel {
  /** Required questions without an answer, in order. */
  missing: string[];
  counts: number[];
  firstNumber: number[];
  /** Questions in the whole survey. */
  total: number;
  /** The answers shown: the draft, or what a connection keeps (read-only). */
  shownDraft: SurveyDraft;
  view: QuestionView;
  groupOptions: Option[];
}

export function surveyModel(m: ModelInput): SurveyModel {
  const a = m.assessment;
  const missing = missingRequired(a, m.draft);
  const firstNumber = numbering(a);
  const shownDraft = m.shown === undefined ? m.draft : m.shown ? draftWithResponse(emptyDraft(a), m.shown) : emptyDraft(a);
  return {
    missing, firstNumber, shownDraft,
    counts: answeredCounts(a, m.draft.answers),
    total: a.dimensions.reduce((n, d) => n + d.questions.length, 0),
    view: questionView(m.t, a, m.locale, m.tag, shownDraft, m.showErrors ? missing : [], m.openComments),
    groupOptions: groupOptionsOf(m.groups, m.tag),
  };
}
