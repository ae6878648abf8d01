// The action plan as data: reading untrusted cards without losing any, moving them, and adding up person-days.
import { isIsoDateString } from './iso-date.js';
import { isArray, isPlainObject, preview, readKey, readKeys, readLength, setOwn, truncate, UNREADABLE } from './safe-read.js';

/** One card of the plan. `status` is a column id; extra fields a host adds are kept as they are. */
export interface PlanAction {
  id: string;
  title: string;
  status: string;
  dimensionId?: string;
  owner?: string;
  /** ISO calendar date, `YYYY-MM-DD`. */
  due?: string;
  /** Person-days, 0 or more. */
  days?: number;
  notes?: string;
  /** The suggested practice this card came from, when it came from one. */
  practiceId?: string;
  [extra: string]: unknown;
}

export type PlanIssueCode =
  | 'not-an-object' | 'missing-id' | 'duplicate-id' | 'missing-title' | 'bad-status'
  | 'bad-days' | 'bad-due' | 'bad-text' | 'bad-number' | 'not-json' | 'not-a-plan';

/** Something read differently from what was given, and what was done about it. Never a dropped card, except `not-an-object`. */
export interface PlanIssue {
  path: string;
  code: PlanIssueCode;
  params: Record<string, string | number>;
}

/** The column of cards whose status is no column's id: shown apart, never dropped. */
export const UNSORTED = 'ge:unsorted';
export const DEFAULT_COLUMN_IDS = ['todo', 'doing', 'done'] as const;

const KNOWN = new Set(['id', 'title', 'status', 'dimensionId', 'owner', 'due', 'days', 'notes', 'practiceId']);
const TEXT_FIELDS = ['dimensionId', 'owner', 'notes', 'practiceId'] as const;

/**
 * Person-days typed by a person: `1.5` or, in French, `1,5`; blank means "not set" (`value`
 * undefined). Negative numbers and anything else are not days.
 */
export function parseDays(text: string): { ok: true; value?: number } | { ok: false } {
  const t = text.trim().replace(/\s/g, '');
  if (t === '') return { ok: true };
  if (!/^(\d+([.,]\d*)?|[.,]\d+)$/.test(t)) return { ok: false };
  return { ok: true, value: Number(t.replace(',', '.')) };
}

function readDays(value: unknown): number | undefined | null {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : null;
  if (typeof value === 'string') {
    const parsed = parseDays(value);
    return parsed.ok ? parsed.value : null;
  }
  return null;
}

function readId(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/**
 * True when `value` holds a number that is not finite, at any depth. JSON.parse reads `1e400` as
 * Infinity, which JSON.stringify would save as null: a card must never keep one silently.
 * Each object is walked once (a cycle ends there); one whose keys cannot be read counts as clean.
 */
function holdsNonFinite(value: unknown, seen = new Set<object>()): boolean {
  if (typeof value === 'number') return !Number.isFinite(value);
  if (value === null || typeof value !== 'object' || seen.has(value)) return false;
  seen.add(value);
  const keys = readKeys(value);
  if (keys === UNREADABLE) return false;
  return keys.some((key) => holdsNonFinite(readKey(value, key), seen));
}

/** `base`, or `base-2`, `base-3`... whichever is not in `taken`; the result is added to `taken`. */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let k = 2; taken.has(id); k += 1) id = `${base}-${k}`;
  taken.add(id);
  return id;
}

/**
 * Cards as the board keeps them, from anything: every object becomes a card (a missing id is
 * made up, a duplicate one re-keyed, a bad field left out), with an issue for each change.
 * Only entries that are not objects at all are skipped. Never throws.
 */
export function normalizePlan(input: unknown, basePath = 'actions'): { actions: PlanAction[]; issues: PlanIssue[] } {
  const issues: PlanIssue[] = [];
  const actions: PlanAction[] = [];
  if (!isArray(input)) return { actions, issues };
  const length = readLength(input);
  if (length === UNREADABLE) return { actions, issues };
  const entries: unknown[] = [];
  const originals = new Set<string>();
  for (let i = 0; i < length; i += 1) {
    const entry = readKey(input, i);
    entries.push(entry);
    const id = isPlainObject(entry) ? readId(readKey(entry, 'id')) : undefined;
    if (id !== undefined) originals.add(id);
  }
  const taken = new Set<string>();
  const reserved = new Set(originals);
  const next = new Map<string, number>();
  /** `base-k` for the smallest k not reserved, remembering k per base so 10,000 duplicates stay linear. */
  const rekey = (base: string) => {
    let k = next.get(base) ?? 2;
    while (reserved.has(`${base}-${k}`)) k += 1;
    next.set(base, k + 1);
    const id = `${base}-${k}`;
    reserved.add(id);
    return id;
  };
  entries.forEach((entry, i) => {
    const path = `${basePath}[${i}]`;
    const note = (field: string, code: PlanIssueCode, params: Record<string, string | number> = {}) =>
      issues.push({ path: field ? `${path}.${field}` : path, code, params });
    if (!isPlainObject(entry)) return note('', 'not-an-object', { index: i + 1 });
    const raw = readKey(entry, 'id');
    let id = readId(raw);
    if (id === undefined) {
      id = reserved.has(`action-${i + 1}`) ? rekey(`action-${i + 1}`) : `action-${i + 1}`;
      reserved.add(id);
      note('id', 'missing-id', { id });
    } else if (taken.has(id)) {
      const old = id;
      id = rekey(old);
      note('id', 'duplicate-id', { id: truncate(old), newId: id });
    }
    taken.add(id);
    const rawTitle = readKey(entry, 'title');
    const numberTitle = typeof rawTitle === 'number' && Number.isFinite(rawTitle);
    const title = typeof rawTitle === 'string' ? rawTitle : numberTitle ? String(rawTitle) : '';
    if (typeof rawTitle !== 'string' && !numberTitle) note('title', 'missing-title', { id });
    const rawStatus = readKey(entry, 'status');
    const status = typeof rawStatus === 'string' ? rawStatus : '';
    if (typeof rawStatus !== 'string') note('status', 'bad-status', { id });
    const action: PlanAction = { id, title, status };
    for (const field of TEXT_FIELDS) {
      const value = readKey(entry, field);
      if (typeof value === 'string') action[field] = value;
      else if (value !== undefined && value !== null) note(field, 'bad-text', { id, field });
    }
    const due = readKey(entry, 'due');
    if (isIsoDateString(due)) action.due = due.slice(0, 10);
    else if (due !== undefined && due !== null && due !== '') note('due', 'bad-due', { id, value: preview(due) });
    const rawDays = readKey(entry, 'days');
    const days = readDays(rawDays);
    if (typeof days === 'number') action.days = days;
    else if (days === null) note('days', 'bad-days', { id, value: preview(rawDays) });
    const keys = readKeys(entry);
    if (keys !== UNREADABLE) {
      for (const key of keys) {
        if (KNOWN.has(key)) continue;
        const value = readKey(entry, key);
        if (value === undefined || value === UNREADABLE) continue;
        if (holdsNonFinite(value)) note(key, 'bad-number', { id, field: key });
        else setOwn(action as Record<string, unknown>, key, value);
      }
    }
    actions.push(action);
  });
  return { actions, issues };
}

/** The column a card is shown in: its status when that is a column, else UNSORTED. */
export function columnOf(action: PlanAction, columnIds: ReadonlySet<string>): string {
  return columnIds.has(action.status) ? action.status : UNSORTED;
}

/** Where a card is: its column, its place there (0-based) and how many cards that column holds. */
export function positionOf(actions: readonly PlanAction[], columnIds: ReadonlySet<string>, id: string):
  { column: string; index: number; count: number } | null {
  let card: PlanAction | undefined;
  for (const a of actions) if (a.id === id) { card = a; break; }
  if (!card) return null;
  const column = columnOf(card, columnIds);
  let index = -1;
  let count = 0;
  for (const a of actions) {
    if (!inColumn(a, column, columnIds)) continue;
    if (a === card) index = count;
    count += 1;
  }
  return { column, index, count };
}

/** `columnOf(a) === column`, without a set look-up for a real column (a card is in it exactly when its status is its id). */
const inColumn = (a: PlanAction, column: string, columnIds: ReadonlySet<string>) =>
  column === UNSORTED ? !columnIds.has(a.status) : a.status === column;

/**
 * The plan after moving card `id` to place `toIndex` (0-based, clamped) of column `toColumn`.
 * Cards only move out of UNSORTED, never into it (a card there keeps its unknown status while it
 * is reordered). Returns the same array when nothing can move. Linear, and cheap: one copy of the
 * array and one scan of plain comparisons (a board moves a card on every arrow key).
 *
 * `from`, when given, is where the card is in `actions` (a caller that knows it saves a scan).
 */
export function moveAction(actions: readonly PlanAction[], columnIds: ReadonlySet<string>, id: string,
  toColumn: string, toIndex: number, from = -1): readonly PlanAction[] {
  if (!(actions[from]?.id === id)) {
    from = -1;
    for (let i = 0; i < actions.length; i += 1) if (actions[i].id === id) { from = i; break; }
  }
  if (from < 0) return actions;
  const card = actions[from];
  const fromColumn = columnOf(card, columnIds);
  if (toColumn === UNSORTED ? fromColumn !== UNSORTED : !columnIds.has(toColumn)) return actions;
  const moved = toColumn === UNSORTED || card.status === toColumn ? card : { ...card, status: toColumn };
  const rest = actions.slice();
  rest.splice(from, 1);
  let seen = 0;
  let insertAt = -1;
  let lastInColumn = -1;
  const target = Math.max(0, Math.floor(toIndex));
  for (let i = 0; i < rest.length; i += 1) {
    if (!inColumn(rest[i], toColumn, columnIds)) continue;
    if (seen === target) {
      insertAt = i;
      break;
    }
    seen += 1;
    lastInColumn = i;
  }
  if (insertAt < 0) insertAt = lastInColumn >= 0 ? lastInColumn + 1 : Math.min(from, rest.length);
  rest.splice(insertAt, 0, moved);
  return rest;
}

/** Person-days rounded to hundredths, so that 0.1 + 0.2 shows as 0.3. */
const round = (n: number) => Math.round(n * 100) / 100;

export interface PlanBudget {
  planned: number;
  available?: number;
  over: boolean;
  /** Planned days by dimension id ('' for cards without one), in order of first appearance. */
  byDimension: Map<string, number>;
}

/** Person-days planned (all cards, done ones included) against `available`. */
export function planBudget(actions: readonly PlanAction[], available?: number): PlanBudget {
  const byDimension = new Map<string, number>();
  let planned = 0;
  for (const a of actions) {
    if (typeof a.days !== 'number') continue;
    planned += a.days;
    const key = a.dimensionId ?? '';
    byDimension.set(key, (byDimension.get(key) ?? 0) + a.days);
  }
  for (const [key, days] of byDimension) byDimension.set(key, round(days));
  planned = round(planned);
  const hasBudget = typeof available === 'number' && Number.isFinite(available) && available >= 0;
  return { planned, available: hasBudget ? available : undefined, over: hasBudget && planned > available, byDimension };
}
