// Elements are views: the lint refuses an element file that imports the round connection (type imports aside).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

test('an element file that imports the round connection fails the lint; a type import, or a file outside the elements, does not', async () => {
  for (const element of ['ge-survey', 'socratic-wheel', 'action-plan-board']) {
    const found = await problems(`src/${element}/x.ts`, "import { roundConnections } from '../round/connections.js';\nexport const x = roundConnections;\n");
    assert.ok(found.some((m) => m.includes('Elements are views')), `${element}: ${found.join('; ')}`);
  }
  assert.deepEqual(await problems('src/ge-survey/x.ts', "import type { Connector } from '../round/types.js';\nexport type X = Connector;\n"), []);
  assert.deepEqual(await problems('src/round/x.ts', "import { roundConnections } from './connections.js';\nexport const x = roundConnections;\n"), []);
});

test('no element file imports the server code (round/remote, round/sync), not even a type', () => {
  const root = new URL('../../src/', import.meta.url).pathname;
  for (const element of ['ge-survey', 'socratic-wheel', 'action-plan-board']) {
    const files = readdirSync(join(root, element), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    assert.ok(files.length > 0, element);
    for (const file of files) {
      const code = readFileSync(join(root, element, file), 'utf8');
      const found = [...code.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]*\/(?:round|internal)\/(?:remote|sync)(?:\.js)?)['"]/g)].map((m) => m[1]);
      assert.deepEqual(found, [], `${element}/${file}`);
    }
  }
});
