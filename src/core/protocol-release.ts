// Reading a release as `GET R/results` sends it (docs/PROTOCOL.md, protocol 2), defensively: never throws. Pure.
import type { AnswerCounts, ReleaseDimensionView, ReleaseGroupView, ReleaseView } from './release.js';
import type { SuppressionReason } from './suppress.js';
import { isIsoDateString } from './iso-date.js';
import { isArray, isPlainObject, readKey, readKeys, UNREADABLE } from './safe-read.js';
import type { ProtocolIssue } from './protocol-issue.js';

/** A release as a viewer receives it: what `viewRelease` gives, with the server's `id` and the time it was made. */
export type RoundRelease = ReleaseView & { id?: number | string; at?: string };

const count = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null);
const REASONS: readonly SuppressionReason[] = ['below-min-size', 'complementary'];
const reasonOf = (v: unknown): SuppressionReason => (REASONS.includes(v as SuppressionReason) ? v as SuppressionReason : 'below-min-size');
const keysOf = (o: Record<string, unknown>): string[] => { const k = readKeys(o); return k === UNREADABLE ? [] : k; };

/**
 * What went wrong is listed and the part is hidden, never guessed: a dimension that cannot be read
 * is a hidden figure (a gap on the wheel), not a zero.
 */
class Reader {
  readonly issues: ProtocolIssue[] = [];

  issue(path: string, code: string, message: string): void {
    if (this.issues.length < 50) this.issues.push({ path, code, message });
  }

  answers(value: unknown, path: string): Record<string, AnswerCounts | null> {
    const out: Record<string, AnswerCounts | null> = {};
    if (!isPlainObject(value)) {
      if (value !== undefined) this.issue(path, 'not-an-object', 'The answer counts are not an object.');
      return out;
    }
    for (const q of keysOf(value)) {
      const counts = readKey(value, q);
      if (counts === null) { out[q] = null; continue; }
      if (!isPlainObject(counts)) { this.issue(`${path}.${q}`, 'not-an-object', `The answer counts of ${q} are not an object.`); out[q] = null; continue; }
      const kept: AnswerCounts = {};
      for (const a of keysOf(counts)) {
        const c = count(readKey(counts, a));
        if (c === null) this.issue(`${path}.${q}.${a}`, 'not-a-count', `The count of answer ${a} to ${q} is not a count.`);
        else kept[a] = c;
      }
      out[q] = kept;
    }
    return out;
  }

  dimension(value: unknown, path: string): ReleaseDimensionView {
    if (!isPlainObject(value)) {
      this.issue(path, 'not-an-object', 'A dimension of the release is not an object: it is left out.');
      return { n: null, reason: 'below-min-size' };
    }
    const rawN = readKey(value, 'n');
    if (rawN === null) return { n: null, reason: reasonOf(readKey(value, 'reason')) };
    const n = count(rawN);
    const rawScores = readKey(value, 'scores');
    if (n === null || !isArray(rawScores)) {
      this.issue(path, 'unreadable-dimension', 'A dimension of the release has no count or no scores: it is left out.');
      return { n: null, reason: 'below-min-size' };
    }
    const scores = rawScores.filter((s): s is number => typeof s === 'number' && Number.isFinite(s));
    if (scores.length !== rawScores.length) this.issue(`${path}.scores`, 'not-a-number', 'Scores that are not numbers were left out.');
    const rate = readKey(value, 'dkRate');
    const dkRate = typeof rate === 'number' && rate >= 0 && rate <= 1 ? rate : null;
    if (rate !== null && rate !== undefined && dkRate === null) this.issue(`${path}.dkRate`, 'not-a-rate', 'The don’t-know rate is not between 0 and 1.');
    return { n, scores: scores.sort((a, b) => a - b), dkRate, answers: this.answers(readKey(value, 'answers'), `${path}.answers`) };
  }

  dimensions(value: unknown, path: string): Record<string, ReleaseDimensionView> {
    const out: Record<string, ReleaseDimensionView> = {};
    if (!isPlainObject(value)) {
      this.issue(path, 'not-an-object', 'The release has no dimensions.');
      return out;
    }
    for (const d of keysOf(value)) out[d] = this.dimension(readKey(value, d), `${path}.${d}`);
    return out;
  }

  group(value: unknown, path: string): ReleaseGroupView | null {
    const id = isPlainObject(value) ? readKey(value, 'id') : undefined;
    if (!isPlainObject(value) || typeof id !== 'string') {
      this.issue(path, 'unreadable-group', 'A group of the release cannot be read: it is left out.');
      return null;
    }
    const rawN = readKey(value, 'n');
    const n = count(rawN);
    if (rawN === null || n === null) {
      if (rawN !== null) this.issue(`${path}.n`, 'not-a-count', `The count of group “${id}” is not a count: the group is hidden.`);
      return { id, n: null, reason: reasonOf(readKey(value, 'reason')) };
    }
    return { id, n, dimensions: this.dimensions(readKey(value, 'dimensions'), `${path}.dimensions`) };
  }

  comments(value: unknown, path: string): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    if (value === undefined || value === null) return out;
    if (!isPlainObject(value)) {
      this.issue(path, 'not-an-object', 'The comments are not an object.');
      return out;
    }
    for (const d of keysOf(value)) {
      const list = readKey(value, d);
      const texts = isArray(list) ? list.filter((c): c is string => typeof c === 'string' && c.trim() !== '') : [];
      if (!isArray(list) || texts.length !== list.length) this.issue(`${path}.${d}`, 'not-text', 'Comments that are not text were left out.');
      if (texts.length) out[d] = texts;
    }
    return out;
  }
}

/**
 * Reads the `release` of `GET R/results`. `release: null` when there is none yet (no issue) or when
 * it cannot be used at all (its count, k or `suppressed` unreadable: an issue says so). Parts that
 * cannot be read are hidden and listed in `issues`.
 */
export function readRelease(value: unknown, path = 'release'): { release: RoundRelease | null; issues: ProtocolIssue[] } {
  const r = new Reader();
  if (value === null || value === undefined) return { release: null, issues: [] };
  if (!isPlainObject(value)) {
    r.issue(path, 'not-an-object', 'The release is not an object.');
    return { release: null, issues: r.issues };
  }
  const n = count(readKey(value, 'n'));
  const k = readKey(value, 'minGroupSize');
  const suppressed = readKey(value, 'suppressed');
  if (n === null || typeof k !== 'number' || !Number.isFinite(k) || typeof suppressed !== 'boolean') {
    r.issue(path, 'unreadable-release', 'The release has no readable count, minimum group size or suppression flag.');
    return { release: null, issues: r.issues };
  }
  const text = (key: string) => { const v = readKey(value, key); return typeof v === 'string' ? v : ''; };
  const dimensions = r.dimensions(readKey(value, 'dimensions'), `${path}.dimensions`);
  const rawGroups = readKey(value, 'groups');
  if (rawGroups !== undefined && !isArray(rawGroups)) r.issue(`${path}.groups`, 'not-an-array', 'The groups of the release are not a list.');
  const groups = isArray(rawGroups)
    ? rawGroups.map((g, i) => r.group(g, `${path}.groups[${i}]`)).filter((g): g is ReleaseGroupView => g !== null) : [];
  const release: RoundRelease = {
    assessmentId: text('assessmentId'), assessmentVersion: text('assessmentVersion'),
    n, minGroupSize: Math.max(3, Math.ceil(k)), suppressed,
    dimensions, groups, comments: r.comments(readKey(value, 'comments'), `${path}.comments`),
  };
  const id = readKey(value, 'id');
  if ((typeof id === 'number' && Number.isFinite(id)) || (typeof id === 'string' && id !== '')) release.id = id;
  const at = readKey(value, 'at');
  if (isIsoDateString(at)) release.at = at;
  else if (at !== undefined && at !== null) r.issue(`${path}.at`, 'invalid-date', 'The time of the release is not a date.');
  return { release, issues: r.issues };
}
