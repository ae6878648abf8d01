// The survey's styles: every colour and size a --ge-* custom property, 44 px targets, visible focus, clean print.
import { css } from 'lit';
import { ownTypography } from '../internal/typography.js';
import { sharedTokens } from '../internal/tokens.js';

// Typography lives on every root the element renders (the survey, the review, the definition's errors, the
// loading line, the status and the code form; see internal/typography.ts): sizes in em or px, never rem.
// (Comments stay out of the css`` templates, which ship as they are.)
export const styles = [sharedTokens, ownTypography('.survey, .problems, .loading, .round-status, .round-actions, .code-form', 1.5, 'var(--_text)'), css`
  :host {
    display: block;
    box-sizing: border-box;
    max-width: 100%;
    --_space: var(--ge-spacing, var(--_base));
    --_accent: var(--ge-accent-color, #1f5fa8);
    --_target: var(--ge-target-size, 44px);
  }
  :host([hidden]) { display: none; }
  h2, h3 { line-height: 1.25; overflow-wrap: anywhere; }
  h3 { margin: calc(var(--_space) * 1.5) 0 calc(var(--_space) / 2); }
  h3:focus, h2:focus { outline: none; }
  h3:focus-visible, h2:focus-visible { outline: var(--_focus-ring); outline-offset: var(--_focus-offset); }
  p, legend, dt, dd, li, label, code { overflow-wrap: anywhere; }
  .step { display: block; font-size: 0.8em; font-weight: normal; color: var(--_muted); }
  .note, .help, .description, .count { color: var(--_muted); }
  .help { margin: 0 0 calc(var(--_space) / 2); font-size: 0.95em; }

  .progress { display: grid; gap: 0.25em; margin: var(--_space) 0; }
  progress { width: 100%; height: 0.75em; accent-color: var(--_accent); }

  nav ol { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5em; }
  nav button { display: grid; text-align: start; min-height: var(--_target); }
  nav button[aria-current] { border-width: 3px; border-color: var(--_accent); }
  nav button.done .count::before { content: '✓ '; }

  form, fieldset.contents { margin: 0; padding: 0; border: 0; min-width: 0; }
  /* On one page, a section after the first is not laid out until it comes near the screen (a survey of 60 questions
     lays out its first screen only); it stays in the accessibility tree, in find-in-page and in the tab order. A page
     of one section (the paged layout) lays it out at once, where the host page put it. */
  .section + .section { content-visibility: auto; contain-intrinsic-size: auto 60em; }
  fieldset.question {
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) * 0.75);
    min-width: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--ge-surface, transparent);
  }
  legend { padding: 0 0.25em; font-weight: 600; max-width: 100%; white-space: normal; }
  .req { color: var(--_error); }
  .scale, .apart { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 9em), 1fr)); gap: 0.375em; }
  .apart { margin-top: 0.5em; padding-top: 0.5em; border-top: 1px dashed var(--_border); }
  .option {
    display: flex; align-items: center; gap: 0.5em;
    min-height: var(--_target); padding: 0.25em 0.5em;
    border: 1px solid var(--_border); border-radius: var(--_radius); cursor: pointer;
  }
  .option input { font: inherit; width: 1.25em; height: 1.25em; margin: 0; flex: none; accent-color: var(--_accent); }
  .option:has(input:checked) { border-color: var(--_accent); box-shadow: inset 0 0 0 1px var(--_accent); }
  .option:has(input:focus-visible) { outline: var(--_focus-ring); outline-offset: var(--_focus-offset); }
  .error { color: var(--_error); font-weight: 600; margin: 0 0 0.5em; }
  fieldset.question:has(.error) { border-color: var(--_error); border-width: 2px; }

  button, .file {
    font: inherit; min-height: var(--_target); min-width: var(--_target); padding: 0.5em 1em;
    border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--ge-surface, #fff); color: inherit; cursor: pointer;
  }
  button.primary { background: var(--_accent); border-color: var(--_accent); color: var(--ge-accent-contrast, #fff); font-weight: 600; }
  button.link { border: 0; background: none; padding: 0.5em 0; text-decoration: underline; color: var(--_accent); margin-top: 0.25em; }
  button:focus-visible, a:focus-visible, textarea:focus-visible, summary:focus-visible, input[type='file']:focus-visible {
    outline: var(--_focus-ring); outline-offset: var(--_focus-offset);
  }
  button:disabled { cursor: not-allowed; opacity: 0.6; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.75em; justify-content: space-between; margin: var(--_space) 0; }
  .actions .primary { margin-inline-start: auto; }
  .comment { display: grid; gap: 0.25em; margin-top: 0.5em; }
  textarea { font: inherit; width: 100%; min-height: 5em; padding: 0.5em; border: 1px solid var(--_border); border-radius: var(--_radius); }

  .error-summary, .problems { border: 3px solid var(--_error); border-radius: var(--_radius); padding: var(--_space); margin: var(--_space) 0; }
  .error-summary h3, .problems h2 { margin-top: 0; color: var(--_error); }
  .error-summary a { color: var(--_error); font-weight: 600; display: inline-block; min-height: var(--_target); padding: 0.5em 0; }
  .notices:empty, .round-status:empty { display: none; }
  .round-actions { margin: var(--_space) 0; }
  .code-form { display: grid; gap: 0.25em; max-width: 24em; margin: var(--_space) 0; }
  .code-form label { font-weight: 600; }
  .code-form .help, .code-form .error { margin: 0; }
  .code-form input {
    font: inherit; min-height: var(--_target); padding: 0.25em 0.5em; letter-spacing: 0.08em; text-transform: uppercase;
    border: 1px solid var(--_border); border-radius: var(--_radius);
  }
  .code-form input[aria-invalid='true'] { border: 2px solid var(--_error); }
  .code-form input:focus-visible { outline: var(--_focus-ring); outline-offset: var(--_focus-offset); }
  .error-summary code { font-size: 0.9em; }
  .notice { border-inline-start: 4px solid var(--_accent); padding: 0.5em 0.75em; margin: 0.5em 0; background: var(--ge-surface, transparent); }
  .transfer { margin: var(--_space) 0; }
  .transfer summary { min-height: var(--_target); display: flex; align-items: center; cursor: pointer; }
  .transfer > button, .file { display: inline-flex; align-items: center; gap: 0.5em; flex-wrap: wrap; margin: 0.25em 0.5em 0.25em 0; }
  .file input { max-width: 100%; font: inherit; }
  .import-errors { color: var(--_error); }

  table { border-collapse: collapse; width: 100%; margin: var(--_space) 0; }
  th, td { text-align: start; padding: 0.5em; border-bottom: 1px solid var(--_border); overflow-wrap: anywhere; }
  td { font-variant-numeric: tabular-nums; }

  .review { margin: 0; }
  .review-item { padding: 0.5em 0; border-bottom: 1px solid var(--_border); break-inside: avoid; }
  .review dt { font-weight: 600; }
  .review dd { margin: 0.25em 0 0 var(--_space); }
  .comment-text { font-style: italic; }

  .vh { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }

  @media (prefers-reduced-motion: reduce) {
    *, *::before, *::after { transition: none; animation: none; scroll-behavior: auto; }
  }
  @media print {
    :host { background: #fff; }
    .survey, .problems, .loading, .round-status { color: #000; }
    nav, .actions, .transfer, .notices, .round-actions, button.link, progress { display: none; }
    .section { break-before: auto; }
    .section + .section { content-visibility: visible; }
    fieldset.question, .review-item { break-inside: avoid; }
  }
`];
