// Size budgets of the CDN scripts (bytes do not jitter, so these are tests, unlike timings). Each
// ceiling is a ratchet at the measured size: lower it whenever a script shrinks. The goal of the
// issue that set it is printed beside it; the bench (`npm run bench -- --only size`) reports the
// same figures as ratios against the anchors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const CDN = new URL('../../dist/cdn/', import.meta.url);
const gzip = (file: string): number => gzipSync(readFileSync(new URL(file, CDN)), { level: 9 }).length;

/** The files an entry of dist/cdn/esm/ loads first (its static imports), from the build's manifest. */
function esmFirstLoad(entry: string): string[] {
  const manifest = JSON.parse(readFileSync(new URL('esm/manifest.json', CDN), 'utf8')) as { entries: Record<string, { initial: string[] }> };
  const files = manifest.entries[entry]?.initial;
  assert.ok(files?.length, `dist/cdn/esm/manifest.json lists ${entry}`);
  return files.map((f) => `esm/${f}`);
}

interface Budget {
  script: string;
  files: () => string[];
  /** Ceiling in bytes gzip -9 (each file compressed on its own, as served), at the measured size. */
  ceiling: number;
  goal: string;
  why?: string;
}

/*
 * History of the all-in-one ceiling: 84 kB, then 95 kB with the round protocol (issue 8), 103.1 kB
 * with releases and invitation codes (issue 12). The views issue (15) split the round protocol into
 * an add-on and the elements into scripts of their own: the all-in-one file carries them all, plus
 * the connector registry, each element's generic connected states, one announcer and shared
 * defaults (103,215 B before it, 104,880 B after); one element's page now loads its own script instead.
 */
const BUDGETS: Budget[] = [
  { script: 'gender-in-practice.min.js', files: () => ['gender-in-practice.min.js'], ceiling: 104_900, goal: '40 kB (issue 6); use the per-element scripts' },
  { script: 'gender-in-practice.esm.min.js', files: () => ['gender-in-practice.esm.min.js'], ceiling: 104_800, goal: 'as the classic all-in-one' },
  { script: 'ge-survey.min.js', files: () => ['ge-survey.min.js'], ceiling: 35_200, goal: '≤ 32 kB (≤ 0.09× SurveyJS with its CSS)' },
  { script: 'socratic-wheel.min.js', files: () => ['socratic-wheel.min.js'], ceiling: 42_700, goal: '≤ 0.6× the minimal Chart.js radar (≈ 35 kB)' },
  { script: 'action-plan-board.min.js', files: () => ['action-plan-board.min.js'], ceiling: 44_800, goal: '≤ 35 kB' },
  { script: 'gender-in-practice-elements.min.js', files: () => ['gender-in-practice-elements.min.js'], ceiling: 88_500, goal: '≤ 75 kB' },
  { script: 'gender-in-practice-round.min.js', files: () => ['gender-in-practice-round.min.js'], ceiling: 18_000, goal: '≤ 12 kB' },
  { script: 'esm/ge-survey.js (first load)', files: () => esmFirstLoad('ge-survey'), ceiling: 38_900, goal: '≤ 32 kB' },
  { script: 'esm/socratic-wheel.js (first load)', files: () => esmFirstLoad('socratic-wheel'), ceiling: 46_700, goal: '≤ 35 kB' },
  { script: 'esm/action-plan-board.js (first load)', files: () => esmFirstLoad('action-plan-board'), ceiling: 38_300, goal: '≤ 35 kB',
    why: 'the practice library (10.9 kB) is a chunk loaded after the first render' },
  { script: 'esm/gender-in-practice-elements.js (first load)', files: () => esmFirstLoad('gender-in-practice-elements'), ceiling: 85_500, goal: '≤ 75 kB' },
  { script: 'esm/gender-in-practice-round.js (first load)', files: () => esmFirstLoad('gender-in-practice-round'), ceiling: 23_200, goal: '≤ 12 kB',
    why: 'beside an element of esm/, most of these chunks are already loaded' },
];

for (const b of BUDGETS) {
  test(`${b.script} stays under ${b.ceiling} B gzip`, (t) => {
    const files = b.files();
    for (const f of files) assert.ok(existsSync(new URL(f, CDN)), `dist/cdn/${f} is built (npm run build)`);
    const size = files.reduce((sum, f) => sum + gzip(f), 0);
    t.diagnostic(`${b.script}: ${size} B gzip in ${files.length} file(s); ceiling ${b.ceiling} B; goal ${b.goal}${b.why ? ` (${b.why})` : ''}`);
    assert.ok(size <= b.ceiling, `${b.script} is ${size} B gzip, over its ${b.ceiling} B ceiling`);
  });
}

test('the board\'s practice library is a chunk of its own in esm/, loaded later, not with the board', () => {
  const manifest = JSON.parse(readFileSync(new URL('esm/manifest.json', CDN), 'utf8')) as { entries: Record<string, { initial: string[]; later: string[] }> };
  const board = manifest.entries['action-plan-board'];
  assert.equal(board.later.length, 1, 'one chunk later');
  const later = readFileSync(new URL(`esm/${board.later[0]}`, CDN), 'utf8');
  assert.match(later, /pw-management-shared-actions/, 'the later chunk holds the practices');
  for (const f of board.initial) assert.doesNotMatch(readFileSync(new URL(`esm/${f}`, CDN), 'utf8'), /pw-management-shared-actions/, `${f} does not`);
  assert.deepEqual(manifest.entries['ge-survey'].later, [], 'the survey loads nothing later');
});

test('no per-element script carries the round protocol', () => {
  // The round add-on's own strings: a request header, its outbox's storage prefix.
  const serverOnly = /X-WP-Nonce|If-Match/;
  for (const f of ['ge-survey.min.js', 'socratic-wheel.min.js', 'action-plan-board.min.js', 'gender-in-practice-elements.min.js']) {
    assert.doesNotMatch(readFileSync(new URL(f, CDN), 'utf8'), serverOnly, f);
  }
  assert.match(readFileSync(new URL('gender-in-practice-round.min.js', CDN), 'utf8'), serverOnly);
  assert.match(readFileSync(new URL('gender-in-practice.min.js', CDN), 'utf8'), serverOnly);
});
