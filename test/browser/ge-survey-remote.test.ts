// <ge-survey endpoint>: the member's side of the round protocol (docs/PROTOCOL.md) against the
// in-memory round server (round-server.mjs), through the round add-on as a page loads it: loading,
// prefill, sending, the outbox, a closed round, shared devices, invitation codes.
import { expect, fixture, html } from '@open-wc/testing';
import type { GeSurvey, SurveySentDetail } from '../../src/ge-survey/ge-survey.js';
import type { GeErrorDetail } from '../../src/events.js';
import '../../src/round/index.js';
import { retryDelays } from '../../src/round/sync.js';
import { draftKeyFor, outboxKeyFor, roundCacheKeyFor, sentKeyFor } from '../../src/round/survey-device.js';
import { DRAFT_FORMAT } from '../../src/ge-survey/survey-storage.js';
import { codeScope } from '../../src/core/invitation-code.js';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, answer, oneEvent, small, text, typeComment, until } from './ge-survey-helpers.js';
import { cutOff, reconnect } from './round-helpers.js';

let counter = 0;
const newRound = () => `gs-${Date.now().toString(36)}-${(counter += 1)}`;
const endpointOf = (id: string) => `/__round/${id}`;

async function control(id: string, body: Record<string, unknown>): Promise<void> {
  const res = await fetch(`/__round/${id}/__control`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`control ${res.status}`);
}

interface ServerState {
  round: { status: string };
  log: { method: string; segment: string; nonce: string; code: string; lang: string; at: number }[];
  responses: { member: string; response: { answers: Record<string, unknown>; respondent?: { group?: string } }; submittedAt: string }[];
}
async function serverState(id: string): Promise<ServerState> {
  return (await fetch(`/__round/${id}/__control`)).json() as Promise<ServerState>;
}

/** A round holding the small assessment (two groups), reset. */
async function round(extra: Record<string, unknown> = {}): Promise<string> {
  const id = newRound();
  await control(id, { reset: true, assessment: small, groups: ['staff', 'board'], ...extra });
  return id;
}

/** The member's response on the server, as if sent from another device. */
async function putMine(id: string, nonce: string, answers: Record<string, unknown>, group = 'staff'): Promise<void> {
  const res = await fetch(`/__round/${id}/response`, {
    method: 'PUT', headers: { 'Content-Type': 'application/json', 'X-WP-Nonce': nonce },
    body: JSON.stringify({ assessmentId: 'small', assessmentVersion: '1', answers, respondent: { group } }),
  });
  if (!res.ok) throw new Error(`put ${res.status}`);
}

async function mount(id: string, { nonce = 'member-1', lang = 'en', attrs = '' } = {}): Promise<GeSurvey> {
  const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  wrap.innerHTML = `<ge-survey endpoint="${endpointOf(id)}" nonce="${nonce}" layout="single-page" ${attrs}></ge-survey>`;
  const el = wrap.querySelector('ge-survey') as GeSurvey;
  await el.updateComplete;
  return el;
}

const status = (el: GeSurvey) => ($(el, '[part=round-status]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
const loaded = (el: GeSurvey) => until(() => !!$(el, '[part=title]') || !!$(el, '.review-mode'));
const checked = (el: GeSurvey, name: string) => $<HTMLInputElement>(el, `input[name="${name}"]:checked`)?.value ?? null;

async function fillAndSubmit(el: GeSurvey, values: Record<string, string> = { w1: '3', m1: '2' }): Promise<void> {
  for (const [q, v] of Object.entries(values)) await answer(el, q, v);
  $<HTMLButtonElement>(el, 'button[part=submit]')!.click();
  await el.updateComplete;
}

async function sent(el: GeSurvey, act: () => Promise<void> | void): Promise<SurveySentDetail> {
  const event = oneEvent(el, 'ge-survey-sent');
  await act();
  return ((await event) as CustomEvent<SurveySentDetail>).detail;
}

function storedOutbox(id: string): { data: { response: { answers: Record<string, unknown> } } } | null {
  const raw = localStorage.getItem(outboxKeyFor(endpointOf(id)));
  return raw ? JSON.parse(raw) as { data: { response: { answers: Record<string, unknown> } } } : null;
}

const delays = { ...retryDelays };

/** No connection for requests to `R` with `method` (see round-helpers.ts). `reconnect()` ends it. */
function cutOffRound(id: string, method: 'GET' | 'PUT'): void {
  cutOff((url, m) => url.includes(`/__round/${id}`) && !url.includes('__control') && m === method);
}
afterEach(reconnect);

describe('ge-survey endpoint: loading the round', () => {
  it('shows an accessible loading state, then the server’s assessment and the round’s groups', async () => {
    const id = await round({ delayMs: 300 });
    const el = await mount(id);
    const region = $(el, '[part=round-status]')!;
    expect(region.getAttribute('role')).to.equal('status');
    expect(status(el)).to.equal('Loading the survey from the server…');
    await expect(el).to.be.accessible();
    await loaded(el);
    expect($(el, '[part=title]')!.textContent).to.equal('Small survey');
    expect($$<HTMLInputElement>(el, 'input[name="respondent group"]').map((i) => i.value)).to.deep.equal(['staff', 'board']);
    const { log } = await serverState(id);
    expect(log[0]).to.include({ method: 'GET', segment: '', nonce: 'member-1', lang: 'en' });
  });

  it('the groups attribute wins over the round’s groups', async () => {
    const id = await round();
    const el = await mount(id, { attrs: 'groups="partner"' });
    await loaded(el);
    expect($$<HTMLInputElement>(el, 'input[name="respondent group"]').map((i) => i.value)).to.deep.equal(['partner']);
  });

  it('starts from the member’s own response on the server', async () => {
    const id = await round();
    await putMine(id, 'member-1', { w1: 2, m1: 'dk' });
    const el = await mount(id);
    await loaded(el);
    await until(() => checked(el, 'w1') !== null);
    expect(checked(el, 'w1')).to.equal('2');
    expect(checked(el, 'm1')).to.equal('dk');
    expect(checked(el, 'respondent group')).to.equal('staff');
    expect(status(el)).to.contain('These are the answers you sent earlier');
    expect(el.response.answers).to.deep.equal({ w1: 2, m1: 'dk' });
  });

  it('coming back after sending: a newer draft that holds what the server holds is said to be sent; a different one is not', async () => {
    const id = await round();
    // A first visit leaves the round's offline copy, from before the member answered (no `mine`).
    const before = await mount(id);
    await loaded(before);
    before.remove();
    await putMine(id, 'member-1', { w1: 3, m1: 2 }, 'staff');
    const key = draftKeyFor(endpointOf(id));
    const draft = (answers: Record<string, unknown>) => JSON.stringify({ format: DRAFT_FORMAT, savedAt: new Date(Date.now() + 60_000).toISOString(),
      data: { assessmentId: 'small', assessmentVersion: '1', answers, group: 'staff' } });
    localStorage.setItem(key, draft({ m1: 2, w1: 3 }));
    const same = await mount(id);
    await loaded(same);
    await until(() => status(same).includes('you sent earlier'));
    expect(status(same)).to.equal('These are the answers you sent earlier. You can change them and submit again until the round closes.');
    same.remove();

    localStorage.setItem(key, draft({ w1: 4, m1: 2 }));
    const changed = await mount(id);
    await loaded(changed);
    expect(checked(changed, 'w1')).to.equal('4');
    expect(status(changed)).to.not.contain('you sent earlier');
    localStorage.removeItem(key);
  });

  it('a local draft saved after the server received the member’s response wins; an older one does not', async () => {
    const id = await round();
    await putMine(id, 'member-1', { w1: 2 });
    const key = draftKeyFor(endpointOf(id));
    const draft = (savedAt: string) => JSON.stringify({ format: DRAFT_FORMAT, savedAt,
      data: { assessmentId: 'small', assessmentVersion: '1', answers: { w1: 4 }, comments: { w1: 'typed here' } } });
    localStorage.setItem(key, draft(new Date(Date.now() + 60_000).toISOString()));
    const el = await mount(id);
    await loaded(el);
    expect(checked(el, 'w1')).to.equal('4');
    expect(el.response.comments).to.deep.equal({ w1: 'typed here' });
    expect(status(el)).to.not.contain('you sent earlier');
    el.remove();

    localStorage.setItem(key, draft('2000-01-01T00:00:00.000Z'));
    const older = await mount(id);
    await loaded(older);
    await until(() => checked(older, 'w1') === '2');
    expect(checked(older, 'w1')).to.equal('2');
    localStorage.removeItem(key);
  });

  it('a GET failure without a copy says so, with a Retry button that works', async () => {
    const id = await round();
    cutOffRound(id, 'GET');
    const errors: GeErrorDetail[] = [];
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    wrap.addEventListener('ge-error', (e) => errors.push((e as CustomEvent<GeErrorDetail>).detail));
    wrap.innerHTML = `<ge-survey endpoint="${endpointOf(id)}" nonce="member-1"></ge-survey>`;
    const el = wrap.querySelector('ge-survey') as GeSurvey;
    await until(() => !!$(el, '[part=retry]'));
    expect(status(el)).to.contain('The survey could not be loaded from the server. Check your connection, then try again.');
    expect(errors.at(-1)?.errors[0].code).to.equal('network');
    await expect(el).to.be.accessible();
    reconnect();
    $<HTMLButtonElement>(el, '[part=retry]')!.click();
    await loaded(el);
    expect($(el, '[part=retry]')).to.equal(null);
    expect(status(el)).to.equal('');
  });

  it('retries the GET by itself when the connection returns', async () => {
    const id = await round();
    cutOffRound(id, 'GET');
    const el = await mount(id);
    await until(() => !!$(el, '[part=retry]'));
    reconnect();
    window.dispatchEvent(new Event('online'));
    await loaded(el);
    expect($(el, '[part=title]')!.textContent).to.equal('Small survey');
  });

  it('offline after one successful load: the survey renders from the copy on this device', async () => {
    const id = await round();
    const first = await mount(id);
    await loaded(first);
    first.remove();
    expect(localStorage.getItem(roundCacheKeyFor(endpointOf(id)))).to.be.a('string');
    cutOffRound(id, 'GET');
    const el = await mount(id);
    await loaded(el);
    expect($(el, '[part=title]')!.textContent).to.equal('Small survey');
    await until(() => status(el).includes('No connection'));
    expect(status(el)).to.contain('this is the survey saved on this device');
  });

  it('speaks French: texts and Accept-Language', async () => {
    const id = await round({ delayMs: 200 });
    const el = await mount(id, { lang: 'fr' });
    expect(status(el)).to.equal('Chargement du questionnaire depuis le serveur…');
    await loaded(el);
    expect($(el, '[part=title]')!.textContent).to.equal('Petit questionnaire');
    await control(id, { delayMs: 0 });
    await sent(el, () => fillAndSubmit(el));
    await el.updateComplete;
    expect(status(el)).to.equal('Vos réponses ont été reçues. Vous pouvez les modifier jusqu’à la clôture de ce tour.');
    expect($(el, '#thanks-title')!.textContent).to.equal('Merci, vos réponses ont été envoyées');
    const { log } = await serverState(id);
    expect(log.filter((l) => l.method === 'PUT').map((l) => l.lang)).to.deep.equal(['fr']);
  });
});

describe('ge-survey endpoint: sending', () => {
  afterEach(() => {
    Object.assign(retryDelays, delays);
  });

  it('submit sends PUT R/response with the nonce and Accept-Language, then says it was received', async () => {
    const id = await round();
    const el = await mount(id);
    await loaded(el);
    await answer(el, 'respondent group', 'board');
    const detail = await sent(el, () => fillAndSubmit(el));
    expect(detail.status).to.equal('created');
    expect(detail.response.answers).to.deep.equal({ w1: 3, m1: 2 });
    await el.updateComplete;
    expect(status(el)).to.equal('Your answers were received. You can change them until the round closes.');
    expect($(el, '#thanks-title')!.textContent).to.equal('Thank you, your answers were sent');
    expect($(el, '[part=thank-you] tbody')!.textContent).to.contain('Political will');
    const state = await serverState(id);
    expect(state.responses).to.have.length(1);
    expect(state.responses[0]).to.deep.include({ member: 'member-1' });
    expect(state.responses[0].response.answers).to.deep.equal({ w1: 3, m1: 2 });
    expect(state.responses[0].response.respondent).to.deep.equal({ group: 'board' });
    const put = state.log.find((l) => l.method === 'PUT')!;
    expect(put).to.include({ segment: 'response', nonce: 'member-1', lang: 'en' });
    expect(storedOutbox(id)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('a second submit updates the member’s one response', async () => {
    const id = await round();
    const el = await mount(id);
    await loaded(el);
    expect((await sent(el, () => fillAndSubmit(el))).status).to.equal('created');
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[data-action=change]')!.click();
    await el.updateComplete;
    expect(checked(el, 'w1')).to.equal('3');
    const second = await sent(el, () => fillAndSubmit(el, { w1: '1' }));
    expect(second.status).to.equal('updated');
    const state = await serverState(id);
    expect(state.responses).to.have.length(1);
    expect(state.responses[0].response.answers).to.deep.equal({ w1: 1, m1: 2 });
  });

  it('never sends two at once: a submit while one is on its way is sent after it', async () => {
    const id = await round();
    const el = await mount(id);
    await loaded(el);
    await control(id, { delayMs: 250 });
    const done = new Promise<void>((resolve) => {
      let n = 0;
      el.addEventListener('ge-survey-sent', () => { if ((n += 1) === 2) resolve(); });
    });
    await fillAndSubmit(el);
    expect(status(el)).to.equal('Sending your answers…');
    $<HTMLButtonElement>(el, '[data-action=change]')!.click();
    await el.updateComplete;
    await fillAndSubmit(el, { w1: '0' });
    await done;
    const state = await serverState(id);
    const puts = state.log.filter((l) => l.method === 'PUT');
    expect(puts).to.have.length(2);
    expect(puts[1].at - puts[0].at).to.be.at.least(200);
    expect(state.responses).to.have.length(1);
    expect(state.responses[0].response.answers).to.deep.equal({ w1: 0, m1: 2 });
  });

  it('no network: queued on the device, then resent when the connection returns; counted once', async () => {
    const id = await round();
    const el = await mount(id);
    await loaded(el);
    cutOffRound(id, 'PUT');
    await fillAndSubmit(el);
    await until(() => status(el).startsWith('No connection'));
    expect(status(el)).to.equal('No connection to the server. Your answers are saved on this device and will be sent automatically. Do not log out until they are sent.');
    expect($(el, '#thanks-title')!.textContent).to.equal('Thank you for your answers');
    expect(storedOutbox(id)!.data.response.answers).to.deep.equal({ w1: 3, m1: 2 });
    expect(localStorage.getItem(draftKeyFor(endpointOf(id))), 'not confirmed: the draft stays').to.contain('"w1":3');
    expect((await serverState(id)).responses).to.have.length(0);
    await expect(el).to.be.accessible();
    reconnect();
    await sent(el, () => { window.dispatchEvent(new Event('online')); });
    await el.updateComplete;
    expect(status(el)).to.contain('Your answers were received.');
    expect(storedOutbox(id)).to.equal(null);
    expect(localStorage.getItem(draftKeyFor(endpointOf(id))), 'confirmed: the draft goes').to.equal(null);
    expect((await serverState(id)).responses).to.have.length(1);
  });

  it('a 503 is queued, then resent by the timer', async () => {
    Object.assign(retryDelays, { first: 60, most: 200 });
    const id = await round();
    const el = await mount(id);
    await loaded(el);
    await control(id, { failNext: [{ segment: 'response', method: 'PUT', status: 503 }, { segment: 'response', method: 'PUT', status: 503 }] });
    const detail = await sent(el, () => fillAndSubmit(el));
    expect(detail.status).to.equal('created');
    const state = await serverState(id);
    expect(state.log.filter((l) => l.method === 'PUT')).to.have.length(3);
    expect(state.responses).to.have.length(1);
  });

  it('an expired nonce keeps the answers and says to reload the page', async () => {
    const id = await round();
    const el = await mount(id);
    await loaded(el);
    await control(id, { failNext: [{ segment: 'response', method: 'PUT', status: 403, code: 'rest_cookie_invalid_nonce', message: 'Cookie check failed' }] });
    await fillAndSubmit(el);
    await until(() => status(el).startsWith('Your session'));
    expect(status(el)).to.equal('Your session has expired. Your answers are saved on this device: reload the page to send them.');
    expect(storedOutbox(id)).to.not.equal(null);
  });

  it('a queued submission survives a reload and is sent when the survey connects again', async () => {
    const id = await round();
    const first = await mount(id);
    await loaded(first);
    cutOffRound(id, 'PUT');
    await fillAndSubmit(first, { w1: '4', m1: 'na' });
    await until(() => status(first).startsWith('No connection'));
    first.remove();
    expect(storedOutbox(id)).to.not.equal(null);
    reconnect();

    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    const event = new Promise<SurveySentDetail>((resolve) => wrap.addEventListener('ge-survey-sent', (e) => resolve((e as CustomEvent<SurveySentDetail>).detail)));
    wrap.innerHTML = `<ge-survey endpoint="${endpointOf(id)}" nonce="member-1" layout="single-page"></ge-survey>`;
    const el = wrap.querySelector('ge-survey') as GeSurvey;
    const detail = await event;
    expect(detail.response.answers).to.deep.equal({ w1: 4, m1: 'na' });
    await el.updateComplete;
    expect(status(el)).to.contain('Your answers were received.');
    expect($(el, '[part=thank-you]')).to.not.equal(null);
    expect(storedOutbox(id)).to.equal(null);
    const state = await serverState(id);
    expect(state.responses).to.have.length(1);
    expect(state.responses[0].response.answers).to.deep.equal({ w1: 4, m1: 'na' });
  });

  it('with one storage-key per member, two members on a shared device never start from each other’s answers', async () => {
    const id = await round();
    const a = await mount(id, { nonce: 'member-a', attrs: 'storage-key="round-x-member-a"' });
    await loaded(a);
    cutOffRound(id, 'PUT');
    await fillAndSubmit(a, { w1: '4', m1: '1' });
    await until(() => status(a).startsWith('No connection'));
    a.remove();
    expect(localStorage.getItem('round-x-member-a:outbox')).to.not.equal(null);
    expect(localStorage.getItem(outboxKeyFor(endpointOf(id)))).to.equal(null);
    reconnect();

    const b = await mount(id, { nonce: 'member-b', attrs: 'storage-key="round-x-member-b"' });
    await loaded(b);
    expect(checked(b, 'w1')).to.equal(null);
    expect(checked(b, 'm1')).to.equal(null);
    expect((await serverState(id)).responses).to.have.length(0); // b sent nothing of a's
    b.remove();
    localStorage.removeItem('round-x-member-a:outbox');
    localStorage.removeItem('round-x-member-a:round');
    localStorage.removeItem('round-x-member-a');
    localStorage.removeItem('round-x-member-b:round');
    localStorage.removeItem('round-x-member-b');
  });

  it('without storage the queue lives in the page, and the survey says the answers are not saved on this device', async () => {
    const id = await round();
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
    try {
      const el = await mount(id);
      await loaded(el);
      cutOffRound(id, 'PUT');
      await fillAndSubmit(el);
      await until(() => status(el).startsWith('No connection'));
      expect(status(el)).to.contain('Your answers could not be saved on this device: keep this page open until they are sent');
      expect(text(el)).to.contain('Your answers are not being saved on this device.');
      reconnect();
      await sent(el, () => { window.dispatchEvent(new Event('online')); });
      expect((await serverState(id)).responses).to.have.length(1);
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('a 4xx shows the server’s message; the answers stay in the form; ge-error fires', async () => {
    const id = await round();
    const el = await mount(id);
    await loaded(el);
    await control(id, { failNext: [{ segment: 'response', method: 'PUT', status: 400, code: 'x-custom', message: 'Custom refusal.' }] });
    const error = oneEvent(el, 'ge-error');
    await fillAndSubmit(el);
    const { detail } = (await error) as CustomEvent<GeErrorDetail>;
    expect(detail.errors[0]).to.include({ code: 'x-custom', message: 'Custom refusal.' });
    await el.updateComplete;
    expect(status(el)).to.equal('The server did not accept your answers. Custom refusal.');
    expect($(el, '#round-errors')!.textContent).to.contain('Custom refusal.');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#round-errors-title'));
    expect(checked(el, 'w1')).to.equal('3');
    expect($(el, '[part=thank-you]')).to.equal(null);
    expect(storedOutbox(id)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('a 400 with data.errors lists them (own text for a known code); submitting again works', async () => {
    const id = await round();
    const el = await mount(id);
    await loaded(el);
    const realFetch = window.fetch;
    window.fetch = (input, init) => (init?.method === 'PUT'
      ? Promise.resolve(new Response(JSON.stringify({ code: 'ge-invalid-response', message: 'The response has 1 problem.',
        data: { status: 400, errors: [{ path: 'answers.w1', code: 'answer-out-of-scale', message: 'The answer to w1 is off the scale.' }] } }),
      { status: 400, headers: { 'Content-Type': 'application/json' } }))
      : realFetch(input, init));
    try {
      await fillAndSubmit(el);
      await until(() => !!$(el, '#round-errors'));
    } finally {
      window.fetch = realFetch;
    }
    const block = $(el, '#round-errors')!.textContent!.replace(/\s+/g, ' ');
    expect(block).to.contain('Some answers do not fit this round’s survey.');
    expect(block).to.contain('answers.w1 The answer to w1 is off the scale.');
    expect(block).to.contain('Your answers are still here.');
    expect(checked(el, 'm1')).to.equal('2');
    const detail = await sent(el, () => fillAndSubmit(el, {}));
    expect(detail.response.answers).to.deep.equal({ w1: 3, m1: 2 });
    await el.updateComplete;
    expect($(el, '#round-errors')).to.equal(null);
  });
});

describe('ge-survey endpoint: a closed round', () => {
  it('409 ge-round-closed on submit: closed state, no form', async () => {
    const id = await round();
    const el = await mount(id);
    await loaded(el);
    await control(id, { status: 'closed' });
    const error = oneEvent(el, 'ge-error');
    await fillAndSubmit(el);
    expect(((await error) as CustomEvent<GeErrorDetail>).detail.errors[0].code).to.equal('ge-round-closed');
    await el.updateComplete;
    expect(status(el)).to.contain('This round is closed: it no longer takes answers.');
    expect(status(el)).to.contain('were not received before the round closed');
    expect($$(el, 'input')).to.have.length(0);
    expect($(el, 'button[part=submit]')).to.equal(null);
    expect(el.submit()).to.equal(false);
    expect(storedOutbox(id)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('closed at load: the member’s answers read-only, with a notice', async () => {
    const id = await round();
    await putMine(id, 'member-1', { w1: 2, m1: 4 });
    await control(id, { status: 'closed' });
    const el = await mount(id);
    await until(() => !!$(el, '.review-mode'));
    expect(status(el)).to.equal('This round is closed. Here are your answers; they can no longer be changed.');
    expect(text(el)).to.contain('Partly');
    expect(text(el)).to.contain('Group: Staff');
    expect($$(el, 'input')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('closed at load, never answered: only the notice', async () => {
    const id = await round({ status: 'closed' });
    const el = await mount(id, { nonce: 'member-2' });
    await until(() => status(el).includes('closed'));
    expect(status(el)).to.equal('This round is closed: it no longer takes answers.');
    expect($(el, '.review-mode')).to.equal(null);
    expect($$(el, 'input')).to.have.length(0);
  });
});

/** Every value in localStorage, by key. */
const stored = (): Record<string, string> => Object.fromEntries(Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)!)
  .map((k) => [k, localStorage.getItem(k)!]));

describe('ge-survey endpoint: shared devices', () => {
  beforeEach(() => localStorage.clear());

  it('once the server confirms, the device keeps none of the member’s answers, only a “sent” marker; the answers stay on screen', async () => {
    const id = await round();
    const el = await mount(id);
    await loaded(el);
    await answer(el, 'respondent group', 'board');
    await typeComment(el, 'w1', 'SECRET-comment-41');
    const detail = await sent(el, () => fillAndSubmit(el, { w1: '3', m1: '2' }));
    expect(detail.status).to.equal('created');
    await el.updateComplete;
    expect($(el, '#thanks-title')!.textContent).to.equal('Thank you, your answers were sent');
    expect(el.response.answers).to.deep.equal({ w1: 3, m1: 2 });
    for (const [key, value] of Object.entries(stored())) {
      expect(value, key).to.not.contain('SECRET-comment-41');
      expect(value, key).to.not.match(/"answers":\{"/);
      expect(value, key).to.not.contain('"group":"board"');
    }
    const E = endpointOf(id);
    expect(localStorage.getItem(draftKeyFor(E)), 'draft').to.equal(null);
    expect(localStorage.getItem(outboxKeyFor(E)), 'outbox').to.equal(null);
    expect(JSON.parse(localStorage.getItem(roundCacheKeyFor(E))!).data.mine, 'offline copy').to.equal(null);
    const marker = JSON.parse(localStorage.getItem(sentKeyFor(E))!).data;
    expect(Object.keys(marker).sort()).to.deep.equal(['sentAt', 'status']);
    expect(marker.status).to.equal('created');
    expect(Object.keys(stored()).filter((k) => k.includes(id)).sort()).to.deep.equal([roundCacheKeyFor(E), sentKeyFor(E)].sort());

    // The person may change and send again: nothing is written until they change an answer.
    $<HTMLButtonElement>(el, '[data-action=change]')!.click();
    await el.updateComplete;
    expect(checked(el, 'w1')).to.equal('3');
    expect(localStorage.getItem(draftKeyFor(E))).to.equal(null);
    await answer(el, 'w1', '1');
    expect(localStorage.getItem(draftKeyFor(E)), 'typed again: kept until sent').to.contain('"w1":1');
    expect((await sent(el, () => fillAndSubmit(el, {}))).status).to.equal('updated');
    expect(localStorage.getItem(draftKeyFor(E))).to.equal(null);
    expect(JSON.parse(localStorage.getItem(sentKeyFor(E))!).data.status).to.equal('updated');
  });

  it('a new storage-key on the same survey (the next member) starts over under it: nothing of the last member’s answers', async () => {
    const id = await round();
    const el = await mount(id, { attrs: 'storage-key="desk-member-a"' });
    await loaded(el);
    await answer(el, 'w1', '4');
    expect(localStorage.getItem('desk-member-a')).to.contain('"w1":4');
    el.storageKey = 'desk-member-b';
    // The round loads again under the new key: wait for its questions, not for their absence while it loads.
    await until(() => !!$(el, 'input[name="w1"]') && checked(el, 'w1') === null);
    expect(checked(el, 'w1')).to.equal(null);
    await answer(el, 'w1', '1');
    expect(localStorage.getItem('desk-member-b')).to.contain('"w1":1');
    expect(localStorage.getItem('desk-member-a')).to.contain('"w1":4');
  });

  it('a later visit online starts from the server’s copy without writing it to the device', async () => {
    const id = await round();
    await putMine(id, 'member-1', { w1: 2, m1: 'dk' });
    const el = await mount(id);
    await loaded(el);
    await until(() => checked(el, 'w1') === '2');
    expect(status(el)).to.contain('These are the answers you sent earlier');
    for (const [key, value] of Object.entries(stored())) expect(value, key).to.not.match(/"answers":\{"/);
  });

  it('offline on a later visit, with only the marker: says when the answers were sent, and shows no empty survey', async () => {
    const id = await round();
    const first = await mount(id);
    await loaded(first);
    await sent(first, () => fillAndSubmit(first));
    first.remove();
    cutOffRound(id, 'GET');
    const el = await mount(id);
    await until(() => status(el).includes('sent on'));
    expect(status(el)).to.match(/^Your answers were sent on .+\d{4}.+; connect to see or change them\.$/);
    expect($$(el, 'input')).to.have.length(0);
    expect($(el, '[part=submit]')).to.equal(null);
    await expect(el).to.be.accessible();
    el.remove();
    const fr = await mount(id, { lang: 'fr' });
    await until(() => status(fr).includes('envoyées le'));
    expect(status(fr)).to.match(/^Vos réponses ont été envoyées le .+; connectez-vous pour les voir ou les modifier\.$/);
    reconnect();
    $<HTMLButtonElement>(fr, '[part=retry]')!.click();
    await until(() => checked(fr, 'w1') === '3');
    expect(status(fr)).to.contain('Voici les réponses que vous avez envoyées plus tôt.');
  });
});

describe('ge-survey endpoint: invitation codes', () => {
  beforeEach(() => localStorage.clear());
  const CODE = 'ABCD-EFGH-JKLM';
  const input = (el: GeSurvey) => $<HTMLInputElement>(el, '[part=code-input]')!;
  const codeError = (el: GeSurvey) => ($(el, '#code-error')?.textContent ?? '').trim();
  async function enter(el: GeSurvey, code: string, how: 'enter' | 'click' = 'enter'): Promise<void> {
    input(el).value = '';
    input(el).focus();
    await sendKeys({ type: code });
    if (how === 'enter') await sendKeys({ press: 'Enter' });
    else $<HTMLButtonElement>(el, '[part=code-submit]')!.click();
  }
  const codeRound = (extra: Record<string, unknown> = {}) => round({ codes: [CODE], accounts: false, ...extra });

  it('asks for the code (401 ge-code-required) in an accessible form; a wrong one is said, tied to the input, with focus back on it', async () => {
    const id = await codeRound();
    const el = await mount(id);
    await until(() => !!$(el, '[part=code-input]'));
    expect(status(el)).to.equal('This survey is answered with an invitation code. Enter the code you were given.');
    const field = input(el);
    expect(field.labels![0].textContent).to.equal('Invitation code');
    expect($(el, '[part=code-submit]')!.textContent!.trim()).to.equal('Continue');
    expect([field.getAttribute('autocomplete'), field.getAttribute('autocapitalize'), field.getAttribute('spellcheck')]).to.deep.equal(['off', 'characters', 'false']);
    expect(el.shadowRoot!.activeElement, 'no focus stolen on load').to.equal(null);
    await expect(el).to.be.accessible();
    await enter(el, 'wxyz-0000');
    await until(() => codeError(el) !== '');
    expect(codeError(el)).to.equal('This code is not valid for this survey. Check it, then try again.');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(field.getAttribute('aria-describedby')!.split(' ')).to.include('code-error');
    expect($(el, '#code-error')!.closest('[aria-live="polite"]')).to.not.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(field);
    expect(field.value, 'what was typed stays').to.equal('wxyz-0000');
    await expect(el).to.be.accessible();
  });

  it('the right code loads the round; every later request carries it (X-GE-Code), and the response is the code’s', async () => {
    const id = await codeRound();
    const el = await mount(id);
    await until(() => !!$(el, '[part=code-input]'));
    await enter(el, 'abcd efgh-jklm', 'click');
    await loaded(el);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#sec-will'));
    await answer(el, 'respondent group', 'staff');
    await sent(el, () => fillAndSubmit(el));
    const state = await serverState(id);
    expect(state.responses.map((r) => r.member)).to.deep.equal(['code:ABCDEFGHJKLM']);
    const after = state.log.slice(1);
    expect(after.map((l) => `${l.method} ${l.segment}`)).to.deep.equal(['GET ', 'PUT response']);
    expect(after.map((l) => l.code)).to.deep.equal(['ABCDEFGHJKLM', 'ABCDEFGHJKLM']);
    expect(state.log[0].code).to.equal('');
    for (const [key, value] of Object.entries(stored())) {
      expect(key).to.not.contain('ABCDEFGHJKLM');
      expect(value, key).to.not.contain('ABCDEFGHJKLM');
    }
  });

  it('says an empty or impossible code without asking the server', async () => {
    const id = await codeRound();
    const el = await mount(id);
    await until(() => !!$(el, '[part=code-input]'));
    $<HTMLButtonElement>(el, '[part=code-submit]')!.click();
    await el.updateComplete;
    expect(codeError(el)).to.equal('Enter your invitation code.');
    await enter(el, 'école;1');
    await el.updateComplete;
    expect(codeError(el)).to.equal('An invitation code has only letters and digits. Check the code, then try again.');
    expect((await serverState(id)).log).to.have.length(1);
  });

  it('too many wrong codes (429): says how long to wait, from data.retryAfter or Retry-After', async () => {
    const id = await codeRound({ codeAttempts: 2, retryAfter: 90 });
    const el = await mount(id);
    await until(() => !!$(el, '[part=code-input]'));
    for (const wrong of ['WRONG1', 'WRONG2']) {
      await enter(el, wrong);
      await until(() => codeError(el).startsWith('This code is not valid'));
      await el.updateComplete;
    }
    await enter(el, CODE);
    await until(() => codeError(el).startsWith('Too many'));
    expect(codeError(el)).to.equal('Too many wrong codes were tried from this connection. Wait 2 minutes before trying again.');
    expect(el.shadowRoot!.activeElement).to.equal(input(el));
    await control(id, { failNext: [{ segment: '', method: 'GET', status: 429, code: 'ge-too-many-attempts', retryAfter: 30 }] });
    await enter(el, CODE);
    await until(() => codeError(el).includes('30'));
    expect(codeError(el)).to.equal('Too many wrong codes were tried from this connection. Wait 30 seconds before trying again.');
  });

  it('speaks French', async () => {
    const id = await codeRound();
    const el = await mount(id, { lang: 'fr' });
    await until(() => !!$(el, '[part=code-input]'));
    expect(status(el)).to.equal('Ce questionnaire se remplit avec un code d’invitation. Entrez le code qui vous a été remis.');
    expect(input(el).labels![0].textContent).to.equal('Code d’invitation');
    expect($(el, '[part=code-submit]')!.textContent!.trim()).to.equal('Continuer');
    await enter(el, 'NOPE');
    await until(() => codeError(el) !== '');
    expect(codeError(el)).to.equal('Ce code n’est pas valide pour ce questionnaire. Vérifiez-le, puis réessayez.');
  });

  it('two code holders on one device never see each other’s drafts', async () => {
    const id = await round({ codes: ['AAAA1111', 'BBBB2222'], accounts: false });
    const a = await mount(id);
    await until(() => !!$(a, '[part=code-input]'));
    await enter(a, 'aaaa-1111');
    await loaded(a);
    await answer(a, 'w1', '4');
    a.remove();
    const base = draftKeyFor(endpointOf(id));
    expect(localStorage.getItem(codeScope(base, 'AAAA1111'))).to.contain('"w1":4');
    expect(localStorage.getItem(base)).to.equal(null);

    const b = await mount(id);
    await until(() => !!$(b, '[part=code-input]'));
    await enter(b, 'BBBB2222');
    await loaded(b);
    expect(checked(b, 'w1')).to.equal(null);
    b.remove();

    const again = await mount(id);
    await until(() => !!$(again, '[part=code-input]'));
    await enter(again, 'AAAA1111');
    await loaded(again);
    await until(() => checked(again, 'w1') === '4');
    expect(checked(again, 'w1')).to.equal('4');
    for (const [key, value] of Object.entries(stored())) expect(`${key} ${value}`).to.not.match(/AAAA1111|BBBB2222/);
  });

  it('a submission queued with a code is sent with it on the next visit, before anyone types a code', async () => {
    const id = await codeRound();
    const first = await mount(id);
    await until(() => !!$(first, '[part=code-input]'));
    await enter(first, CODE);
    await loaded(first);
    cutOffRound(id, 'PUT');
    await fillAndSubmit(first, { w1: '4', m1: '1' });
    await until(() => status(first).startsWith('No connection'));
    first.remove();
    const scope = codeScope(draftKeyFor(endpointOf(id)), 'ABCDEFGHJKLM');
    const outbox = JSON.parse(localStorage.getItem(`${scope}:outbox`)!);
    expect(outbox.data.code, 'the code waits with the submission').to.equal('ABCDEFGHJKLM');
    expect(localStorage.getItem(`${scope}:round`)).to.not.contain('ABCDEFGHJKLM');
    reconnect();

    const el = await mount(id);
    await until(() => !!$(el, '[part=code-input]'));
    let state = await serverState(id);
    for (let i = 0; i < 100 && state.responses.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 20));
      state = await serverState(id);
    }
    expect(state.responses.map((r) => [r.member, r.response.answers])).to.deep.equal([['code:ABCDEFGHJKLM', { w1: 4, m1: 1 }]]);
    await until(() => localStorage.getItem(`${scope}:outbox`) === null);
    expect(localStorage.getItem(`${scope}:outbox`)).to.equal(null);
    expect(localStorage.getItem(scope), 'its draft, which held what was sent').to.equal(null);
    expect(JSON.parse(localStorage.getItem(`${scope}:sent`)!).data.status).to.equal('created');
    expect($(el, '[part=code-input]'), 'nothing of it shown').to.not.equal(null);
    expect($$(el, 'input[name="w1"]')).to.have.length(0);
  });
});
