// One card as a template: cheap on purpose (no per-card listeners or controllers; the board delegates events by data-act),
// its labels computed once per render, and skipped by `guard` when nothing it shows has changed.
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { PlanAction } from '../core/plan.js';
import type { Format } from './format.js';
import { cardElementId } from './focus-controller.js';

/** Labels with a title inside, split around it once per render: [before, after]. */
type Around = [string, string];

/** What a card needs from the board, computed once per render, not per card. */
export interface CardContext {
  format: Format;
  dimension: (id: string) => { name: string; known: boolean };
  /** Today as `YYYY-MM-DD`, to mark overdue cards. */
  today: string;
  /** Cards in this column are finished, so never overdue. */
  doneColumn: string;
  pickedId: string | null;
  menuId: string | null;
  editingId: string | null;
  renderMoveMenu: (card: PlanAction) => TemplateResult;
  renderForm: (card: PlanAction) => TemplateResult;
}

interface Labels {
  edit: string; delete: string; moveTo: string; dimension: string; owner: string; due: string; days: string;
  overdue: string; untitled: string; handle: Around; editCard: Around; deleteCard: Around; moveCard: Around;
}

const labelCache = new WeakMap<Format, Labels>();

function labelsOf(format: Format): Labels {
  let labels = labelCache.get(format);
  if (labels) return labels;
  const { t } = format;
  const around = (key: 'moveHandle' | 'editLabel' | 'deleteLabel' | 'moveToLabel'): Around => {
    const [before, after = ''] = t(key, { title: format.quote('\u0001') }).split('\u0001');
    return [before, after];
  };
  labels = {
    edit: t('edit'), delete: t('delete'), moveTo: t('moveTo'), dimension: t('dimension'), owner: t('owner'), due: t('due'),
    days: t('days'), overdue: t('overdue'), untitled: t('untitled'),
    handle: around('moveHandle'), editCard: around('editLabel'), deleteCard: around('deleteLabel'), moveCard: around('moveToLabel'),
  };
  labelCache.set(format, labels);
  return labels;
}

/** Cards from this place in a column on are laid out only when they come near the screen (class `far`). */
export const FAR_FROM = 10;

/** `far`: the card's place in its column is FAR_FROM or more. */
export function renderCard(card: PlanAction, ctx: CardContext, far = false): unknown {
  const dim = card.dimensionId ? ctx.dimension(card.dimensionId) : null;
  const open = ctx.menuId === card.id || ctx.editingId === card.id;
  // An open card (menu or form) always re-renders; the others only when what they show changes.
  return guard([card.id, card.title, card.status, dim?.name, dim?.known, card.owner, card.due, card.days,
    ctx.pickedId === card.id, open ? {} : false, ctx.format, ctx.today, ctx.doneColumn, far],
  () => cardTemplate(card, dim, ctx, far));
}

function cardTemplate(card: PlanAction, dim: { name: string; known: boolean } | null, ctx: CardContext, far: boolean): TemplateResult {
  if (ctx.editingId === card.id) {
    return html`<li class="card editing" data-id=${card.id}>${ctx.renderForm(card)}</li>`;
  }
  const l = labelsOf(ctx.format);
  const title = card.title.trim() === '' ? l.untitled : card.title;
  const label = (around: Around) => around[0] + title + around[1];
  const overdue = card.due !== undefined && card.due < ctx.today && card.status !== ctx.doneColumn;
  const menuOpen = ctx.menuId === card.id;
  return html`<li class="card ${ctx.pickedId === card.id ? 'picked' : ''} ${far ? 'far' : ''}" part="card" data-id=${card.id} id=${cardElementId(card.id)}>
    <div class="card-head">
      <button class="handle" data-act="handle" aria-label=${label(l.handle)} aria-describedby="move-help">⠿</button>
      <h3 class="title" part="card-title">${title}</h3>
    </div>
    <dl class="meta">
      ${dim ? html`<dt>${l.dimension}</dt><dd class=${dim.known ? '' : 'unknown'}>${dim.name}</dd>` : nothing}
      ${card.owner ? html`<dt>${l.owner}</dt><dd>${card.owner}</dd>` : nothing}
      ${card.due ? html`<dt>${l.due}</dt><dd>${ctx.format.date(card.due)}${overdue ? html` <strong class="overdue">${l.overdue}</strong>` : nothing}</dd>` : nothing}
      ${card.days !== undefined ? html`<dt>${l.days}</dt><dd>${ctx.format.days(card.days)}</dd>` : nothing}
    </dl>
    <div class="card-actions">
      <button data-act="edit" aria-label=${label(l.editCard)}>${l.edit}</button>
      <button data-act="delete" aria-label=${label(l.deleteCard)}>${l.delete}</button>
      <button data-act="move-to" part="move-to" aria-expanded=${menuOpen ? 'true' : 'false'} aria-label=${label(l.moveCard)}>${l.moveTo}</button>
    </div>
    ${menuOpen ? ctx.renderMoveMenu(card) : nothing}
  </li>`;
}
