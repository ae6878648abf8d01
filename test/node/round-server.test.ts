// The browser tests' round server (test/browser/round-server.mjs) against the fixtures the WordPress
// plugin's PHP tests read too (test/fixtures/protocol/): both servers answer the same cases the same way.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { roundServer, type RoundServerContext } from '../browser/round-server.mjs';
import { releaseCellOf, type ReleaseView } from '../../src/core/release.js';
import { nextRelease } from '../../src/core/release-rule.js';
import type { Assessment, SurveyResponse } from '../../src/core/types.js';
import { validateResponse } from '../../src/core/validate.js';

const fixture = <T>(name: string): T => JSON.parse(readFileSync(new URL(`../fixtures/protocol/${name}`, import.meta.url), 'utf8')) as T;
const server = roundServer();
let seq = 0;

interface Answer { status: number; body: Record<string, unknown> & { code?: string; data?: Record<string, unknown> }; headers: Record<string, string>; passed: boolean }

/** One request through the middleware, with a fake Koa context. */
async function request(method: string, path: string, options: { body?: unknown; raw?: string; headers?: Record<string, string>; ip?: string } = {}): Promise<Answer> {
  const headers = Object.fromEntries(Object.entries(options.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  const out: Record<string, string> = {};
  const text = options.raw ?? (options.body === undefined ? '' : JSON.stringify(options.body));
  const ctx: RoundServerContext = {
    method, path, ip: options.ip ?? '127.0.0.1', status: 404, type: '', body: undefined,
    req: (async function* () { if (text) yield Buffer.from(text); })(),
    get: (name) => headers[name.toLowerCase()] ?? '',
    set: (name, value) => { out[name.toLowerCase()] = value; },
  };
  let passed = false;
  await server(ctx, async () => { passed = true; });
  return { status: ctx.status, body: ctx.body === undefined ? {} : JSON.parse(ctx.body as string), headers: out, passed };
}

const newRound = (name: string) => `node-${name.replace(/\W+/g, '-')}-${seq++}`;
const control = (id: string, body: Record<string, unknown>) => request('POST', `/__round/${id}/__control`, { body });
const put = (id: string, nonce: string, body: unknown, lang = 'en', extra: Record<string, string> = {}) =>
  request('PUT', `/__round/${id}/response`, { body, headers: { 'X-WP-Nonce': nonce, 'Accept-Language': lang, ...extra } });
const codesOf = (a: Answer) => [...new Set(((a.body.data?.errors ?? []) as { code: string }[]).map((e) => e.code))].sort();

describe('round server: PUT R/response with the fixtures of responses.json', () => {
  interface Case { name: string; response: unknown; assessment?: string; roundGroups?: string[]; serverCodes?: string[]; expectCodes: string[] }
  const data = fixture<{ assessments: Record<string, Assessment>; cases: Case[] }>('responses.json');
  it('does not answer outside its prefix', async () => {
    assert.equal((await request('GET', '/other')).passed, true);
  });
  for (const c of data.cases) {
    it(c.name, async () => {
      const expected = [...new Set([...c.expectCodes, ...(c.roundGroups ? c.serverCodes ?? [] : [])])].sort();
      const respondent = (c.response as { respondent?: { group?: unknown } } | null)?.respondent;
      const group = typeof respondent?.group === 'string' && respondent.group.trim() ? [respondent.group.trim()] : [];
      for (const lang of ['en', 'fr']) {
        const id = newRound(c.name);
        await control(id, { reset: true, assessment: data.assessments[c.assessment ?? 'main'], groups: c.roundGroups ?? group });
        const answer = await put(id, 'member-1', c.response, lang);
        if (expected.length === 0) {
          assert.equal(answer.status, 200, JSON.stringify(answer.body));
          assert.equal(answer.body.status, 'created');
          continue;
        }
        assert.equal(answer.status, 400);
        assert.equal(answer.body.code, 'ge-invalid-response');
        assert.deepEqual(codesOf(answer), expected, lang);
        for (const e of answer.body.data!.errors as { message: string; code: string }[]) assert.ok(e.message && e.message !== e.code);
        const state = await request('GET', `/__round/${id}/__control`);
        assert.deepEqual(state.body.responses, [], 'nothing written');
      }
    });
  }
});

describe('round server: the write routes\' bodies with the fixtures of bodies.json', () => {
  interface Problem { path: string; code: string; en?: string; fr?: string }
  interface Case {
    name: string; route: 'targets' | 'plan' | 'status' | 'releases'; body?: unknown; raw?: string; ok: boolean; codes: string[]; read?: string;
    value?: unknown; errors?: Problem[]; http: { status: number; code?: string };
  }
  const data = fixture<{ assessment: Assessment; cases: Case[] }>('bodies.json');
  const question = data.assessment.dimensions[0].questions[0].id;
  const seeded = Array.from({ length: 3 }, (_, i) => ({ assessmentId: data.assessment.id, assessmentVersion: data.assessment.version, answers: { [question]: i } }));
  const plural = (n: number, lang: string, one: string[], many: string[]) => (n === 1 ? one : many)[lang === 'fr' ? 1 : 0].replace('{n}', String(n));
  /** The 400's own message, as the plugin words it. */
  const heading = (route: Case['route'], n: number, lang: string) => ({
    targets: () => plural(n, lang, ['The targets have 1 problem.', 'Les cibles comportent 1 problème.'], ['The targets have {n} problems.', 'Les cibles comportent {n} problèmes.']),
    plan: () => plural(n, lang, ['The plan has 1 problem.', 'Le plan comporte 1 problème.'], ['The plan has {n} problems.', 'Le plan comporte {n} problèmes.']),
    status: () => (lang === 'fr' ? 'Le statut doit être «\u00a0open\u00a0» (ouvert) ou «\u00a0closed\u00a0» (fermé).' : 'The status must be "open" or "closed".'),
    releases: () => '',
  })[route]();

  for (const c of data.cases) {
    it(c.name, async () => {
      for (const lang of ['en', 'fr']) {
        // An open round with no plan saved yet (revision 0) and enough responses for a release.
        const id = newRound(c.name);
        await control(id, { reset: true, assessment: data.assessment, groups: ['staff'], minGroupSize: 3, responses: seeded });
        const method = c.route === 'releases' ? 'POST' : 'PUT';
        const answer = await request(method, `/__round/${id}/${c.route}`, {
          ...(c.raw === undefined ? { body: c.body } : { raw: c.raw }), headers: { 'X-WP-Nonce': 'fac-1', 'Accept-Language': lang },
        });
        assert.equal(answer.status, c.http.status, `${lang}: ${JSON.stringify(answer.body).slice(0, 500)}`);
        if (c.http.code) assert.equal(answer.body.code, c.http.code, lang);
        const state = (await request('GET', `/__round/${id}/__control`)).body as { targets: unknown; plan: unknown; revision: number; round: { status: string }; releases: unknown[] };
        if (c.http.status >= 400) {
          assert.deepEqual([state.targets, state.plan, state.revision, state.round.status, state.releases.length], [null, null, 0, 'open', 0], `${lang}: nothing written`);
        }
        if (c.http.status === 400 && !c.read) {
          assert.deepEqual(codesOf(answer), c.codes, lang);
          const errors = answer.body.data!.errors as { path: string; code: string; message: string }[];
          assert.equal(answer.body.message, heading(c.route, errors.length, lang), lang);
          for (const e of errors) assert.ok(e.message && e.message !== e.code && Object.keys(e).join() === 'path,code,message', e.code);
          if (c.errors) {
            assert.deepEqual(errors.map((e) => `${e.path} ${e.code}`), c.errors.map((e) => `${e.path} ${e.code}`), lang);
            c.errors.forEach((e, i) => { if (e[lang as 'en' | 'fr']) assert.equal(errors[i].message, e[lang as 'en' | 'fr'], `${lang} message of ${e.path}`); });
          }
        }
        if (c.read) assert.match(answer.body.message as string, lang === 'fr' ? /^Le corps de la requête/ : /^The request body/);
        if (c.http.status === 200 && c.route === 'targets') assert.deepEqual(state.targets, c.value ?? state.targets);
        if (c.http.status === 200 && c.route === 'plan') {
          assert.equal(state.revision, 1);
          if (c.value !== undefined) assert.deepEqual({ plan: state.plan, revision: 0 }, c.value);
        }
        if (c.http.status === 200 && c.route === 'status') assert.equal(state.round.status, c.value);
        if (c.http.status === 201) assert.equal(state.releases.length, 1);
      }
    });
  }
});

describe('round server: the write routes take PUT and POST, and read a body before the permission as the plugin does', () => {
  const data = fixture<{ assessment: Assessment }>('bodies.json');
  it('POST R/status, POST R/targets and PUT R/releases', async () => {
    const id = newRound('post');
    await control(id, { reset: true, assessment: data.assessment, groups: [] });
    const fac = { 'X-WP-Nonce': 'fac-1' };
    assert.equal((await request('POST', `/__round/${id}/targets`, { body: { values: { budget: 4 } }, headers: fac })).status, 200);
    assert.equal((await request('POST', `/__round/${id}/status`, { body: { status: 'closed' }, headers: fac })).status, 200);
    assert.equal((await request('PUT', `/__round/${id}/releases`, { body: {}, headers: fac })).body.code, 'ge-release-too-soon');
  });
  it('a body that is not JSON, or too large, is a 400 before the 403; a blank one is a 403 first', async () => {
    const id = newRound('order');
    await control(id, { reset: true, assessment: data.assessment });
    const member = { 'X-WP-Nonce': 'member-1', 'Accept-Language': 'fr-CA' };
    const broken = await request('PUT', `/__round/${id}/targets`, { raw: '{', headers: member });
    assert.deepEqual([broken.status, broken.body.code, broken.body.message], [400, 'ge-invalid-json', 'Le corps de la requête n’est pas du JSON valide.']);
    const large = await request('PUT', `/__round/${id}/plan`, { raw: `"${'x'.repeat(262_144)}"`, headers: member });
    assert.deepEqual([large.status, large.body.code, large.body.message], [400, 'ge-too-large', 'Le corps de la requête compte 262\u00a0146 octets; la limite est de 262\u00a0144 octets.']);
    assert.deepEqual([(await request('PUT', `/__round/${id}/status`, { raw: '', headers: member })).body.code], ['ge-forbidden']);
  });
});

describe('round server: releases with the fixtures of releases.json', () => {
  interface View { minGroupSize: number; excluded: string[]; expected: ReleaseView }
  interface Snap { name: string; assessment: string; groups: string[]; responses: SurveyResponse[]; views: View[] }
  const data = fixture<{ assessments: Record<string, Assessment>; snapshots: Snap[] }>('releases.json');
  /** Comments come shuffled from a server: compared as sets. */
  const sorted = (v: Record<string, unknown>) => ({ ...v, comments: Object.fromEntries(Object.entries(v.comments as Record<string, string[]>).map(([d, l]) => [d, [...l].sort()])) });
  const counts = { made: 0, refused: 0 };

  // Cases a server can be sent: every response valid (the others show what the core leaves out of a
  // snapshot, which a server never receives), and every excluded cell one facilitator's response.
  const valid = data.snapshots.filter((c) => c.responses.every((r) => validateResponse(data.assessments[c.assessment], r).ok));
  /** Which responses are the facilitators' for a view (index → nonce), or null when its excluded cells hold no one. */
  const facilitatorsFor = (c: Snap, view: View): Map<number, string> | null => {
    const at = new Map<number, string>();
    for (const [j, cell] of view.excluded.entries()) {
      const i = c.responses.findIndex((r, k) => !at.has(k) && releaseCellOf(r, c.groups) === cell);
      if (i < 0) return null;
      at.set(i, `fac-${j}`);
    }
    return at;
  };

  it('has enough cases a server can be sent', () => {
    assert.ok(valid.length >= 25, `${valid.length} cases`);
  });

  for (const c of valid) {
    it(c.name, async () => {
      for (const view of c.views) {
        const facilitatorAt = facilitatorsFor(c, view);
        if (!facilitatorAt) continue;
        const id = newRound(c.name);
        const assessment = data.assessments[c.assessment];
        const named = c.responses.map((r) => r.respondent?.group).filter((g): g is string => typeof g === 'string');
        await control(id, { reset: true, assessment, groups: [...new Set([...c.groups, ...named])], minGroupSize: view.minGroupSize });
        for (const [i, r] of c.responses.entries()) {
          const answer = await put(id, facilitatorAt.get(i) ?? `member-${i}`, r);
          assert.equal(answer.status, 200, `${c.name}: response ${i} ${JSON.stringify(answer.body)}`);
        }
        await control(id, { groups: c.groups }); // groups edited after collection: their members land in the residual cell
        const made = await request('POST', `/__round/${id}/releases`, { body: {}, headers: { 'X-WP-Nonce': 'fac-viewer' } });
        const members = c.responses.length - facilitatorAt.size;
        const rule = nextRelease({ minGroupSize: view.minGroupSize, current: Object.fromEntries(c.responses.map((_, i) => [`m${i}`, 'x'])), previous: [],
          ignore: new Set([...facilitatorAt.keys()].map((i) => `m${i}`)) });
        if (!rule.allowed) {
          counts.refused++;
          assert.equal(made.status, 409);
          assert.equal(made.body.code, 'ge-release-too-soon');
          assert.equal(made.body.data!.needed, rule.needed);
          assert.ok(members < Math.max(3, view.minGroupSize));
          continue;
        }
        counts.made++;
        assert.equal(made.status, 201, JSON.stringify(made.body));
        const read = await request('GET', `/__round/${id}/results`, { headers: { 'X-WP-Nonce': 'fac-viewer' } });
        assert.deepEqual(read.body, made.body);
        const { id: releaseId, at, ...release } = read.body.release as Record<string, unknown>;
        assert.equal(releaseId, 1);
        assert.ok(typeof at === 'string');
        assert.deepEqual(sorted(release), sorted(view.expected as unknown as Record<string, unknown>), `k ${view.minGroupSize}, excluded ${view.excluded.join()}`);
        assert.deepEqual([read.body.protocol, read.body.n, read.body.releases], [2, c.responses.length, 1]);
        assert.deepEqual(read.body.next, { allowed: false, needed: Math.max(3, view.minGroupSize) });
      }
    });
  }
  it('made releases and refused some (the rule), from the same cases', () => {
    assert.ok(counts.made >= 30, `${counts.made} made`);
    assert.ok(counts.refused >= 1, `${counts.refused} refused`);
  });
});

describe('round server: the rule between releases, closing, invitation codes', () => {
  const answers = (v: number) => ({ assessmentId: 'ge-mini', assessmentVersion: '1.0.0', answers: { 'pw-1': v }, respondent: { group: 'staff' } });
  const mini = fixture<{ assessments: Record<string, Assessment> }>('responses.json').assessments.main;
  const fac = { 'X-WP-Nonce': 'fac-1' };

  it('no two releases differ by fewer than k responses; facilitators do not count; closing makes a final one only when allowed', async () => {
    const id = newRound('rule');
    await control(id, { reset: true, assessment: mini, groups: ['staff'], minGroupSize: 3 });
    for (const m of ['a', 'b']) await put(id, `member-${m}`, answers(1));
    await put(id, 'fac-2', answers(2));
    let results = await request('GET', `/__round/${id}/results`, { headers: fac });
    assert.deepEqual([results.body.n, results.body.releases, results.body.release, results.body.next], [3, 0, null, { allowed: false, needed: 1 }]);
    await put(id, 'member-c', answers(1));
    assert.equal((await request('POST', `/__round/${id}/releases`, { body: {}, headers: fac })).status, 201);
    await put(id, 'member-a', answers(3)); // one change
    await put(id, 'fac-2', answers(0)); // a facilitator's change never counts
    const soon = await request('POST', `/__round/${id}/releases`, { body: {}, headers: fac });
    assert.deepEqual([soon.status, soon.body.code, soon.body.data!.needed], [409, 'ge-release-too-soon', 2]);
    const closed = await request('PUT', `/__round/${id}/status`, { body: { status: 'closed' }, headers: fac });
    assert.deepEqual(closed.body, { status: 'closed', release: { made: false, needed: 2 } });
    await request('PUT', `/__round/${id}/status`, { body: { status: 'open' }, headers: fac });
    for (const m of ['b', 'c']) await put(id, `member-${m}`, answers(4));
    const final = await request('PUT', `/__round/${id}/status`, { body: { status: 'closed' }, headers: fac });
    assert.deepEqual(final.body, { status: 'closed', release: { made: true, needed: 0 } });
    results = await request('GET', `/__round/${id}/results`, { headers: fac });
    assert.equal(results.body.releases, 2);
    // The facilitator's own response is in the release but never counts towards k for a viewer.
    assert.equal((results.body.release as ReleaseView).n, 4);
    const members = await request('GET', `/__round/${id}/results`, { headers: { 'X-WP-Nonce': 'member-a' } });
    assert.deepEqual([members.status, members.body.code], [403, 'ge-forbidden']);
  });

  it('invitation codes: required, invalid, then 429 with Retry-After after N wrong ones; a code answers once and then updates', async () => {
    const id = newRound('codes');
    await control(id, { reset: true, assessment: mini, groups: ['staff'], codes: ['ABCD-EFGH-JKLM'], accounts: false, codeAttempts: 3, retryAfter: 90 });
    const get = (headers: Record<string, string>, ip = '10.0.0.1') => request('GET', `/__round/${id}`, { headers, ip });
    assert.deepEqual([(await get({})).status, (await get({})).body.code], [401, 'ge-code-required']);
    assert.equal((await get({ 'X-WP-Nonce': 'member-1' })).body.code, 'ge-code-required');
    const ok = await get({ 'X-GE-Code': 'abcd efgh-jklm' });
    assert.equal(ok.status, 200);
    assert.equal(ok.body.protocol, 2);
    assert.equal(ok.body.mine, null);
    assert.equal((await put(id, '', answers(2), 'en', { 'X-GE-Code': 'ABCDEFGHJKLM' })).body.status, 'created');
    assert.equal((await put(id, '', answers(3), 'en', { 'X-GE-Code': 'abcd-efgh-jklm' })).body.status, 'updated');
    assert.deepEqual(((await get({ 'X-GE-Code': 'ABCDEFGHJKLM' })).body.mine as { response: { answers: unknown } }).response.answers, { 'pw-1': 3 });
    for (let i = 0; i < 3; i++) assert.equal((await get({ 'X-GE-Code': `WRONG${i}` })).body.code, 'ge-code-invalid');
    const blocked = await get({ 'X-GE-Code': 'ABCDEFGHJKLM' });
    assert.deepEqual([blocked.status, blocked.body.code, blocked.headers['retry-after']], [429, 'ge-too-many-attempts', '90']);
    assert.equal(blocked.body.data!.retryAfter, 90);
    assert.equal((await get({ 'X-GE-Code': 'ABCDEFGHJKLM' }, '10.0.0.2')).status, 200, 'another connection is not blocked');
  });
});
