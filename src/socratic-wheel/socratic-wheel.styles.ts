// The wheel's look: every colour and size a --ge-* custom property; black and white in print; still with reduced motion.
// Typography lives on the inner root `.wheel` (see internal/typography.ts): sizes in em or px, never rem. Left and right
// are logical (start, end) for right-to-left pages. A narrow container (@container) shows spoke numbers on the wheel and
// the names in a numbered key below it. (Comments stay out of the CSS text, which ships as it is written.)
import { css } from 'lit';
import { ownTypography } from '../internal/typography.js';
import { sharedTokens } from '../internal/tokens.js';

export const styles = [sharedTokens, ownTypography('.wheel', 1.4, 'var(--ge-label-color, #1f2933)'), css`
  :host {
    display: block;
    box-sizing: border-box;
    container-type: inline-size;
    --_ring: var(--ge-ring-color, #9aa5b1);
    --ge-series-1: #1d4ed8; --ge-series-2: #b45309; --ge-series-3: #6b7280;
    --ge-series-4: #047857; --ge-series-5: #9d174d; --ge-series-6: #6d28d9;
  }
  :host([hidden]) { display: none; }
  .wheel { position: relative; }
  .slot-1 { --c: var(--ge-series-1); } .slot-2 { --c: var(--ge-series-2); } .slot-3 { --c: var(--ge-series-3); }
  .slot-4 { --c: var(--ge-series-4); } .slot-5 { --c: var(--ge-series-5); } .slot-6 { --c: var(--ge-series-6); }
  .plot {
    position: relative;
    width: min(100%, var(--ge-wheel-max-size, 90vh));
    aspect-ratio: 1;
    margin: 0 auto;
  }
  svg.wheel-svg { position: absolute; inset: 0; width: 100%; height: 100%; overflow: visible; }
  .ring { fill: none; stroke: var(--_ring); stroke-width: 0.6; stroke-opacity: 0.5; }
  .ring.major { stroke-width: 1; stroke-opacity: 1; }
  .spoke { stroke: var(--_ring); stroke-width: 1; }
  .tick { font-size: 10px; fill: var(--ge-tick-color, #52606d); }
  .label { fill: var(--ge-label-color, #1f2933); font-weight: 500; }
  .badge { fill: var(--ge-badge-color, #b91c1c); font-weight: 700; }
  .label-num { display: none; font-size: 22px; font-weight: 700; fill: var(--ge-label-color, #1f2933); }
  .series { color: var(--c); transition: opacity 0.2s; }
  .outline { fill: none; stroke: currentColor; stroke-width: 2.5; stroke-linejoin: round; }
  .kind-current:not(.gappy) .outline { fill: currentColor; fill-opacity: var(--ge-fill-opacity, 0.2); }
  .kind-target .outline { stroke-dasharray: 9 5; }
  .kind-baseline .outline { stroke-width: 1.5; stroke-opacity: 0.55; }
  .kind-group .outline { stroke-width: 2; stroke-dasharray: 2 4; stroke-linecap: round; }
  .marker { fill: currentColor; stroke: currentColor; stroke-width: 1.5; }
  .kind-target .marker, .kind-baseline .marker { fill: var(--ge-background, #fff); }
  .kind-baseline .marker { stroke-opacity: 0.55; }
  .hover { fill: transparent; stroke: none; }
  .value { font-size: 13px; font-weight: 700; fill: var(--ge-label-color, #1f2933); paint-order: stroke; stroke: #fff; stroke-width: 3px; }
  .spread { color: var(--c); }
  .band { stroke: currentColor; stroke-width: 9; stroke-opacity: var(--ge-spread-opacity, 0.35); stroke-linecap: round; }
  .cap { display: none; stroke: currentColor; stroke-width: 1.5; }
  .hit { stroke: transparent; stroke-width: 22; cursor: pointer; touch-action: none; }
  .overlay { position: absolute; inset: 0; pointer-events: none; }
  .slider, .label-button { pointer-events: auto; position: absolute; }
  .slider {
    width: 28px; height: 28px; margin: -14px 0 0 -14px; border-radius: 50%;
    cursor: grab; touch-action: none; box-sizing: border-box;
  }
  .slider:hover { box-shadow: inset 0 0 0 2px var(--_focus); }
  .slider:focus-visible, .label-button:focus-visible, button:focus-visible {
    outline: var(--_focus-ring); outline-offset: var(--_focus-offset);
  }
  .label-button { background: transparent; border: 0; padding: 0; cursor: pointer; border-radius: 4px; }
  .label-button:hover { background: color-mix(in srgb, var(--_focus) 10%, transparent); }
  .key { display: none; margin: 0.5em 0; padding: 0; padding-inline-start: 2.2em; font-size: 0.875em; }
  .key.always { display: block; columns: 16em; }
  .controls { display: flex; flex-wrap: wrap; gap: 0.4em; align-items: center; justify-content: center; margin-top: 0.5em; }
  .legend { display: contents; }
  .legend-item, .table-toggle, .round button {
    font: inherit; color: inherit; background: var(--ge-button-background, #fff);
    border: 1px solid var(--_ring); border-radius: 999px; padding: 0.2em 0.75em; cursor: pointer; min-height: 32px;
  }
  .legend-item, .table-toggle { font-size: 0.875em; display: inline-flex; align-items: center; gap: 0.4em; }
  .legend-item[aria-pressed='false'] { opacity: 0.6; text-decoration: line-through; }
  .legend-item[aria-disabled='true'] { cursor: not-allowed; }
  .swatch { width: 28px; height: 12px; color: var(--c); }
  .swatch line { stroke: currentColor; stroke-width: 2.5; }
  .swatch-fill { fill: none; stroke: none; }
  .legend-item.kind-current .swatch-fill { fill: currentColor; fill-opacity: 0.25; }
  .legend-item.kind-target .swatch line { stroke-dasharray: 5 3; }
  .legend-item.kind-baseline .swatch line { stroke-opacity: 0.55; stroke-width: 1.5; }
  .legend-item.kind-group .swatch line { stroke-dasharray: 2 3; stroke-linecap: round; }
  .table-toggle[aria-pressed='true'] { background: var(--ge-button-active-background, #e5edff); }
  .legend-note, .notes, .message { font-size: 0.875em; margin: 0.5em 0; text-align: center; }
  .notes { list-style: none; padding: 0; color: var(--ge-note-color, #7c2d12); }
  .message { padding: 2em 1em; border: 1px dashed var(--_ring); }
  .round { font-size: 0.875em; text-align: center; margin: 0 0 0.5em; }
  .round p { margin: 0.25em 0; }
  .round-release, .round-next, .round-outcome { display: block; }
  .round-actions { display: flex; flex-wrap: wrap; gap: 0.5em; justify-content: center; }
  .round-make { font-weight: 600; }
  .round-make[aria-disabled='true'] { cursor: progress; opacity: 0.7; }
  .round-problem, .round-targets.problem, .round-outcome.problem { color: var(--ge-note-color, #7c2d12); font-weight: 600; }
  .comments { font-size: 0.875em; margin: 0.75em auto 0; max-width: 60em; }
  .comments summary { cursor: pointer; font-weight: 600; }
  .comments dl { margin: 0.5em 0; }
  .comments dt { font-weight: 600; margin-top: 0.5em; }
  .comments dd { margin: 0.25em 0 0.25em 1em; white-space: pre-line; }
  .table-wrap { overflow-x: auto; margin-top: 0.5em; }
  table { border-collapse: collapse; font-size: 0.875em; margin: 0 auto; }
  caption { font-weight: 600; padding: 0.3em; }
  th, td { border: 1px solid var(--_ring); padding: 0.25em 0.5em; text-align: start; }
  td { font-variant-numeric: tabular-nums; }
  .visually-hidden {
    position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0;
    overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0;
  }
  @container (max-width: 479px) {
    .label-text { display: none; }
    .label-num { display: inline; }
    .key { display: block; }
  }
  @media (prefers-reduced-motion: reduce) {
    .series, .legend-item { transition: none; }
  }
  @media print {
    :host { background: #fff; --_ring: #000; }
    .wheel { color: #000; }
    .series, .spread { color: #000; }
    .kind-current:not(.gappy) .outline { fill: #000; fill-opacity: 0.12; }
    .kind-baseline .outline { stroke: #777; stroke-opacity: 1; }
    .band { stroke-width: 4; stroke-opacity: 1; stroke-linecap: butt; }
    .cap { display: inline; }
    .ring { stroke-opacity: 1; }
    .badge, .label, .tick, .value, .label-num { fill: #000; }
    .table-toggle, .slider, .label-button, .round-actions { display: none; }
    .legend-item { border: 0; background: none; }
    .legend-item[aria-pressed='false'] { display: none; }
    .swatch { color: #000; }
    .table-wrap.visually-hidden { position: static; width: auto; height: auto; margin: 0; overflow: visible; clip: auto; clip-path: none; white-space: normal; }
    .notes { color: #000; }
  }
`];
