// The one table of the `--ge-*` custom properties that more than one element reads, with their
// defaults: each element's `styles` start with `sharedTokens`, a `:host` rule that reads every shared
// `--ge-*` property once into a private `--_*` one, which the element's rules (and
// internal/typography.ts) use; keyboard focus is `outline: var(--_focus-ring); outline-offset:
// var(--_focus-offset)` everywhere. An element's own properties (the survey's accent, the wheel's
// rings, the board's columns…) stay in its styles.
//
// Where the elements' defaults differed, the one with the better contrast on white was kept:
// focus #1d4ed8 (6.7:1; the survey's #c45c00 was 4.3:1; a focus indicator needs 3:1, WCAG 1.4.11),
// text #1d1d1f (16.8:1), muted text #4a4f57 (8.2:1), borders #8a8f98 (3.3:1, so that a control's
// edge meets 3:1; the board's #9aa5b1 was 2.5:1), errors #b3261e (6.5:1).
import { css } from 'lit';

export const sharedTokens = css`
  :host {
    background: var(--ge-background, transparent);
    --_font: var(--ge-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    --_base: var(--ge-font-size, 16px);
    --_text: var(--ge-text-color, #1d1d1f);
    --_muted: var(--ge-muted-color, #4a4f57);
    --_border: var(--ge-border-color, #8a8f98);
    --_error: var(--ge-error-color, #b3261e);
    --_focus: var(--ge-focus-color, #1d4ed8);
    --_focus-ring: 3px solid var(--_focus);
    --_focus-offset: 2px;
    --_radius: var(--ge-radius, 6px);
  }
`;
