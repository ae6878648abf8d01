// What the board shows, derived from the plan in one linear pass: columns (Unsorted first when needed), filters, names, budget.
import { localize } from '../core/text.js';
import type { Assessment, Locale, LocalizedText } from '../core/types.js';
import { columnOf, DEFAULT_COLUMN_IDS, moveAction, parseDays, planBudget, UNSORTED, type PlanAction, type PlanBudget } from '../core/plan.js';
import { isArray, isPlainObject, readKey } from '../core/safe-read.js';

/** A column a host may give: `{ id, label, limit? }`; `limit` is a soft card limit (a warning, never a refusal). */
export interface PlanColumn {
  id: string;
  label: LocalizedText;
  limit?: number;
}

export interface ColumnView {
  id: string;
  label: string;
  limit?: number;
  /** How many cards the column holds. */
  count: number;
  /** Every card of the column, in plan order. */
  cards: PlanAction[];
  /** The cards that pass the filters (the same array as `cards` when no filter is set). */
  shown: PlanAction[];
  over: boolean;
}

export interface BoardModel {
  columns: ColumnView[];
  columnIds: Set<string>;
  /** The column whose cards are finished (the last one), so never overdue. */
  doneColumn: string;
  dimensionNames: Map<string, string>;
  /** Dimension ids on cards that the assessment does not have. */
  unknownDimensions: string[];
  owners: string[];
  budget: PlanBudget;
  unsorted: number;
  badColumns: boolean;
  /** Every card by id. */
  byId: Map<string, PlanAction>;
  /** The practices the plan already holds (a move changes none: the suggestions panel is not drawn again). */
  practiceIds: Set<string>;
  filters: Filters;
}

export interface Filters {
  dimension: string;
  owner: string;
}

/** `budget-days` as written (`12`, `12.5`, `12,5`); blank or not a number is no budget. */
export function readBudget(value: string | null): number | undefined {
  const parsed = parseDays(value ?? '');
  return parsed.ok ? parsed.value : undefined;
}

/** The host's columns when they can be read (ids unique and non-empty), else the default ones. */
export function resolveColumns(input: unknown, label: (id: string) => string): { columns: PlanColumn[]; bad: boolean } {
  const defaults = DEFAULT_COLUMN_IDS.map((id) => ({ id, label: label(id) }));
  if (input === undefined || input === null) return { columns: defaults, bad: false };
  if (!isArray(input) || input.length === 0) return { columns: defaults, bad: true };
  const columns: PlanColumn[] = [];
  const seen = new Set<string>();
  for (const entry of input) {
    const id = isPlainObject(entry) ? readKey(entry, 'id') : undefined;
    if (typeof id !== 'string' || id === '' || id === UNSORTED || seen.has(id)) return { columns: defaults, bad: true };
    seen.add(id);
    const raw = readKey(entry as object, 'label');
    const limit = readKey(entry as object, 'limit');
    columns.push({
      id, label: typeof raw === 'string' || isPlainObject(raw) ? (raw as LocalizedText) : id,
      ...(typeof limit === 'number' && limit >= 0 ? { limit } : {}),
    });
  }
  return { columns, bad: false };
}

export function buildModel(items: readonly PlanAction[], columnsInput: unknown, assessment: Assessment, locale: Locale,
  label: (id: string) => string, filters: Filters, budgetDays: number | undefined): BoardModel {
  const { columns: defs, bad } = resolveColumns(columnsInput, label);
  const columnIds = new Set(defs.map((c) => c.id));
  const dimensionNames = new Map(assessment.dimensions.map((d) => [d.id, localize(d.label, locale)]));
  const filtered = filters.dimension !== '' || filters.owner !== '';
  const view = (id: string, text: string, limit?: number): ColumnView => {
    const cards: PlanAction[] = [];
    return { id, label: text, limit, count: 0, cards, shown: filtered ? [] : cards, over: false };
  };
  const views = new Map<string, ColumnView>();
  const unsorted = view(UNSORTED, label(UNSORTED));
  for (const c of defs) views.set(c.id, view(c.id, localize(c.label, locale) || c.id, c.limit));
  const owners = new Set<string>();
  const unknown = new Set<string>();
  const byId = new Map<string, PlanAction>();
  const practiceIds = new Set<string>();
  for (const a of items) {
    byId.set(a.id, a);
    if (a.practiceId) practiceIds.add(a.practiceId);
    const v = views.get(a.status) ?? unsorted;
    v.cards.push(a);
    if (a.owner) owners.add(a.owner);
    if (a.dimensionId && !dimensionNames.has(a.dimensionId)) unknown.add(a.dimensionId);
    if (filtered && passes(a, filters)) v.shown.push(a);
  }
  const columns = [...views.values()];
  for (const c of columns) finish(c);
  finish(unsorted);
  if (unsorted.count > 0) columns.unshift(unsorted);
  return {
    columns, columnIds, doneColumn: defs[defs.length - 1].id, dimensionNames, unknownDimensions: [...unknown],
    owners: [...owners].sort((x, y) => x.localeCompare(y, locale)), budget: planBudget(items, budgetDays),
    unsorted: unsorted.count, badColumns: bad, byId, practiceIds, filters,
  };
}

const passes = (a: PlanAction, filters: Filters) =>
  (!filters.dimension || (a.dimensionId ?? '') === filters.dimension) && (!filters.owner || (a.owner ?? '') === filters.owner);

function finish(c: ColumnView): void {
  c.count = c.cards.length;
  c.over = c.limit !== undefined && c.count > c.limit;
}

/**
 * The model once card `id` (now `card`, maybe with a new status) has moved to place `index` of `toColumn`: only the
 * two columns it left and entered are new (so a render skips the others); names, owners and budget are kept, as a move
 * changes none of them. Null when the move needs a full rebuild (Unsorted, which may appear or vanish).
 */
export function applyMove(model: BoardModel, id: string, card: PlanAction, toColumn: string, index: number): BoardModel | null {
  const old = model.byId.get(id);
  if (!old || toColumn === UNSORTED) return null;
  const fromColumn = model.columnIds.has(old.status) ? old.status : UNSORTED;
  if (fromColumn === UNSORTED) return null;
  const filtered = model.filters.dimension !== '' || model.filters.owner !== '';
  const columns = model.columns.slice();
  const at = (column: string) => columns.findIndex((c) => c.id === column);
  const from = at(fromColumn);
  const fromCards = columns[from].cards.slice();
  const was = fromCards.indexOf(old);
  if (was >= 0) fromCards.splice(was, 1);
  columns[from] = { ...columns[from], cards: fromCards };
  const to = at(toColumn);
  const toCards = from === to ? fromCards : columns[to].cards.slice();
  toCards.splice(Math.max(0, Math.min(Math.floor(index), toCards.length)), 0, card);
  columns[to] = { ...columns[to], cards: toCards };
  for (const i of from === to ? [to] : [from, to]) {
    const c = columns[i];
    c.shown = filtered ? c.cards.filter((a) => passes(a, model.filters)) : c.cards;
    finish(c);
  }
  model.byId.set(id, card); // the old model is dropped: its map is taken over rather than copied
  return { ...model, columns };
}

/**
 * The plan and the model once card `id` moved to place `index` of `column` (a place in its full list): the plan
 * copied once, the model patched (`applyMove`), or `model` null when it must be built again (Unsorted involved).
 * The same plan when nothing moved.
 */
export function patchMove(items: readonly PlanAction[], model: BoardModel, id: string, column: string, index: number):
  { items: readonly PlanAction[]; model: BoardModel | null } {
  const old = model.byId.get(id);
  const next = moveAction(items, model.columnIds, id, column, index, old ? items.indexOf(old) : -1);
  if (next === items) return { items, model };
  const card = old && (old.status === column || column === UNSORTED ? old : next.find((a) => a.id === id));
  return { items: next, model: card ? applyMove(model, id, card, column, index) : null };
}

/** The view of `column`, if it is shown. */
export const columnView = (model: BoardModel, column: string): ColumnView | undefined => model.columns.find((c) => c.id === column);

/** Ids of the cards shown in `column` (after filters). */
export function visibleIds(model: BoardModel, column: string): string[] {
  return columnView(model, column)?.shown.map((a) => a.id) ?? [];
}

/** Place of card `other` in `column` once card `moving` is taken out (filters ignored). */
export function indexWithout(model: BoardModel, column: string, other: string, moving: string): number {
  let index = 0;
  for (const a of columnView(model, column)?.cards ?? []) {
    if (a.id === moving) continue;
    if (a.id === other) return index;
    index += 1;
  }
  return 0;
}

/** Place for a card dropped before `beforeId`, or after the last shown card of `column` when null. */
export function dropIndex(model: BoardModel, column: string, beforeId: string | null, moving: string): number {
  if (beforeId) return indexWithout(model, column, beforeId, moving);
  const shown = visibleIds(model, column).filter((id) => id !== moving);
  return shown.length ? indexWithout(model, column, shown[shown.length - 1], moving) + 1 : Number.MAX_SAFE_INTEGER;
}

/** What a move announcement says of card `id` where it is now: its title, column, place and the column's count. */
export function moveWords(model: BoardModel, id: string): { title: string; column: string; position: number; count: number } | null {
  const card = model.byId.get(id);
  const column = card && columnView(model, columnOf(card, model.columnIds));
  return card && column ? { title: card.title, column: column.label, position: column.cards.indexOf(card) + 1, count: column.count } : null;
}

/** Same entries, by identity: what a derivation was made from has not changed. */
export function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** One derived value, made again only when what it is made from changes (entries compared by identity). */
export class Memo<T> {
  private inputs: readonly unknown[] = [];
  private value?: T;

  get(inputs: readonly unknown[], make: () => T): T {
    if (this.value === undefined || !sameInputs(this.inputs, inputs)) {
      this.value = make();
      this.inputs = inputs;
    }
    return this.value;
  }
}
