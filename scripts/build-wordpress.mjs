// Builds the WordPress plugin from wordpress/gender-in-practice/ and the package's build:
//   dist/wordpress/gender-in-practice/           the plugin folder, ready to copy into wp-content/plugins
//   dist/wordpress/gender-in-practice.zip        the same, for Plugins › Add New › Upload
// It adds the CDN scripts (assets/gender-in-practice.min.js, one per element, the round add-on),
// assets/default-assessment.json
// (the core's default assessment), so the plugin never loads anything from another site, and
// assets/protocol.json (src/core/protocol-data.ts: the protocol's version, limits and messages),
// which the plugin's PHP reads instead of keeping its own copies.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const root = fileURLToPath(new URL('..', import.meta.url));
const source = join(root, 'wordpress', 'gender-in-practice');
const out = join(root, 'dist', 'wordpress');
const plugin = join(out, 'gender-in-practice');

const bundle = join(root, 'dist', 'cdn', 'gender-in-practice.min.js');
const { defaultAssessment } = await import(join(root, 'dist', 'core', 'index.js'));
const { PROTOCOL_VERSION, PROTOCOL_LIMITS, VALIDATION_MESSAGES, SERVER_MESSAGES } = await import(join(root, 'dist', 'core', 'protocol-data.js'));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync(source, plugin, { recursive: true });
mkdirSync(join(plugin, 'assets'), { recursive: true });
cpSync(bundle, join(plugin, 'assets', 'gender-in-practice.min.js'));
// One script per element and the round add-on: the plugin enqueues only what a page's shortcodes need.
for (const name of ['ge-survey', 'socratic-wheel', 'action-plan-board', 'gender-in-practice-round']) {
  cpSync(join(root, 'dist', 'cdn', `${name}.min.js`), join(plugin, 'assets', `${name}.min.js`));
}
writeFileSync(join(plugin, 'assets', 'default-assessment.json'), `${JSON.stringify(defaultAssessment, null, 2)}\n`);
const protocol = { protocol: PROTOCOL_VERSION, limits: PROTOCOL_LIMITS, messages: { validation: VALIDATION_MESSAGES, server: SERVER_MESSAGES } };
writeFileSync(join(plugin, 'assets', 'protocol.json'), `${JSON.stringify(protocol, null, 1)}\n`);

// The plugin's header and readme carry the package's version, so a site shows what it runs.
const main = join(plugin, 'gender-in-practice.php');
const header = readFileSync(main, 'utf8');
if (!/^ \* Version: /m.test(header)) throw new Error('gender-in-practice.php has no " * Version:" header line');
writeFileSync(main, header.replace(/^( \* Version: ).*$/m, `$1${version}`).replace(/(define\(\s*'GIP_VERSION',\s*')[^']*(')/, `$1${version}$2`));

const files = {};
(function walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else files[relative(out, path).split('\\').join('/')] = readFileSync(path);
  }
})(plugin);
writeFileSync(join(out, 'gender-in-practice.zip'), zipSync(files, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') }));
console.log(`wordpress: ${Object.keys(files).length} files in dist/wordpress/gender-in-practice (+ .zip)`);
