// The wheel's geometry in a fixed viewBox: angles, radii, rings, label placement and wrapping, paths, pointer ↔ value. Pure.
// d3-array's `ticks` is what d3-scale's linear scale uses for its ticks; the scale itself is one
// clamped multiplication here, which does not earn d3-scale's 9 kB gzip in the CDN bundle.
import { ticks } from 'd3-array';

/** The square viewBox side; everything is drawn in these units and the SVG scales to its container. */
export const VIEW = 640;
export const CENTER = VIEW / 2;
/** Radius of the rim (the scale's max). */
export const RADIUS = 180;
/** Gap between the rim and the start of a spoke label. */
export const LABEL_GAP = 16;

export interface Point { x: number; y: number }

/** How labels are set for `n` spokes: smaller and shorter as spokes crowd (30 spokes still fit). */
export interface LabelStyle { fontSize: number; lineHeight: number; charBudget: number; maxLines: number }

export interface LabelPlacement extends Point {
  anchor: 'start' | 'middle' | 'end';
  /** Offset of the first line's baseline from `y`, for `lines` lines. */
  firstDy: number;
}

export interface WheelLayout {
  n: number;
  /** Spoke angles in d3's convention: radians clockwise from 12 o'clock. */
  angles: number[];
  rim: Point[];
  label: LabelStyle;
}

/** Angle of spoke `i` of `n`: the first at 12 o'clock, then clockwise (the bank's fixed order). */
export function angleOf(i: number, n: number): number {
  return n > 0 ? (2 * Math.PI * i) / n : 0;
}

/** The point at `angle` (d3 convention) and radius `r` from the centre. */
export function polar(angle: number, r: number): Point {
  return { x: CENTER + r * Math.sin(angle), y: CENTER - r * Math.cos(angle) };
}

export function labelStyle(n: number): LabelStyle {
  if (n <= 12) return { fontSize: 13, lineHeight: 15, charBudget: 15, maxLines: 4 }; // long French names wrap whole ("Reddition de comptes, suivi et apprentissage")
  if (n <= 20) return { fontSize: 11, lineHeight: 13, charBudget: 13, maxLines: 2 };
  return { fontSize: 9.5, lineHeight: 11, charBudget: 12, maxLines: 1 };
}

const layouts = new Map<number, WheelLayout>();

/** The layout for `n` spokes, computed once per spoke count. */
export function layoutFor(n: number): WheelLayout {
  let l = layouts.get(n);
  if (!l) {
    const angles = Array.from({ length: n }, (_, i) => angleOf(i, n));
    l = { n, angles, rim: angles.map((a) => polar(a, RADIUS)), label: labelStyle(n) };
    layouts.set(n, l);
  }
  return l;
}

/** Radius of `value` on 0..max, clamped to the rim: the same linear scale on every spoke. */
export function radiusOf(value: number, max: number): number {
  return (Math.min(max, Math.max(0, value)) / max) * RADIUS;
}

/** The point of `value` on spoke `i` of `n`. */
export function pointOf(value: number, i: number, n: number, max: number): Point {
  return polar(angleOf(i, n), radiusOf(value, max));
}

/** Slider handles of 0 or unset values stay this far out along their spoke (viewBox units): one handle per spoke, not a pile at the centre. */
export const HANDLE_MIN_RADIUS = 14;

/** Where the slider handle of `value` (null: unset) on spoke `i` of `n` goes: on its point, or just off the centre. */
export function handleOf(value: number | null, i: number, n: number, max: number): Point {
  return polar(angleOf(i, n), Math.max(HANDLE_MIN_RADIUS, radiusOf(value ?? 0, max)));
}

/** Rings: minor at each step of the scale (at most ~10), major ones labelled (2/4/6/8/10 on 0–10). */
export function ringValues(max: number): { minor: number[]; major: number[] } {
  return { minor: ticks(0, max, 10).filter((v) => v > 0), major: ticks(0, max, 5).filter((v) => v > 0) };
}

// The outline is a handful of straight segments: written here, point for point as d3-shape's
// lineRadial (curveLinear / curveLinearClosed, 3 decimals) writes them, without its 12 kB in the bundle.
const r3 = (v: number) => Math.round(v * 1000) / 1000;
const at = (a: number, r: number) => `${r3(r * Math.sin(a))},${r3(r * -Math.cos(a))}`;

/**
 * The outline of a series, relative to the centre (translate it by CENTER). A complete series is a
 * closed polygon; a missing value is a gap, never a 0: the outline is broken there, and a value
 * with no neighbour is drawn as a point only. '' when nothing is defined.
 */
export function seriesPath(values: readonly (number | null)[], max: number): string {
  const n = values.length;
  if (n === 0) return '';
  let d = '';
  const gap = values.indexOf(null);
  if (gap < 0) {
    for (let i = 0; i < n; i++) d += `${i ? 'L' : 'M'}${at(angleOf(i, n), radiusOf(values[i] as number, max))}`;
    return `${d}Z`;
  }
  // Start just after the first gap and go once round, so that each run of values is one unbroken line
  // (a run of one value is "M…Z", a point).
  let run = 0;
  for (let k = 1; k <= n; k++) {
    const v = values[(gap + k) % n];
    if (v === null) {
      if (run === 1) d += 'Z';
      run = 0;
      continue;
    }
    d += `${run ? 'L' : 'M'}${at(angleOf(gap + k, n), radiusOf(v, max))}`;
    run++;
  }
  return d;
}

/** `value` snapped to a multiple of `step` and clamped to [0, max], without float noise (0.1 + 0.2). */
export function snap(value: number, step: number, max: number): number {
  const s = step > 0 && Number.isFinite(step) ? step : 1;
  const v = Math.min(max, Math.max(0, Math.round(value / s) * s));
  return Math.round(v * 1e9) / 1e9;
}

/** The value under point `p` for spoke `i`: `p` projected onto the spoke, then snapped. */
export function valueAtPoint(p: Point, i: number, n: number, max: number, step: number): number {
  const a = angleOf(i, n);
  const along = (p.x - CENTER) * Math.sin(a) - (p.y - CENTER) * Math.cos(a);
  return snap((along / RADIUS) * max, step, max);
}

/** A client (CSS pixel) position in viewBox units, for a square plot box at `rect`. */
export function clientToView(clientX: number, clientY: number, rect: { left: number; top: number; width: number; height: number }): Point {
  const side = Math.min(rect.width, rect.height) || 1;
  const ox = rect.left + (rect.width - side) / 2;
  const oy = rect.top + (rect.height - side) / 2;
  return { x: ((clientX - ox) / side) * VIEW, y: ((clientY - oy) / side) * VIEW };
}

/**
 * A label cut into at most `maxLines` lines of about `budget` characters, at spaces (a word up to a
 * fifth longer than the budget stays whole; a longer one is cut with a hyphen). When it does not fit, the last line ends with '…' and `truncated` is
 * true: the full text then goes to the SVG <title> and the table.
 */
export function wrapLabel(text: string, budget: number, maxLines: number): { lines: string[]; truncated: boolean } {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  const longest = budget + Math.ceil(budget / 5); // a word a little over the budget stays whole ("organisationnelle")
  for (let w of words) {
    while (w.length > longest) { // a very long word: cut it, with a hyphen
      if (line) { lines.push(line); line = ''; }
      lines.push(`${w.slice(0, budget - 1)}-`);
      w = w.slice(budget - 1);
    }
    if (!line) line = w;
    else if (line.length + 1 + w.length <= budget) line += ` ${w}`;
    else { lines.push(line); line = w; }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return { lines, truncated: false };
  // The last line takes as much of the rest as fits, even mid-word: "10. Dimensio…" rather than "10.…".
  const keep = Math.max(1, maxLines);
  const rest = lines.slice(keep - 1).join(' ');
  return { lines: [...lines.slice(0, keep - 1), `${rest.slice(0, budget - 1).trimEnd()}…`], truncated: true };
}

/**
 * Where a label of `lineCount` lines goes for the spoke at `angle`: just past the rim, anchored away
 * from the wheel (start on the right, end on the left, middle at top and bottom), and growing
 * upwards above the centre and downwards below it so it never crosses the rim.
 */
export function placeLabel(angle: number, lineCount: number, style: LabelStyle): LabelPlacement {
  const p = polar(angle, RADIUS + LABEL_GAP);
  const sin = Math.sin(angle), cos = Math.cos(angle);
  const anchor = sin > 0.2 ? 'start' : sin < -0.2 ? 'end' : 'middle';
  const block = (lineCount - 1) * style.lineHeight;
  const cap = style.fontSize * 0.35; // half the cap height: centres a line on its anchor
  // cos 1 (top): the block ends on the anchor; cos -1 (bottom): it starts there; between, it is centred.
  const firstDy = cap - block / 2 - (cos * (block + style.fontSize)) / 2;
  return { ...p, anchor, firstDy };
}

/** The box a placed label covers, in viewBox units (for the clickable overlay). */
export function labelBox(place: LabelPlacement, lines: readonly string[], style: LabelStyle): { x: number; y: number; width: number; height: number } {
  const width = Math.max(1, ...lines.map((l) => l.length)) * style.fontSize * 0.56;
  const height = lines.length * style.lineHeight + 4;
  const x = place.anchor === 'start' ? place.x : place.anchor === 'end' ? place.x - width : place.x - width / 2;
  const y = place.y + place.firstDy - style.fontSize;
  return { x, y, width, height };
}

/** The new value for a slider key (WAI-ARIA slider pattern), or undefined when the key is not the slider's. */
export function keyToValue(key: string, value: number | null, step: number, max: number): number | undefined {
  const v = value ?? 0;
  const page = Math.max(2 * step, snap(max / 10, step, max));
  switch (key) {
    case 'ArrowUp': case 'ArrowRight': return snap(value === null ? step : v + step, step, max);
    case 'ArrowDown': case 'ArrowLeft': return snap(v - step, step, max);
    case 'PageUp': return snap(v + page, step, max);
    case 'PageDown': return snap(v - page, step, max);
    case 'Home': return 0;
    case 'End': return max;
    default: return undefined;
  }
}
