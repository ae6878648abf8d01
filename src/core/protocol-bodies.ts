// What a round server accepts in the bodies of the facilitators' write routes (docs/PROTOCOL.md):
// `PUT R/targets`, `PUT R/plan` and `PUT R/status` (`POST R/releases` takes `{}` and reads
// nothing of it). The WordPress plugin's rules (GIP_Protocol::validate_targets, validate_plan,
// validate_status), with the same paths, codes, params and en/fr messages: both sides are pinned
// by test/fixtures/protocol/bodies.json. Pure; the validators never throw.
//
// For servers only, so not re-exported by the core's index (the elements never validate what they
// send, and the CDN bundle does not carry it): import `gender-in-practice/core/protocol-bodies`.
import type { Locale, MessageParams, ValidationError, ValidationResult } from './types.js';
import { formatEntry } from './message-format.js';
import { PROTOCOL_LIMITS, SERVER_MESSAGES, VALIDATION_MESSAGES } from './protocol-data.js';
import {
  isArray, isPlainObject, pathIndex, pathKey, preview, readKey, readKeys, readLength, setOwn, truncate, UNREADABLE,
} from './safe-read.js';
import { runChecks, type Issues, type ValidateOptions } from './validate-context.js';

export type { ValidateOptions } from './validate-context.js';

const { targetMin: TARGET_MIN, targetMax: TARGET_MAX, planFormat: PLAN_FORMAT, planVersion: PLAN_VERSION, maxPlanActions: MAX_PLAN_ACTIONS } = PROTOCOL_LIMITS;

/* ------------------------------------------------------------------ messages */

const entryOf = (code: string): Record<Locale, string> | undefined => {
  for (const catalogue of [VALIDATION_MESSAGES, SERVER_MESSAGES]) {
    if (Object.prototype.hasOwnProperty.call(catalogue, code)) return catalogue[code];
  }
  return undefined;
};

/**
 * The protocol's message for `code` (a validation problem's text first, then the server's own:
 * src/core/protocol-data.ts) in `locale`, with `params` filled in, as the plugin's GIP_Messages
 * words it. An unknown code gives the code itself.
 */
export function formatProtocolMessage(code: string, params: MessageParams = {}, locale?: string): string {
  return formatEntry(entryOf(String(code)), String(code), params, locale);
}

/** The code of the 400 that refuses each route's body. */
export const BODY_REFUSAL_CODES = {
  targets: 'ge-invalid-targets',
  plan: 'ge-invalid-plan',
  status: 'ge-invalid-status',
} as const;

/** The error body a server answers with status 400 when it refuses a route's body (PROTOCOL.md "Errors"). */
export interface BodyRefusal {
  code: (typeof BODY_REFUSAL_CODES)[keyof typeof BODY_REFUSAL_CODES];
  /** "The plan has 2 problems." (a `:1` variant for one), in the request's language. */
  message: string;
  data: { status: 400; errors: { path: string; code: string; message: string }[] };
}

/** The 400 of a refused body, worded as the plugin words it (GIP_Rest::invalid): each problem's path, code and message. */
export function bodyRefusal(route: keyof typeof BODY_REFUSAL_CODES, errors: readonly ValidationError[], options?: ValidateOptions): BodyRefusal {
  const code = BODY_REFUSAL_CODES[route];
  const locale = options?.locale;
  const key = errors.length === 1 && entryOf(`${code}:1`) ? `${code}:1` : code;
  return {
    code,
    message: formatProtocolMessage(key, { count: errors.length }, locale),
    data: { status: 400, errors: errors.map(({ path, code: c, message }) => ({ path, code: c, message })) },
  };
}

const check = <T>(options: unknown, checker: (issues: Issues) => T | undefined): ValidationResult<T> =>
  runChecks(options, checker, (code, params, locale) => formatProtocolMessage(code, params, locale));

/* ------------------------------------------------------------------ PUT R/targets */

/**
 * Checks the body of `PUT R/targets`: `{ values: { [dimensionId]: number } }`, each id one of
 * `dimensionIds` (the round's assessment's) and each target a finite number from 0 to 10
 * (`PROTOCOL_LIMITS.targetMin`/`targetMax`), bounds included. `{ values: {} }` is valid.
 * On success `value` is a new object of the targets by id (`-0` read as `0`).
 * Codes: `not-object`, `required`, `unknown-dimension`, `not-number`, `target-out-of-range`.
 */
export function validateTargetsBody(body: unknown, dimensionIds: readonly string[], options?: ValidateOptions): ValidationResult<Record<string, number>> {
  return check(options, (issues) => {
    if (!isPlainObject(body)) return issues.add('', 'not-object', { found: preview(body) });
    const values = readKey(body, 'values');
    if (values === undefined) return issues.add('values', 'required');
    if (!isPlainObject(values)) return issues.add('values', 'not-object', { found: preview(values) });
    const known = new Set<unknown>(dimensionIds);
    const keys = readKeys(values);
    if (keys === UNREADABLE) return issues.add('values', 'unreadable');
    const clean: Record<string, number> = {};
    for (const id of keys) {
      const path = pathKey('values', id);
      const value = readKey(values, id);
      if (!known.has(id)) issues.add(path, 'unknown-dimension', { id: truncate(id) });
      else if (typeof value !== 'number' || !Number.isFinite(value)) issues.add(path, 'not-number', { found: preview(value) });
      else if (value < TARGET_MIN || value > TARGET_MAX) issues.add(path, 'target-out-of-range', { id, found: value, min: TARGET_MIN, max: TARGET_MAX });
      else setOwn(clean, id, value === 0 ? 0 : value);
    }
    return issues.errors.length > 0 ? undefined : clean;
  });
}

/* ------------------------------------------------------------------ PUT R/plan */

/** A card as the server checks it: string `id`, `title` and `status`; every other field is kept as sent. */
export interface PlanBodyCard {
  id: string;
  title: string;
  status: string;
  [extra: string]: unknown;
}

/** The board's plan (what `toJSON()` writes), as the server stores it. */
export interface PlanBodyPlan {
  format: typeof PLAN_FORMAT;
  version: typeof PLAN_VERSION;
  actions: PlanBodyCard[];
  [extra: string]: unknown;
}

/** The body of `PUT R/plan`, checked. */
export interface PlanBody {
  plan: PlanBodyPlan;
  /** The revision the plan started from: a whole number, 0 or more (`-0` read as `0`). */
  revision: number;
}

/** The format, the version and the cards of a plan (GIP_Protocol::check_plan). */
function checkPlanFields(issues: Issues, plan: Record<string, unknown>): void {
  const format = readKey(plan, 'format');
  if (format !== PLAN_FORMAT) {
    issues.add('plan.format', format === undefined ? 'required' : 'wrong-value', { expected: `"${PLAN_FORMAT}"`, found: preview(format) });
  }
  const version = readKey(plan, 'version');
  if (version !== PLAN_VERSION) {
    issues.add('plan.version', version === undefined ? 'required' : 'wrong-value', { expected: String(PLAN_VERSION), found: preview(version) });
  }
  const actions = readKey(plan, 'actions');
  if (actions === undefined) {
    issues.add('plan.actions', 'required');
    return;
  }
  if (!isArray(actions)) {
    issues.add('plan.actions', 'not-array', { found: preview(actions) });
    return;
  }
  const length = readLength(actions);
  if (length === UNREADABLE) {
    issues.add('plan.actions', 'unreadable');
    return;
  }
  if (length > MAX_PLAN_ACTIONS) {
    issues.add('plan.actions', 'too-many-items', { length, max: MAX_PLAN_ACTIONS });
    return;
  }
  for (let i = 0; i < length; i += 1) {
    const path = pathIndex('plan.actions', i);
    const card = readKey(actions, i);
    if (!isPlainObject(card)) {
      issues.add(path, 'not-object', { found: preview(card) });
      continue;
    }
    for (const key of ['id', 'title', 'status']) {
      const value = readKey(card, key);
      if (value === undefined) issues.add(`${path}.${key}`, 'required');
      else if (typeof value !== 'string') issues.add(`${path}.${key}`, 'not-string', { found: preview(value) });
    }
  }
}

/**
 * Records `not-number` wherever `root` holds a number that is not finite, in the order of the JSON text
 * (GIP_Protocol::check_finite). JSON.parse reads `1e400` as Infinity, which JSON.stringify would
 * store as null: a plan must never lose a value silently. Walks plain objects and arrays without
 * recursion (a deeply nested body cannot overflow the stack), each object once.
 */
function checkFinite(issues: Issues, root: unknown, rootPath: string): void {
  const seen = new Set<object>();
  const stack: [unknown, string][] = [[root, rootPath]];
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) issues.add(path, 'not-number', { found: preview(value) });
      continue;
    }
    if (value === null || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    const children: [unknown, string][] = [];
    if (isArray(value)) {
      const length = readLength(value);
      if (length === UNREADABLE) continue;
      for (let i = 0; i < length; i += 1) children.push([readKey(value, i), pathIndex(path, i)]);
    } else if (isPlainObject(value)) {
      const keys = readKeys(value);
      if (keys === UNREADABLE) continue;
      for (const key of keys) children.push([readKey(value, key), pathKey(path, key)]);
    }
    for (let j = children.length - 1; j >= 0; j -= 1) stack.push(children[j]);
  }
}

/**
 * Checks the body of `PUT R/plan`: `{ plan: { format: "gender-in-practice/plan", version: 1,
 * actions: [ { id, title, status, ... } ] }, revision }`: a revision that is a whole number, 0 or
 * more; at most `PROTOCOL_LIMITS.maxPlanActions` cards, each an object with string `id`, `title`
 * and `status` (other fields are the board's or a host's, kept as they are); and no number that
 * is not finite anywhere in the plan. On success `value.plan` is the plan as given (not a copy).
 * Codes: `not-object`, `required`, `not-integer`, `wrong-value`, `not-array`, `too-many-items`,
 * `not-string`, `not-number`.
 */
export function validatePlanBody(body: unknown, options?: ValidateOptions): ValidationResult<PlanBody> {
  return check(options, (issues) => {
    if (!isPlainObject(body)) return issues.add('', 'not-object', { found: preview(body) });
    const revision = readKey(body, 'revision');
    if (revision === undefined) issues.add('revision', 'required');
    else if (typeof revision !== 'number' || !Number.isSafeInteger(revision) || revision < 0) issues.add('revision', 'not-integer', { found: preview(revision) });
    const plan = readKey(body, 'plan');
    if (plan === undefined) issues.add('plan', 'required');
    else if (!isPlainObject(plan)) issues.add('plan', 'not-object', { found: preview(plan) });
    else {
      checkPlanFields(issues, plan);
      checkFinite(issues, plan, 'plan');
    }
    if (issues.errors.length > 0) return undefined;
    return { plan: plan as PlanBodyPlan, revision: (revision as number) === 0 ? 0 : (revision as number) };
  });
}

/* ------------------------------------------------------------------ PUT R/status */

/**
 * Checks the body of `PUT R/status`: `{ status: "open" | "closed" }`, exactly (no other case, no
 * spaces). Codes: `not-object`, `required`, `invalid-status`.
 */
export function validateStatusBody(body: unknown, options?: ValidateOptions): ValidationResult<'open' | 'closed'> {
  return check(options, (issues) => {
    if (!isPlainObject(body)) return issues.add('', 'not-object', { found: preview(body) });
    const status = readKey(body, 'status');
    if (status === undefined) return issues.add('status', 'required');
    if (status !== 'open' && status !== 'closed') return issues.add('status', 'invalid-status', { found: preview(status) });
    return status;
  });
}
