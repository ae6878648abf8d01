// The board's look: every colour and size a --ge-* custom property; one clean black-and-white page in print.
import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    font-family: var(--ge-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    color: var(--ge-text-color, #1f2933);
    background: var(--ge-background, transparent);
    --_border: var(--ge-border-color, #9aa5b1);
    --_focus: var(--ge-focus-color, #1d4ed8);
    --_warn: var(--ge-warning-color, #9a3412);
    --_error: var(--ge-error-color, #b91c1c);
    --_card-bg: var(--ge-card-background, #fff);
    --_column-bg: var(--ge-column-background, #f1f4f8);
    --_radius: var(--ge-radius, 6px);
    --_gap: var(--ge-gap, 0.75rem);
  }
  :host([hidden]) { display: none; }
  *, *::before, *::after { box-sizing: border-box; }
  h2, h3 { margin: 0; }
  h2 { font-size: 1rem; }
  h3 { font-size: 0.95rem; font-weight: 600; overflow-wrap: anywhere; }
  button, select, input, textarea { font: inherit; }
  button {
    border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_card-bg);
    color: inherit; padding: 0.2rem 0.55rem; cursor: pointer; min-height: 24px; min-width: 24px;
  }
  button:focus-visible, select:focus-visible, input:focus-visible, textarea:focus-visible {
    outline: 3px solid var(--_focus); outline-offset: 2px;
  }
  .sr-only {
    position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
    clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0;
  }
  .toolbar, .panels { display: flex; flex-wrap: wrap; gap: var(--_gap); align-items: end; margin-bottom: var(--_gap); }
  .toolbar label { display: flex; flex-direction: column; font-size: 0.85rem; gap: 0.15rem; }
  .message, .notes { margin: 0 0 var(--_gap); padding: 0.5rem 0.75rem; border-left: 4px solid var(--_warn); background: var(--ge-note-background, #fff7ed); }
  .message:empty { display: none; }
  .notes ul { margin: 0.25rem 0 0; padding-left: 1.2rem; }
  .suggestions, .budget {
    flex: 1 1 18rem; border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0.5rem 0.75rem;
  }
  .suggestions ul, .budget ul { list-style: none; margin: 0.4rem 0 0; padding: 0; }
  .suggestions li { display: flex; gap: 0.5rem; justify-content: space-between; align-items: start; padding: 0.3rem 0; border-top: 1px solid var(--_column-bg); }
  .suggestions .what { display: flex; flex-direction: column; font-size: 0.9rem; }
  .suggestions .meta, .hint { color: var(--ge-muted-color, #52606d); font-size: 0.8rem; }
  [aria-disabled='true'] { opacity: 0.7; cursor: default; }
  .warning { color: var(--_warn); font-weight: 600; margin: 0.25rem 0 0; }
  .warning:empty { display: none; }
  .board { display: grid; grid-auto-flow: column; grid-auto-columns: minmax(14rem, 1fr); gap: var(--_gap); overflow-x: auto; align-items: start; }
  .column { background: var(--_column-bg); border-radius: var(--_radius); padding: 0.5rem; min-width: 0; }
  .column.unsorted { border: 2px dashed var(--_warn); }
  .column-head { display: flex; flex-wrap: wrap; gap: 0.25rem 0.5rem; align-items: baseline; margin-bottom: 0.4rem; }
  .count { font-size: 0.8rem; color: var(--ge-muted-color, #52606d); }
  ul.cards { list-style: none; margin: 0; padding: 0; min-height: 2.5rem; display: flex; flex-direction: column; gap: 0.4rem; }
  .card {
    background: var(--_card-bg); border: 1px solid var(--_border); border-radius: var(--_radius);
    padding: 0.4rem 0.5rem; position: relative;
  }
  .card.picked { outline: 3px dashed var(--_focus); outline-offset: 1px; }
  .card[data-dragging] { opacity: 0.85; z-index: 2; box-shadow: 0 6px 18px rgb(0 0 0 / 0.25); pointer-events: none; }
  .card[data-drop='before']::before, ul.cards[data-drop='end']::after {
    content: ''; display: block; height: 0.35rem; border-radius: 3px; background: var(--_focus);
  }
  .card[data-drop='before']::before { position: absolute; left: 0; right: 0; top: calc(-0.2rem - 2px); }
  .card-head { display: flex; gap: 0.4rem; align-items: start; }
  .handle { cursor: grab; touch-action: none; padding: 0 0.3rem; line-height: 1.4; flex: none; }
  .card .title { flex: 1; margin-top: 0.1rem; }
  .meta { margin: 0.3rem 0 0; font-size: 0.85rem; display: grid; grid-template-columns: auto 1fr; gap: 0 0.5rem; }
  .meta dt { color: var(--ge-muted-color, #52606d); }
  .meta dd { margin: 0; overflow-wrap: anywhere; }
  .overdue { color: var(--_error); font-weight: 700; }
  .unknown { font-style: italic; }
  .card-actions { display: flex; flex-wrap: wrap; gap: 0.3rem; margin-top: 0.4rem; }
  .move-menu { margin-top: 0.4rem; display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: end; padding: 0.4rem; border: 1px solid var(--_border); border-radius: var(--_radius); }
  .move-menu label, form label { display: flex; flex-direction: column; font-size: 0.85rem; gap: 0.1rem; }
  form.card-form { display: flex; flex-direction: column; gap: 0.4rem; background: var(--_card-bg); border: 2px solid var(--_focus); border-radius: var(--_radius); padding: 0.5rem; margin-top: 0.4rem; }
  form.card-form input, form.card-form select, form.card-form textarea { width: 100%; padding: 0.2rem; border: 1px solid var(--_border); border-radius: 4px; }
  form.card-form [aria-invalid='true'] { border: 2px solid var(--_error); }
  .error { color: var(--_error); font-size: 0.85rem; margin: 0; }
  .form-buttons { display: flex; gap: 0.4rem; }
  .add { margin-top: 0.4rem; width: 100%; }
  .toast { display: flex; gap: 0.5rem; align-items: center; margin: 0 0 var(--_gap); }
  .toast:empty { display: none; }

  @media print {
    :host { color: #000; background: #fff; font-size: 9pt; }
    .toolbar, .suggestions, .card-actions, .handle, .add, .toast, .move-menu, form, .message, .notes, button { display: none; }
    .board { display: flex; overflow: visible; gap: 4pt; }
    .column { flex: 1 1 0; background: #fff; border: 1px solid #000; padding: 3pt; break-inside: avoid; }
    .card { border: 1px solid #000; background: #fff; padding: 2pt 3pt; break-inside: avoid; box-shadow: none; }
    .overdue, .warning, .count { color: #000; }
    .budget { border: 1px solid #000; }
    ul.cards { gap: 2pt; min-height: 0; }
  }
  @media (prefers-reduced-motion: reduce) { * { transition: none; } }
`;
