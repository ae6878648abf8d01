// Size budget of the CDN bundle (bytes do not jitter, so this is a test, unlike timings).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

/**
 * The ceiling the CDN bundle (three elements, Lit, d3-array's ticks, the core and its bilingual content)
 * must stay under, gzip -9. It is a ratchet: lower it whenever the bundle shrinks. The goal of the
 * benchmark issue is 40 kB; the bilingual default assessment, practice library and messages
 * alone take about 26 kB gzip, so the figure and the gap are reported by `npm run bench -- --only size`
 * and in the README. Raised from 84 kB to 95 kB by the round protocol (issue 8: the elements' server
 * mode, its outbox and sync controllers, the payload readers and their bilingual texts: +13 kB
 * gzip); splitting server mode into an add-on script is the way back down. Raised to 103.1 kB by
 * the confidentiality issue (12): the core's releases took the bundle to 96,420 B, and the elements'
 * side (drawing and reading releases, making one, invitation codes, the "sent" marker, their
 * bilingual texts) to 102,608 B, and one source for the protocol's limits (plans without non-finite numbers) to 102,978 B, and a warning not to log out while answers wait to be sent to 103,027 B; the round add-on script of a later issue takes these out again.
 * Raised to 104.5 kB by the views issue (15), survey part: the connector registry and its
 * controller (103,215 B before this step, already over 103,100), and the survey as a view, whose
 * round connection (src/round/survey.ts) now hands its states to the element through `connected`
 * instead of calling host methods (+1,253 B, the missing add-on's message included). The all-in-one
 * bundle carries both sides; a page with the survey alone no longer carries the server code (its
 * own bundle, through dist/ge-survey/ge-survey.js, goes from 39.8 to 35.9 kB gzip).
 * Merging the survey's (104.5 kB) and the wheel's (104.2 kB) branches into `views` took it to 104,834 B,
 * over both; the round's shared helpers (one request at a time, one failure classifier, one backoff),
 * the board on the shared source controller and one announcer for the board and the wheel brought
 * it to 104,826 B, where the ceiling now stands.
 */
const CEILING_GZIP = 104_826;
const GOAL_GZIP = 40_000;

test(`CDN bundle stays under ${CEILING_GZIP} bytes gzip`, (t) => {
  const code = readFileSync(new URL('../../dist/cdn/gender-in-practice.min.js', import.meta.url));
  const gzip = gzipSync(code, { level: 9 }).length;
  const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  t.diagnostic(`gender-in-practice.min.js: ${code.length} B min, ${gzip} B gzip, ${brotli} B brotli (goal ${GOAL_GZIP} B gzip)`);
  assert.ok(gzip <= CEILING_GZIP, `CDN bundle is ${gzip} B gzip, over the ${CEILING_GZIP} B ceiling`);
});
