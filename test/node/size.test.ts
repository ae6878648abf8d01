// Size budget of the CDN bundle (bytes do not jitter, so this is a test, unlike timings).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

/** The whole CDN bundle (three elements, Lit and d3 included) stays under 40 kB gzip. */
const BUDGET_GZIP = 40_000;

test(`CDN bundle stays under ${BUDGET_GZIP} bytes gzip`, (t) => {
  const code = readFileSync(new URL('../../dist/cdn/gender-in-practice.min.js', import.meta.url));
  const gzip = gzipSync(code, { level: 9 }).length;
  const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  t.diagnostic(`gender-in-practice.min.js: ${code.length} B min, ${gzip} B gzip, ${brotli} B brotli`);
  assert.ok(gzip <= BUDGET_GZIP, `CDN bundle is ${gzip} B gzip, over the ${BUDGET_GZIP} B budget`);
});
