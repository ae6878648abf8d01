// The survey's form: title, progress, the jump list, a refused submission, the questions of one
// section (or all), previous/next/submit, and the move-to-another-device tools.
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { Assessment, Dimension } from '../core/types.js';
import { localize } from '../core/text.js';
import { renderGroupChoice, renderQuestion } from './question.js';
import { renderErrorSummary, renderNav, renderProgress, renderTransfer, type Translate } from './parts.js';
import { renderRefusal } from './status.js';
import { questionLabel, type SurveyModel } from './model.js';
import type { SurveyRefusal } from './types.js';

export interface FormView {
  t: Translate;
  assessment: Assessment;
  model: SurveyModel;
  /** All sections at once (`layout="single-page"`), else the section at `index`. */
  single: boolean;
  index: number;
  /** What is missing is listed above the questions. */
  showErrors: boolean;
  group?: string;
  disabled: boolean;
  refusal?: SurveyRefusal | null;
  importErrors: string[] | null;
  imported: boolean;
  onSubmit(e: Event): void;
}

function renderSection(v: FormView, d: Dimension, i: number, paged: boolean): TemplateResult {
  const { view, firstNumber } = v.model;
  return html`<section class="section" part="section" aria-labelledby=${`sec-${d.id}`}>
    <h3 id=${`sec-${d.id}`} tabindex="-1">${paged
      ? html`<span class="step">${v.t('sectionOf', { n: i + 1, total: v.assessment.dimensions.length })}</span> ` : nothing}${localize(d.label, view.tag)}</h3>
    ${d.description ? html`<p class="description">${localize(d.description, view.tag)}</p>` : nothing}
    ${d.questions.map((q, j) => renderQuestion(view, q, firstNumber[i] + j))}
  </section>`;
}

export function renderForm(v: FormView): TemplateResult {
  const { t, assessment: a, single, index } = v;
  const { view, counts, firstNumber, total, groupOptions } = v.model;
  const isSubmit = single || index === a.dimensions.length - 1;
  const missing = v.showErrors && v.model.missing.length
    ? v.model.missing.map((id) => ({ id, label: questionLabel(a, id, firstNumber, view.tag) })) : null;
  return html`<header><h2 part="title">${localize(a.title, view.tag)}</h2>
      ${a.dimensions.some((d) => d.questions.some((q) => q.required)) ? html`<p class="note">${t('requiredNote')}</p>` : nothing}</header>
    ${renderProgress(t, counts.reduce((sum, c) => sum + c, 0), total)}
    ${renderNav(t, a, view.tag, counts, single ? null : index)}
    ${v.refusal ? renderRefusal(t, v.refusal) : nothing}
    <form novalidate @submit=${v.onSubmit}>
      <fieldset class="contents" role="none" ?disabled=${v.disabled}>
        ${missing ? renderErrorSummary(t, missing) : nothing}
        ${groupOptions.length && (single || index === 0) ? renderGroupChoice(groupOptions, v.group, t('groupLegend'), t('groupHelp')) : nothing}
        ${single ? a.dimensions.map((d, i) => renderSection(v, d, i, false)) : keyed(a.dimensions[index].id, renderSection(v, a.dimensions[index], index, true))}
        <div class="actions">
          ${!single && index > 0 ? html`<button type="button" data-action="prev">${t('previous')}</button>` : nothing}
          <button type="submit" class="primary" part=${isSubmit ? 'submit' : 'next'}>${isSubmit ? t('submit') : t('next')}</button>
        </div>
      </fieldset>
    </form>
    ${renderTransfer(t, v.importErrors, v.imported)}`;
}
