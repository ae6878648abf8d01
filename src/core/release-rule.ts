// The release rule (docs/PROTOCOL.md, protocol 2): no two releases of a round differ by fewer than k responses.
import type { SurveyResponse } from './types.js';
import { resolveMinGroupSize } from './suppress.js';

/**
 * How many members differ between two releases: in one and not the other, or with another
 * response. `a` and `b` map a member key (the server's keyed hash, never an identity) to a
 * fingerprint of their response; members in `ignore` (the round's facilitators) do not count.
 */
export function releaseDistance(
  a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>, ignore: ReadonlySet<string> = new Set(),
): number {
  let distance = 0;
  for (const key of Object.keys(a)) if (!ignore.has(key) && a[key] !== (Object.prototype.hasOwnProperty.call(b, key) ? b[key] : undefined)) distance++;
  for (const key of Object.keys(b)) if (!ignore.has(key) && !Object.prototype.hasOwnProperty.call(a, key)) distance++;
  return distance;
}

/** Whether a release may be made now, and how many more responses (added or changed) it needs. */
export interface NextRelease {
  allowed: boolean;
  needed: number;
}

/**
 * The release rule: a first release needs k responses from people other than the facilitators;
 * each later one needs at least k such responses added or changed since every earlier release
 * (not only the last: five changes and five changes back would otherwise let two releases differ
 * by one). `current` and `previous` map member keys to response fingerprints.
 */
export function nextRelease(input: {
  minGroupSize?: number;
  current: Readonly<Record<string, string>>;
  previous: readonly Readonly<Record<string, string>>[];
  ignore?: ReadonlySet<string>;
}): NextRelease {
  const { k } = resolveMinGroupSize(input.minGroupSize);
  const ignore = input.ignore ?? new Set<string>();
  const counted = Object.keys(input.current).filter((key) => !ignore.has(key)).length;
  let needed = Math.max(0, k - counted);
  for (const p of input.previous) needed = Math.max(needed, k - releaseDistance(p, input.current, ignore));
  return { allowed: needed === 0, needed };
}

/** A fingerprint of what a response says (answers, comments, group): equal fingerprints, same response. */
export function responseFingerprint(response: Pick<SurveyResponse, 'answers' | 'comments' | 'respondent'>): string {
  const sorted = (o: Record<string, unknown> | undefined) =>
    Object.entries(o ?? {}).filter(([, v]) => v !== '' && v !== undefined && v !== null).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([sorted(response.answers), sorted(response.comments), response.respondent?.group ?? null]);
}
