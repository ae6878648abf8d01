// Typography set on an element's own root(s) inside its shadow tree. A page's `* { … !important }`
// reaches our host element and beats `:host`, and inherited properties flow into the shadow tree;
// set on the inner roots, they cannot. Sizes in the elements are `em` of `--ge-font-size`, never
// `rem` (a theme's `html { font-size: 62.5% }` would shrink them). The font and its size are the shared
// defaults that the host rule declares (`sharedTokens`, internal/tokens.ts).
import { css, unsafeCSS, type CSSResult } from 'lit';

/** `roots`: a selector of our own (never user input); `color`: a CSS value (`var(--_text)`, or a `--ge-*` with its default). */
export function ownTypography(roots: string, lineHeight: number, color: string): CSSResult {
  return css`
    ${unsafeCSS(roots)} {
      font-family: var(--_font);
      font-size: var(--_base);
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
