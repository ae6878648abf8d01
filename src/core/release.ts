// Releases of a round's results (docs/PROTOCOL.md, protocol 2): aggregates frozen at a moment, never per-person records.
import type { Assessment, SurveyResponse } from './types.js';
import { compile, scoreBuffer, scoreInto } from './scorer.js';
import { resolveMinGroupSize, suppressCells, type SuppressionReason } from './suppress.js';

/*
 * Why releases (the confidentiality issue): a facilitator who could read results live could read,
 * let one known colleague answer, and read again: the difference is that colleague. So the server
 * freezes results into releases, and no two releases of a round differ by fewer than k responses
 * (added or changed). A release holds, per cell (the whole round, each group, and the residual
 * cell of responses with no group or a group no longer in the round), per dimension, the sorted
 * scores (enough for mean, median, quartiles, sd and a dot strip, and nothing that links one
 * person's scores across dimensions), the don't-know counts, and per-question answer counts.
 *
 * A snapshot (`buildReleaseSnapshot`) stays on the server with every cell, small ones included.
 * What a viewer receives (`viewRelease`) is the snapshot with the confidentiality rules applied
 * for that viewer: a figure is shown only when at least k people other than the viewer and the
 * round's other facilitators stand behind it (so answering into a small group never unlocks it for
 * yourself), with complementary suppression so that hidden cells cannot be worked back from the
 * total.
 */

/** Per-question answer counts: `{ "0": 2, "3": 5, "dk": 1, "na": 0 }` (keys: scale values, `dk`, `na`; zeros left out). */
export type AnswerCounts = Record<string, number>;

/** One dimension of one cell, as the server keeps it. */
export interface SnapshotDimension {
  /** Respondents with a score in this dimension. */
  n: number;
  /** Their scores (0–100), sorted ascending. */
  scores: number[];
  /** `'dk'` answers and numeric answers in the dimension, and respondents who gave any of them. */
  dk: number;
  numeric: number;
  reached: number;
  /** By question id: answer counts. */
  answers: Record<string, AnswerCounts>;
}

/** One cell: the whole round (`group: null`), one of the round's groups, or the residual cell `''`. */
export interface SnapshotCell {
  group: string | null;
  /** Responses in the cell. */
  n: number;
  dimensions: Record<string, SnapshotDimension>;
}

/** A release as the server stores it. Never sent: `viewRelease` makes what a viewer may see. */
export interface ReleaseSnapshot {
  format: 'gender-in-practice/release-snapshot';
  version: 1;
  assessmentId: string;
  assessmentVersion: string;
  /** Responses in the release. */
  n: number;
  /** The round's groups when the release was made, in order. */
  groups: string[];
  /** The whole round first, then each group of `groups`, then the residual cell `''`. */
  cells: SnapshotCell[];
  /** Comments by dimension id, in random order, with nothing that says who or which group. */
  comments: Record<string, string[]>;
}

/** A cell's dimension as a viewer sees it. */
export interface ReleaseDimension {
  n: number;
  scores: number[];
  /** `'dk'` ÷ (numeric + `'dk'`) answers; null when none, or fewer than k people gave them. */
  dkRate: number | null;
  /** By question id: answer counts, or null where fewer than k people (others than the viewer) answered it. */
  answers: Record<string, AnswerCounts | null>;
}

/** A hidden figure: no count at all (a count is itself a figure). */
export interface HiddenFigure {
  n: null;
  reason: SuppressionReason;
}

export type ReleaseDimensionView = ReleaseDimension | HiddenFigure;

export interface ReleaseGroupShown {
  /** The group's id; `''` is the residual cell (no group, or a group no longer in the round). */
  id: string;
  n: number;
  dimensions: Record<string, ReleaseDimensionView>;
}
export interface ReleaseGroupHidden extends HiddenFigure {
  id: string;
}
export type ReleaseGroupView = ReleaseGroupShown | ReleaseGroupHidden;

/** What a viewer may see of a release: the `release` of `GET R/results` without its `id` and `at`. */
export interface ReleaseView {
  assessmentId: string;
  assessmentVersion: string;
  /** Responses in the release (shown even when everything else is hidden: it reveals no answer). */
  n: number;
  /** The k applied. */
  minGroupSize: number;
  /** True when fewer than k responses are others' than the viewer's: every figure is hidden. */
  suppressed: boolean;
  dimensions: Record<string, ReleaseDimensionView>;
  /** The round's groups in order, then the residual cell `''` when it holds responses. */
  groups: ReleaseGroupView[];
  /** By dimension id, only for dimensions shown overall; random order, no group. */
  comments: Record<string, string[]>;
}

/** The residual cell's id: responses without a group, or with a group that is not (or no longer) one of the round's. */
export const RESIDUAL_CELL = '';

/** The cell a response belongs to, among the round's `groups`. */
export function releaseCellOf(response: Pick<SurveyResponse, 'respondent'>, groups: readonly string[]): string {
  const g = response?.respondent?.group;
  return typeof g === 'string' && g !== '' && groups.includes(g) ? g : RESIDUAL_CELL;
}

/** Fisher–Yates with Math.random (the server's own shuffle may be stronger). */
export function shuffleInPlace<T>(list: T[], random: () => number = Math.random): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = list[i];
    list[i] = list[j];
    list[j] = t;
  }
  return list;
}

const emptyDimension = (): SnapshotDimension => ({ n: 0, scores: [], dk: 0, numeric: 0, reached: 0, answers: {} });

/**
 * The snapshot of `responses` (each one respondent: the server keeps one response per member) for
 * a round whose groups are `groups`. Scores follow the core's rules (scoreResponse); answers that
 * score nothing and are not `'dk'`/`'na'` are not counted. Comments are trimmed, empty ones left
 * out, and shuffled with `options.shuffle` (default: a random permutation).
 */
export function buildReleaseSnapshot(
  assessment: Assessment, responses: readonly SurveyResponse[],
  options: { groups: readonly string[]; shuffle?: <T>(list: T[]) => T[] },
): ReleaseSnapshot {
  const groups = [...new Set(options.groups.filter((g) => typeof g === 'string' && g !== ''))];
  const plan = compile(assessment);
  const { dimensionIds, questionIds, start, min, max } = plan;
  const cellIds: (string | null)[] = [null, ...groups, RESIDUAL_CELL];
  const cells: SnapshotCell[] = cellIds.map((group) => ({
    group, n: 0, dimensions: Object.fromEntries(dimensionIds.map((d) => [d, emptyDimension()])),
  }));
  const cellIndex = new Map(groups.map((g, i) => [g, i + 1]));
  const dimensionOfQuestion = new Map<string, string>();
  dimensionIds.forEach((d, i) => { for (let q = start[i]; q < start[i + 1]; q++) dimensionOfQuestion.set(questionIds[q], d); });
  const comments: Record<string, string[]> = Object.fromEntries(dimensionIds.map((d) => [d, []]));
  const buf = scoreBuffer(plan);
  for (const response of responses) {
    if (response == null || typeof response !== 'object') continue;
    const answers = (response.answers ?? {}) as Record<string, unknown>;
    scoreInto(plan, answers, buf);
    const targets = [cells[0], cells[cellIndex.get(releaseCellOf(response, groups)) ?? cells.length - 1]];
    for (const cell of targets) {
      cell.n++;
      dimensionIds.forEach((d, i) => {
        const dim = cell.dimensions[d];
        const score = buf.score[i];
        if (score === score) { dim.n++; dim.scores.push(score); }
        dim.dk += buf.dk[i];
        dim.numeric += buf.answered[i];
        if (buf.answered[i] + buf.dk[i] > 0) dim.reached++;
        for (let q = start[i]; q < start[i + 1]; q++) {
          const id = questionIds[q];
          const a = Object.prototype.hasOwnProperty.call(answers, id) ? answers[id] : undefined;
          const key = typeof a === 'number' ? (a >= min && a <= max ? String(a) : null) : a === 'dk' || a === 'na' ? a : null;
          if (key === null) continue;
          const counts = (dim.answers[id] ??= {});
          counts[key] = (counts[key] ?? 0) + 1;
        }
      });
    }
    const own = response.comments;
    if (own && typeof own === 'object') {
      for (const [key, value] of Object.entries(own)) {
        const d = dimensionOfQuestion.get(key) ?? (dimensionIds.includes(key) ? key : undefined);
        const text = typeof value === 'string' ? value.trim() : '';
        if (d !== undefined && text !== '') comments[d].push(text);
      }
    }
  }
  for (const cell of cells) for (const d of dimensionIds) cell.dimensions[d].scores.sort((a, b) => a - b);
  const shuffle = options.shuffle ?? (<T>(list: T[]) => shuffleInPlace(list));
  for (const d of dimensionIds) shuffle(comments[d]);
  return {
    format: 'gender-in-practice/release-snapshot', version: 1,
    assessmentId: assessment.id, assessmentVersion: assessment.version,
    n: cells[0].n, groups, cells, comments,
  };
}

/**
 * The count a rule is applied to: the people behind a figure other than the excluded ones (the
 * viewer and the round's facilitators), each excluded person assumed to be behind every figure of
 * their cell. A figure that only excluded people stand behind still describes someone (another
 * facilitator), so it counts as 1, never as empty.
 */
function others(count: number, excluded: number): number {
  return count === 0 ? 0 : Math.max(1, count - excluded);
}

const hidden = (reason: SuppressionReason): HiddenFigure => ({ n: null, reason });

/**
 * What a viewer may see of a snapshot. `excluded` lists, for each person who must not count
 * towards k (the viewer, the round's facilitators) and who is in the release, the cell id of their
 * response (`releaseCellOf`). Rules (DOMAIN "Confidentiality rules", applied to others' counts):
 * - fewer than k others in the whole release: every figure is hidden, only `n` is given;
 * - a group with fewer than k others is hidden, and complementary suppression (`suppressCells`)
 *   hides the next smallest while the hidden groups hold between 1 and k − 1 others;
 * - the same per dimension (overall, then across the shown groups) and per question;
 * - the don't-know rate needs k others who reached the dimension;
 * - comments only for dimensions that at least k others scored.
 */
export function viewRelease(
  snapshot: ReleaseSnapshot, options: { minGroupSize?: number; excluded?: readonly string[] } = {},
): ReleaseView {
  const { k } = resolveMinGroupSize(options.minGroupSize);
  const excludedIn = new Map<string, number>();
  for (const cell of options.excluded ?? []) excludedIn.set(cell, (excludedIn.get(cell) ?? 0) + 1);
  const overall = snapshot.cells[0];
  const groupCells = snapshot.cells.slice(1);
  const excludedOf = (cell: SnapshotCell) => (cell.group === null ? (options.excluded?.length ?? 0) : excludedIn.get(cell.group) ?? 0);
  const dimensionIds = Object.keys(overall.dimensions);
  const base = { assessmentId: snapshot.assessmentId, assessmentVersion: snapshot.assessmentVersion, n: snapshot.n, minGroupSize: k };
  const listed = groupCells.filter((c) => c.group !== RESIDUAL_CELL || c.n > 0);
  const listedIds = listed.map((c) => c.group as string);

  if (others(overall.n, excludedOf(overall)) < k) {
    return {
      ...base, suppressed: true,
      dimensions: Object.fromEntries(dimensionIds.map((d) => [d, hidden('below-min-size')])),
      groups: listedIds.map((id) => ({ id, ...hidden('below-min-size') })),
      comments: {},
    };
  }

  const groupReasons = suppressCells(groupCells.map((c) => others(c.n, excludedOf(c))), k);
  const groupHidden = groupReasons.map((r) => r !== null);
  const overallDims: Record<string, ReleaseDimensionView> = {};
  const groupDims: Record<string, ReleaseDimensionView>[] = groupCells.map(() => ({}));
  const comments: Record<string, string[]> = {};

  for (const d of dimensionIds) {
    const o = overall.dimensions[d];
    const oOthers = others(o.n, excludedOf(overall));
    const overallShown = !(oOthers > 0 && oOthers < k);
    const dimReasons = suppressCells(groupCells.map((c) => others(c.dimensions[d]?.n ?? 0, excludedOf(c))), k, groupHidden);
    const shownGroups = groupCells.map((_, g) => dimReasons[g] === null);
    // Per question: the same rules on the people who answered it.
    const questionIds = Object.keys({ ...o.answers });
    const questionShownOverall = new Map<string, boolean>();
    const questionShownIn = new Map<string, (boolean)[]>();
    for (const q of questionIds) {
      const answered = (counts: AnswerCounts | undefined) => Object.values(counts ?? {}).reduce((s, c) => s + c, 0);
      const qo = others(answered(o.answers[q]), excludedOf(overall));
      questionShownOverall.set(q, overallShown && !(qo > 0 && qo < k));
      const reasons = suppressCells(groupCells.map((c) => others(answered(c.dimensions[d]?.answers[q]), excludedOf(c))), k,
        shownGroups.map((s) => !s));
      questionShownIn.set(q, reasons.map((r) => r === null));
    }
    const describe = (dim: SnapshotDimension, excluded: number, shownQuestion: (q: string) => boolean): ReleaseDimension => {
      const answers: Record<string, AnswerCounts | null> = {};
      for (const q of questionIds) answers[q] = shownQuestion(q) && dim.answers[q] ? { ...dim.answers[q] } : shownQuestion(q) ? {} : null;
      return {
        n: dim.n, scores: [...dim.scores],
        dkRate: dim.dk + dim.numeric > 0 && others(dim.reached, excluded) >= k ? dim.dk / (dim.dk + dim.numeric) : null,
        answers,
      };
    };
    overallDims[d] = overallShown ? describe(o, excludedOf(overall), (q) => questionShownOverall.get(q) === true) : hidden('below-min-size');
    groupCells.forEach((c, g) => {
      const reason = dimReasons[g];
      groupDims[g][d] = reason === null
        ? describe(c.dimensions[d] ?? emptyDimension(), excludedOf(c), (q) => questionShownIn.get(q)?.[g] === true)
        : hidden(reason);
    });
    // Comments only where at least k others scored the dimension: an empty dimension shows no comment.
    if (oOthers >= k && (snapshot.comments[d]?.length ?? 0) > 0) comments[d] = [...snapshot.comments[d]];
  }

  const groups: ReleaseGroupView[] = [];
  groupCells.forEach((c, g) => {
    if (c.group === RESIDUAL_CELL && c.n === 0) return;
    const id = c.group as string;
    const reason = groupReasons[g];
    groups.push(reason === null ? { id, n: c.n, dimensions: groupDims[g] } : { id, ...hidden(reason) });
  });
  return { ...base, suppressed: false, dimensions: overallDims, groups, comments };
}
