// What the wheel shows, derived from what a page gave it, through the core. Pure; memoised per input.
import { aggregateResponses } from '../core/aggregate.js';
import { aggregateFromRelease } from '../core/release-aggregate.js';
import { readRelease, type RoundRelease } from '../core/protocol-release.js';
import { defaultAssessment, respondentGroups } from '../core/default-assessment.js';
import { validateAssessment } from '../core/validate.js';
import { wheelPriorities, wheelSeriesFromAggregate, type WheelAggregate, type WheelSeries } from '../core/wheel-series.js';
import type { AggregateFlag, Assessment, LocalizedText, Locale, Priority, SurveyResponse, ValidationError } from '../core/types.js';
import { readDimensions, readMax, readSeries, type WheelDimension, type WheelIssue } from './series-input.js';
import { messages } from './messages.js';
import type { WheelConnected } from './connected.js';

/** The id of the series that holds a connection's targets. */
export const TARGET_SERIES_ID = 'target';

/** What a page (the wheel's properties) and a connection (`connected`) gave the wheel. */
export interface WheelInput {
  assessment?: unknown;
  dimensions?: unknown;
  series?: unknown;
  responses?: readonly SurveyResponse[];
  /** A release (`GET R/results`): drawn instead of `responses` when set. Read defensively. */
  release?: unknown;
  max?: unknown;
  minGroupSize?: number;
  /** Id of the series the user sets; started empty when no series has it. */
  editable?: string | null;
  locale: Locale;
  connected?: WheelConnected | null;
  /** The assessment of a `<ge-survey>` followed through `source`. */
  sourceAssessment?: unknown;
  /** The person's edits of the connection's targets, shown until the connection gives new ones. */
  edited?: Record<string, number | null>;
}

export interface WheelModel {
  dimensions: WheelDimension[];
  max: number;
  /** Computed from responses first (current, then groups), then the page's series. */
  series: WheelSeries[];
  aggregate: WheelAggregate | null;
  flags: Record<string, AggregateFlag[]>;
  issues: WheelIssue[];
  assessmentErrors: ValidationError[];
  priorities: Priority[];
  /** The release drawn (as read), or null when the figures come from responses or nothing. */
  release: RoundRelease | null;
}

const NO_FLAGS: Record<string, AggregateFlag[]> = {};

const sameRecord = <V>(a: Record<string, V> | undefined, b: Record<string, V> | undefined, same: (x: V, y: V) => boolean): boolean => {
  if (a === b) return true;
  if (!a || !b) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const k of keys) if (!(k in b) || !same(a[k], b[k])) return false;
  return true;
};
const sameValue = (x: number | null, y: number | null) => x === y;
const sameText = (x: LocalizedText, y: LocalizedText) => x === y
  || (typeof x === 'object' && typeof y === 'object' && sameRecord<string>(x, y, (a, b) => a === b));
const sameRange = (x: [number, number], y: [number, number]) => x[0] === y[0] && x[1] === y[1];

/**
 * `next` itself, or (when it says the same) the object `prev` gave last time: what did not change
 * keeps its identity, so that the element redraws and reformats only what did. An equal `spread`
 * alone is reused too (a series whose values change keeps its spread).
 */
function stable(next: WheelSeries, prev: WheelSeries | undefined): WheelSeries {
  if (!prev || prev === next) return next;
  const spread = sameRecord(next.spread, prev.spread, sameRange);
  if (spread && sameText(next.label, prev.label) && next.kind === prev.kind && next.n === prev.n && sameRecord(next.values, prev.values, sameValue)) return prev;
  if (spread && next.spread) next.spread = prev.spread;
  return next;
}

const samePriority = (a: Priority, b: Priority) => a.dimensionId === b.dimensionId && a.current === b.current && a.target === b.target
  && a.gap === b.gap && a.importance === b.importance && a.priority === b.priority
  && a.tags.length === b.tags.length && a.tags.every((t, i) => t === b.tags[i]);
const sameList = <T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean) =>
  a.length === b.length && a.every((x, i) => same(x, b[i]));

const both = (key: 'current' | 'target' | 'noGroup' | 'residual'): LocalizedText => ({ ...messages[key] });
const groupLabels = new Map<string, LocalizedText>(respondentGroups.map((g) => [g.id, g.label]));

/**
 * A derive function with its own caches: the assessment is validated, and responses aggregated, only
 * when they change; dimensions, series and priorities equal to the last ones are the last objects
 * (so `model.priorities !== last.priorities` means they changed).
 */
export function createWheelDeriver(): (input: WheelInput) => WheelModel {
  let lastAssessment: unknown = Symbol('none');
  let checked: { value: Assessment | null; errors: ValidationError[] } = { value: null, errors: [] };
  let lastRelease: unknown = Symbol('none');
  let read: ReturnType<typeof readRelease> = { release: null, issues: [] };
  let aggKey: unknown[] = [];
  let agg: WheelAggregate | null = null;
  let last: Pick<WheelModel, 'dimensions' | 'series' | 'priorities'> = { dimensions: [], series: [], priorities: [] };

  return (input) => {
    // Which wins: the connection's assessment (its release and targets name the round's dimensions),
    // then the page's, then the source survey's; the connection's release, even none yet (null), over
    // the page's `release` and `responses` (a round's results are shown only as releases); the larger k.
    const c = input.connected ?? {};
    const fromRound = c.release !== undefined;
    const assessmentGiven = c.assessment ?? input.assessment ?? input.sourceAssessment;
    const k = Math.max(...[input.minGroupSize, c.minGroupSize].filter((x): x is number => typeof x === 'number' && Number.isFinite(x)));
    const minGroupSize = Number.isFinite(k) ? k : undefined;
    if (assessmentGiven !== lastAssessment) {
      lastAssessment = assessmentGiven;
      if (assessmentGiven == null) checked = { value: null, errors: [] };
      else {
        const r = validateAssessment(assessmentGiven, { locale: input.locale });
        checked = r.ok ? { value: r.value, errors: [] } : { value: null, errors: r.errors };
      }
    }
    const issues: WheelIssue[] = [];
    const max = readMax(input.max, issues);
    let dimensions = input.dimensions !== undefined ? readDimensions(input.dimensions, issues)
      : checked.value ? checked.value.dimensions.map(({ id, label }) => ({ id, label }))
        : checked.errors.length ? [] : defaultAssessment.dimensions.map(({ id, label }) => ({ id, label }));
    if (sameList(dimensions, last.dimensions, (a, b) => a.id === b.id && a.label === b.label)) dimensions = last.dimensions;
    const ids = dimensions.map((d) => d.id);

    const givenRelease = fromRound ? c.release : input.release;
    if (givenRelease !== lastRelease) {
      lastRelease = givenRelease;
      read = readRelease(givenRelease);
    }
    const release = read.release;
    if (read.issues.length) issues.push({ code: 'invalid-release', path: 'release', value: read.issues[0].message });
    const given = fromRound ? undefined : input.responses;
    const responses = given ?? [];
    const assessment = checked.value ?? (checked.errors.length ? null : defaultAssessment);
    const key = [assessment, release ?? given, max, minGroupSize, ids.join('\u0000')];
    if (key.some((k, i) => k !== aggKey[i])) {
      aggKey = key;
      // A release is drawn as the server made it (its k, its hidden cells); responses through the core's rules.
      const aggregate = release ? aggregateFromRelease(release, ids)
        : responses.length && assessment ? aggregateResponses(assessment, responses, { groupBy: 'group', minGroupSize }) : null;
      agg = aggregate ? wheelSeriesFromAggregate(aggregate, ids, { max, label: both('current') }) : null;
      agg?.groups.forEach((g) => {
        const code = g.id.slice('group:'.length);
        // In a release, the residual cell also holds groups no longer in the round (PROTOCOL.md, rule 3).
        g.label = code === '' ? both(release ? 'residual' : 'noGroup') : groupLabels.get(code) ?? code;
      });
    }

    const own = readSeries(input.series, ids, max, issues);
    // The connection's targets are the `target` series, unless the page's own wins: a connection never hides or replaces what a page set.
    const values = input.edited ?? c.targets;
    const targets = values != null && !own.some((s) => s.id === TARGET_SERIES_ID)
      ? readSeries([{ id: TARGET_SERIES_ID, label: both('target'), kind: 'target', values }], ids, max, issues, () => 'connected.targets')
      : [];
    let series = [...(agg?.current ? [agg.current] : []), ...(agg?.groups ?? []), ...own, ...targets];
    if (input.editable && !series.some((s) => s.id === input.editable)) {
      series.push({ id: input.editable, label: both('target'), kind: 'target', values: {} });
    }
    const before = new Map(last.series.map((s) => [s.id, s]));
    series = series.map((s) => stable(s, before.get(s.id)));
    if (sameList(series, last.series, (a, b) => a === b)) series = last.series;
    const flags = agg?.flags ?? NO_FLAGS;
    const current = series.find((s) => s.kind === 'current');
    const target = series.find((s) => s.kind === 'target');
    let priorities = current && target ? wheelPriorities(current.values, target.values, max, { flags, order: ids }) : [];
    if (sameList(priorities, last.priorities, samePriority)) priorities = last.priorities;
    last = { dimensions, series, priorities };
    return { dimensions, max, series, aggregate: agg, flags, issues, assessmentErrors: checked.errors, priorities, release };
  };
}
