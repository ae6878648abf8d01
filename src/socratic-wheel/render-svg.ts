// The wheel's picture: rings, spokes, spreads, series outlines and markers, labels with badges. Decoration only (aria-hidden).
import { html, svg, nothing, type SVGTemplateResult, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { WheelSeries } from '../core/wheel-series.js';
import { formatValue as formatNumber } from './number.js';
import type { TextSlots } from './patch.js';
import {
  CENTER, RADIUS, VIEW, layoutFor, placeLabel, pointOf, polar, radiusOf, ringValues, seriesPath, wrapLabel,
  type LabelPlacement, type WheelLayout,
} from './geometry.js';

/** One spoke label, wrapped and placed once per text and spoke count. */
export interface PlacedLabel { text: string; lines: string[]; truncated: boolean; place: LabelPlacement }

export interface SvgView {
  ids: string[];
  labels: PlacedLabel[];
  /** Each spoke's flag badges (" ≠ ? ↓"), written after its label and its number: they change without redrawing it. */
  badges: TextSlots;
  max: number;
  /** Visible series with their colour slot, drawn in this order. */
  drawn: { series: WheelSeries; slot: number; shape: number }[];
  tag: string;
  editable: string | null;
  /** Which values to write on the picture: all, or those of one point (hover/focus). */
  showValues: boolean;
  active: { seriesId: string; dimensionIndex: number } | null;
}

/** Past this many spokes, labels are numbered and the numbered key is always shown. */
export const NUMBERED_FROM = 16;

const wraps = new Map<string, { lines: string[]; truncated: boolean }>();

/** A label wrapped and placed for spoke `i` of `n` (wrapping memoised by text and spoke count). */
export function placedLabel(text: string, i: number, layout: WheelLayout): PlacedLabel {
  // Crowded wheels number their spokes, so that a cut label can still be found in the key and the table.
  const shown = layout.n > NUMBERED_FROM ? `${i + 1}. ${text}` : text;
  const key = `${layout.n}|${shown}`;
  let w = wraps.get(key);
  if (!w) {
    w = wrapLabel(shown, layout.label.charBudget, layout.label.maxLines);
    if (wraps.size > 2000) wraps.clear();
    wraps.set(key, w);
  }
  return { text, ...w, place: placeLabel(layout.angles[i], w.lines.length, layout.label) };
}

const KIND_ORDER = { baseline: 0, group: 1, undefined: 2, current: 3, target: 4 } as const;
/** Draw order: faint baseline under groups under current under target. */
export const byKind = (a: WheelSeries, b: WheelSeries) =>
  KIND_ORDER[a.kind ?? 'undefined'] - KIND_ORDER[b.kind ?? 'undefined'];

/**
 * A series' marker, drawn at the origin of its point (the point's group is translated): one
 * template per form, made once, so that moving a point is one attribute.
 */
const markers = new Map<string, SVGTemplateResult>();
function marker(kind: string | undefined, shape: number): SVGTemplateResult {
  const s = kind === 'baseline' ? 2.5 : 4.5;
  const form = kind === 'target' ? 1 : kind === 'group' ? 2 + (shape % 3) : 0;
  const key = `${form}|${s}`;
  let m = markers.get(key);
  if (!m) {
    const t = s + 1;
    switch (form) {
      case 1: m = svg`<path class="marker" d=${`M0,${-t}L${t},0L0,${t}L${-t},0Z`}/>`; break;
      case 2: m = svg`<rect class="marker" x=${-s} y=${-s} width=${2 * s} height=${2 * s}/>`; break;
      case 3: m = svg`<path class="marker" d=${`M0,${-t}L${t},${s}L${-t},${s}Z`}/>`; break;
      case 4: m = svg`<path class="marker" d=${`M${-s},${-s}L${s},${s}M${s},${-s}L${-s},${s}`}/>`; break;
      default: m = svg`<circle class="marker" r=${s}/>`;
    }
    markers.set(key, m);
  }
  return m;
}

function renderRings(max: number, layout: WheelLayout, tag: string) {
  return guard([max, layout, tag], () => rings(max, layout, tag));
}

function rings(max: number, layout: WheelLayout, tag: string): SVGTemplateResult {
  const { minor, major } = ringValues(max);
  return svg`<g class="grid">
    ${minor.map((v) => svg`<circle class=${major.includes(v) ? 'ring major' : 'ring'} cx=${CENTER} cy=${CENTER} r=${radiusOf(v, max)}/>`)}
    ${layout.rim.map((p) => svg`<line class="spoke" x1=${CENTER} y1=${CENTER} x2=${p.x} y2=${p.y}/>`)}
    ${major.map((v) => svg`<text class="tick" x=${CENTER + 4} y=${CENTER - radiusOf(v, max) - 3}>${formatNumber(v, tag, 1)}</text>`)}
  </g>`;
}

/** Spreads change only with the series' `spread` objects (kept when equal: see model.ts). */
function renderSpread(view: SvgView, layout: WheelLayout) {
  const deps: unknown[] = [view.ids, view.max, layout];
  for (const d of view.drawn) deps.push(d.series.spread, d.slot);
  return guard(deps, () => spreads(view, layout));
}

function spreads(view: SvgView, layout: WheelLayout): SVGTemplateResult {
  return svg`<g class="spreads">${view.drawn.map(({ series, slot }) => series.spread ? svg`
    <g class=${`spread slot-${slot}`}>${view.ids.map((id, i) => {
      const r = series.spread?.[id];
      if (!r) return nothing;
      const a = polar(layout.angles[i], radiusOf(r[0], view.max)), b = polar(layout.angles[i], radiusOf(r[1], view.max));
      const cx = 5 * Math.cos(layout.angles[i]), cy = 5 * Math.sin(layout.angles[i]); // caps across the spoke
      return svg`<line class="band" x1=${a.x} y1=${a.y} x2=${b.x} y2=${b.y}/>
        <path class="cap" d="M${a.x - cx},${a.y - cy}L${a.x + cx},${a.y + cy}M${b.x - cx},${b.y - cy}L${b.x + cx},${b.y + cy}"/>`;
    })}</g>` : nothing)}</g>`;
}

/** One group per drawn series, redrawn only when that series (or how it is shown) changed. */
function renderSeries(view: SvgView, n: number) {
  return view.drawn.map(({ series, slot, shape }) => {
    const active = view.active?.seriesId === series.id ? view.active.dimensionIndex : -1;
    const editable = series.id === view.editable;
    return guard([series, slot, shape, view.ids, view.max, view.tag, view.showValues, active, editable],
      () => seriesGroup(series, slot, shape, view, n, active, editable));
  });
}

function seriesGroup(series: WheelSeries, slot: number, shape: number, view: SvgView, n: number, active: number, editable: boolean): SVGTemplateResult {
  const values = view.ids.map((id) => series.values[id] ?? null);
  const mark = marker(series.kind, shape);
  const complete = values.every((v) => v !== null);
  return svg`<g part="series" class=${`series kind-${series.kind ?? 'other'}${complete ? '' : ' gappy'}${editable ? ' editable' : ''} slot-${slot}`}
    data-series=${series.id}>
    <path class="outline" transform="translate(${CENTER},${CENTER})" d=${seriesPath(values, view.max)}/>
    ${values.map((v, i) => {
      if (v === null) return nothing;
      const show = view.showValues || active === i;
      // A point whose value did not change is not redrawn.
      return guard([v, n, view.max, show, mark, view.tag], () => {
        const p = pointOf(v, i, n, view.max);
        return svg`<g class="point" data-index=${i} transform=${`translate(${p.x},${p.y})`}>${mark}<circle class="hover" r="10"/>${
          show ? svg`<text class="value" x="7" y="-7">${formatNumber(v, view.tag, 1)}</text>` : nothing}</g>`;
      });
    })}
  </g>`;
}

/** Labels are redrawn only when their text or the spoke count change; their badges are written in their slots. */
function renderLabels(view: SvgView, layout: WheelLayout) {
  return guard([view.labels, layout], () => labels(view, layout));
}

function labels(view: SvgView, layout: WheelLayout): SVGTemplateResult {
  const { fontSize } = layout.label;
  return svg`<g class="labels" font-size=${fontSize}>${view.labels.map((l, i) => guard([l, layout], () => label(l, i, view.badges, layout)))}</g>`;
}

function label(l: PlacedLabel, i: number, badges: TextSlots, layout: WheelLayout): SVGTemplateResult {
  const { fontSize, lineHeight } = layout.label;
  return svg`
    <text part="spoke-label" class="label" x=${l.place.x} y=${l.place.y} text-anchor=${l.place.anchor}><title>${l.text}</title>${
      l.lines.map((line, k) => svg`<tspan class="label-text" x=${l.place.x} dy=${k === 0 ? l.place.firstDy : lineHeight}>${line}${
        k === 0 ? svg`<tspan class="badge">${badges.slot(i)}</tspan>` : nothing}</tspan>`)}</text>
    <text class="label-num" x=${l.place.x} y=${l.place.y} dy=${fontSize * 0.35} text-anchor=${l.place.anchor}>${i + 1}${badges.slot(i, 1)}</text>`;
}

/** Wide, invisible lines along the spokes: a click or touch there sets the edited value. */
function renderHitLines(layout: WheelLayout) {
  return guard([layout], () => svg`<g class="hits">${layout.rim.map((p, i) => {
    const end = polar(layout.angles[i], RADIUS + 8);
    return svg`<line class="hit" data-index=${i} x1=${CENTER} y1=${CENTER} x2=${end.x} y2=${end.y}/>`;
  })}</g>`);
}

/** The whole picture, in a fixed viewBox (no DOM measuring). */
export function renderWheelSvg(view: SvgView): TemplateResult {
  const layout = layoutFor(view.ids.length);
  return html`<svg part="svg" class="wheel-svg" viewBox="0 0 ${VIEW} ${VIEW}" aria-hidden="true" focusable="false">
    ${renderRings(view.max, layout, view.tag)}
    ${renderSpread(view, layout)}
    ${view.editable ? renderHitLines(layout) : nothing}
    ${renderSeries(view, layout.n)}
    ${renderLabels(view, layout)}
  </svg>`;
}
