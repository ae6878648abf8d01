// From the core's 0–100 workshop figures to series on the wheel's 0–max scale, and back for priorities.
import type { AggregateResult } from './aggregate.js';
import type { AggregateFlag, LocalizedText, Priority } from './types.js';
import { rankPriorities } from './priorities.js';

export type WheelSeriesKind = 'current' | 'target' | 'baseline' | 'group';

/** One series on the wheel, on its scale (0..max). API.md `<socratic-wheel>` `series`. */
export interface WheelSeries {
  id: string;
  label: LocalizedText;
  values: Record<string, number | null>;
  kind?: WheelSeriesKind;
  /** Spread per dimension, [low, high] on the wheel's scale (the interquartile range from responses). */
  spread?: Record<string, [number, number]>;
  /** Respondents behind the series, when it comes from responses. */
  n?: number;
}

/** What the wheel draws from an aggregate: the workshop's current shape, its groups, and what is hidden. */
export interface WheelAggregate {
  /** The whole workshop; `null` when it has fewer respondents than the minimum group size. */
  current: WheelSeries | null;
  /** Groups shown (only when there are at least two groups), in the core's order; id `group:<name>`, label the group's code. */
  groups: WheelSeries[];
  /**
   * Groups hidden to protect confidentiality (their size is not given: it is itself a figure):
   * `small` ones below the minimum group size, `complementary` ones hidden so as not to reveal them.
   */
  suppressedGroups: { small: number; complementary: number };
  /** Low-agreement and knowledge-gap flags per dimension. */
  flags: Record<string, AggregateFlag[]>;
  /** Respondents per dimension behind the current series (`null` when the dimension is hidden). */
  counts: Record<string, number | null>;
  n: number;
  minGroupSize: number;
}

/** A 0–100 score on the wheel's scale: score × max / 100 (DOMAIN: "wheel value = score / 10" for max 10). */
export function toWheelScale(score: number | null | undefined, max: number): number | null {
  return typeof score === 'number' && Number.isFinite(score) ? (score * max) / 100 : null;
}

/** A wheel value back on the core's 0–100 scale. */
export function fromWheelScale(value: number | null | undefined, max: number): number | null {
  // Rounded to 1e-9 so that 7.3 on 0–10 gives 73, not 72.99999999999999.
  return typeof value === 'number' && Number.isFinite(value) && max > 0 ? Math.round((value * 100e9) / max) / 1e9 : null;
}

function seriesOf(
  id: string, label: LocalizedText, kind: 'current' | 'group', n: number,
  cells: AggregateResult['dimensions'], dimensionIds: readonly string[], max: number,
): WheelSeries {
  const values: Record<string, number | null> = {};
  const spread: Record<string, [number, number]> = {};
  for (const d of dimensionIds) {
    const c = cells[d];
    // A hidden cell is a gap, never a 0: the wheel must not draw what confidentiality hides.
    values[d] = c && !c.suppressed ? toWheelScale(c.mean, max) : null;
    const lo = c && !c.suppressed ? toWheelScale(c.q1, max) : null;
    const hi = c && !c.suppressed ? toWheelScale(c.q3, max) : null;
    if (lo !== null && hi !== null) spread[d] = [lo, hi];
  }
  return { id, label, kind, n, values, spread };
}

/**
 * The wheel's series from `aggregateResponses(..., { groupBy: 'group' })`: the workshop mean
 * per dimension with its interquartile range as spread (DOMAIN "Current and target on the
 * wheel"), and one overlay per visible group when there are two groups or more. Hidden cells
 * stay `null`; suppressed groups are only counted.
 */
export function wheelSeriesFromAggregate(
  aggregate: AggregateResult, dimensionIds: readonly string[],
  options: { max?: number; id?: string; label?: LocalizedText } = {},
): WheelAggregate {
  const max = options.max ?? 10;
  const flags: Record<string, AggregateFlag[]> = {};
  const counts: Record<string, number | null> = {};
  for (const d of dimensionIds) {
    const c = aggregate.dimensions[d];
    flags[d] = c && !c.suppressed ? [...c.flags] : [];
    counts[d] = c && !c.suppressed ? c.n : null;
  }
  const current = aggregate.suppressed ? null
    : seriesOf(options.id ?? 'current', options.label ?? 'Current', 'current', aggregate.n, aggregate.dimensions, dimensionIds, max);
  const all = aggregate.groups ?? [];
  const groups: WheelSeries[] = [];
  const suppressedGroups = { small: 0, complementary: 0 };
  if (all.length >= 2) {
    for (const g of all) {
      if (g.suppressed) suppressedGroups[g.reason === 'complementary' ? 'complementary' : 'small']++;
      else if (!aggregate.suppressed) groups.push(seriesOf(`group:${g.group}`, g.group, 'group', g.n, g.dimensions, dimensionIds, max));
    }
  }
  return { current, groups, suppressedGroups, flags, counts, n: aggregate.n, minGroupSize: aggregate.minGroupSize };
}

/**
 * Ranked priorities from wheel values (0..max), through `rankPriorities`, with `current`,
 * `target` and `gap` on the core's 0–100 scale, so that they mean the same whatever the
 * wheel's `max` and feed `suggestActions` and the action plan directly.
 */
export function wheelPriorities(
  current: Record<string, number | null>, target: Record<string, number | null>, max: number,
  options: { flags?: Record<string, AggregateFlag[]>; order?: string[]; importance?: Record<string, number> } = {},
): Priority[] {
  const scale = (values: Record<string, number | null>) =>
    Object.fromEntries(Object.entries(values).map(([id, v]) => [id, fromWheelScale(v, max)]));
  return rankPriorities({
    current: scale(current), target: scale(target), order: options.order,
    flags: options.flags, importance: options.importance,
  });
}
