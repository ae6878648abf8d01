// Builds each anchor's minimal bundle (anchors/*.js) into build/ with esbuild: minified IIFE, no
// legal comments (as our own rollup+terser build). `node build-anchors.mjs [--force]`; run.mjs calls it.
import { build } from 'esbuild';
import { readdirSync, statSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, basename } from 'node:path';

const here = fileURLToPath(new URL('.', import.meta.url));
export const anchorsDir = join(here, 'anchors');
export const buildDir = join(here, 'build');

/** The anchors: one entry file each, bundled to build/<name>.min.js (and .min.css when it imports CSS). */
export function anchorEntries() {
  return readdirSync(anchorsDir).filter((f) => f.endsWith('.js')).map((f) => basename(f, '.js'));
}

function mtime(p) {
  return existsSync(p) ? statSync(p).mtimeMs : 0;
}

/** Builds the anchors whose bundle is missing or older than its entry or the lockfile; returns the names built. */
export async function buildAnchors({ force = false, log = console.log } = {}) {
  const lock = mtime(join(here, 'package-lock.json'));
  const built = [];
  for (const name of anchorEntries()) {
    const entry = join(anchorsDir, name + '.js');
    const out = join(buildDir, name + '.min.js');
    if (!force && mtime(out) > Math.max(mtime(entry), lock)) continue;
    await build({
      entryPoints: [entry],
      outfile: out,
      bundle: true,
      minify: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2020',
      legalComments: 'none',
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'error',
    });
    built.push(name);
  }
  if (built.length) log(`bench: built anchors ${built.join(', ')} into build/`);
  return built;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildAnchors({ force: process.argv.includes('--force') });
}
