// <action-plan-board>: from the wheel's priorities to a plan people own: cards with owners, dates and person-days, moved by pointer, keyboard or "Move to…".
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import type { Assessment, Priority, SuggestedAction } from '../core/types.js';
import { defaultAssessment } from '../core/default-assessment.js';
import { suggestFromLibrary } from '../core/suggest-rules.js';
import { UNSORTED, type PlanAction, type PlanIssue } from '../core/plan.js';
import { planFromJson, planToCsv, planToJson, type PlanCsvOptions } from '../core/plan-files.js';
import { ConnectionController } from '../internal/connection.js';
import { LocaleController } from '../internal/locale-controller.js';
import { emit } from '../internal/events.js';
import type { GeErrorDetail } from '../events.js';
import { requestStatusAction } from '../internal/status-action.js';
import { SourceController } from '../internal/source.js';
import { Announcer } from '../internal/announcer.js';
import type { CardContext } from './card.js';
import { renderColumns } from './column.js';
import type { BoardConnected, BoardStatus, SyncState } from './connected.js';
import { download, formatFor, isoDay } from './format.js';
import { EditController } from './edit-controller.js';
import { FocusController } from './focus-controller.js';
import { buildModel, Memo, readBudget, sameInputs, type BoardModel, type PlanColumn } from './model.js';
import { MoveController } from './move-controller.js';
import { renderBudget, renderNotes, renderSuggestions, renderToolbar } from './panels.js';
import { PracticesController } from './practices-controller.js';
import { PlanController, storageUnavailable, type StorageProblem } from './plan-controller.js';
import { renderStatus, statusText } from './status-line.js';
import type { MessageKey } from './messages.js';
import { styles } from './action-plan-board.styles.js';

export type { PlanAction, PlanIssue } from '../core/plan.js';
export type { PlanColumn } from './model.js';
export type * from './connected.js';
export interface PlanChangeDetail { actions: PlanAction[] }
/** `ge-error` detail: the shared shape of every element (src/events.ts). */
export type PlanErrorDetail = GeErrorDetail;

/**
 * A board of the group's GE actions: columns (to do, doing, done, or the host's), cards with a
 * dimension, an owner, a due date and person-days; drafts from the priorities' suggested actions;
 * a person-days budget; filters; autosave; CSV and JSON export and JSON import. Cards move by
 * pointer or touch drag on their handle, by keyboard on the same handle, and by "Move to…";
 * every move is announced. Bad input is kept and shown, never thrown.
 *
 * The board is a view: with `endpoint`, the round add-on (`gender-in-practice/round`, or
 * `gender-in-practice-round.min.js`; the all-in-one bundle includes it) loads and saves the plan
 * through `connected`, `ge-plan-change` and `ge-status-action`. Without the add-on, the board says
 * which script the page lacks and sends nothing.
 *
 * @summary The action plan of a participatory gender-equality self-assessment.
 *
 * @tagname action-plan-board
 *
 * @attr budget-days - Person-days available: planned days are shown against it, with a warning when over.
 * @attr storage-key - Autosaves every change to localStorage under this key and restores it on load; unreadable data there is kept aside, never overwritten. Not used with `endpoint`.
 * @attr endpoint - Base URL of an assessment round on a server (docs/PROTOCOL.md), served by the round add-on: the board shows the round's plan (not `actions`), loaded from `endpoint/plan`, and every change is saved there (debounced) with the revision it started from. Until the server confirms a change, the plan is kept in this browser (localStorage, one key per endpoint), sent again when the connection returns and on the next visit; when someone else saved meanwhile, the board keeps the person's version and lets them choose ("Keep mine" or "Load the saved version", with an undo). A member who is not a facilitator sees it read-only.
 * @attr nonce - Sent in the `X-WP-Nonce` header of every request to `endpoint` (the server's anti-forgery token). Read through the element's standard `nonce` property, so it survives a CSP that hides nonce attributes; a new value set there is used from the next request on.
 * @attr source - Id of a `<socratic-wheel>` whose priorities feed the suggestions, looked up in the board's own document or shadow root (then the page).
 * @attr lang - `en` or `fr` (otherwise the nearest `lang` up the page).
 *
 * @fires ge-plan-change - `{ actions }` after every change a person makes (not when a host sets `actions`, nor when a connection sets `connected.plan`; also when a person loads the saved version in a conflict).
 * @fires ge-status-action - `{ action }` when a person presses a button of the status line that `connected.status` set: `retry`, or a conflict's `keep-mine` or `load-saved` (the board shows the saved version itself, then fires `ge-plan-change`).
 * @fires ge-error - `{ errors: { path, code, message }[] }` for cards, files or stored data it could not read as given.
 *
 * @csspart column - A column.
 * @csspart card - A card.
 * @csspart card-title - A card's title.
 * @csspart move-to - A card's "Move to…" button.
 * @csspart suggestions - The suggested actions panel.
 * @csspart budget - The budget panel.
 * @csspart toolbar - Filters, export and import.
 * @csspart sync - The status line a connection sets (with `endpoint`: the save status), and the choice offered in a conflict.
 *
 * @cssprop --ge-font-family - Font (default `system-ui, sans-serif`).
 * @cssprop --ge-font-size - Base text size, set on the board's own root so the page's `rem` and font size do not leak in (default 16px).
 * @cssprop --ge-text-color - Text (default #1d1d1f).
 * @cssprop --ge-muted-color - Secondary text: counts, hints, card field names (default #4a4f57).
 * @cssprop --ge-background - Background of the element (default transparent).
 * @cssprop --ge-border-color - Borders (default #8a8f98).
 * @cssprop --ge-focus-color - Focus rings, picked card, drop placeholder, the card form's border (default #1d4ed8).
 * @cssprop --ge-warning-color - Warnings: budget, column limits, notes, the Unsorted column (default #9a3412).
 * @cssprop --ge-error-color - Errors and "overdue" (default #b3261e).
 * @cssprop --ge-card-background - Cards, buttons and the card form (default #fff).
 * @cssprop --ge-column-background - Columns (default #f1f4f8).
 * @cssprop --ge-note-background - Notes and messages (default #fff7ed).
 * @cssprop --ge-radius - Corner radius (default 6px).
 * @cssprop --ge-gap - Space between columns, panels and toolbar controls (default 0.75em).
 */
export class ActionPlanBoard extends LitElement {
  static override styles = styles;

  private readonly i18n = new LocaleController(this);
  private readonly connection = new ConnectionController(this, 'action-plan-board');
  private readonly focusing = new FocusController(this);
  private readonly plan = new PlanController(this, { problem: (problem) => this.storageProblem(problem) });
  private readonly moves = new MoveController(this, {
    plan: this.plan, model: () => this.model, focus: this.focusing,
    remodel: (model) => {
      if (model) [this.model, this.modelInputs] = [model, [this.plan.items, ...this.modelInputs.slice(1)]];
      else this.rebuild();
    },
  });
  private readonly edits = new EditController(this, {
    plan: () => this.plan.items, model: () => this.model, format: () => this.fmt, focus: this.focusing,
    change: (plan) => this.plan.commit(plan),
    say: (text) => this.announcer.announce(text),
    move: (id, column, index) => this.moves.move(id, column, index),
  });

  @state() private filters = { dimension: '', owner: '' };
  @state() private storageNote = '';
  @state() private sourcePriorities?: Priority[];
  /** Moves, edits, imports and where the plan's saving stands, said to screen readers. */
  private readonly announcer = new Announcer(this, 'sr-only');
  /** The wheel `source` names: its priorities now (once it is defined) and at each change; a wheel added later counts. */
  private readonly wheel = new SourceController(this, {
    event: 'ge-priorities-change', id: () => this.source, waitFor: 'socratic-wheel',
    onSource: (wheel) => this.takePriorities((wheel as Element & { priorities?: unknown }).priorities, true),
    onEvent: (e) => this.takePriorities((e.detail as { priorities?: unknown } | null)?.priorities),
  });

  /** Columns `{ id, label, limit? }[]` (label a string or `{ en, fr }`; `limit` a soft card limit). Default: to do, doing, done. */
  @property({ attribute: false }) columns?: PlanColumn[];
  /** For dimension names and suggestions; default: the built-in assessment. */
  @property({ attribute: false }) assessment?: Assessment;
  /** Ranked priorities (from `rankPriorities` or a wheel): the board offers their suggested actions. */
  @property({ attribute: false }) priorities?: Priority[];
  /**
   * Id of a `<socratic-wheel>` whose priorities feed the suggestions: looked up in the board's own document or shadow
   * root first, then in the page; a wheel added later is followed from its first `ge-priorities-change`.
   */
  @property() source: string | null = null;
  /** Person-days available (`12`, `12.5`, or `12,5`); blank or not a number means no budget. */
  @property({ attribute: 'budget-days', converter: { fromAttribute: readBudget } }) budgetDays?: number;
  /** Autosaves every change to `localStorage` under this key and restores it on load; unreadable data there is kept aside. */
  @property({ attribute: 'storage-key' }) storageKey: string | null = null;
  /**
   * Base URL of an assessment round (docs/PROTOCOL.md): the round add-on loads the plan from and saves it to
   * `endpoint/plan`. Without it, the board works on its own (and `storage-key` applies).
   */
  @property() endpoint: string | null = null;
  /** With `endpoint`: how long after the last change the plan is sent, in ms (default 800). */
  @property({ attribute: false }) saveDelay = 800;
  /** "Today" for overdue marks (default: the real date); set it for tests and print previews. */
  @property({ attribute: false }) now?: Date;

  private model!: BoardModel;
  /** What `model` was built from: it is rebuilt only when one of these changes (a move updates it in place). */
  private modelInputs: unknown[] = [];
  private suggestions: SuggestedAction[] = [];
  private readonly suggested = new Memo<SuggestedAction[]>();
  private readonly practices = new PracticesController(this);
  private link: BoardConnected | null = null;
  private failure = '';
  /** What the status line last said to screen readers (not "Saving…": only where things stand). */
  private spoken = '';

  /**
   * The plan on screen: `{ id, title, status, dimensionId?, owner?, due?, days?, notes? }[]`, with the person's
   * changes. Setting it reads it without losing a card (see notes); while `connected.plan` is shown, the value set
   * is kept and shown again when the connection ends.
   */
  get actions(): PlanAction[] {
    return [...this.plan.items];
  }
  set actions(value: PlanAction[]) {
    this.plan.setHostPlan(value);
    this.requestUpdate('actions');
  }

  /**
   * Set by a connection such as the round add-on; pages normally leave it alone. `{ plan?, status?, conflict?,
   * readonly? }`: the plan to show instead of `actions` (a new object replaces what is on screen), the status line
   * with its buttons (`ge-status-action`), the saved version of a conflict, and a read-only mode.
   */
  @property({ attribute: false })
  get connected(): BoardConnected | null {
    return this.link;
  }
  set connected(value: BoardConnected | null) {
    this.link = value ?? null;
    this.plan.setConnectedPlan(this.link?.plan ?? null);
  }

  /** Where the plan stands with its connection (`loading`, `saved`, `offline`, `conflict`…, `missing-addon`); `off` without one. */
  get syncState(): SyncState {
    return this.connection.state === 'missing' ? 'missing-addon' : (this.link?.status?.state as SyncState | undefined) ?? 'off';
  }

  private get readOnly(): boolean {
    return this.link?.readonly === true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    try {
      this.failure = '';
      // A new endpoint starts (or ends) the connection now, so what it shows is in this update, not the next.
      if (changed.has('endpoint')) this.connection.sync();
      if ((changed.has('storageKey') || changed.has('endpoint')) && (this.endpoint || changed.has('storageKey') || this.storageKey)) {
        this.storageNote = '';
        this.plan.useStorage(this.endpoint ? null : this.storageKey);
      }
      if (changed.has('source')) this.wheel.sync();
      if (this.readOnly) {
        this.moves.cancel();
        this.edits.close();
      }
      const assessment = this.assessment ?? defaultAssessment;
      this.rebuild(false);
      const priorities = this.priorities ?? this.sourcePriorities;
      const library = this.practices.library;
      this.suggestions = this.suggested.get([assessment, priorities, this.i18n.locale, library],
        () => (Array.isArray(priorities) && library ? suggestFromLibrary(library, assessment, priorities) : []));
      const moved = this.moves.takeAnnouncement(this.fmt);
      if (moved) this.announcer.announce(moved);
      const status = this.statusNow();
      const spoken = status?.state === 'saving' ? this.spoken : status ? statusText(status, this.t) : '';
      if (spoken !== this.spoken) this.announcer.announce((this.spoken = spoken));
      if (status?.params?.stored === false) this.storageProblem(storageUnavailable);
    } catch (error) {
      this.failure = this.t('failure', { detail: String((error as Error)?.message ?? error) });
      this.model ??= buildModel([], undefined, defaultAssessment, 'en', (id) => id, { dimension: '', owner: '' }, undefined);
    }
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    await this.practices.settled();
    return super.getUpdateComplete();
  }

  protected override updated(): void {
    const errors: PlanErrorDetail['errors'] = this.plan.takeUnreported().map((i) => ({ path: i.path, code: i.code, message: this.t(i.code, i.params) }));
    if (this.failure) errors.push({ path: '', code: 'render-failed', message: this.failure });
    if (errors.length) emit(this, 'ge-error', { errors });
  }

  /** Builds the model again when what it shows changed (or always, with `force`). */
  private rebuild(force = true): void {
    const inputs = [this.plan.items, this.columns, this.assessment ?? defaultAssessment, this.fmt, this.filters, this.budgetDays];
    if (!force && sameInputs(this.modelInputs, inputs)) return;
    const label = (id: string) => this.t(id === UNSORTED ? 'unsorted' : (id as MessageKey));
    this.model = buildModel(this.plan.items, this.columns, inputs[2] as Assessment, this.i18n.locale, label, this.filters, this.budgetDays);
    this.modelInputs = inputs;
  }

  /** The status line: the connection's, or the round add-on missing. */
  private statusNow(): BoardStatus | null {
    return this.connection.state === 'missing' ? { state: 'missing-addon' } : this.link?.status ?? null;
  }

  private get fmt() { return formatFor(this.i18n.locale, this.i18n.tag); }
  private t = (key: MessageKey, params?: Record<string, string | number>): string => this.fmt.t(key, params);
  private quote = (text: string): string => this.fmt.quote(text);

  private storageProblem({ key, params, code }: StorageProblem): void {
    if (this.storageNote) return;
    this.storageNote = this.t(key, params);
    emit(this, 'ge-error', { errors: [{ path: this.storageKey ?? '', code, message: this.storageNote }] });
  }

  /** The wheel's priorities (a list; when read from the wheel rather than its event, one with priorities in it). */
  private takePriorities(priorities: unknown, read = false): void {
    if (Array.isArray(priorities) && (!read || priorities.length)) this.sourcePriorities = priorities as Priority[];
  }

  // Delegated events: one listener each on the board, none per card.
  private onClick = (event: Event): void => {
    const button = (event.target as Element).closest<HTMLElement>('[data-act]');
    if (!button || button.getAttribute('aria-disabled') === 'true') return;
    const act = button.dataset.act ?? '';
    // Read-only: the controls that change the plan are hidden, and do nothing when a script clicks them.
    if (this.readOnly ? act === 'suggest' : this.edits.click(act, button.closest<HTMLElement>('li[data-id]')?.dataset.id ?? '', button)) return;
    switch (act) {
      case 'retry': case 'keep-mine': requestStatusAction(this, act).catch(() => undefined); break;
      case 'load-saved': this.loadSaved(); break;
      case 'suggest': this.suggest(button.dataset.suggestion ?? ''); break;
      case 'export-csv': download(this.toCSV(), 'text/csv', 'action-plan.csv'); break;
      case 'export-json': download(this.toJSON(), 'application/json', 'action-plan.json'); break;
    }
  };

  private onKeyDown = (event: KeyboardEvent): void => {
    const target = event.composedPath()[0] as HTMLElement;
    if (this.readOnly) return;
    if (target.dataset?.act === 'handle') {
      const id = target.closest<HTMLElement>('li[data-id]')?.dataset.id ?? '';
      if (this.moves.key(event, id)) event.preventDefault();
    } else if (event.key === 'Escape' && target.closest('.move-menu')) this.edits.escape();
  };

  private onPointerDown = (event: PointerEvent): void => {
    const handle = (event.target as Element).closest<HTMLElement>('[data-act="handle"]');
    if (handle && !this.readOnly) this.moves.pointerDown(event, handle);
  };

  private onChange = (event: Event): void => {
    const el = event.target as HTMLSelectElement | HTMLInputElement;
    if (el.dataset.filter === 'dimension' || el.dataset.filter === 'owner') this.filters = { ...this.filters, [el.dataset.filter]: el.value };
    else if (el.dataset.move === 'column') this.edits.menuColumn(el.value);
    else if (el.dataset.act === 'import' && el instanceof HTMLInputElement && el.files?.[0]) {
      el.files[0].text().then((text) => { if (this.fromJSON(text).ok) this.plan.commit(); el.value = ''; }, () => undefined);
    }
  };

  /** Conflict: the saved version replaces the person's, which an undo brings back. The connection hears it first. */
  private loadSaved(): void {
    const saved = this.link?.conflict;
    if (!saved) return;
    this.edits.offerUndo(this.t('savedLoaded'), this.plan.items);
    this.plan.showPlan(saved);
    requestStatusAction(this, 'load-saved').catch(() => undefined);
    this.plan.commit();
  }

  private suggest(id: string): void {
    const s = this.suggestions.find((x) => x.id === id);
    if (s) this.edits.suggest(s);
  }

  /** The plan as CSV: BOM, `;` separator and decimal comma by default (French Excel); pass `{ separator: ',' }` for English tools. */
  toCSV(options: PlanCsvOptions = {}): string {
    const names = this.model?.dimensionNames;
    return planToCsv(this.plan.items, { dimensionName: (id) => names?.get(id) ?? id, ...options });
  }

  /** The plan as JSON (`{ format, version, actions }`), which `fromJSON` and the import button read back. */
  toJSON(): string {
    return planToJson(this.plan.items);
  }

  /**
   * Replaces the plan with the cards read from JSON text, keeping every card it can read; lists
   * the rest in the board and in `ge-error`. Leaves the plan alone when the text holds no plan.
   */
  fromJSON(text: string): { ok: boolean; issues: PlanIssue[] } {
    const { actions, issues } = planFromJson(text);
    const fatal = issues.some((i) => i.code === 'not-json' || i.code === 'not-a-plan');
    this.plan.show(fatal ? this.plan.items : actions, issues);
    this.announcer.announce(fatal ? '' : this.t('imported', { count: actions.length }));
    return { ok: !fatal, issues };
  }

  protected override render() {
    const m = this.model;
    const t = this.t;
    const fmt = this.fmt;
    const status = this.statusNow();
    const { toast } = this.edits;
    return html`<div class="root ${this.readOnly ? 'readonly' : ''}" @click=${this.onClick} @keydown=${this.onKeyDown} @pointerdown=${this.onPointerDown} @change=${this.onChange}>
      ${this.failure ? html`<p class="message" role="alert">${this.failure}</p>` : nothing}
      <div role="status">${this.storageNote ? html`<p class="message">${this.storageNote}</p>` : nothing}</div>
      ${status ? renderStatus({ status, conflict: this.link?.conflict ?? null, t }) : nothing}
      ${guard([this.plan.issues, m.unsorted, m.badColumns, fmt], () => renderNotes(this.plan.issues, m, t))}
      <div class="panels">
        ${guard([this.suggestions, m.practiceIds, m.dimensionNames, fmt], () => (this.suggestions.length
          ? renderSuggestions(this.suggestions, m.practiceIds, m, t, this.i18n.locale, fmt.days, this.quote) : nothing))}
        ${guard([m.budget, m.dimensionNames, fmt], () => renderBudget(m, t, fmt.days))}
      </div>
      ${guard([m.dimensionNames, m.unknownDimensions, m.owners, this.filters, fmt], () => renderToolbar(m, this.filters, t))}
      <div role="status">${toast ? html`<p class="toast">${toast.text}
        ${toast.card || toast.plan ? html`<button data-act="undo">${t(toast.plan ? 'undoLoad' : 'undo')}</button>` : nothing}
        <button data-act="close-toast">${t('close')}</button></p>` : nothing}</div>
      <p id="move-help" class="sr-only">${t('moveHelp')}</p>
      <div class="board" role="group" aria-label=${t('boardLabel')} aria-busy=${status?.state === 'loading' ? 'true' : 'false'}>${this.renderColumns()}</div>
    </div>`;
  }

  private renderColumns() {
    const m = this.model;
    const { editing, menu } = this.edits;
    const ctx: CardContext = {
      format: this.fmt, today: isoDay(this.now), doneColumn: m.doneColumn,
      dimension: (id) => {
        const name = m.dimensionNames.get(id);
        return name === undefined ? { name: this.t('unknownDimension', { id }), known: false } : { name, known: true };
      },
      pickedId: this.moves.pickedId, menuId: menu?.id ?? null, editingId: editing?.id ?? null,
      renderMoveMenu: (card) => this.edits.renderMenu(card), renderForm: (card) => this.edits.renderForm(card),
    };
    return renderColumns(m, ctx, !!(menu || editing), editing && !editing.id ? editing.column : undefined, () => this.edits.renderForm({}));
  }
}
