// The facilitator's side of the round protocol (docs/PROTOCOL.md): reading `GET R/results`, the
// body of `PUT R/targets`, and sorting a server's failures into what an element should say. Pure.
import type { Assessment } from './types.js';
import type { NextRelease } from './release-rule.js';
import { readRelease, type RoundRelease } from './protocol-release.js';
import { validateAssessment } from './validate.js';
import { isArray, isPlainObject, readKey } from './safe-read.js';
import { DEFAULT_MIN_GROUP_SIZE, MIN_GROUP_SIZE_FLOOR } from './suppress.js';
import type { ProtocolIssue, ProtocolRead } from './protocol-issue.js';

/** The round as the server describes it (`round` in every answer). */
export interface RoundInfo {
  id: string;
  title: string;
  status: 'open' | 'closed';
  groups: string[];
  /** The server's k: groups smaller than this were hidden before the answer left it. */
  minGroupSize: number;
}

/** What `GET R/results` gives a facilitator (protocol 2), checked. */
export interface RoundResults {
  round: RoundInfo;
  assessment: Assessment;
  /** Responses on the server now (the live count: it reveals no answer). */
  n: number;
  /** Releases made so far. */
  releases: number;
  /** The latest release as this viewer may see it; null before the first. */
  release: RoundRelease | null;
  /** Whether a new release may be made now, and how many more responses it needs; null when the server did not say. */
  next: NextRelease | null;
  /** Dimension id → target on the wheel's scale; `{}` when none were saved. */
  targets: Record<string, number>;
}

export type { ProtocolIssue, ProtocolRead } from './protocol-issue.js';

const text = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : fallback);
const count = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null);

/** The `round` object of an answer; missing parts get harmless defaults (k never below 3). */
export function readRound(value: unknown): RoundInfo {
  const r = isPlainObject(value) ? value : {};
  const groups = readKey(r, 'groups');
  const k = readKey(r, 'minGroupSize');
  return {
    id: text(readKey(r, 'id')),
    title: text(readKey(r, 'title')),
    status: readKey(r, 'status') === 'closed' ? 'closed' : 'open',
    groups: isArray(groups) ? groups.filter((g): g is string => typeof g === 'string') : [],
    minGroupSize: typeof k === 'number' && Number.isFinite(k) ? Math.max(MIN_GROUP_SIZE_FLOOR, Math.ceil(k)) : DEFAULT_MIN_GROUP_SIZE,
  };
}

/**
 * Targets as the server keeps them: `{ [dimensionId]: number }`. Anything else (null, an array,
 * a value that is not a finite number) is left out; `issues` says what was.
 */
export function readTargets(value: unknown, path = 'targets'): { targets: Record<string, number>; issues: ProtocolIssue[] } {
  const targets: Record<string, number> = {};
  const issues: ProtocolIssue[] = [];
  if (value === null || value === undefined) return { targets, issues };
  if (!isPlainObject(value)) return { targets, issues: [{ path, code: 'not-an-object', message: 'The targets are not an object.' }] };
  for (const id of Object.keys(value)) {
    const v = readKey(value, id);
    if (typeof v === 'number' && Number.isFinite(v)) targets[id] = v;
    else if (v !== null) issues.push({ path: `${path}.${id}`, code: 'not-a-number', message: `The target of ${id} is not a number.` });
  }
  return { targets, issues };
}

/** The body of `PUT R/targets`: every target that is set (a value of null, not set, is not sent). */
export function targetsBody(values: Readonly<Record<string, number | null | undefined>>): { values: Record<string, number> } {
  const out: Record<string, number> = {};
  for (const [id, v] of Object.entries(values)) if (typeof v === 'number' && Number.isFinite(v)) out[id] = v;
  return { values: out };
}

/** The protocol whose results these readers understand. */
export const RESULTS_PROTOCOL = 2;

/** The `next` of an answer: `{ allowed, needed }`, or null when it is not that. */
export function readNext(value: unknown): NextRelease | null {
  if (!isPlainObject(value)) return null;
  const allowed = readKey(value, 'allowed');
  const needed = count(readKey(value, 'needed'));
  return typeof allowed === 'boolean' && needed !== null ? { allowed, needed } : null;
}

/**
 * Reads the answer of `GET R/results` (and of `POST R/releases`). Refuses an answer of protocol 1
 * (per-person `responses`, no `release`): the elements never draw per-person records. Fails when
 * there is no valid assessment or the release cannot be used at all; otherwise keeps what it can
 * (parts of the release, `next` or targets that cannot be read are listed in `issues`).
 */
export function readResults(body: unknown, options: { locale?: 'en' | 'fr' } = {}): ProtocolRead<RoundResults> {
  if (!isPlainObject(body)) return { ok: false, issues: [{ path: '', code: 'not-an-object', message: 'The answer is not an object.' }] };
  const protocol = readKey(body, 'protocol');
  const release = readKey(body, 'release');
  if ((typeof protocol === 'number' && protocol < RESULTS_PROTOCOL) || (isArray(readKey(body, 'responses')) && release === undefined)) {
    // The elements say it in their own language (code `protocol-outdated`); this text is for other readers.
    return { ok: false, issues: [{ path: 'protocol', code: 'protocol-outdated',
      message: 'This server sends results per person (protocol 1), which can single a respondent out: it must be updated to protocol 2.' }] };
  }
  const checked = validateAssessment(readKey(body, 'assessment'), { locale: options.locale });
  if (!checked.ok) {
    return { ok: false, issues: checked.errors.map((e) => ({ path: `assessment.${e.path}`, code: e.code, message: e.message })) };
  }
  const read = readRelease(release);
  if (read.release === null && release !== null && release !== undefined) return { ok: false, issues: read.issues };
  const issues: ProtocolIssue[] = [...read.issues];
  const next = readNext(readKey(body, 'next'));
  if (next === null) issues.push({ path: 'next', code: 'unreadable-next', message: 'The answer does not say what the next release needs.' });
  const made = count(readKey(body, 'releases'));
  const { targets, issues: targetIssues } = readTargets(readKey(body, 'targets'));
  return {
    ok: true,
    value: {
      round: readRound(readKey(body, 'round')), assessment: checked.value,
      n: count(readKey(body, 'n')) ?? read.release?.n ?? 0,
      releases: Math.max(made ?? 0, read.release ? 1 : 0),
      release: read.release, next, targets,
    },
    issues: [...issues, ...targetIssues],
  };
}
