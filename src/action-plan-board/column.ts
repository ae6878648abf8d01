// One column as a template: heading, counts, soft-limit warning, the keyed list of cards, the add form and button.
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { UNSORTED } from '../core/plan.js';
import { FAR_FROM, renderCard, type CardContext } from './card.js';
import type { BoardModel, ColumnView } from './model.js';

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
    <ul class="cards" data-column=${column.id} aria-labelledby=${heading}>${repeat(column.shown, (a) => a.id, (a, i) => renderCard(a, ctx, i >= FAR_FROM))}</ul>
    ${addForm ?? nothing}
    ${unsorted ? nothing : html`<button class="add" data-act="add" data-column=${column.id}
      aria-label=${t('addCardTo', { column: column.label })}>${t('addCard')}</button>`}
  </section>`;
}

/**
 * Every column. A column renders again only when its cards or what cards show changed (a move changes two columns at
 * most); `open` (a form or a "Move to…" panel) renders them all. `adding`: the column whose add form is open.
 */
export function renderColumns(model: BoardModel, ctx: CardContext, open: boolean, adding: string | undefined,
  addForm: () => TemplateResult): unknown[] {
  const always = open ? {} : null;
  return model.columns.map((c, i) => guard([c, i, ctx.pickedId, always, ctx.format, ctx.today, ctx.doneColumn, model.dimensionNames],
    () => renderColumn(c, i, ctx, adding === c.id ? addForm() : null)));
}
