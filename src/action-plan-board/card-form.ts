// The add/edit form of a card and its validation: errors tied to their fields, French decimal commas accepted.
import { html, nothing, type TemplateResult } from 'lit';
import { isIsoDateString } from '../core/iso-date.js';
import { parseDays, type PlanAction } from '../core/plan.js';
import type { Locale } from '../core/types.js';
import type { MessageKey } from './messages.js';

export type FormField = 'title' | 'days' | 'due';
export type FormErrors = Partial<Record<FormField, MessageKey>>;
export type CardValues = Pick<PlanAction, 'title' | 'dimensionId' | 'owner' | 'due' | 'days' | 'notes'>;

export interface FormContext {
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
  locale: Locale;
  dimensions: { id: string; name: string }[];
  errors: FormErrors;
  /** The column a new card goes to; absent when editing. */
  addTo?: string;
  onSubmit: (event: SubmitEvent) => void;
  onCancel: () => void;
}

/** Days as a person would type them in this language (decimal comma in French). */
function daysText(days: number | undefined, locale: Locale): string {
  if (days === undefined) return '';
  return locale === 'fr' ? String(days).replace('.', ',') : String(days);
}

/** The form's values, or the errors that keep it from being saved (first error first). */
export function readCardForm(form: HTMLFormElement): { errors: FormErrors; values: CardValues } {
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | null;
  const text = (name: string) => field(name)?.value.trim() ?? '';
  const errors: FormErrors = {};
  const title = field('title')?.value ?? '';
  if (title.trim() === '') errors.title = 'errorTitle';
  const due = field('due');
  if (due && (due.validity.badInput || (due.value !== '' && !isIsoDateString(due.value)))) errors.due = 'errorDue';
  const days = parseDays(text('days'));
  if (!days.ok) errors.days = 'errorDays';
  const values: CardValues = { title: title.trim() };
  if (text('dimensionId')) values.dimensionId = text('dimensionId');
  if (text('owner')) values.owner = text('owner');
  if (!errors.due && text('due')) values.due = text('due');
  if (days.ok && days.value !== undefined) values.days = days.value;
  if (text('notes')) values.notes = field('notes')?.value ?? '';
  return { errors, values };
}

/** `card` with the form's values: a field left blank in the form is removed from the card. */
export function withValues(card: PlanAction, values: CardValues): PlanAction {
  const { dimensionId: _d, owner: _o, due: _u, days: _y, notes: _n, ...rest } = card;
  return { ...rest, ...values };
}

function errorOf(ctx: FormContext, name: FormField): TemplateResult | typeof nothing {
  const key = ctx.errors[name];
  return key ? html`<p class="error" id="f-${name}-error">${ctx.t(key)}</p>` : nothing;
}

export function renderCardForm(card: Partial<PlanAction>, ctx: FormContext): TemplateResult {
  const { t, errors } = ctx;
  const described = (name: FormField, hint = '') => [hint, errors[name] ? `f-${name}-error` : ''].filter(Boolean).join(' ') || nothing;
  const known = ctx.dimensions.some((d) => d.id === card.dimensionId);
  return html`<form class="card-form" novalidate aria-labelledby="f-heading" @submit=${ctx.onSubmit}
    @keydown=${(e: KeyboardEvent) => { if (e.key === 'Escape') { e.preventDefault(); ctx.onCancel(); } }}>
    <h3 id="f-heading">${ctx.addTo ? t('newCard') : t('editCard')}</h3>
    <label for="f-title">${t('title')} <span class="hint">${t('required')}</span></label>
    <input id="f-title" name="title" .value=${card.title ?? ''} aria-required="true"
      aria-invalid=${errors.title ? 'true' : 'false'} aria-describedby=${described('title')} autocomplete="off">
    ${errorOf(ctx, 'title')}
    <label for="f-dimension">${t('dimension')}</label>
    <select id="f-dimension" name="dimensionId">
      <option value="" ?selected=${!card.dimensionId}>${t('noDimension')}</option>
      ${ctx.dimensions.map((d) => html`<option value=${d.id} ?selected=${d.id === card.dimensionId}>${d.name}</option>`)}
      ${card.dimensionId && !known ? html`<option value=${card.dimensionId} selected>${t('unknownDimension', { id: card.dimensionId })}</option>` : nothing}
    </select>
    <label for="f-owner">${t('owner')}</label>
    <input id="f-owner" name="owner" .value=${card.owner ?? ''} autocomplete="off">
    <label for="f-due">${t('due')}</label>
    <input id="f-due" name="due" type="date" .value=${card.due ?? ''}
      aria-invalid=${errors.due ? 'true' : 'false'} aria-describedby=${described('due')}>
    ${errorOf(ctx, 'due')}
    <label for="f-days">${t('days')}</label>
    <input id="f-days" name="days" inputmode="decimal" .value=${daysText(card.days, ctx.locale)}
      aria-invalid=${errors.days ? 'true' : 'false'} aria-describedby=${described('days', 'f-days-hint')} autocomplete="off">
    <p class="hint" id="f-days-hint">${t('daysHint')}</p>
    ${errorOf(ctx, 'days')}
    <label for="f-notes">${t('notes')}</label>
    <textarea id="f-notes" name="notes" rows="2" .value=${card.notes ?? ''}></textarea>
    <div class="form-buttons">
      <button type="submit">${t('save')}</button>
      <button type="button" data-act="cancel-form" @click=${ctx.onCancel}>${t('cancel')}</button>
    </div>
  </form>`;
}
