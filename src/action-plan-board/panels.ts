// The board's side panels as templates: suggested actions, budget, toolbar (filters, export, import) and the "Move to…" panel.
import { html, nothing, type TemplateResult } from 'lit';
import type { SuggestedAction } from '../core/types.js';
import { localize } from '../core/text.js';
import { UNSORTED, type PlanAction, type PlanIssue } from '../core/plan.js';
import type { BoardModel, Filters } from './model.js';
import type { MessageKey } from './messages.js';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

export function renderSuggestions(suggestions: readonly SuggestedAction[], added: ReadonlySet<string>, model: BoardModel,
  t: T, locale: string, days: (n: number) => string, quote: (s: string) => string): TemplateResult {
  return html`<section class="suggestions" part="suggestions" aria-labelledby="suggestions-heading">
    <h2 id="suggestions-heading">${t('suggestions')}</h2>
    <p class="hint">${t('suggestionsHelp')}</p>
    <ul>${suggestions.map((s) => {
      const title = localize(s.title, locale);
      const isAdded = added.has(s.id);
      return html`<li>
        <span class="what"><span>${title}</span>
          <span class="meta">${model.dimensionNames.get(s.dimensionId) ?? s.dimensionId} · ${days(s.days)}</span></span>
        <button data-act="suggest" data-suggestion=${s.id} aria-disabled=${isAdded ? 'true' : 'false'}
          aria-label=${t(isAdded ? 'suggestionAddedLabel' : 'addSuggestionLabel', { title: quote(title) })}
        >${t(isAdded ? 'suggestionAdded' : 'addSuggestion')}</button>
      </li>`;
    })}</ul>
  </section>`;
}

export function renderBudget(model: BoardModel, t: T, days: (n: number) => string): TemplateResult {
  const { budget } = model;
  const over = budget.over && budget.available !== undefined ? budget.planned - budget.available : 0;
  return html`<section class="budget" part="budget" aria-labelledby="budget-heading">
    <h2 id="budget-heading">${t('budget')}</h2>
    <p>${budget.available !== undefined
      ? t('plannedOf', { planned: days(budget.planned), available: days(budget.available) })
      : t('planned', { planned: days(budget.planned) })}</p>
    <div role="status">${over > 0 ? html`<p class="warning">${t('overBudget', { over: days(Math.round(over * 100) / 100) })}</p>` : nothing}</div>
    <ul>${[...budget.byDimension].map(([id, n]) => html`<li>${t('dimensionDays', { name: id ? model.dimensionNames.get(id) ?? id : t('noDimensionLabel'), days: days(n) })}</li>`)}</ul>
  </section>`;
}

export function renderToolbar(model: BoardModel, filters: Filters, t: T): TemplateResult {
  const dims = [...model.dimensionNames, ...model.unknownDimensions.map((id) => [id, id] as const)];
  return html`<div class="toolbar" part="toolbar" role="group" aria-label=${t('toolbar')}>
    <label>${t('dimension')}
      <select data-filter="dimension" .value=${filters.dimension}>
        <option value="" ?selected=${filters.dimension === ''}>${t('all')}</option>
        ${dims.map(([id, name]) => html`<option value=${id} ?selected=${filters.dimension === id}>${name}</option>`)}
      </select></label>
    <label>${t('owner')}
      <select data-filter="owner" .value=${filters.owner}>
        <option value="" ?selected=${filters.owner === ''}>${t('allOwners')}</option>
        ${model.owners.map((o) => html`<option value=${o} ?selected=${filters.owner === o}>${o}</option>`)}
      </select></label>
    <button data-act="export-csv">${t('exportCsv')}</button>
    <button data-act="export-json">${t('exportJson')}</button>
    <label class="import">${t('importJson')}<input type="file" data-act="import" accept=".json,application/json"></label>
  </div>`;
}

/** The "Move to…" panel of one card: a column and a place, for people who cannot drag (WCAG 2.2 SC 2.5.7). */
export function renderMoveMenu(card: PlanAction, model: BoardModel, targetColumn: string,
  position: { column: string; index: number; count: number }, t: T, quote: (s: string) => string): TemplateResult {
  const targets = model.columns.filter((c) => c.id !== UNSORTED || position.column === UNSORTED);
  const sameColumn = position.column === targetColumn;
  const places = sameColumn ? position.count : (model.columns.find((c) => c.id === targetColumn)?.count ?? 0) + 1;
  const current = sameColumn ? position.index : places - 1;
  return html`<div class="move-menu" role="group" aria-label=${t('moveToLabel', { title: quote(card.title || t('untitled')) })}>
    <label>${t('moveToColumn')}
      <select data-move="column">${targets.map((c) => html`<option value=${c.id} ?selected=${c.id === targetColumn}>${c.label}</option>`)}</select></label>
    <label>${t('moveToPosition')}
      <select data-move="position">${Array.from({ length: Math.max(1, places) }, (_, i) =>
        html`<option value=${i} ?selected=${i === current}>${t('positionOption', { n: i + 1, count: Math.max(1, places) })}</option>`)}</select></label>
    <button data-act="move-apply">${t('moveToApply')}</button>
    <button data-act="move-cancel">${t('cancel')}</button>
  </div>`;
}

/** What the board changed or could not read in its input, listed (the first 20) rather than thrown. */
export function renderNotes(issues: readonly PlanIssue[], model: BoardModel, t: T): TemplateResult | typeof nothing {
  const lines = issues.slice(0, 20).map((i) => t(i.code, i.params));
  if (issues.length > 20) lines.push(`… (+${issues.length - 20})`);
  if (model.unsorted) lines.push(model.unsorted === 1 ? t('unknownStatusOne') : t('unknownStatus', { count: model.unsorted }));
  if (model.badColumns) lines.push(t('badColumns'));
  return lines.length ? html`<div class="notes"><h2>${t('inputNotes')}</h2><ul>${lines.map((l) => html`<li>${l}</li>`)}</ul></div>` : nothing;
}
