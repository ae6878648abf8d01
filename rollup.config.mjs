// The two self-contained CDN bundles of API.md, built from tsc's output in dist/.
// No template minifier: @lit-labs/rollup-plugin-minify-html-literals broke the wheel's SVG
// templates (self-closing <circle/>, <line/>) for 0.3 kB; test/browser/cdn.test.ts guards the drawing.
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { litLiterals } from './scripts/rollup-literals.mjs';

export default {
  input: 'dist/cdn-entry.js',
  output: [
    { file: 'dist/cdn/gender-in-practice.min.js', format: 'iife', name: 'GenderInPractice', sourcemap: true, inlineDynamicImports: true },
    { file: 'dist/cdn/gender-in-practice.esm.min.js', format: 'esm', sourcemap: true, inlineDynamicImports: true },
  ],
  plugins: [resolve(), litLiterals(), // wrap_iife: V8 compiles a parenthesised function in the background, off the page's main thread.
    terser({ format: { comments: false, wrap_iife: true, wrap_func_args: true }, compress: { passes: 3 } })],
  // tsc's decorator helper reads `this` at module scope; harmless.
  onwarn(w, warn) { if (w.code !== 'THIS_IS_UNDEFINED') warn(w); },
};
