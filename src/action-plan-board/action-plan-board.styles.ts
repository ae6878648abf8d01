// The board's look: every colour and size a --ge-* custom property; one clean black-and-white page in print.
import { css } from 'lit';
import { ownTypography } from '../internal/typography.js';
import { sharedTokens } from '../internal/tokens.js';

export const styles = [sharedTokens, ownTypography('.root', 1.4, 'var(--_text)'), css`
  /* Typography lives on the inner roots (see internal/typography.ts): sizes in em or px, never rem. Left and right are logical (start, end) for right-to-left pages. */
  :host {
    display: block;
    box-sizing: border-box;
    max-width: 100%;
    --_warn: var(--ge-warning-color, #9a3412);
    --_card-bg: var(--ge-card-background, #fff);
    --_column-bg: var(--ge-column-background, #f1f4f8);
    --_gap: var(--ge-gap, 0.75em);
  }
  :host([hidden]) { display: none; }
  /* The one root the element renders: its typography, and the container its layout follows (narrow: stacked). */
  .root { container-type: inline-size; }
  h2, h3 { margin: 0; line-height: 1.25; }
  h2 { font-size: 1em; font-weight: 700; }
  h3 { font-size: 0.95em; font-weight: 600; overflow-wrap: anywhere; }
  p, li, dt, dd, label { overflow-wrap: anywhere; }
  button, select, input, textarea { font: inherit; max-width: 100%; }
  button {
    border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_card-bg);
    color: inherit; padding: 0.2em 0.55em; cursor: pointer; min-height: 24px; min-width: 24px;
  }
  button:focus-visible, select:focus-visible, input:focus-visible, textarea:focus-visible {
    outline: var(--_focus-ring); outline-offset: var(--_focus-offset);
  }
  .sr-only {
    position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
    clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0;
  }
  .toolbar, .panels { display: flex; flex-wrap: wrap; gap: var(--_gap); align-items: end; margin: 0 0 var(--_gap); }
  .toolbar label { display: flex; flex-direction: column; font-size: 0.85em; font-weight: 400; gap: 0.15em; min-width: 0; max-width: 100%; }
  .message, .notes {
    margin: 0 0 var(--_gap); padding: 0.5em 0.75em; border: 0; border-inline-start: 4px solid var(--_warn);
    background: var(--ge-note-background, #fff7ed);
  }
  .message:empty { display: none; }
  .notes ul { margin: 0.25em 0 0; padding: 0; padding-inline-start: 1.2em; }
  .suggestions, .budget {
    flex: 1 1 min(100%, 18em); min-width: 0; border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0.5em 0.75em;
  }
  .suggestions ul, .budget ul { list-style: none; margin: 0.4em 0 0; padding: 0; }
  .suggestions li { display: flex; gap: 0.5em; justify-content: space-between; align-items: start; padding: 0.3em 0; border-top: 1px solid var(--_column-bg); }
  .suggestions .what { display: flex; flex-direction: column; font-size: 0.9em; min-width: 0; overflow-wrap: anywhere; }
  .suggestions li button { flex: none; }
  .suggestions .meta, .hint { color: var(--_muted); font-size: 0.8em; }
  [aria-disabled='true'] { opacity: 0.7; cursor: default; }
  .warning { color: var(--_warn); font-weight: 600; margin: 0.25em 0 0; }
  .warning:empty { display: none; }
  .board { display: grid; grid-auto-flow: column; grid-auto-columns: minmax(12em, 1fr); gap: var(--_gap); overflow-x: auto; align-items: start; }
  .column { background: var(--_column-bg); border-radius: var(--_radius); padding: 0.5em; min-width: 0; }
  .column.unsorted { border: 2px dashed var(--_warn); }
  .column-head { display: flex; flex-wrap: wrap; gap: 0.25em 0.5em; align-items: baseline; margin-bottom: 0.4em; }
  .count { font-size: 0.8em; color: var(--_muted); }
  /* A list in normal flow, not a flex column: cheaper to lay out when it is long (a keyboard move lays it out again,
     for focus). The space is each card's own margin, not a sibling selector (li + li), which makes every move restyle
     the cards after it: 50 keyboard moves in the bench took 1.26x as long with it. */
  ul.cards { list-style: none; margin: 0; padding: 0; min-height: 2.5em; }
  ul.cards > li { margin-bottom: 0.4em; }
  /* A card far down a column (its 11th on) is not laid out until it comes near the screen: a column of 100 cards lays
     out its first screen only (first render 0.78x, in one bench run). Never one that is dragged or marks a drop: the
     drop bar is drawn outside the card, where the paint containment that comes with content-visibility would clip
     it. A focus ring stays inside the card's padding (3px + 2px off, in 0.4em), so a focused card needs no exception
     (one with :focus-within made 50 keyboard moves 1.24x slower). */
  ul.cards > li.far:not([data-dragging], [data-drop]) { content-visibility: auto; contain-intrinsic-size: auto 6em; }
  .card {
    background: var(--_card-bg); border: 1px solid var(--_border); border-radius: var(--_radius);
    padding: 0.4em 0.5em; position: relative; min-width: 0;
  }
  .card.picked { outline: 3px dashed var(--_focus); outline-offset: 1px; }
  .card[data-dragging] { opacity: 0.85; z-index: 2; box-shadow: 0 6px 18px rgb(0 0 0 / 0.25); pointer-events: none; }
  .card[data-drop='before']::before, ul.cards[data-drop='end']::after {
    content: ''; display: block; height: 0.35em; border-radius: 3px; background: var(--_focus);
  }
  .card[data-drop='before']::before { position: absolute; inset-inline: 0; top: calc(-0.2em - 2px); }
  .card-head { display: flex; gap: 0.4em; align-items: start; }
  .handle { cursor: grab; touch-action: none; padding: 0 0.3em; line-height: 1.4; flex: none; }
  .card .title { flex: 1; min-width: 0; margin-top: 0.1em; }
  .meta { margin: 0.3em 0 0; font-size: 0.85em; display: grid; grid-template-columns: auto minmax(0, 1fr); gap: 0 0.5em; }
  .meta dt { color: var(--_muted); }
  .meta dd { margin: 0; overflow-wrap: anywhere; }
  .overdue { color: var(--_error); font-weight: 700; }
  .unknown { font-style: italic; }
  .card-actions { display: flex; flex-wrap: wrap; gap: 0.3em; margin-top: 0.4em; }
  .move-menu { margin-top: 0.4em; display: flex; flex-wrap: wrap; gap: 0.4em; align-items: end; padding: 0.4em; border: 1px solid var(--_border); border-radius: var(--_radius); }
  .move-menu label, form label { display: flex; flex-direction: column; font-size: 0.85em; font-weight: 400; gap: 0.1em; min-width: 0; max-width: 100%; }
  form.card-form { display: flex; flex-direction: column; gap: 0.4em; background: var(--_card-bg); border: 2px solid var(--_focus); border-radius: var(--_radius); padding: 0.5em; margin: 0.4em 0 0; }
  form.card-form input, form.card-form select, form.card-form textarea { width: 100%; margin: 0; padding: 0.2em; border: 1px solid var(--_border); border-radius: 4px; }
  form.card-form [aria-invalid='true'] { border: 2px solid var(--_error); }
  .error { color: var(--_error); font-size: 0.85em; margin: 0; }
  .form-buttons { display: flex; flex-wrap: wrap; gap: 0.4em; }
  .add { margin-top: 0.4em; width: 100%; }
  .toast { display: flex; flex-wrap: wrap; gap: 0.5em; align-items: center; margin: 0 0 var(--_gap); }
  .toast:empty { display: none; }
  /* With endpoint: the save status (muted while all is well), and a conflict's choice. */
  .sync { margin: 0 0 var(--_gap); }
  .sync-status { display: flex; flex-wrap: wrap; gap: 0.5em; align-items: center; margin: 0; font-size: 0.85em; color: var(--_muted); }
  .sync-status.problem, .conflict {
    color: inherit; font-size: 1em; padding: 0.5em 0.75em; border-inline-start: 4px solid var(--_warn);
    background: var(--ge-note-background, #fff7ed);
  }
  .conflict { display: flex; flex-wrap: wrap; gap: 0.5em; align-items: center; }
  .conflict p { flex: 1 1 100%; margin: 0; }
  .sync-errors { margin: 0.25em 0 0; padding-inline-start: 1.2em; font-size: 0.9em; }
  /* Read-only (set by a connection): the plan without the controls that change it. */
  .readonly :is(.handle, .card-actions, .add, .import, .suggestions) { display: none; }

  /* Phones and narrow sidebars (below about 600 px at the default size): the columns one under the other, the
     toolbar wrapped, never a sideways scroll. In em, so a larger --ge-font-size stacks them sooner. */
  @container (max-width: 40em) {
    .board { grid-auto-flow: row; grid-auto-columns: auto; grid-template-columns: minmax(0, 1fr); overflow-x: visible; }
    .toolbar { align-items: stretch; }
    .toolbar label { flex: 1 1 100%; }
    .toolbar select { width: 100%; }
  }

  @media print {
    :host { background: #fff; }
    .root { color: #000; font-size: 9pt; }
    .toolbar, .suggestions, .card-actions, .handle, .add, .toast, .move-menu, form, .message, .notes, .sync, button { display: none; }
    .board { display: flex; overflow: visible; gap: 4pt; }
    .column { flex: 1 1 0; background: #fff; border: 1px solid #000; padding: 3pt; break-inside: avoid; }
    .card { border: 1px solid #000; background: #fff; padding: 2pt 3pt; break-inside: avoid; box-shadow: none; }
    .overdue, .warning, .count { color: #000; }
    .budget { border: 1px solid #000; }
    ul.cards { min-height: 0; }
    ul.cards > li { margin-bottom: 2pt; }
  }
  @media (prefers-reduced-motion: reduce) { *, *::before, *::after { transition: none; animation: none; } }
`];
