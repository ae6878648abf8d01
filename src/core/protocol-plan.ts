// The round's action plan on the server (docs/PROTOCOL.md "R/plan"): reading `{ plan, revision }`,
// the body of a save, a conflict's data, the browser's unsaved copy, and what to do with it. Pure.
import { normalizePlan, type PlanAction, type PlanIssue } from './plan.js';
import { PLAN_FORMAT } from './plan-files.js';
import { isArray, isPlainObject, readKey } from './safe-read.js';
import type { ProtocolRead } from './protocol-results.js';

/** The plan as the server last saved it. */
export interface ServerPlan {
  actions: PlanAction[];
  /** What was read differently from what the server sent (the board lists it). */
  issues: PlanIssue[];
  /** How many saves the server has made; a save carries the revision it started from. */
  revision: number;
}

/** The browser's copy of a plan the server has not confirmed yet, and the revision it started from (null: never loaded). */
export interface LocalPlan {
  actions: PlanAction[];
  base: number | null;
}

const revisionOf = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null);

/**
 * The cards of a `plan` value, read as `planFromJson` reads a file: `{ actions: [...] }` (what the
 * board writes) or a bare list of cards; `null` or absent is an empty plan.
 */
export function readPlanData(plan: unknown): { actions: PlanAction[]; issues: PlanIssue[] } {
  if (plan === null || plan === undefined) return { actions: [], issues: [] };
  if (isArray(plan)) return normalizePlan(plan, 'actions');
  const list = isPlainObject(plan) ? readKey(plan, 'actions') : undefined;
  if (!isArray(list)) return { actions: [], issues: [{ path: '', code: 'not-a-plan', params: {} }] };
  return normalizePlan(list, 'actions');
}

/** Reads `{ plan, revision }` (the answer of `GET R/plan`, or a conflict's `data`). Fails without a revision or with no plan in it. */
export function readServerPlan(body: unknown): ProtocolRead<ServerPlan> {
  const revision = isPlainObject(body) ? revisionOf(readKey(body, 'revision')) : null;
  if (!isPlainObject(body) || revision === null) {
    return { ok: false, issues: [{ path: 'revision', code: 'no-revision', message: 'The answer has no revision.' }] };
  }
  const { actions, issues } = readPlanData(readKey(body, 'plan'));
  if (issues.some((i) => i.code === 'not-a-plan')) return { ok: false, issues: [{ path: 'plan', code: 'not-a-plan', message: 'The answer holds no plan.' }] };
  return { ok: true, value: { actions, issues, revision }, issues: [] };
}

/** The revision in the answer of a `PUT R/plan`, or null when it has none. */
export function readSavedRevision(body: unknown): number | null {
  return isPlainObject(body) ? revisionOf(readKey(body, 'revision')) : null;
}

/** The body of `PUT R/plan`: the board's JSON (what `toJSON()` writes) and the revision it started from. */
export function planBody(actions: readonly PlanAction[], revision: number): { plan: { format: string; version: 1; actions: PlanAction[] }; revision: number } {
  return { plan: { format: PLAN_FORMAT, version: 1, actions: [...actions] }, revision };
}

/** The unsaved copy as the browser stored it, or undefined when it is not one. */
export function readLocalPlan(data: unknown): LocalPlan | undefined {
  if (!isPlainObject(data)) return undefined;
  const list = readKey(data, 'actions');
  const base = readKey(data, 'base');
  if (!isArray(list) || (base !== null && revisionOf(base) === null)) return undefined;
  return { actions: normalizePlan(list).actions, base: base === null ? null : (base as number) };
}

/** True when two plans hold the same cards in the same order. */
export function samePlan(a: readonly PlanAction[], b: readonly PlanAction[]): boolean {
  return a.length === b.length && JSON.stringify(a) === JSON.stringify(b);
}

/**
 * What to do on loading, with an unsaved copy in the browser:
 * - `server`: no copy, or it holds what the server has: show the server's plan;
 * - `push`: the copy started from the server's revision (or from a round with no plan yet): show it and save it;
 * - `conflict`: the server moved on meanwhile: show the copy and let the person choose.
 */
export function reconcile(local: LocalPlan | undefined, server: ServerPlan): 'server' | 'push' | 'conflict' {
  if (!local || samePlan(local.actions, server.actions)) return 'server';
  if (local.base === server.revision || (local.base === null && server.revision === 0)) return 'push';
  return 'conflict';
}
