// The wheel's meaning in HTML: sliders over the points, spoke-label buttons, legend, notes and the data table.
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { cssProps } from './css-props.js';
import { textRows, type TextSlots } from './patch.js';
import type { Priority } from '../core/types.js';
import type { WheelSeries } from '../core/wheel-series.js';
import { formatValue as formatNumber } from './number.js';
import { VIEW, handleOf, labelBox, layoutFor } from './geometry.js';
import type { T } from './messages.js';
import { NUMBERED_FROM, type PlacedLabel } from './render-svg.js';

const pct = (v: number) => `${(v / VIEW) * 100}%`;

export interface SliderView {
  ids: string[]; names: string[]; series: WheelSeries; seriesName: string; max: number; tag: string; t: T;
}

/** One `role="slider"` per spoke for the edited series, over its point (0 or unset: just off the centre) (HTML: what screen readers handle best). */
export function renderSliders(v: SliderView): TemplateResult {
  const n = v.ids.length;
  // A change of one value redraws its slider only.
  return html`<div class="sliders">${v.ids.map((id, i) => {
    const value = v.series.values[id] ?? null;
    return guard([value, v.names[i], v.seriesName, n, v.max, v.tag, v.t], () => {
      const p = handleOf(value, i, n, v.max);
      const text = value === null ? v.t('notSet') : v.t('valueText', { value: formatNumber(value, v.tag, 2), max: formatNumber(v.max, v.tag, 2) });
      return html`<div part="slider" class="slider" role="slider" tabindex="0" data-index=${i}
        ${cssProps({ left: pct(p.x), top: pct(p.y) })}
        aria-label=${v.t('sliderLabel', { dimension: v.names[i], series: v.seriesName })}
        aria-valuemin="0" aria-valuemax=${v.max} aria-valuenow=${value ?? 0} aria-valuetext=${text}></div>`;
    });
  })}</div>`;
}

/** Transparent buttons over the spoke labels: activating one selects its dimension. Their flag words (" (low agreement)") are written in their slots. */
export function renderLabelButtons(labels: PlacedLabel[], words: TextSlots): TemplateResult {
  const style = layoutFor(labels.length).label;
  return html`<div class="label-buttons">${labels.map((l, i) => guard([l], () => {
    const b = labelBox(l.place, l.lines, style);
    return html`<button part="spoke-button" class="label-button" type="button" data-index=${i}
      ${cssProps({ left: pct(b.x), top: pct(b.y), width: pct(b.width), height: pct(b.height) })}
      ><span class="visually-hidden">${l.text}${words.slot(i)}</span></button>`;
  }))}</div>`;
}

export interface LegendEntry { id: string; name: string; kind: string; slot: number; visible: boolean; blocked: boolean }

export function renderLegend(entries: LegendEntry[], t: T): TemplateResult {
  return html`<div part="legend" class="legend" role="group" aria-label=${t('legend')}>${entries.map((e) => html`
    <button type="button" class="legend-item kind-${e.kind} slot-${e.slot}" data-series=${e.id}
      aria-pressed=${e.visible ? 'true' : 'false'} aria-disabled=${e.blocked ? 'true' : 'false'}>
      <svg class="swatch" viewBox="0 0 28 12" aria-hidden="true"><rect class="swatch-fill" x="1" y="1" width="26" height="10"/><line x1="1" y1="6" x2="27" y2="6"/></svg>
      ${e.name}</button>`)}</div>`;
}

export interface TableView {
  caption: string; ids: string[]; names: string[]; series: WheelSeries[]; seriesNames: string[];
  counts: Record<string, number | null> | null; notes: string[]; max: number; tag: string; t: T; visible: boolean;
}

/** A series' cells in the table: its values and spread ranges as text, made once per series object. */
interface Column { ids: readonly string[]; tag: string; values: string[]; spreads: string[] | null }
const columns = new WeakMap<WheelSeries, Column>();

function columnOf(s: WheelSeries, ids: readonly string[], tag: string): Column {
  let c = columns.get(s);
  if (!c || c.ids !== ids || c.tag !== tag) {
    const num = (x: number | null | undefined) => formatNumber(x, tag, 1);
    const hasSpread = !!s.spread && Object.keys(s.spread).length > 0;
    c = {
      ids, tag, values: ids.map((id) => num(s.values[id])),
      spreads: hasSpread ? ids.map((id) => { const r = s.spread?.[id]; return r ? `${num(r[0])}–${num(r[1])}` : '—'; }) : null,
    };
    columns.set(s, c);
  }
  return c;
}

/** Every value, always in the accessibility tree; shown on request. A row writes only the cells whose text changed. */
export function renderTable(v: TableView): TemplateResult {
  const cols = v.series.map((s) => columnOf(s, v.ids, v.tag));
  const head = [v.t('dimension')];
  cols.forEach((c, k) => head.push(v.seriesNames[k], ...(c.spreads ? [v.t('spread', { series: v.seriesNames[k] })] : [])));
  if (v.counts) head.push(v.t('respondents'));
  head.push(v.t('notes'));
  const body = v.ids.map((id, i) => {
    const row = [v.names[i]];
    for (const c of cols) row.push(c.values[i], ...(c.spreads ? [c.spreads[i]] : []));
    if (v.counts) row.push(formatNumber(v.counts[id], v.tag, 1));
    row.push(v.notes[i]);
    return row;
  });
  return html`<div class=${v.visible ? 'table-wrap' : 'table-wrap visually-hidden'}>
    <table part="table"><caption>${v.caption}</caption><thead ${textRows([head], 'head')}></thead><tbody ${textRows(body, 'body')}></tbody></table></div>`;
}

/** The words for a dimension's flags and tags (table notes, label buttons), and its badge symbols. */
export function flagText(flags: readonly string[], priority: Priority | undefined, t: T): { words: string; badges: string } {
  const words: string[] = [];
  let badges = '';
  if (flags.includes('low-agreement')) { words.push(t('lowAgreement')); badges += '≠'; }
  if (flags.includes('knowledge-gap')) { words.push(t('knowledgeGap')); badges += '?'; }
  if (priority?.tags.includes('target-below-current')) { words.push(t('targetBelow')); badges += '↓'; }
  return { words: words.join('; '), badges };
}

/** The numbered key that replaces spoke labels in a narrow container (see styles). */
export function renderKey(names: string[], badges: string[]): TemplateResult {
  return html`<ol class=${names.length > NUMBERED_FROM ? 'key always' : 'key'} aria-hidden="true"
    ${textRows(names.map((n, i) => [badges[i] ? `${n} ${badges[i]}` : n]), 'list')}></ol>`;
}

/**
 * A release's comments, by dimension (as the server gives them: shuffled, without group), under a
 * disclosure so that a long list does not push the wheel away. Dimensions the wheel does not draw
 * keep their id as a label: a comment is never dropped silently.
 */
export function renderComments(comments: Readonly<Record<string, readonly string[]>>, ids: string[], names: string[], t: T): TemplateResult | typeof nothing {
  const order = [...ids.filter((id) => comments[id]?.length), ...Object.keys(comments).filter((id) => !ids.includes(id) && comments[id]?.length)];
  if (!order.length) return nothing;
  const total = order.reduce((sum, id) => sum + comments[id].length, 0);
  return html`<details part="comments" class="comments">
    <summary>${t('commentsTitle', { count: total })}</summary>
    <p>${t('commentsIntro')}</p>
    <dl>${order.map((id) => { const i = ids.indexOf(id); return html`<dt>${i >= 0 ? names[i] : id}</dt>${comments[id].map((c) => html`<dd>${c}</dd>`)}`; })}</dl>
  </details>`;
}

/** The legend's note (see `legendNote` in view.ts), one line each. */
export function renderLegendNote(lines: readonly string[]): TemplateResult | typeof nothing {
  return lines.length ? html`<p class="legend-note">${lines.map((l, i) => html`${i ? html`<br />` : nothing}${l}`)}</p>` : nothing;
}
