// A release as the core's workshop figures (`AggregateResult`), so the wheel draws a release as it draws responses.
import type { AggregateResult, GroupAggregate } from './aggregate.js';
import { describeCell, hiddenCell, type DimensionAggregate, type FlagThresholds } from './describe.js';
import type { AggregateFlag } from './types.js';
import type { ReleaseDimensionView, ReleaseView } from './release.js';

function cellOf(view: ReleaseDimensionView | undefined, k: number, t: FlagThresholds): DimensionAggregate {
  if (!view || view.n === null) return hiddenCell(view?.reason ?? 'below-min-size');
  const scores = Float64Array.from(view.scores.filter((s) => typeof s === 'number' && Number.isFinite(s)));
  // The server already applied the don't-know rule (k others who reached the dimension): take its rate as given.
  const cell = describeCell(scores, scores.length, 0, 0, 0, k, t);
  const dkRate = typeof view.dkRate === 'number' && Number.isFinite(view.dkRate) ? view.dkRate : null;
  const flags: AggregateFlag[] = cell.flags.filter((f) => f !== 'knowledge-gap');
  if (dkRate !== null && dkRate >= t.dk) flags.push('knowledge-gap');
  return { ...cell, n: view.n, dkRate, flags };
}

/**
 * The figures of a release (`viewRelease`, or the `release` of `GET R/results`) in the shape of
 * `aggregateResponses(…, { groupBy: 'group' })`: statistics from each shown cell's sorted scores,
 * hidden cells and groups as hidden. Nothing is recomputed from people: what the server hid stays hidden.
 */
export function aggregateFromRelease(
  release: ReleaseView, dimensionIds: readonly string[],
  options: { lowAgreementSd?: number; lowAgreementIqr?: number; knowledgeGapRate?: number } = {},
): AggregateResult {
  const t: FlagThresholds = { sd: options.lowAgreementSd ?? 20, iqr: options.lowAgreementIqr ?? 25, dk: options.knowledgeGapRate ?? 0.25 };
  const k = release.minGroupSize;
  const dims = (views: Record<string, ReleaseDimensionView> | undefined) =>
    Object.fromEntries(dimensionIds.map((d) => [d, release.suppressed ? hiddenCell('below-min-size') : cellOf(views?.[d], k, t)]));
  const groups: GroupAggregate[] = (release.groups ?? []).map((g) => (g.n === null || release.suppressed
    ? { group: g.id, suppressed: true, reason: g.n === null ? g.reason ?? 'below-min-size' : 'below-min-size' }
    : { group: g.id, suppressed: false, n: g.n, dimensions: dims(g.dimensions) }));
  return { n: release.n, minGroupSize: k, suppressed: release.suppressed, dimensions: dims(release.dimensions), groups, warnings: [] };
}
