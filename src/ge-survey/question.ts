// Rendering one question (a native radio group in a fieldset), the group choice, and the
// read-only review. Definition text goes through Lit text bindings only: it is never HTML.
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Answer, Assessment, Locale, Question } from '../core/types.js';
import type { SurveyDraft } from '../core/draft.js';
import { localize } from '../core/text.js';
import { DONT_KNOW_LABEL, NOT_APPLICABLE_LABEL } from '../core/scale-labels.js';
import { respondentGroups } from '../core/default-assessment.js';
import type { MessageKey } from './messages.js';

/** The radio name of the group choice: a space can never be in a question id. */
export const GROUP_NAME = 'respondent group';

export interface Option {
  value: string;
  label: string;
}

/** Everything the question template needs, computed once per render rather than per question. */
export interface QuestionView {
  tag: string;
  scale: Option[];
  apart: Option[];
  answers: Record<string, Answer>;
  comments: Record<string, string>;
  /** Questions whose "needs an answer" message is shown. */
  invalid: ReadonlySet<string>;
  openComments: ReadonlySet<string>;
  text: { otherAnswers: string; addComment: string; comment: string; needsAnswer: string; questionN: (n: number) => string };
}

/** The options of `assessment`'s scale in `locale`: the numeric ones, and dk/na set apart. */
export function optionsOf(assessment: Assessment, locale: Locale, tag: string): { scale: Option[]; apart: Option[] } {
  const { min, max, labels, dontKnow, notApplicable } = assessment.scale;
  const scale: Option[] = [];
  for (let v = min; v <= max; v += 1) scale.push({ value: String(v), label: localize(labels[v - min], tag) || String(v) });
  const apart: Option[] = [];
  if (dontKnow !== false) apart.push({ value: 'dk', label: DONT_KNOW_LABEL[locale] });
  if (notApplicable !== false) apart.push({ value: 'na', label: NOT_APPLICABLE_LABEL[locale] });
  return { scale, apart };
}

/** The view of one render: labels in the element's language, answers, which errors and comments show. */
export function questionView(t: (key: MessageKey, params?: Record<string, number>) => string, a: Assessment, locale: Locale, tag: string,
  draft: SurveyDraft, invalid: string[], openComments: ReadonlySet<string>): QuestionView {
  return {
    tag, ...optionsOf(a, locale, tag), answers: draft.answers, comments: draft.comments, invalid: new Set(invalid), openComments,
    text: { otherAnswers: t('otherAnswers'), addComment: t('addComment'), comment: t('comment'), needsAnswer: t('needsAnswer'), questionN: (n) => t('questionN', { n }) },
  };
}

/** The `groups` attribute as options: the core's labels for known ids (`staff`...), else the id itself. */
export function groupOptionsOf(groups: string | null, tag: string): Option[] {
  return (groups ?? '').split(',').map((g) => g.trim()).filter(Boolean)
    .map((id) => ({ value: id, label: localize(respondentGroups.find((g) => g.id === id)?.label ?? id, tag) }));
}

/** A radio's value back to an answer. */
export function answerOf(value: string): Answer {
  return value === 'dk' || value === 'na' ? value : Number(value);
}

function option(name: string, o: Option, checked: string | undefined, required: boolean): TemplateResult {
  return html`<label class="option" part="option"><input type="radio" name=${name} value=${o.value}
    .checked=${live(checked === o.value)} ?required=${required}><span>${o.label}</span></label>`;
}

export function renderQuestion(v: QuestionView, q: Question, n: number): TemplateResult {
  const answer = v.answers[q.id];
  const checked = answer === undefined ? undefined : String(answer);
  const required = q.required === true;
  const help = q.help === undefined ? '' : localize(q.help, v.tag);
  const invalid = v.invalid.has(q.id);
  const describedBy = [help ? `h-${q.id}` : '', invalid ? `e-${q.id}` : ''].join(' ').trim();
  const comment = v.comments[q.id];
  return html`<fieldset class="question" part="question" id=${`q-${q.id}`} aria-describedby=${ifDefined(describedBy || undefined)}>
    <legend part="legend"><span class="n">${n}.</span> ${localize(q.text, v.tag)}${required ? html`<span class="req" aria-hidden="true">&nbsp;*</span>` : nothing}</legend>
    ${help ? html`<p class="help" id=${`h-${q.id}`}>${help}</p>` : nothing}
    ${invalid ? html`<p class="error" id=${`e-${q.id}`}>${v.text.needsAnswer}</p>` : nothing}
    <div class="scale">${v.scale.map((o) => option(q.id, o, checked, required))}</div>
    ${v.apart.length
      ? html`<div class="apart" role="group" aria-label=${v.text.otherAnswers}>${v.apart.map((o) => option(q.id, o, checked, required))}</div>`
      : nothing}
    ${comment !== undefined || v.openComments.has(q.id)
      ? html`<div class="comment"><label for=${`c-${q.id}`}>${v.text.comment}</label>
          <textarea id=${`c-${q.id}`} data-comment=${q.id} maxlength="10000" .value=${live(comment ?? '')}></textarea></div>`
      : html`<button type="button" class="link" data-open-comment=${q.id}>${v.text.addComment}<span class="vh"> (${v.text.questionN(n)})</span></button>`}
  </fieldset>`;
}

export function renderGroupChoice(groups: Option[], current: string | undefined, legend: string, help: string): TemplateResult {
  return html`<fieldset class="question group" part="question" aria-describedby="group-help">
    <legend part="legend">${legend}</legend>
    <p class="help" id="group-help">${help}</p>
    <div class="scale">${groups.map((g) => option(GROUP_NAME, g, current, false))}</div>
  </fieldset>`;
}

export interface ReviewText {
  noAnswer: string;
  comment: (text: string) => string;
}

/** The text of an answer in review: "3 – To a large extent", "Don't know", or "No answer". */
function answerText(answer: Answer | undefined, options: Option[], none: string): string {
  if (answer === undefined) return none;
  const o = options.find((x) => x.value === String(answer));
  if (!o) return String(answer);
  return typeof answer === 'number' ? `${o.value} – ${o.label}` : o.label;
}

/** One dimension's answers as a description list: a screen reader walks it question by question. */
export function renderReview(v: QuestionView, questions: Question[], first: number, text: ReviewText): TemplateResult {
  const options = [...v.scale, ...v.apart];
  return html`<dl class="review">${questions.map((q, i) => {
    const comment = v.comments[q.id];
    return html`<div class="review-item"><dt>${first + i}. ${localize(q.text, v.tag)}</dt>
      <dd>${answerText(v.answers[q.id], options, text.noAnswer)}</dd>
      ${comment ? html`<dd class="comment-text">${text.comment(comment)}</dd>` : nothing}</div>`;
  })}</dl>`;
}
