// The survey's surroundings: progress, the section jump list, the error summary, the thank-you,
// the definition's errors, the notices and the move-to-another-device tools.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Assessment, Locale } from '../core/types.js';
import type { ResponseScores } from '../core/score.js';
import { localize } from '../core/text.js';
import { formatNumber } from '../internal/i18n.js';
import type { MessageKey } from './messages.js';
import { renderReview, type QuestionView } from './question.js';
import { problemMessage, type DefinitionProblem } from './definition-controller.js';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function renderProgress(t: Translate, answered: number, total: number): TemplateResult {
  return html`<div class="progress" part="progress">
    <span id="progress-label">${t('progress', { answered, total })}</span>
    <progress max=${total} .value=${answered} aria-labelledby="progress-label"></progress>
  </div>`;
}

/** The jump list: one button per section with its answered count; the current one is marked. */
export function renderNav(t: Translate, a: Assessment, tag: string, counts: number[], current: number | null): TemplateResult {
  return html`<nav part="nav" aria-label=${t('sections')}><ol>${a.dimensions.map((d, i) => {
    const done = counts[i] === d.questions.length;
    return html`<li><button type="button" class=${done ? 'done' : ''} data-section=${i}
      aria-current=${ifDefined(current === i ? 'step' : undefined)}><span>${localize(d.label, tag)}</span>
      <span class="count">${t('sectionCount', { answered: counts[i], total: d.questions.length })}</span></button></li>`;
  })}</ol></nav>`;
}

export interface MissingItem {
  id: string;
  label: string;
}

export function renderErrorSummary(t: Translate, missing: MissingItem[]): TemplateResult {
  return html`<div class="error-summary" part="error-summary" role="alert" aria-labelledby="error-title">
    <h3 id="error-title">${t('errorTitle')}</h3>
    <p>${t('errorIntro')}</p>
    <ul>${missing.map((m) => html`<li><a href=${`#q-${m.id}`} data-goto=${m.id}>${m.label}</a></li>`)}</ul>
  </div>`;
}

/** The thank-you with the respondent's own values; `title` says whether the answers were sent (with `endpoint`, only once the server has them). */
export function renderThankYou(t: Translate, a: Assessment, tag: string, scores: ResponseScores,
  title: 'thanksTitle' | 'thanksPendingTitle' = 'thanksTitle'): TemplateResult {
  return html`<section class="thank-you" part="thank-you" aria-labelledby="thanks-title">
    <h2 id="thanks-title" tabindex="-1">${t(title)}</h2>
    <p id="thanks-intro">${t('thanksIntro')}</p>
    <table aria-describedby="thanks-intro">
      <thead><tr><th scope="col">${t('dimension')}</th><th scope="col">${t('yourValue')}</th></tr></thead>
      <tbody>${a.dimensions.map((d) => {
        const s = scores.dimensions[d.id]?.score;
        return html`<tr><th scope="row">${localize(d.label, tag)}</th>
          <td>${s == null ? t('notEnough') : formatNumber(s / 10, tag, 1)}</td></tr>`;
      })}</tbody>
    </table>
    <button type="button" data-action="change">${t('change')}</button>
  </section>`;
}

export function renderProblems(t: Translate, locale: Locale, problems: DefinitionProblem[]): TemplateResult {
  return html`<div class="problems" part="error-summary" role="alert" aria-labelledby="problems-title">
    <h2 id="problems-title">${t('invalidTitle')}</h2>
    <ul>${problems.map((p) => html`<li><code>${p.path || t('root')}</code> ${problemMessage(p, locale)}</li>`)}</ul>
  </div>`;
}

/** Polite notices: restored, migrated, unreadable data kept aside, answers not being saved. */
export function renderNotices(notices: string[]): TemplateResult {
  return html`<div class="notices" role="status">${notices.map((n) => html`<p class="notice">${n}</p>`)}</div>`;
}

export function renderTransfer(t: Translate, importErrors: string[] | null, imported: boolean): TemplateResult {
  return html`<details class="transfer">
    <summary>${t('transfer')}</summary>
    <button type="button" data-action="export">${t('saveCopy')}</button>
    <label class="file">${t('loadCopy')} <input type="file" accept="application/json,.json" data-action="import"></label>
    <div role="status">${imported ? html`<p>${t('imported')}</p>` : nothing}</div>
    ${importErrors ? html`<div class="import-errors" role="alert"><p>${t('importFailed')}</p>
      <ul>${importErrors.map((e) => html`<li>${e}</li>`)}</ul></div>` : nothing}
  </details>`;
}

/** Review mode: every dimension's answers as a description list, no inputs; prints cleanly. */
export function renderReviewPage(t: Translate, view: QuestionView, a: Assessment, firstNumber: number[], group?: string): TemplateResult {
  const text = { noAnswer: t('noAnswer'), comment: (c: string) => t('commentPrefix', { text: c }) };
  return html`<div class="survey review-mode">
    <h2 part="title">${localize(a.title, view.tag)}</h2>
    ${group ? html`<p>${t('groupIs', { group })}</p>` : nothing}
    ${a.dimensions.map((d, i) => html`<section class="section" part="section" aria-labelledby=${`sec-${d.id}`}>
      <h3 id=${`sec-${d.id}`}>${localize(d.label, view.tag)}</h3>${renderReview(view, d.questions, firstNumber[i], text)}</section>`)}
  </div>`;
}
