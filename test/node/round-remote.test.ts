// The elements' fetch client (src/round/remote.ts) with a stand-in fetch: extra headers, Retry-After.
import { afterEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { remote, retryAfterOf } from '../../src/round/remote.js';

const realFetch = globalThis.fetch;
afterEach(() => { globalThis.fetch = realFetch; });

/** Answers every request with `response`, and keeps what was asked. */
function answer(response: () => Response): { url: string; init: RequestInit }[] {
  const asked: { url: string; init: RequestInit }[] = [];
  globalThis.fetch = (async (url: string, init: RequestInit) => { asked.push({ url, init }); return response(); }) as typeof fetch;
  return asked;
}
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  () => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

describe('remote()', () => {
  it('sends extra headers (an invitation code) beside its own, which they cannot replace', async () => {
    const asked = answer(json(200, { ok: 1 }));
    const r = await remote('https://site.test/r/1', 'response', {
      method: 'PUT', body: {}, nonce: 'n1', lang: 'fr', headers: { 'X-GE-Code': 'ABCD1234', accept: 'text/html', 'X-WP-Nonce': 'forged' },
    });
    assert.ok(r.ok);
    assert.equal(asked[0].url, 'https://site.test/r/1/response');
    assert.deepEqual(asked[0].init.headers, {
      'X-GE-Code': 'ABCD1234', Accept: 'application/json', 'X-WP-Nonce': 'n1', 'Accept-Language': 'fr', 'Content-Type': 'application/json',
    });
  });

  it('reads Retry-After on a failure, in seconds or as a date', async () => {
    answer(json(429, { code: 'ge-too-many-attempts', message: 'Wait.', data: { status: 429, retryAfter: 90 } }, { 'Retry-After': '120' }));
    const r = await remote('https://site.test/r/1', '');
    assert.ok(!r.ok);
    assert.deepEqual([r.failure.code, r.failure.retryAfter, r.failure.data.retryAfter, r.failure.retryable], ['ge-too-many-attempts', 120, 90, true]);
    answer(json(403, { code: 'ge-code-invalid', message: 'No.' }));
    const invalid = await remote('https://site.test/r/1', '');
    assert.ok(!invalid.ok && invalid.failure.retryAfter === undefined && !invalid.failure.retryable);
    assert.equal(retryAfterOf('Wed, 21 Oct 2015 07:28:30 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT')), 30);
    assert.equal(retryAfterOf('soon'), undefined);
    assert.equal(retryAfterOf(null), undefined);
  });
});
