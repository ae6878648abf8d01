// Typography set on an element's own root(s) inside its shadow tree. A page's `* { … !important }`
// reaches our host element and beats `:host`, and inherited properties flow into the shadow tree;
// set on the inner roots, they cannot. Sizes in the elements are `em` of `--ge-font-size`, never
// `rem` (a theme's `html { font-size: 62.5% }` would shrink them).
import { css, unsafeCSS, type CSSResult } from 'lit';

/** `roots`: a selector of our own (never user input); `color`: a CSS value with its `--ge-*` default. */
export function ownTypography(roots: string, lineHeight: number, color: string): CSSResult {
  return css`
    ${unsafeCSS(roots)} {
      font-family: var(--ge-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
      font-size: var(--ge-font-size, 16px);
      font-style: normal;
      font-weight: 400;
      font-variant: normal;
      font-stretch: normal;
      line-height: ${lineHeight};
      color: ${unsafeCSS(color)};
      letter-spacing: normal;
      word-spacing: normal;
      text-transform: none;
      text-align: start;
      text-indent: 0;
      text-shadow: none;
      white-space: normal;
    }
    *, *::before, *::after { box-sizing: border-box; }
  `;
}
