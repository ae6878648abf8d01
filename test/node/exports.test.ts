// The built package as Node users import it: entry points through the exports map, core with no DOM.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const dist = new URL('../../dist/', import.meta.url).pathname;
type Core = typeof import('../../src/core/index.js');
/** Imports a bare specifier at run time (typecheck runs before the build, so dist/ may not exist yet). */
const load = (specifier: string) => import(specifier) as Promise<Core>;
const coreNames = [
  'defaultAssessment', 'validateAssessment', 'validateResponse', 'scoreResponse', 'aggregateResponses',
  'rankPriorities', 'suggestActions', 'compareAssessments', 'responsesToCsv', 'responsesFromCsv',
];

test('dist/ holds ESM, declarations and both CDN bundles', () => {
  for (const f of ['index.js', 'index.d.ts', 'core/index.js', 'core/index.d.ts',
    'cdn/gender-in-practice.min.js', 'cdn/gender-in-practice.esm.min.js']) {
    assert.ok(existsSync(join(dist, f)), `dist/${f} is missing: run npm run build`);
  }
});

test('gender-in-practice/core imports in plain Node, through the exports map, with no DOM', async () => {
  assert.equal(typeof (globalThis as { document?: unknown }).document, 'undefined');
  const core = await load('gender-in-practice/core');
  for (const name of coreNames) assert.ok(name in core, `core does not export ${name}`);
  const scores = core.scoreResponse(core.defaultAssessment, {
    assessmentId: core.defaultAssessment.id, assessmentVersion: core.defaultAssessment.version,
    answers: { 'pw-1': 4, 'pw-2': 4, 'pw-3': 4 },
  });
  assert.equal(scores.dimensions['political-will'].score, 100);
});

test('the root entry re-exports the core', async () => {
  const root = await load('gender-in-practice');
  const core = await load('gender-in-practice/core');
  for (const name of coreNames) assert.equal((root as Record<string, unknown>)[name], (core as Record<string, unknown>)[name]);
});

test('the built core references neither Lit nor the DOM', () => {
  for (const f of readdirSync(join(dist, 'core')).filter((n) => n.endsWith('.js'))) {
    const code = readFileSync(join(dist, 'core', f), 'utf8');
    assert.doesNotMatch(code, /from ['"]lit|@lit\//, `${f} imports Lit`);
    assert.doesNotMatch(code, /\b(document|window|localStorage|HTMLElement)\b/, `${f} touches the DOM`);
  }
});
