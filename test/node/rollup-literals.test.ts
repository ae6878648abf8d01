// What the CDN bundles' build takes out of Lit's literals (scripts/rollup-literals.mjs), the meaning kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyCss, unindent } from '../../scripts/rollup-literals.mjs';

test('css: comments, indentation, spaces around { } ; , and after a declaration\'s colon go; the newlines stay together where the last one was', () => {
  const css = `
  /* a comment
     on two lines */
  :host {
    display: block;
    font-family: system-ui, 'Segoe UI' , sans-serif;
  }
`;
  assert.equal(minifyCss(css), " :host{display:block;font-family: system-ui,'Segoe UI',sans-serif;}" + '\n'.repeat(7));
  assert.equal(minifyCss(css).split('\n').length, css.split('\n').length); // source maps: no code after it changes lines
});

test('css: what CSS needs is kept: strings, url(), calc()\'s spaces, a descendant combinator before a pseudo-class, @media', () => {
  assert.equal(minifyCss(".a[data-x='  {  ;  '] :focus { top: calc(-0.2em - 2px); content: \"/* not a comment */\"; }"),
    ".a[data-x='  {  ;  '] :focus{top:calc(-0.2em - 2px);content: \"/* not a comment */\";}");
  assert.equal(minifyCss('b { background: url( "a b.png" ) , rgb(0 0 0 / 0.25); }'), 'b{background: url( "a b.png" ),rgb(0 0 0 / .25);}');
  assert.equal(minifyCss('.readonly :is(.a, .b) { margin: 0 0 0.4em; }\n@media (max-width: 40em) { .x { gap: 0.5em } }'),
    '.readonly :is(.a,.b){margin:0 0 .4em;}\n@media (max-width: 40em){.x{gap:.5em}}');
  // The parts around `${roots}` in `${roots} .child {` and `width: ${n}px`: the space that separates stays.
  assert.equal(minifyCss(' .child {\n  width: '), ' .child{\n width: ');
  assert.equal(minifyCss('px;\n}'), 'px;\n}');
});

test('html`` and svg``: the indentation after a line break goes, the line break and every other space stay', () => {
  assert.equal(unindent('<div class="root">\n      <p>  a  b </p>\n\t\t<svg viewBox="0 0 1 1"></svg>\n    '), '<div class="root">\n<p>  a  b </p>\n<svg viewBox="0 0 1 1"></svg>\n');
});
