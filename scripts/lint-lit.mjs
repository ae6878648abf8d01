// `npm run lint:lit`: lit-analyzer over src/ in strict mode (bindings typed against the elements'
// properties and the DOM's, unknown tags, attributes and events, missing imports, invalid CSS).
// Exits 1 on any error or warning, but for the CSS below: lit-analyzer 2.0.3 checks CSS against the
// data of vscode-css-languageservice 4.3.0 (2020), which predates container queries, accent-color and content-visibility (with contain-intrinsic-size),
// all in every browser we support. Only these exact messages are let through, so no-invalid-css stays
// on for everything else (a typo in a property's name still fails).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const NEWER_THAN_ANALYZER_CSS = [
  "Unknown property: 'container-type'",
  'Unknown at rule @container',
  "Unknown property: 'accent-color'",
  "Unknown property: 'content-visibility'",
  "Unknown property: 'contain-intrinsic-size'",
];

const cli = fileURLToPath(new URL('../node_modules/lit-analyzer/cli.js', import.meta.url));
const args = process.argv.slice(2);
const run = spawnSync(process.execPath, [cli, ...(args.length ? args : ['src']), '--strict', '--format', 'list', '--noColor'], { encoding: 'utf8' });
const output = `${run.stdout}${run.stderr}`;
// One problem per line in the list format: "  line:col   severity   message".
const problems = output.split('\n').filter((l) => /^\s*\d+:\d+\s+(error|warning)\s/.test(l));
const left = problems.filter((l) => !NEWER_THAN_ANALYZER_CSS.some((m) => l.trimEnd().endsWith(m)));
if (run.status !== 0 || left.length > 0) {
  process.stdout.write(output);
  console.error(`lint:lit: ${left.length} problem(s) (${problems.length - left.length} known CSS the analyzer does not know yet)`);
  process.exit(1);
}
console.log(`lint:lit: no problem (${problems.length} warnings on CSS newer than the analyzer's data: ${NEWER_THAN_ANALYZER_CSS.join(', ')})`);
