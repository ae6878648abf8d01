// <action-plan-board>: from the wheel's priorities to a plan people own: cards with owners, dates and person-days, moved by pointer, keyboard or "Move to…".
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import type { Assessment, Priority, SuggestedAction } from '../core/types.js';
import { defaultAssessment } from '../core/default-assessment.js';
import { suggestActions } from '../core/suggest.js';
import { localize } from '../core/text.js';
import { columnOf, moveAction, normalizePlan, parseDays, positionOf, uniqueId, UNSORTED, type PlanAction, type PlanIssue } from '../core/plan.js';
import { planFromJson, planToCsv, planToJson, type PlanCsvOptions } from '../core/plan-csv.js';
import { LocaleController } from '../internal/locale-controller.js';
import { emit } from '../internal/events.js';
import type { GeErrorDetail } from '../events.js';
import { DraftStore } from '../internal/draft-store.js';
import type { CardContext } from './card.js';
import { renderColumn } from './column.js';
import { download, formatFor, isoDay, type Format } from './format.js';
import { readCardForm, renderCardForm, withValues, type FormErrors } from './card-form.js';
import { DragController } from './drag-controller.js';
import { KeyboardMoveController, type MoveAnnouncement } from './keyboard-move-controller.js';
import { applyMove, buildModel, columnView, dropIndex, indexWithout, type BoardModel, type PlanColumn } from './model.js';
import { renderBudget, renderMoveMenu, renderNotes, renderSuggestions, renderToolbar } from './panels.js';
import { PlanSync, type PlanSyncHost, type SyncState } from './plan-sync.js';
import { renderSync } from './sync-panel.js';
import type { MessageKey } from './messages.js';
import { styles } from './action-plan-board.styles.js';

export type { PlanAction, PlanIssue } from '../core/plan.js';
export type { PlanColumn } from './model.js';
export type { SyncState } from './plan-sync.js';
export interface PlanChangeDetail { actions: PlanAction[] }
/** `ge-error` detail: the shared shape of every element (src/events.ts). */
export type PlanErrorDetail = GeErrorDetail;

const STORAGE_FORMAT = 'gender-in-practice/plan@1';
const readBudget = (value: string | null) => {
  const parsed = parseDays(value ?? '');
  return parsed.ok ? parsed.value : undefined;
};
const readStored = (data: unknown) => (Array.isArray(data) ? normalizePlan(data).actions : undefined);

/**
 * A board of the group's GE actions: columns (to do, doing, done, or the host's), cards with a
 * dimension, an owner, a due date and person-days; drafts from the priorities' suggested actions;
 * a person-days budget; filters; autosave; CSV and JSON export and JSON import. Cards move by
 * pointer or touch drag on their handle, by keyboard on the same handle, and by "Move to…";
 * every move is announced. Bad input is kept and shown, never thrown.
 *
 * @summary The action plan of a participatory gender-equality self-assessment.
 *
 * @tagname action-plan-board
 *
 * @attr budget-days - Person-days available: planned days are shown against it, with a warning when over.
 * @attr storage-key - Autosaves every change to localStorage under this key and restores it on load; unreadable data there is kept aside, never overwritten. Not used with `endpoint`.
 * @attr endpoint - Base URL of an assessment round on a server (docs/PROTOCOL.md): the board loads the round's plan from `endpoint/plan` and saves every change there (debounced), with the revision it started from. Until the server confirms a change, the plan is kept in this browser (localStorage, one key per endpoint), sent again when the connection returns and on the next visit; when someone else saved meanwhile, the board keeps the person's version and lets them choose ("Keep mine" or "Load the saved version").
 * @attr nonce - Sent in the `X-WP-Nonce` header of every request to `endpoint` (the server's anti-forgery token). Read through the element's standard `nonce` property, so it survives a CSP that hides nonce attributes; a new value set there is used from the next request on.
 * @attr source - Id of a `<socratic-wheel>` whose priorities feed the suggestions, looked up in the board's own document or shadow root (then the page).
 * @attr lang - `en` or `fr` (otherwise the nearest `lang` up the page).
 *
 * @fires ge-plan-change - `{ actions }` after every change a person makes (not when a host sets `actions`, nor when the board loads the server's plan; also when a person loads the server's version in a conflict).
 * @fires ge-error - `{ errors: { path, code, message }[] }` for cards, files or stored data it could not read as given.
 *
 * @csspart column - A column.
 * @csspart card - A card.
 * @csspart card-title - A card's title.
 * @csspart move-to - A card's "Move to…" button.
 * @csspart suggestions - The suggested actions panel.
 * @csspart budget - The budget panel.
 * @csspart toolbar - Filters, export and import.
 * @csspart sync - With `endpoint`: the save status, and the choice offered in a conflict.
 *
 * @cssprop --ge-font-family - Font (default `system-ui, sans-serif`).
 * @cssprop --ge-font-size - Base text size, set on the board's own root so the page's `rem` and font size do not leak in (default 16px).
 * @cssprop --ge-text-color - Text (default #1f2933).
 * @cssprop --ge-muted-color - Secondary text: counts, hints, card field names (default #52606d).
 * @cssprop --ge-background - Background of the element (default transparent).
 * @cssprop --ge-border-color - Borders (default #9aa5b1).
 * @cssprop --ge-focus-color - Focus rings, picked card, drop placeholder, the card form's border (default #1d4ed8).
 * @cssprop --ge-warning-color - Warnings: budget, column limits, notes, the Unsorted column (default #9a3412).
 * @cssprop --ge-error-color - Errors and "overdue" (default #b91c1c).
 * @cssprop --ge-card-background - Cards, buttons and the card form (default #fff).
 * @cssprop --ge-column-background - Columns (default #f1f4f8).
 * @cssprop --ge-note-background - Notes and messages (default #fff7ed).
 * @cssprop --ge-radius - Corner radius (default 6px).
 * @cssprop --ge-gap - Space between columns, panels and toolbar controls (default 0.75em).
 */
export class ActionPlanBoard extends LitElement implements PlanSyncHost {
  static override styles = styles;

  private readonly i18n = new LocaleController(this);
  private readonly keyboard = new KeyboardMoveController(this);
  private readonly dragger = new DragController(this);
  private readonly sync = new PlanSync(this);

  @state() private items: readonly PlanAction[] = [];
  @state() private editing: { id?: string; column?: string; errors: FormErrors } | null = null;
  @state() private menu: { id: string; column: string } | null = null;
  @state() private filters = { dimension: '', owner: '' };
  @state() private toast: { text: string; card?: PlanAction; index?: number; plan?: PlanAction[] } | null = null;
  @state() private announcement = '';
  @state() private issues: PlanIssue[] = [];
  @state() private storageNote = '';
  @state() private sourcePriorities?: Priority[];

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
   * Base URL of an assessment round (docs/PROTOCOL.md): the plan is loaded from and saved to `endpoint/plan`.
   * Without it, the board works on its own (and `storage-key` applies).
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
  private suggestionInputs: unknown[] = [];
  /** The move to announce, worded once per update (a keyboard move may take many keys before a render). */
  private pendingAnnouncement: { kind: MoveAnnouncement; id: string } | null = null;
  private revealing: HTMLElement | null = null;
  private store?: DraftStore<PlanAction[]>;
  private pendingFocus: string | null = null;
  private pendingErrors: PlanIssue[] = [];
  private failure = '';
  /** What the save status last said to screen readers (not "Saving…": only where things stand). */
  private syncSpoken = '';
  /** Where `onPriorities` listens: the board's root node and the document. */
  private listeningOn: Node[] = [];

  /** The plan: `{ id, title, status, dimensionId?, owner?, due?, days?, notes? }[]`. Setting it reads it without losing a card (see notes). */
  get actions(): PlanAction[] {
    return [...this.items];
  }
  set actions(value: PlanAction[]) {
    const { actions, issues } = normalizePlan(value);
    this.items = actions;
    this.issues = issues;
    this.pendingErrors = issues;
    this.requestUpdate('actions');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The wheel's event is heard on the board's own root (inside a closed shadow root, the document's listeners see
    // only the shadow host) and on the page (a wheel outside that root).
    this.listeningOn = [...new Set<Node>([this.getRootNode(), document])];
    for (const node of this.listeningOn) node.addEventListener('ge-priorities-change', this.onPriorities);
    if (this.source) customElements.whenDefined('socratic-wheel').then(() => this.readSource(), () => undefined);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const node of this.listeningOn) node.removeEventListener('ge-priorities-change', this.onPriorities);
    this.listeningOn = [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    try {
      this.failure = '';
      if (changed.has('storageKey') || changed.has('endpoint')) {
        if (this.endpoint) this.store = undefined;
        else if (changed.has('storageKey') || this.storageKey) this.loadStorage();
      }
      if (changed.has('endpoint')) this.sync.start(this.endpoint || null);
      if (changed.has('source')) this.readSource();
      const assessment = this.assessment ?? defaultAssessment;
      this.rebuild(false);
      const priorities = this.priorities ?? this.sourcePriorities;
      if (!same(this.suggestionInputs, [assessment, priorities, this.i18n.locale])) {
        this.suggestionInputs = [assessment, priorities, this.i18n.locale];
        this.suggestions = Array.isArray(priorities) ? suggestActions(assessment, priorities) : [];
      }
      this.wordAnnouncement();
      if (this.sync.state !== 'saving') this.syncSpoken = this.endpoint ? this.syncText(this.sync.state) : '';
    } catch (error) {
      this.failure = this.t('failure', { detail: String((error as Error)?.message ?? error) });
      this.model ??= buildModel([], undefined, defaultAssessment, 'en', (id) => id, { dimension: '', owner: '' }, undefined);
    }
  }

  protected override updated(): void {
    if (this.pendingFocus) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.pendingFocus);
      this.pendingFocus = null;
      // No scroll here (it would lay the page out on every move): the next frame brings the focused control into view.
      if (target && (this.renderRoot as ShadowRoot).activeElement !== target) {
        target.focus({ preventScroll: true });
        this.reveal(target);
      }
    }
    const errors: PlanErrorDetail['errors'] = this.pendingErrors.map((i) => ({ path: i.path, code: i.code, message: this.t(i.code, i.params) }));
    if (this.failure) errors.push({ path: '', code: 'render-failed', message: this.failure });
    this.pendingErrors = [];
    if (errors.length) emit<PlanErrorDetail>(this, 'ge-error', { errors });
  }

  /** Builds the model again when what it shows changed (or always, with `force`). */
  private rebuild(force = true): void {
    const inputs = [this.items, this.columns, this.assessment ?? defaultAssessment, this.fmt, this.filters, this.budgetDays];
    if (!force && same(this.modelInputs, inputs)) return;
    const label = (id: string) => this.t(id === UNSORTED ? 'unsorted' : (id as MessageKey));
    this.model = buildModel(this.items, this.columns, inputs[2] as Assessment, this.i18n.locale, label, this.filters, this.budgetDays);
    this.modelInputs = inputs;
  }

  private reveal(target: HTMLElement): void {
    if (!this.revealing) {
      requestAnimationFrame(() => {
        const el = this.revealing;
        this.revealing = null;
        if (el?.isConnected && (this.renderRoot as ShadowRoot).activeElement === el) el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      });
    }
    this.revealing = target;
  }

  private wordAnnouncement(): void {
    const pending = this.pendingAnnouncement;
    this.pendingAnnouncement = null;
    const card = pending && this.model.byId.get(pending.id);
    if (!pending || !card) return;
    const column = columnView(this.model, columnOf(card, this.model.columnIds));
    if (!column) return;
    this.announcement = this.t(pending.kind, { title: this.quote(card.title || this.t('untitled')), column: column.label,
      position: column.cards.indexOf(card) + 1, count: column.count });
  }

  private formatKey = '';
  private format?: Format;
  private get fmt(): Format {
    const key = this.i18n.locale + '|' + this.i18n.tag;
    if (key !== this.formatKey || !this.format) {
      this.format = formatFor(this.i18n.locale, this.i18n.tag);
      this.formatKey = key;
    }
    return this.format;
  }
  private t = (key: MessageKey, params?: Record<string, string | number>): string => this.fmt.t(key, params);
  private quote = (text: string): string => this.fmt.quote(text);

  private loadStorage(): void {
    this.store = this.storageKey ? new DraftStore(this.storageKey, STORAGE_FORMAT, readStored) : undefined;
    const result = this.store?.load();
    this.storageNote = '';
    if (result?.status === 'restored' && result.data) this.items = result.data;
    else if (result?.status === 'unreadable-kept') this.storageProblem(this.t('storageUnreadable', { key: result.keptAt ?? '' }), 'storage-unreadable');
    else if (result?.status === 'unavailable') this.storageProblem(this.t('storageUnavailable'), 'storage-unavailable');
  }

  private storageProblem(message: string, code: string): void {
    this.storageNote = message;
    emit<PlanErrorDetail>(this, 'ge-error', { errors: [{ path: this.storageKey ?? '', code, message }] });
  }

  /** The element `source` names: in the board's own document or shadow root, else in the page. */
  private sourceElement(): Element | null {
    if (!this.source) return null;
    // A Document or a ShadowRoot (both have getElementById), whichever window or realm made it; the element itself when detached.
    const root = this.getRootNode() as Node & Partial<NonElementParentNode>;
    const own = typeof root.getElementById === 'function' ? root.getElementById(this.source) : null;
    return own ?? (root === document ? null : document.getElementById(this.source));
  }

  private readSource(): void {
    const wheel = this.sourceElement() as (Element & { priorities?: unknown }) | null;
    const priorities = wheel?.priorities;
    if (Array.isArray(priorities) && priorities.length) this.sourcePriorities = priorities as Priority[];
  }

  /** A wheel's new priorities: taken when the event comes from the element `source` names (looked up now, so a wheel added later counts). */
  private onPriorities = (event: Event): void => {
    const detail = (event as CustomEvent<{ priorities?: unknown }>).detail;
    if (!this.source || !Array.isArray(detail?.priorities)) return;
    const wheel = this.sourceElement();
    if (wheel && event.composedPath().includes(wheel)) this.sourcePriorities = detail.priorities as Priority[];
  };

  /** A change a person made: saved, then announced to the page. */
  private changed(): void {
    if (this.store && this.store.save([...this.items]) === 'unavailable' && !this.storageNote) {
      this.storageProblem(this.t('storageUnavailable'), 'storage-unavailable');
    }
    this.sync.changed();
    emit<PlanChangeDetail>(this, 'ge-plan-change', { actions: this.actions });
  }

  private focusCard(id: string, what: string): void {
    this.pendingFocus = `li[data-id="${CSS.escape(id)}"] [data-act="${what}"]`;
  }

  // The keyboard and drag controllers' view of the board (not public API).
  /** @internal */ get columnOrder(): string[] { return this.model.columns.map((c) => c.id); }
  /** @internal */ get plan(): readonly PlanAction[] { return this.items; }
  /** @internal */ get rtl(): boolean { return getComputedStyle(this).direction === 'rtl'; }
  /** @internal */ columnOfCard(id: string): string | null {
    const card = this.model.byId.get(id);
    return card ? columnOf(card, this.model.columnIds) : null;
  }
  /** @internal */ shownCards(column: string): readonly PlanAction[] { return columnView(this.model, column)?.shown ?? []; }
  /** @internal */ indexWithout(column: string, other: string, moving: string): number { return indexWithout(this.model, column, other, moving); }
  /** @internal */ dropIndex(column: string, beforeId: string | null, moving: string): number { return dropIndex(this.model, column, beforeId, moving); }
  /** @internal */ previewMove(id: string, column: string, index: number): void {
    const before = this.items;
    const old = this.model.byId.get(id);
    this.items = moveAction(before, this.model.columnIds, id, column, index, old ? before.indexOf(old) : -1);
    if (this.items !== before) {
      // The move, applied to the model as it is (two columns change); a full rebuild only when Unsorted is involved.
      const card = old && (old.status === column || column === UNSORTED ? old : this.items.find((a) => a.id === id));
      const next = card && applyMove(this.model, id, card, column, index);
      if (next) {
        this.model = next;
        this.modelInputs = [this.items, ...this.modelInputs.slice(1)];
      } else this.rebuild();
    }
    this.focusCard(id, 'handle');
  }
  /** @internal The language of requests to `endpoint`. */ get syncLang(): string { return this.i18n.locale; }
  /** @internal A plan that is not a person's edit: the server's, or this browser's unsaved copy. */ showPlan(actions: PlanAction[], issues: PlanIssue[]): void {
    this.items = actions;
    this.issues = issues;
    this.pendingErrors = issues;
  }
  /** @internal */ storageUnavailable(): void {
    if (!this.storageNote) this.storageProblem(this.t('storageUnavailable'), 'storage-unavailable');
  }
  /** With `endpoint`: where the plan stands with the server (`saved`, `offline`, `conflict`...); `off` without it. */
  get syncState(): SyncState { return this.sync.state; }
  /** @internal */ restorePlan(plan: readonly PlanAction[]): void { this.items = plan; this.rebuild(); }
  /** @internal */ commitPlan(before: readonly PlanAction[]): void { if (before !== this.items) this.changed(); }
  /** @internal */ dragMove(id: string, column: string, index: number): void {
    const before = this.items;
    this.previewMove(id, column, index);
    this.pendingFocus = null;
    if (before !== this.items) this.changed();
    this.announceMove('moved', id);
  }
  /** @internal */ announceMove(kind: MoveAnnouncement, id: string): void {
    if (!this.model.byId.has(id)) return;
    this.pendingAnnouncement = { kind, id };
    this.requestUpdate();
    this.focusCard(id, 'handle');
  }

  // Delegated events: one listener each on the board, none per card.
  private onClick = (event: Event): void => {
    const button = (event.target as Element).closest<HTMLElement>('[data-act]');
    if (!button || button.getAttribute('aria-disabled') === 'true') return;
    const id = button.closest<HTMLElement>('li[data-id]')?.dataset.id ?? '';
    const card = this.items.find((a) => a.id === id);
    switch (button.dataset.act) {
      case 'edit': this.editing = { id, errors: {} }; this.pendingFocus = '#f-title'; break;
      case 'add': this.editing = { column: button.dataset.column, errors: {} }; this.pendingFocus = '#f-title'; break;
      case 'delete': if (card) this.deleteCard(card); break;
      case 'undo': this.undo(); break;
      case 'sync-retry': this.sync.retry(); break;
      case 'keep-mine': this.sync.keepMine(); break;
      case 'load-saved': this.loadSaved(); break;
      case 'close-toast': this.toast = null; break;
      case 'move-to': this.menu = this.menu?.id === id ? null : { id, column: this.columnOfCard(id) ?? '' }; this.pendingFocus = this.menu ? '.move-menu select' : null; break;
      case 'move-cancel': this.menu = null; this.focusCard(id, 'move-to'); break;
      case 'move-apply': this.applyMenu(id); break;
      case 'suggest': this.addSuggestion(button.dataset.suggestion ?? ''); break;
      case 'export-csv': download(this.toCSV(), 'text/csv', 'action-plan.csv'); break;
      case 'export-json': download(this.toJSON(), 'application/json', 'action-plan.json'); break;
    }
  };

  private onKeyDown = (event: KeyboardEvent): void => {
    const target = event.composedPath()[0] as HTMLElement;
    if (target.dataset?.act === 'handle') {
      const id = target.closest<HTMLElement>('li[data-id]')?.dataset.id ?? '';
      if (this.keyboard.handleKey(event, id)) event.preventDefault();
    } else if (event.key === 'Escape' && this.menu && target.closest('.move-menu')) {
      const id = this.menu.id;
      this.menu = null;
      this.focusCard(id, 'move-to');
    }
  };

  private onPointerDown = (event: PointerEvent): void => {
    const handle = (event.target as Element).closest<HTMLElement>('[data-act="handle"]');
    if (handle && !this.keyboard.picked) this.dragger.start(event, handle);
  };

  private onChange = (event: Event): void => {
    const el = event.target as HTMLSelectElement | HTMLInputElement;
    if (el.dataset.filter === 'dimension' || el.dataset.filter === 'owner') this.filters = { ...this.filters, [el.dataset.filter]: el.value };
    else if (el.dataset.move === 'column' && this.menu) this.menu = { ...this.menu, column: el.value };
    else if (el.dataset.act === 'import' && el instanceof HTMLInputElement && el.files?.[0]) {
      el.files[0].text().then((text) => { if (this.fromJSON(text).ok) this.changed(); el.value = ''; }, () => undefined);
    }
  };

  private onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const editing = this.editing;
    if (!editing) return;
    const { errors, values } = readCardForm(event.target as HTMLFormElement);
    const first = (['title', 'due', 'days'] as const).find((f) => errors[f]);
    if (first) {
      this.editing = { ...editing, errors };
      this.pendingFocus = `#f-${first}`;
      return;
    }
    let id = editing.id ?? '';
    if (editing.id) {
      this.items = this.items.map((a) => (a.id === id ? withValues(a, values) : a));
    } else {
      id = uniqueId(`action-${Date.now().toString(36)}`, new Set(this.items.map((a) => a.id)));
      this.items = [...this.items, { id, status: editing.column ?? this.model.columns[0].id, ...values }];
    }
    this.editing = null;
    this.changed();
    this.announcement = this.t(editing.id ? 'saved' : 'added', { title: this.quote(values.title), column: this.columnLabel(editing.column) });
    this.focusCard(id, 'edit');
  };

  private cancelForm = (): void => {
    const editing = this.editing;
    this.editing = null;
    if (editing?.id) this.focusCard(editing.id, 'edit');
    else this.pendingFocus = `button[data-act="add"][data-column="${CSS.escape(editing?.column ?? '')}"]`;
  };

  private columnLabel(id?: string): string { return this.model.columns.find((c) => c.id === id)?.label ?? id ?? ''; }

  private deleteCard(card: PlanAction): void {
    const index = this.items.indexOf(card);
    this.items = this.items.filter((a) => a !== card);
    this.toast = { text: this.t('deleted', { title: this.quote(card.title || this.t('untitled')) }), card, index };
    this.changed();
    this.pendingFocus = '[data-act="undo"]';
  }

  private undo(): void {
    const { card, index, plan } = this.toast ?? {};
    this.toast = null;
    if (plan) { // back to the person's version after "Load the saved version": saved over the server's
      this.items = plan;
      this.changed();
      this.announcement = this.t('mineRestored');
      return;
    }
    if (!card || index === undefined) return;
    this.items = [...this.items.slice(0, index), card, ...this.items.slice(index)];
    this.changed();
    this.announcement = this.t('restored', { title: this.quote(card.title || this.t('untitled')) });
    this.focusCard(card.id, 'handle');
  }

  /** Conflict: the server's version replaces the person's, which an undo brings back. */
  private loadSaved(): void {
    const mine = this.sync.loadSaved();
    if (!mine) return;
    this.toast = { text: this.t('savedLoaded'), plan: mine };
    emit<PlanChangeDetail>(this, 'ge-plan-change', { actions: this.actions });
    this.pendingFocus = '[data-act="undo"]';
  }

  private syncText(state: SyncState): string {
    const s = this.sync;
    switch (state) {
      case 'off': return '';
      case 'loading': return this.t('syncLoading');
      case 'loaded': return this.t('syncLoaded');
      case 'saving': return this.t('syncSaving');
      case 'saved': return this.t('syncSaved');
      case 'offline': return this.t(s.network ? 'syncOffline' : 'syncServerDown');
      case 'load-failed': return this.t(s.network ? 'syncLoadOffline' : 'syncLoadServerDown') + (s.dirty ? ` ${this.t('syncKeptHere')}` : '');
      case 'conflict': return this.t('syncConflict');
      case 'expired': return this.t('syncExpired');
      case 'forbidden': return this.t('syncForbidden');
      case 'not-found': return this.t('syncNotFound');
      case 'refused': return this.t('syncRefused', { message: s.message || this.t('syncNoMessage') });
      case 'unreadable': return this.t('syncUnreadable');
    }
  }

  private applyMenu(id: string): void {
    const select = this.renderRoot.querySelector<HTMLSelectElement>('.move-menu select[data-move="position"]');
    const column = this.menu?.column ?? '';
    this.menu = null;
    const before = this.items;
    this.previewMove(id, column, Number(select?.value ?? 0));
    if (before !== this.items) this.changed();
    this.announceMove('moved', id);
    this.focusCard(id, 'move-to');
  }

  private addSuggestion(suggestionId: string): void {
    const s = this.suggestions.find((x) => x.id === suggestionId);
    if (!s || this.items.some((a) => a.practiceId === s.id)) return;
    const title = localize(s.title, this.i18n.locale);
    const status = this.model.columns.find((c) => c.id !== UNSORTED)?.id ?? 'todo';
    const id = uniqueId(`suggested-${s.id}`, new Set(this.items.map((a) => a.id)));
    this.items = [...this.items, { id, title, status, dimensionId: s.dimensionId, days: s.days, notes: localize(s.description, this.i18n.locale), practiceId: s.id }];
    this.changed();
    this.announcement = this.t('added', { title: this.quote(title), column: this.columnLabel(status) });
  }

  /** The plan as CSV: BOM, `;` separator and decimal comma by default (French Excel); pass `{ separator: ',' }` for English tools. */
  toCSV(options: PlanCsvOptions = {}): string {
    const names = this.model?.dimensionNames;
    return planToCsv(this.items, { dimensionName: (id) => names?.get(id) ?? id, ...options });
  }

  /** The plan as JSON (`{ format, version, actions }`), which `fromJSON` and the import button read back. */
  toJSON(): string {
    return planToJson(this.items);
  }

  /**
   * Replaces the plan with the cards read from JSON text, keeping every card it can read; lists
   * the rest in the board and in `ge-error`. Leaves the plan alone when the text holds no plan.
   */
  fromJSON(text: string): { ok: boolean; issues: PlanIssue[] } {
    const { actions, issues } = planFromJson(text);
    const fatal = issues.some((i) => i.code === 'not-json' || i.code === 'not-a-plan');
    if (!fatal) this.items = actions;
    this.issues = issues;
    this.pendingErrors = issues;
    this.announcement = fatal ? '' : this.t('imported', { count: actions.length });
    return { ok: !fatal, issues };
  }

  protected override render() {
    const m = this.model;
    const t = this.t;
    const fmt = this.fmt;
    return html`<div class="root" @click=${this.onClick} @keydown=${this.onKeyDown} @pointerdown=${this.onPointerDown} @change=${this.onChange}>
      ${this.failure ? html`<p class="message" role="alert">${this.failure}</p>` : nothing}
      <div role="status">${this.storageNote ? html`<p class="message">${this.storageNote}</p>` : nothing}</div>
      ${this.endpoint ? renderSync({ state: this.sync.state, text: this.syncText(this.sync.state), spoken: this.syncSpoken,
        errors: this.sync.errors, t }) : nothing}
      ${guard([this.issues, m.unsorted, m.badColumns, fmt], () => renderNotes(this.issues, m, t))}
      <div class="panels">
        ${this.suggestions.length ? renderSuggestions(this.suggestions, new Set(this.items.map((a) => a.practiceId ?? '')), m, t, this.i18n.locale, fmt.days, this.quote) : nothing}
        ${guard([m.budget, m.dimensionNames, fmt], () => renderBudget(m, t, fmt.days))}
      </div>
      ${guard([m.dimensionNames, m.unknownDimensions, m.owners, this.filters, fmt], () => renderToolbar(m, this.filters, t))}
      <div role="status">${this.toast ? html`<p class="toast">${this.toast.text}
        ${this.toast.card || this.toast.plan ? html`<button data-act="undo">${t(this.toast.plan ? 'undoLoad' : 'undo')}</button>` : nothing}
        <button data-act="close-toast">${t('close')}</button></p>` : nothing}</div>
      <p id="move-help" class="sr-only">${t('moveHelp')}</p>
      <div class="board" role="group" aria-label=${t('boardLabel')} aria-busy=${this.sync.state === 'loading' ? 'true' : 'false'}>${this.renderColumns()}</div>
      <div class="sr-only announcer" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  private renderColumns() {
    const m = this.model;
    const ctx: CardContext = {
      format: this.fmt, today: isoDay(this.now), doneColumn: m.doneColumn,
      dimension: (id) => {
        const name = m.dimensionNames.get(id);
        return name === undefined ? { name: this.t('unknownDimension', { id }), known: false } : { name, known: true };
      },
      pickedId: this.keyboard.picked?.id ?? null, menuId: this.menu?.id ?? null, editingId: this.editing?.id ?? null,
      renderMoveMenu: (card) => renderMoveMenu(card, m, this.menu?.column ?? '',
        positionOf(this.items, m.columnIds, card.id) ?? { column: '', index: 0, count: 0 }, this.t, this.quote),
      renderForm: (card) => this.renderForm(card),
    };
    const adding = this.editing && !this.editing.id ? this.editing.column : undefined;
    // A column renders again only when its cards or what cards show changed (a move changes two columns at most).
    const open = this.menu || this.editing ? {} : null;
    return m.columns.map((c, i) => guard([c, i, ctx.pickedId, open, ctx.format, ctx.today, ctx.doneColumn, m.dimensionNames],
      () => renderColumn(c, i, ctx, adding === c.id ? this.renderForm({}) : null)));
  }

  private renderForm(card: Partial<PlanAction>) {
    const dimensions = [...this.model.dimensionNames].map(([id, name]) => ({ id, name }));
    return renderCardForm(card, { t: this.t, locale: this.i18n.locale, dimensions, errors: this.editing?.errors ?? {},
      addTo: this.editing?.id ? undefined : this.editing?.column, onSubmit: this.onSubmit, onCancel: this.cancelForm });
  }
}

/** Same entries, by identity. */
function same(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
