// Sentences the wheel says about itself: the one-sentence summary, and notes on hidden groups and bad input.
import { formatValue as formatNumber } from './number.js';
import type { WheelModel } from './model.js';
import type { WheelIssue } from './series-input.js';
import type { LegendEntry } from './render-html.js';
import type { T } from './messages.js';
import type { ValidationError } from '../core/types.js';

export interface Note { path: string; code: string; text: string }

/**
 * "Highest: Policy (7.5); lowest: Financial resources (3); 10 dimensions, 3 series." From the first
 * visible current series, else the first visible one with values; `names` are the dimensions' names.
 */
export function summaryOf(m: WheelModel, entries: LegendEntry[], names: readonly string[], tag: string, t: T): string {
  const dimensions = m.dimensions.length === 1 ? t('dimensionsOne') : t('dimensionsMany', { count: m.dimensions.length });
  const series = m.series.length === 1 ? t('seriesOne') : t('seriesMany', { count: m.series.length });
  const shown = m.series.filter((_, i) => entries[i]?.visible);
  const main = shown.find((s) => s.kind === 'current' && Object.values(s.values).some((v) => v !== null))
    ?? shown.find((s) => Object.values(s.values).some((v) => v !== null));
  let high = -1;
  let low = -1;
  m.dimensions.forEach((d, i) => {
    const v = main?.values[d.id];
    if (typeof v !== 'number') return;
    if (high < 0 || v > (main!.values[m.dimensions[high].id] as number)) high = i;
    if (low < 0 || v < (main!.values[m.dimensions[low].id] as number)) low = i;
  });
  if (high < 0) return t('summaryEmpty', { dimensions, series });
  const value = (i: number) => formatNumber(main!.values[m.dimensions[i].id], tag, 1);
  return t('summary', { high: names[high], highValue: value(high), low: names[low], lowValue: value(low), dimensions, series });
}

const count = (issues: WheelIssue[], code: WheelIssue['code']) => issues.filter((i) => i.code === code);
const list = (issues: WheelIssue[]) => [...new Set(issues.map((i) => i.value ?? ''))].join(', ');

/** What is hidden, and what the wheel did with bad input (one note per kind of problem, never silent). */
export function issueNotes(m: WheelModel, t: T, tag: string): Note[] {
  const notes: Note[] = [];
  const a = m.aggregate;
  if (a && a.current === null) {
    notes.push(m.release
      ? { path: 'release', code: 'below-min-group-size', text: t('releaseSuppressed', { n: a.n, k: a.minGroupSize }) }
      : { path: 'responses', code: 'below-min-group-size', text: t('belowMinimum', { n: a.n, k: a.minGroupSize }) });
  }
  if (a?.suppressedGroups.small) {
    const c = a.suppressedGroups.small;
    notes.push({ path: 'responses', code: 'groups-suppressed', text: t(c === 1 ? 'suppressedOne' : 'suppressedMany', { count: c, k: a.minGroupSize }) });
  }
  if (a?.suppressedGroups.complementary) {
    notes.push({ path: 'responses', code: 'groups-suppressed', text: t('complementary', { count: a.suppressedGroups.complementary }) });
  }
  if (m.assessmentErrors.length) {
    notes.push({ path: 'assessment', code: 'invalid-assessment', text: t('invalidAssessment', { first: m.assessmentErrors[0].message }) });
  }
  const is = m.issues;
  const add = (code: WheelIssue['code'], key: Parameters<T>[0], params: (found: WheelIssue[]) => Record<string, string | number>) => {
    const found = count(is, code);
    if (found.length) notes.push({ path: found[0].path, code, text: t(key, params(found)) });
  };
  add('invalid-max', 'invalidMax', (f) => ({ value: f[0].value ?? '' }));
  add('invalid-release', 'invalidRelease', (f) => ({ first: f[0].value ?? '' }));
  add('invalid-dimension', 'invalidDimension', (f) => ({ count: f.length }));
  add('duplicate-dimension', 'duplicateDimension', (f) => ({ ids: list(f) }));
  add('invalid-series', 'invalidSeries', (f) => ({ count: f.length }));
  add('duplicate-series', 'duplicateSeries', (f) => ({ ids: list(f) }));
  add('unknown-dimension', 'unknownDimension', (f) => ({ ids: list(f) }));
  add('out-of-range', 'outOfRange', (f) => ({ count: f.length, max: formatNumber(m.max, tag, 2) }));
  add('not-a-number', 'notNumber', (f) => ({ count: f.length }));
  return notes;
}

export interface WheelErrorDetail { errors: Pick<ValidationError, 'path' | 'code' | 'message'>[] }

/** What `ge-error` reports: the assessment's errors, the notes on bad input (hiding small groups is no error), a failure to draw, a missing add-on. */
export function errorsOf(assessmentErrors: ValidationError[], issues: Note[], failure: string | null, missingAddon: string | null): WheelErrorDetail['errors'] {
  const out: WheelErrorDetail['errors'] = assessmentErrors.map(({ path, code, message }) => ({ path: `assessment.${path}`, code, message }));
  for (const note of issues) {
    if (note.code !== 'below-min-group-size' && note.code !== 'groups-suppressed') out.push({ path: note.path, code: note.code, message: note.text });
  }
  if (failure) out.push({ path: '', code: 'render-failed', message: failure });
  if (missingAddon) out.push({ path: 'endpoint', code: 'missing-addon', message: missingAddon });
  return out;
}
