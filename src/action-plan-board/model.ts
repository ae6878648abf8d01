// What the board shows, derived from the plan in one linear pass: columns (Unsorted first when needed), filters, names, budget.
import { localize } from '../core/text.js';
import type { Assessment, Locale, LocalizedText } from '../core/types.js';
import { columnOf, DEFAULT_COLUMN_IDS, planBudget, UNSORTED, type PlanAction, type PlanBudget } from '../core/plan.js';
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
  /** Every card of the column, in plan order. */
  count: number;
  /** The cards that pass the filters. */
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
}

export interface Filters {
  dimension: string;
  owner: string;
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
  const views = new Map<string, ColumnView>();
  const unsorted: ColumnView = { id: UNSORTED, label: label(UNSORTED), count: 0, shown: [], over: false };
  for (const c of defs) views.set(c.id, { id: c.id, label: localize(c.label, locale) || c.id, limit: c.limit, count: 0, shown: [], over: false });
  const owners = new Set<string>();
  const unknown = new Set<string>();
  for (const a of items) {
    const column = columnOf(a, columnIds);
    const view = column === UNSORTED ? unsorted : (views.get(column) as ColumnView);
    view.count += 1;
    if (a.owner) owners.add(a.owner);
    if (a.dimensionId && !dimensionNames.has(a.dimensionId)) unknown.add(a.dimensionId);
    if (filters.dimension && (a.dimensionId ?? '') !== filters.dimension) continue;
    if (filters.owner && (a.owner ?? '') !== filters.owner) continue;
    view.shown.push(a);
  }
  const columns = [...views.values()];
  for (const c of columns) c.over = c.limit !== undefined && c.count > c.limit;
  if (unsorted.count > 0) columns.unshift(unsorted);
  return {
    columns, columnIds, doneColumn: defs[defs.length - 1].id, dimensionNames, unknownDimensions: [...unknown],
    owners: [...owners].sort((x, y) => x.localeCompare(y, locale)), budget: planBudget(items, budgetDays),
    unsorted: unsorted.count, badColumns: bad,
  };
}

/** Ids of the cards shown in `column` (after filters). */
export function visibleIds(model: BoardModel, column: string): string[] {
  return model.columns.find((c) => c.id === column)?.shown.map((a) => a.id) ?? [];
}

/** Place of card `other` in `column` once card `moving` is taken out (filters ignored). */
export function indexWithout(items: readonly PlanAction[], model: BoardModel, column: string, other: string, moving: string): number {
  let index = 0;
  for (const a of items) {
    if (a.id === moving || columnOf(a, model.columnIds) !== column) continue;
    if (a.id === other) return index;
    index += 1;
  }
  return 0;
}

/** Place for a card dropped before `beforeId`, or after the last shown card of `column` when null. */
export function dropIndex(items: readonly PlanAction[], model: BoardModel, column: string, beforeId: string | null, moving: string): number {
  if (beforeId) return indexWithout(items, model, column, beforeId, moving);
  const shown = visibleIds(model, column).filter((id) => id !== moving);
  return shown.length ? indexWithout(items, model, column, shown[shown.length - 1], moving) + 1 : Number.MAX_SAFE_INTEGER;
}
