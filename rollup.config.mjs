// The self-contained CDN scripts, built from tsc's output in dist/ (each one idempotent: loading it
// twice defines or registers nothing twice):
// - gender-in-practice.min.js (+ .esm.min.js): the three elements, the round add-on, and the core as
//   `window.GenderInPractice`, for those who want one file;
// - ge-survey.min.js, socratic-wheel.min.js, action-plan-board.min.js: one element each, no server code;
// - gender-in-practice-elements.min.js: the three elements, no server code (one Lit, one core);
// - gender-in-practice-round.min.js: the round add-on alone (docs/PROTOCOL.md), beside elements' scripts.
// And the same entries as ES modules in dist/cdn/esm/ (`<script type="module">`), which share their
// chunks (one Lit and one core for a page with several of them) and load the board's practice library
// as a chunk of its own after the board's first render. esm/manifest.json lists each entry's files.
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

/** Writes manifest.json beside the chunks: each entry's static imports (loaded with it) and dynamic ones (later). */
const manifest = () => ({
  name: 'manifest',
  generateBundle(_, bundle) {
    const entries = {};
    const files = (name, seen = new Set()) => {
      if (seen.has(name)) return seen;
      seen.add(name);
      for (const dep of bundle[name].imports) files(dep, seen);
      return seen;
    };
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
      const initial = [...files(chunk.fileName)];
      const later = new Set(initial.flatMap((f) => bundle[f].dynamicImports).filter((f) => !initial.includes(f)));
      for (const f of [...later]) for (const dep of files(f)) if (!initial.includes(dep)) later.add(dep);
      entries[chunk.name] = { initial, later: [...later] };
    }
    this.emitFile({ type: 'asset', fileName: 'manifest.json', source: `${JSON.stringify({ entries }, null, 1)}\n` });
  },
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
  {
    input: {
      'ge-survey': 'dist/ge-survey/ge-survey.js',
      'socratic-wheel': 'dist/socratic-wheel/socratic-wheel.js',
      'action-plan-board': 'dist/action-plan-board/action-plan-board.js',
      'gender-in-practice-elements': 'dist/bundles/elements-esm.js',
      'gender-in-practice-round': 'dist/bundles/round.js',
    },
    output: { dir: 'dist/cdn/esm', format: 'esm', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/[hash].js' },
    plugins: [...plugins(), manifest()], onwarn,
  },
];
