// From current and target values per dimension to a ranked list: the biggest gap on what matters most.
import type { AggregateFlag, Priority, PriorityTag } from './types.js';

export interface PriorityInput {
  /** Current value per dimension, on any scale (0–100 from the core, 0–10 from the wheel). */
  current: Record<string, number | null>;
  /** Target value per dimension, on the same scale. */
  target: Record<string, number | null>;
  /** Raw importance per dimension (dot-vote points, 1–3 ratings...): normalised so the largest is 1. Default: all equal. */
  importance?: Record<string, number>;
  /** Flags from `aggregateResponses`, shown as tags. */
  flags?: Record<string, AggregateFlag[]>;
  /** Dimension order (e.g. the assessment's), to break ties stably. */
  order?: string[];
}

const finite = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * Ranks dimensions by priority = gap × importance (DOMAIN "From the wheel to priorities", steps 1–4):
 * gap = max(0, target − current), 0 when either is missing; importance is normalised so that the
 * largest is 1 (a missing, negative or non-numeric importance counts 0 once any is given; all 0 →
 * all 0). Low agreement, knowledge gap and a target below current are tags, never folded into the
 * number, so the group stays in charge. Highest priority first; ties: larger gap, then `order`,
 * then first appearance in `current`, then `target`.
 */
export function rankPriorities(input: PriorityInput): Priority[] {
  const current = input.current ?? {};
  const target = input.target ?? {};
  const ids = [...new Set([...(input.order ?? []), ...Object.keys(current), ...Object.keys(target)])];
  const raw = ids.map((id) => {
    if (!input.importance) return 1;
    const w = finite(input.importance[id]);
    return w !== null && w > 0 ? w : 0;
  });
  const top = Math.max(0, ...raw);
  const ranked = ids.map((dimensionId, i): Priority => {
    const c = finite(current[dimensionId]);
    const t = finite(target[dimensionId]);
    const gap = c !== null && t !== null ? Math.max(0, t - c) : 0;
    const importance = top > 0 ? raw[i] / top : 0;
    const flags = input.flags?.[dimensionId] ?? [];
    const tags: PriorityTag[] = [];
    if (flags.includes('low-agreement')) tags.push('clarify-first');
    if (flags.includes('knowledge-gap')) tags.push('inform');
    // DOMAIN "Current and target": a target below current is kept, but flagged.
    if (c !== null && t !== null && t < c) tags.push('target-below-current');
    return { dimensionId, current: c, target: t, gap, importance, priority: gap * importance, tags };
  });
  // Array#sort is stable, so equal priority and gap keep the `order`-then-keys order built above.
  return ranked.sort((a, b) => b.priority - a.priority || b.gap - a.gap);
}
