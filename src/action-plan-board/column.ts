// One column as a template: heading, counts, soft-limit warning, the keyed list of cards, the add form and button.
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { UNSORTED } from '../core/plan.js';
import { renderCard, type CardContext } from './card.js';
import type { ColumnView } from './model.js';

export function renderColumn(column: ColumnView, index: number, ctx: CardContext, addForm: TemplateResult | null): TemplateResult {
  const { t } = ctx.format;
  const unsorted = column.id === UNSORTED;
  const count = column.count === 1 ? t('cardCountOne') : t('cardCount', { count: column.count });
  const heading = `col-${index}`;
  return html`<section class="column ${unsorted ? 'unsorted' : ''}" part="column" data-column=${column.id} aria-labelledby=${heading}>
    <div class="column-head"><h2 id=${heading}>${column.label}</h2>
      <span class="count">${column.shown.length === column.count ? count : t('shownOf', { shown: column.shown.length, count: column.count })}</span>
      <span role="status" class="warning">${column.over ? t('overLimit', { limit: column.limit ?? 0 }) : ''}</span></div>
    ${unsorted ? html`<p class="hint">${t('unsortedHelp')}</p>` : nothing}
    <ul class="cards" data-column=${column.id} aria-labelledby=${heading}>${repeat(column.shown, (a) => a.id, (a) => renderCard(a, ctx))}</ul>
    ${addForm ?? nothing}
    ${unsorted ? nothing : html`<button class="add" data-act="add" data-column=${column.id}
      aria-label=${t('addCardTo', { column: column.label })}>${t('addCard')}</button>`}
  </section>`;
}
