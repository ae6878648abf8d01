// The round connections' fetch client (src/round/remote.ts) with a stand-in fetch: extra headers, Retry-After;
// what a failure means (classifyFailure), and how the survey's connection says it.
import { afterEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { classifyFailure, remote, retryAfterOf } from '../../src/round/remote.js';
import { sendOutcome } from '../../src/round/survey-link.js';

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
    assert.deepEqual([r.failure.code, r.failure.retryAfter, r.failure.data.retryAfter, classifyFailure(r.failure)], ['ge-too-many-attempts', 120, 90, 'offline']);
    answer(json(403, { code: 'ge-code-invalid', message: 'No.' }));
    const invalid = await remote('https://site.test/r/1', '');
    assert.ok(!invalid.ok && invalid.failure.retryAfter === undefined && classifyFailure(invalid.failure) === 'forbidden');
    assert.equal(retryAfterOf('Wed, 21 Oct 2015 07:28:30 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT')), 30);
    assert.equal(retryAfterOf('soon'), undefined);
    assert.equal(retryAfterOf(null), undefined);
  });
});

describe('classifyFailure', () => {
  it('sorts statuses and codes (PROTOCOL.md "Errors")', () => {
    const cases: Array<[number, string, string]> = [
      [0, 'network', 'offline'], [408, 'http-408', 'offline'], [429, 'x', 'offline'], [500, 'http-500', 'offline'], [503, 'http-503', 'offline'],
      [200, 'not-json', 'offline'], [0, 'bad-endpoint', 'refused'],
      [401, 'rest_not_logged_in', 'expired'], [401, 'rest_forbidden', 'expired'], [401, 'ge-code-required', 'expired'],
      [403, 'rest_cookie_invalid_nonce', 'expired'], [403, 'ge-forbidden', 'forbidden'], [403, 'ge-code-invalid', 'forbidden'],
      [429, 'ge-too-many-attempts', 'offline'], [404, 'ge-unknown-round', 'not-found'],
      [409, 'ge-plan-conflict', 'conflict'], [409, 'ge-round-closed', 'closed'], [400, 'ge-invalid-plan', 'refused'], [200, 'unreadable', 'refused'],
    ];
    for (const [status, code, kind] of cases) assert.equal(classifyFailure({ status, code }), kind, `${status} ${code}`);
  });

  it('the survey keeps and resends, asks for a reload, says the round closed, or gives the answers back', () => {
    const outcome = (status: number, code: string) => sendOutcome(classifyFailure({ status, code }));
    assert.equal(outcome(0, 'network'), 'queued');
    for (const status of [408, 429, 500, 503]) assert.equal(outcome(status, `http-${status}`), 'queued');
    assert.equal(outcome(200, 'not-json'), 'queued');
    assert.equal(outcome(403, 'rest_cookie_invalid_nonce'), 'expired');
    assert.equal(outcome(401, 'rest_forbidden'), 'expired');
    assert.equal(outcome(409, 'ge-round-closed'), 'closed');
    assert.equal(outcome(400, 'ge-invalid-response'), 'rejected');
    assert.equal(outcome(403, 'ge-forbidden'), 'rejected');
    assert.equal(outcome(404, 'ge-unknown-round'), 'rejected');
  });
});
