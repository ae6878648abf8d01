// The board's editing: the card form (add, edit), the "Move to…" panel (WCAG 2.2 SC 2.5.7), delete with an undo. The
// controller owns what is open and what an undo brings back; it hands the board each new plan through its callbacks.
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { positionOf, uniqueId, UNSORTED, type PlanAction } from '../core/plan.js';
import { localize } from '../core/text.js';
import type { SuggestedAction } from '../core/types.js';
import { readCardForm, renderCardForm, withValues, type FormErrors } from './card-form.js';
import type { FocusController } from './focus-controller.js';
import type { Format } from './format.js';
import type { BoardModel } from './model.js';
import { renderMoveMenu } from './panels.js';

export interface EditOptions {
  /** The plan now. */
  plan: () => readonly PlanAction[];
  /** The board as shown. */
  model: () => BoardModel;
  format: () => Format;
  focus: FocusController;
  /** A person's change: the board shows `plan`, keeps it and fires `ge-plan-change`. */
  change: (plan: readonly PlanAction[]) => void;
  /** Tells screen readers `text` (the board's live region). */
  say: (text: string) => void;
  /** "Move to…": card `id` goes to place `index` of `column`, as a drop does. */
  move: (id: string, column: string, index: number) => void;
}

/** The message under the toolbar, with an undo: of a deletion (`card` at `index`), or of "Load the saved version" (`plan`). */
export interface Toast { text: string; card?: PlanAction; index?: number; plan?: readonly PlanAction[] }

export class EditController {
  editing: { id?: string; column?: string; errors: FormErrors } | null = null;
  menu: { id: string; column: string } | null = null;
  toast: Toast | null = null;

  constructor(private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode }, private readonly o: EditOptions) {}

  /** Handles a click on a `data-act` control (of card `id`, when on a card); false when it is not an edit's. */
  click(act: string, id: string, button: HTMLElement): boolean {
    const { focus } = this.o;
    const card = this.o.plan().find((a) => a.id === id);
    switch (act) {
      case 'edit': this.editing = { id, errors: {} }; focus.later('#f-title'); break;
      case 'add': this.editing = { column: button.dataset.column, errors: {} }; focus.later('#f-title'); break;
      case 'delete': if (card) this.remove(card); break;
      case 'undo': this.undo(); break;
      case 'close-toast': this.toast = null; break;
      case 'move-to':
        this.menu = this.menu?.id === id ? null : { id, column: positionOf(this.o.plan(), this.o.model().columnIds, id)?.column ?? '' };
        focus.later(this.menu ? '.move-menu select' : null);
        break;
      case 'move-cancel': this.menu = null; focus.cardControl(id, 'move-to'); break;
      case 'move-apply': this.applyMenu(id); break;
      default: return false;
    }
    this.host.requestUpdate();
    return true;
  }

  /** The "Move to…" column select changed. */
  menuColumn(column: string): void {
    if (this.menu) this.menu = { ...this.menu, column };
    this.host.requestUpdate();
  }

  /** Escape inside the "Move to…" panel closes it, back to its button; false when no panel is open. */
  escape(): boolean {
    const id = this.menu?.id;
    if (id === undefined) return false;
    this.menu = null;
    this.o.focus.cardControl(id, 'move-to');
    this.host.requestUpdate();
    return true;
  }

  /** Closes the form and the "Move to…" panel (the board became read-only). */
  close(): void {
    this.editing = this.menu = null;
  }

  /** Shows `text` with an Undo that brings `mine` back (after "Load the saved version"). */
  offerUndo(text: string, mine: readonly PlanAction[]): void {
    this.toast = { text, plan: mine };
    this.o.focus.later('[data-act="undo"]');
    this.host.requestUpdate();
  }

  /** Adds a suggested action to the first column, unless the plan has it already. */
  suggest(s: SuggestedAction): void {
    const plan = this.o.plan();
    if (plan.some((a) => a.practiceId === s.id)) return;
    const { locale, t, quote } = this.o.format();
    const title = localize(s.title, locale);
    const column = this.o.model().columns.find((c) => c.id !== UNSORTED) ?? { id: 'todo', label: 'todo' };
    const id = uniqueId(`suggested-${s.id}`, new Set(plan.map((a) => a.id)));
    this.o.change([...plan, { id, title, status: column.id, dimensionId: s.dimensionId, days: s.days, notes: localize(s.description, locale), practiceId: s.id }]);
    this.o.say(t('added', { title: quote(title), column: column.label }));
  }

  renderForm(card: Partial<PlanAction>): TemplateResult {
    const { t, locale } = this.o.format();
    const dimensions = [...this.o.model().dimensionNames].map(([id, name]) => ({ id, name }));
    return renderCardForm(card, { t, locale, dimensions, errors: this.editing?.errors ?? {},
      addTo: this.editing?.id ? undefined : this.editing?.column, onSubmit: this.submit, onCancel: this.cancel });
  }

  renderMenu(card: PlanAction): TemplateResult {
    const model = this.o.model();
    const { t, quote } = this.o.format();
    return renderMoveMenu(card, model, this.menu?.column ?? '',
      positionOf(this.o.plan(), model.columnIds, card.id) ?? { column: '', index: 0, count: 0 }, t, quote);
  }

  private readonly submit = (event: SubmitEvent): void => {
    event.preventDefault();
    const editing = this.editing;
    if (!editing) return;
    const { errors, values } = readCardForm(event.target as HTMLFormElement);
    const first = (['title', 'due', 'days'] as const).find((f) => errors[f]);
    if (first) {
      this.editing = { ...editing, errors };
      this.o.focus.later(`#f-${first}`);
    } else {
      const plan = this.o.plan();
      const model = this.o.model();
      const id = editing.id ?? uniqueId(`action-${Date.now().toString(36)}`, new Set(plan.map((a) => a.id)));
      const column = editing.column ?? model.columns[0].id;
      this.editing = null;
      this.o.change(editing.id ? plan.map((a) => (a.id === id ? withValues(a, values) : a)) : [...plan, { id, status: column, ...values }]);
      const { t, quote } = this.o.format();
      const label = model.columns.find((c) => c.id === editing.column)?.label ?? editing.column ?? '';
      this.o.say(t(editing.id ? 'saved' : 'added', { title: quote(values.title), column: label }));
      this.o.focus.cardControl(id, 'edit');
    }
    this.host.requestUpdate();
  };

  private readonly cancel = (): void => {
    const editing = this.editing;
    this.editing = null;
    if (editing?.id) this.o.focus.cardControl(editing.id, 'edit');
    else this.o.focus.later(`button[data-act="add"][data-column="${CSS.escape(editing?.column ?? '')}"]`);
    this.host.requestUpdate();
  };

  private remove(card: PlanAction): void {
    const plan = this.o.plan();
    const { t, quote } = this.o.format();
    this.toast = { text: t('deleted', { title: quote(card.title || t('untitled')) }), card, index: plan.indexOf(card) };
    this.o.change(plan.filter((a) => a !== card));
    this.o.focus.later('[data-act="undo"]');
  }

  private undo(): void {
    const { card, index, plan } = this.toast ?? {};
    const { t, quote } = this.o.format();
    this.toast = null;
    if (plan) { // back to the person's version after "Load the saved version": saved over the other one
      this.o.change(plan);
      this.o.say(t('mineRestored'));
    } else if (card && index !== undefined) {
      const now = this.o.plan();
      this.o.change([...now.slice(0, index), card, ...now.slice(index)]);
      this.o.say(t('restored', { title: quote(card.title || t('untitled')) }));
      this.o.focus.cardControl(card.id, 'handle');
    }
  }

  private applyMenu(id: string): void {
    const select = this.host.renderRoot.querySelector<HTMLSelectElement>('.move-menu select[data-move="position"]');
    const column = this.menu?.column ?? '';
    this.menu = null;
    this.o.move(id, column, Number(select?.value ?? 0));
    this.o.focus.cardControl(id, 'move-to');
  }
}
