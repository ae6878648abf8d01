// From ranked priorities to a few concrete draft actions, drawn from a practice library given by the
// caller (suggest.ts adds the built-in library; the board loads it apart from its first render).
import type {
  Assessment,
  Dimension,
  LocalizedText,
  Practice,
  PracticeKind,
  Priority,
  SuggestedAction,
  SuggestOptions,
} from './types.js';
import { localize } from './text.js';

const NBSP = '\u00a0';

/** A whole number from `value`, clamped to [min, max]; `fallback` when it is not a finite number. */
function clampCount(value: number | undefined, fallback: number, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.round(value)));
}

/** A copy, so that callers may edit an action without touching the frozen library. */
function copyText(text: LocalizedText): LocalizedText {
  return typeof text === 'string' ? text : { ...text };
}

/**
 * The dimension's practices in the order to offer them: one practice of each kind its tags call
 * for (low agreement → discuss before committing resources; knowledge gap → inform), then the
 * `act` practices, then the rest; library order otherwise, so the result is deterministic.
 */
function orderPractices(candidates: readonly Practice[], priority: Priority): { practice: Practice; reason: SuggestedAction['reason'] }[] {
  const steered: { kind: PracticeKind; reason: SuggestedAction['reason'] }[] = [];
  const tags = Array.isArray(priority.tags) ? priority.tags : [];
  if (tags.includes('clarify-first')) steered.push({ kind: 'clarify', reason: 'clarify-first' });
  if (tags.includes('inform')) steered.push({ kind: 'inform', reason: 'inform' });
  const ordered: { practice: Practice; reason: SuggestedAction['reason'] }[] = [];
  const used = new Set<Practice>();
  for (const { kind, reason } of steered) {
    const first = candidates.find((practice) => practice.kind === kind && !used.has(practice));
    if (first) {
      ordered.push({ practice: first, reason });
      used.add(first);
    }
  }
  const rest = [...candidates.filter((p) => p.kind === 'act'), ...candidates.filter((p) => p.kind !== 'act')];
  for (const practice of rest) {
    if (!used.has(practice)) ordered.push({ practice, reason: 'gap' });
  }
  return ordered;
}

/** The generic action for a dimension that has no practice in the library (e.g. a custom one). */
function fallbackAction(dimension: Dimension, priority: Priority): SuggestedAction {
  const en = localize(dimension.label, 'en');
  const fr = localize(dimension.label, 'fr');
  const id = `generic-${dimension.id}`;
  return {
    id,
    practiceId: id,
    dimensionId: dimension.id,
    title: {
      en: `Agree on one concrete step to strengthen “${en}”`,
      fr: `S’entendre sur une mesure concrète pour renforcer la dimension «${NBSP}${fr}${NBSP}»`,
    },
    description: {
      en: 'Look at this dimension’s results together, choose one realistic step for the coming months, and give it an owner, a date and a budget in person-days.',
      fr: 'Examiner ensemble les résultats de cette dimension, choisir une mesure réaliste pour les prochains mois et lui attribuer une personne responsable, une échéance et un budget en jours-personnes.',
    },
    days: 1,
    kind: 'act',
    priority: priority.priority,
    reason: 'gap',
  };
}

/** `suggestActions` with the practice `library` given (`options.practices` is not read). */
export function suggestFromLibrary(
  library: readonly Practice[],
  assessment: Assessment,
  priorities: readonly Priority[],
  options: SuggestOptions = {},
): SuggestedAction[] {
  const top = clampCount(options.top, 3, 1, 5);
  const perDimension = clampCount(options.perDimension, 2, 1, Number.MAX_SAFE_INTEGER);
  const dimensions = new Map(assessment.dimensions.map((dimension) => [dimension.id, dimension]));

  const shortList: Priority[] = [];
  const seen = new Set<string>();
  for (const priority of priorities) {
    if (shortList.length >= top) break;
    if (!(priority.priority > 0) || !dimensions.has(priority.dimensionId) || seen.has(priority.dimensionId)) continue;
    seen.add(priority.dimensionId);
    shortList.push(priority);
  }

  const actions: SuggestedAction[] = [];
  const usedIds = new Set<string>();
  for (const priority of shortList) {
    const dimension = dimensions.get(priority.dimensionId) as Dimension;
    // One practice per id, so that action ids stay unique even with a careless custom library.
    const candidates: Practice[] = [];
    for (const practice of library) {
      if (practice.dimensionId !== dimension.id || usedIds.has(practice.id)) continue;
      usedIds.add(practice.id);
      candidates.push(practice);
    }
    if (candidates.length === 0) {
      actions.push(fallbackAction(dimension, priority));
      continue;
    }
    for (const { practice, reason } of orderPractices(candidates, priority).slice(0, perDimension)) {
      actions.push({
        id: practice.id,
        practiceId: practice.id,
        dimensionId: dimension.id,
        title: copyText(practice.title),
        description: copyText(practice.description),
        days: practice.days,
        kind: practice.kind,
        priority: priority.priority,
        reason,
        ...(practice.questionIds ? { questionIds: [...practice.questionIds] } : {}),
      });
    }
  }
  return actions;
}
