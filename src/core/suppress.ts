// Which cells (groups, or one group's dimension) to hide so that no figure describes fewer than k respondents.
import { PROTOCOL_LIMITS } from './protocol-data.js';

/** Why a cell is hidden: too few respondents itself, or hidden to protect another cell. */
export type SuppressionReason = 'below-min-size' | 'complementary';

/**
 * The smallest group size the core accepts, and its default (DOMAIN.md, "Confidentiality rules":
 * k = 5 by default, configurable, never below 3).
 */
export const MIN_GROUP_SIZE_FLOOR: number = PROTOCOL_LIMITS.minGroupSizeFloor;
export const DEFAULT_MIN_GROUP_SIZE: number = PROTOCOL_LIMITS.defaultMinGroupSize;

/** The k actually applied for a requested `minGroupSize`, and the warnings a facilitator must see. */
export function resolveMinGroupSize(requested: number | undefined): {
  k: number;
  warnings: ('min-group-size-raised' | 'min-group-size-below-5')[];
} {
  const warnings: ('min-group-size-raised' | 'min-group-size-below-5')[] = [];
  // A fractional k is rounded up: "at least 3.5 people" means 4.
  let k = typeof requested === 'number' && !Number.isNaN(requested) ? Math.ceil(requested) : DEFAULT_MIN_GROUP_SIZE;
  if (k < MIN_GROUP_SIZE_FLOOR) {
    k = MIN_GROUP_SIZE_FLOOR;
    warnings.push('min-group-size-raised');
  }
  if (k < DEFAULT_MIN_GROUP_SIZE) warnings.push('min-group-size-below-5');
  return { k, warnings };
}

/**
 * For cells of respondent counts `counts` (which together make up a published total), the reason
 * each cell must be hidden, or `null` when it may be shown.
 *
 * 1. A cell with 0 < count < k is hidden ('below-min-size'); an empty cell holds no figure.
 *    `hidden[i]` forces a cell hidden (e.g. a group already hidden as a whole).
 * 2. Complementary suppression ('complementary'): API rule 4 says that when exactly one group is
 *    hidden, the next smallest is hidden too, since total − visible groups would give it away.
 *    We apply the stricter generalisation: while the hidden cells together hold more than 0 but
 *    fewer than k respondents, also hide the smallest visible non-empty cell (ties: first index).
 *    This includes the API rule, and also protects two tiny groups (say 1 + 2 people) whose sum
 *    could be worked back from the total. Afterwards, total − Σ visible is 0 or ≥ k.
 */
export function suppressCells(
  counts: readonly number[],
  k: number,
  hidden?: readonly boolean[],
): (SuppressionReason | null)[] {
  const reasons: (SuppressionReason | null)[] = counts.map((c, i) =>
    hidden?.[i] || (c > 0 && c < k) ? 'below-min-size' : null,
  );
  let residual = 0;
  reasons.forEach((r, i) => {
    if (r) residual += counts[i];
  });
  while (residual > 0 && residual < k) {
    let pick = -1;
    for (let i = 0; i < counts.length; i++) {
      if (reasons[i] === null && counts[i] > 0 && (pick < 0 || counts[i] < counts[pick])) pick = i;
    }
    if (pick < 0) break; // nothing left to hide: only the overall figure remains, which covers ≥ k or is itself hidden
    reasons[pick] = 'complementary';
    residual += counts[pick];
  }
  return reasons;
}
