// What the wheel shows, derived from what a page gave it, through the core. Pure; memoised per input.
import { aggregateResponses } from '../core/aggregate.js';
import { defaultAssessment, respondentGroups } from '../core/default-assessment.js';
import { validateAssessment } from '../core/validate.js';
import { wheelPriorities, wheelSeriesFromAggregate, type WheelAggregate, type WheelSeries } from '../core/wheel-series.js';
import type { AggregateFlag, Assessment, LocalizedText, Locale, Priority, SurveyResponse, ValidationError } from '../core/types.js';
import { readDimensions, readMax, readSeries, type WheelDimension, type WheelIssue } from './series-input.js';
import { messages } from './messages.js';

export interface WheelInput {
  assessment?: unknown;
  dimensions?: unknown;
  series?: unknown;
  responses?: readonly SurveyResponse[];
  max?: unknown;
  minGroupSize?: number;
  /** Id of the series the user sets; started empty when no series has it. */
  editable?: string | null;
  locale: Locale;
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
}

const both = (key: 'current' | 'target' | 'noGroup'): LocalizedText => ({ ...messages[key] });
const groupLabels = new Map<string, LocalizedText>(respondentGroups.map((g) => [g.id, g.label]));

/** A derive function with its own caches: the assessment is validated, and responses aggregated, only when they change. */
export function createWheelDeriver(): (input: WheelInput) => WheelModel {
  let lastAssessment: unknown = Symbol('none');
  let checked: { value: Assessment | null; errors: ValidationError[] } = { value: null, errors: [] };
  let aggKey: unknown[] = [];
  let agg: WheelAggregate | null = null;

  return (input) => {
    if (input.assessment !== lastAssessment) {
      lastAssessment = input.assessment;
      if (input.assessment == null) checked = { value: null, errors: [] };
      else {
        const r = validateAssessment(input.assessment, { locale: input.locale });
        checked = r.ok ? { value: r.value, errors: [] } : { value: null, errors: r.errors };
      }
    }
    const issues: WheelIssue[] = [];
    const max = readMax(input.max, issues);
    const dimensions = input.dimensions !== undefined ? readDimensions(input.dimensions, issues)
      : checked.value ? checked.value.dimensions.map(({ id, label }) => ({ id, label }))
        : checked.errors.length ? [] : defaultAssessment.dimensions.map(({ id, label }) => ({ id, label }));
    const ids = dimensions.map((d) => d.id);

    const responses = input.responses ?? [];
    const assessment = checked.value ?? (checked.errors.length ? null : defaultAssessment);
    const key = [assessment, input.responses, max, input.minGroupSize, ids.join('\u0000')];
    if (key.some((k, i) => k !== aggKey[i])) {
      aggKey = key;
      agg = responses.length && assessment
        ? wheelSeriesFromAggregate(
          aggregateResponses(assessment, responses, { groupBy: 'group', minGroupSize: input.minGroupSize }),
          ids, { max, label: both('current') })
        : null;
      agg?.groups.forEach((g) => {
        const code = g.id.slice('group:'.length);
        g.label = code === '' ? both('noGroup') : groupLabels.get(code) ?? code;
      });
    }

    const series = [...(agg?.current ? [agg.current] : []), ...(agg?.groups ?? []), ...readSeries(input.series, ids, max, issues)];
    if (input.editable && !series.some((s) => s.id === input.editable)) {
      series.push({ id: input.editable, label: both('target'), kind: 'target', values: {} });
    }
    const flags = agg?.flags ?? {};
    const current = series.find((s) => s.kind === 'current');
    const target = series.find((s) => s.kind === 'target');
    const priorities = current && target ? wheelPriorities(current.values, target.values, max, { flags, order: ids }) : [];
    return { dimensions, max, series, aggregate: agg, flags, issues, assessmentErrors: checked.errors, priorities };
  };
}
