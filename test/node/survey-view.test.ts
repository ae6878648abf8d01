// The built survey entry (`gender-in-practice/ge-survey`) as a bundler sees it: every module it
// imports, followed from dist/ge-survey/ge-survey.js, and none of them the round connection or server code
// (the same for the wheel's and the board's entries).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const dist = new URL('../../dist/', import.meta.url).pathname;

/** The relative modules `file` imports (static `import`/`export … from`, side-effect imports, dynamic `import()`). */
function importsOf(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const specifiers = [...code.matchAll(/(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm)]
    .map((m) => m[1] ?? m[2] ?? m[3]);
  return specifiers.filter((s) => s.startsWith('.')).map((s) => resolve(dirname(file), s));
}

/** Every module reachable from `entry`, as paths under dist/. */
function graph(entry: string): string[] {
  const seen = new Set<string>();
  const todo = [join(dist, entry)];
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    assert.ok(existsSync(file), `${relative(dist, file)} is imported but missing: run npm run build`);
    seen.add(file);
    todo.push(...importsOf(file));
  }
  return [...seen].map((f) => relative(dist, f)).sort();
}

test('no element entry imports the round add-on (round/), nor its server code (round/remote, round/sync)', () => {
  for (const element of ['ge-survey', 'socratic-wheel', 'action-plan-board']) {
    const modules = graph(`${element}/${element}.js`);
    assert.ok(modules.includes(`${element}/${element}.component.js`) && modules.includes('internal/connection.js'), modules.join(', '));
    assert.deepEqual(modules.filter((m) => m.startsWith('round/')), [], element);
  }
  // The server code lives in the add-on, not beside what the elements share.
  assert.ok(graph('round/index.js').includes('round/remote.js') && graph('round/index.js').includes('round/sync.js'));
  assert.ok(!existsSync(join(dist, 'internal/remote.js')) && !existsSync(join(dist, 'internal/sync.js')));
});

test('the round add-on holds the survey\'s connection, and the all-in-one entry carries the add-on', () => {
  assert.ok(graph('round/index.js').includes('round/survey.js'));
  assert.ok(graph('index.js').includes('round/survey.js'));
  // A bundler keeps a side-effect module only when package.json says it has side effects.
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { sideEffects: string[] };
  // An entry may be a glob (`./dist/round/*.js`: every element's connection), as bundlers read it.
  const listed = (path: string) => pkg.sideEffects.some((p) => new RegExp(`^${p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`).test(path));
  assert.ok(listed('./dist/round/survey.js'), 'package.json#sideEffects lists ./dist/round/survey.js');
  assert.ok(!listed('./dist/core/index.js'), 'and not the core');
});
