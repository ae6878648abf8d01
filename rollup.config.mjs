// The self-contained CDN scripts, built from tsc's output in dist/ (each one idempotent: loading it
// twice defines or registers nothing twice):
// - gender-in-practice.min.js (+ .esm.min.js): the three elements, the round add-on, and the core as
//   `window.GenderInPractice`, for those who want one file;
// - ge-survey.min.js, socratic-wheel.min.js, action-plan-board.min.js: one element each, no server code;
// - gender-in-practice-elements.min.js: the three elements, no server code (one Lit, one core);
// - gender-in-practice-round.min.js: the round add-on alone (docs/PROTOCOL.md), beside elements' scripts.
// No template minifier: @lit-labs/rollup-plugin-minify-html-literals broke the wheel's SVG
// templates (self-closing <circle/>, <line/>) for 0.3 kB; test/browser/cdn.test.ts guards the drawing.
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { litLiterals } from './scripts/rollup-literals.mjs';

const plugins = () => [resolve(), litLiterals(), // wrap_iife: V8 compiles a parenthesised function in the background, off the page's main thread.
  terser({ format: { comments: false, wrap_iife: true, wrap_func_args: true }, compress: { passes: 3 } })];
// tsc's decorator helper reads `this` at module scope; harmless.
const onwarn = (w, warn) => { if (w.code !== 'THIS_IS_UNDEFINED') warn(w); };
const single = (entry, file) => ({
  input: `dist/bundles/${entry}.js`,
  output: { file: `dist/cdn/${file}`, format: 'iife', sourcemap: true, inlineDynamicImports: true },
  plugins: plugins(), onwarn,
});

export default [
  {
    input: 'dist/bundles/all.js',
    output: [
      { file: 'dist/cdn/gender-in-practice.min.js', format: 'iife', name: 'GenderInPractice', sourcemap: true, inlineDynamicImports: true },
      { file: 'dist/cdn/gender-in-practice.esm.min.js', format: 'esm', sourcemap: true, inlineDynamicImports: true },
    ],
    plugins: plugins(), onwarn,
  },
  single('ge-survey', 'ge-survey.min.js'),
  single('socratic-wheel', 'socratic-wheel.min.js'),
  single('action-plan-board', 'action-plan-board.min.js'),
  single('elements', 'gender-in-practice-elements.min.js'),
  single('round', 'gender-in-practice-round.min.js'),
];
