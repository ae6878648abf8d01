// Reading the wheel's inputs as given by a page: whatever they are, clean dimensions and series, and a list of what was off. Pure.
import type { LocalizedText } from '../core/types.js';
import type { WheelSeries, WheelSeriesKind } from '../core/wheel-series.js';

export interface WheelDimension { id: string; label: LocalizedText }

/**
 * One problem with the input, and what the wheel did about it (never a silent wrong drawing):
 * `unknown-dimension` ignored; `out-of-range` clamped to 0..max; `not-a-number` left out as a gap;
 * `invalid-series` / `invalid-dimension` / `duplicate-*` ignored; `invalid-max` replaced by 10;
 * `invalid-release`: the parts of a release that cannot be read are hidden (the first problem in `value`).
 */
export interface WheelIssue {
  code: 'unknown-dimension' | 'out-of-range' | 'not-a-number' | 'invalid-series' | 'duplicate-series'
    | 'invalid-dimension' | 'duplicate-dimension' | 'invalid-max' | 'invalid-release';
  path: string;
  /** The dimension id, series id or value concerned. */
  value?: string;
}

const KINDS: readonly string[] = ['current', 'target', 'baseline', 'group'];
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is LocalizedText =>
  typeof v === 'string' || (isRecord(v) && Object.values(v).every((t) => typeof t === 'string'));

/** `max` as given (an attribute may be anything): a positive finite number, else 10. */
export function readMax(value: unknown, issues: WheelIssue[]): number {
  const m = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof m === 'number' && Number.isFinite(m) && m > 0) return m;
  if (value != null) issues.push({ code: 'invalid-max', path: 'max', value: String(value) });
  return 10;
}

/** Dimensions with a string id and a label (the id when the label is missing); duplicates dropped. */
export function readDimensions(input: unknown, issues: WheelIssue[]): WheelDimension[] {
  if (!Array.isArray(input)) {
    if (input != null) issues.push({ code: 'invalid-dimension', path: 'dimensions' });
    return [];
  }
  const seen = new Set<string>();
  const out: WheelDimension[] = [];
  input.forEach((d, i) => {
    const id = isRecord(d) ? d.id : undefined;
    if (typeof id !== 'string' || id === '') return void issues.push({ code: 'invalid-dimension', path: `dimensions[${i}]` });
    if (seen.has(id)) return void issues.push({ code: 'duplicate-dimension', path: `dimensions[${i}]`, value: id });
    seen.add(id);
    out.push({ id, label: isText((d as Record<string, unknown>).label) ? (d as { label: LocalizedText }).label : id });
  });
  return out;
}

function readValue(v: unknown, max: number, path: string, issues: WheelIssue[]): number | null {
  if (v === null || v === undefined) return null; // not set: a gap, legitimately
  if (typeof v !== 'number' || Number.isNaN(v)) {
    issues.push({ code: 'not-a-number', path, value: String(v) });
    return null;
  }
  if (v < 0 || v > max) { // ±Infinity lands here too
    issues.push({ code: 'out-of-range', path, value: String(v) });
    return v < 0 ? 0 : max;
  }
  return v;
}

/**
 * Series as the wheel draws them: values only for known dimensions, each a number in [0, max]
 * or null; spreads ordered [low, high] and clamped; a missing kind stays missing. `pathOf` names
 * where the i-th series came from, in the issues.
 */
export function readSeries(input: unknown, dimensionIds: readonly string[], max: number, issues: WheelIssue[],
  pathOf = (i: number) => `series[${i}]`): WheelSeries[] {
  if (input == null) return [];
  if (!Array.isArray(input)) {
    issues.push({ code: 'invalid-series', path: 'series' });
    return [];
  }
  const known = new Set(dimensionIds);
  const ids = new Set<string>();
  const out: WheelSeries[] = [];
  input.forEach((s, i) => {
    const at = pathOf(i);
    if (!isRecord(s) || typeof s.id !== 'string' || s.id === '' || !isRecord(s.values)) {
      return void issues.push({ code: 'invalid-series', path: at, value: isRecord(s) && typeof s.id === 'string' ? s.id : undefined });
    }
    if (ids.has(s.id)) return void issues.push({ code: 'duplicate-series', path: at, value: s.id });
    ids.add(s.id);
    const values: Record<string, number | null> = {};
    for (const [d, v] of Object.entries(s.values)) {
      if (!known.has(d)) issues.push({ code: 'unknown-dimension', path: `${at}.values.${d}`, value: d });
      else values[d] = readValue(v, max, `${at}.values.${d}`, issues);
    }
    const series: WheelSeries = { id: s.id, label: isText(s.label) ? s.label : s.id, values };
    if (typeof s.kind === 'string' && KINDS.includes(s.kind)) series.kind = s.kind as WheelSeriesKind;
    if (typeof s.n === 'number' && Number.isFinite(s.n)) series.n = s.n;
    if (isRecord(s.spread)) {
      series.spread = {};
      for (const [d, r] of Object.entries(s.spread)) {
        if (!known.has(d)) { issues.push({ code: 'unknown-dimension', path: `${at}.spread.${d}`, value: d }); continue; }
        if (!Array.isArray(r) || r.length !== 2) { issues.push({ code: 'not-a-number', path: `${at}.spread.${d}` }); continue; }
        const lo = readValue(r[0], max, `${at}.spread.${d}[0]`, issues);
        const hi = readValue(r[1], max, `${at}.spread.${d}[1]`, issues);
        if (lo !== null && hi !== null) series.spread[d] = lo <= hi ? [lo, hi] : [hi, lo];
      }
    }
    out.push(series);
  });
  return out;
}
