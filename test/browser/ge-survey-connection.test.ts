// <ge-survey> as a view: a page with only the survey carries no server code; `endpoint` without the
// round add-on says which script is missing and asks nothing, then starts once the add-on arrives;
// and a connection without any server (what the workshop store or another intranet would write)
// drives the survey through `connected` and hears its events.
// Nothing here imports src/round/ statically: the first test checks that no such module was loaded.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { GeSurvey, SurveyConnected } from '../../src/ge-survey/ge-survey.js';
import type { GeErrorDetail, GeStatusActionDetail } from '../../src/events.js';
import type { SurveyResponse } from '../../src/core/types.js';
import { $, $$, answer, oneEvent, small, text, until } from './ge-survey-helpers.js';

const status = (el: GeSurvey) => $$(el, '[part=round-status] .notice').map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
const loaded = (el: GeSurvey) => until(() => !!$(el, '[part=title]'));

/** The modules of this page, as the browser fetched them. */
const modules = () => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);

describe('ge-survey without the round add-on', () => {
  it('a page that uses only the survey never loads the connection layer (src/round/) nor the server code', () => {
    const loadedModules = modules();
    expect(loadedModules.some((p) => p.endsWith('/src/ge-survey/ge-survey.ts')), 'the survey itself').to.equal(true);
    expect(loadedModules.filter((p) => p.includes('/src/round/') || /\/src\/internal\/(remote|sync)\.ts$/.test(p))).to.deep.equal([]);
  });

  it('with `endpoint`, says which script is missing and asks the server nothing; starts when the add-on is loaded later', async () => {
    const id = `gs-missing-${Date.now().toString(36)}`;
    await fetch(`/__round/${id}/__control`, { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ reset: true, assessment: small, groups: ['staff'] }) });
    const realFetch = window.fetch;
    const asked: string[] = [];
    window.fetch = (input, init) => {
      asked.push(String(input instanceof Request ? input.url : input));
      return realFetch(input, init);
    };
    const errors: GeErrorDetail[] = [];
    try {
      const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
      wrap.addEventListener('ge-error', (e) => errors.push(e.detail));
      wrap.innerHTML = `<ge-survey endpoint="/__round/${id}" nonce="member-1" src="/nowhere.json"></ge-survey>`;
      const el = wrap.querySelector('ge-survey') as GeSurvey;
      await el.updateComplete;
      expect(status(el)).to.deep.equal(['This page needs the round add-on (gender-in-practice-round.min.js) to reach the server.']);
      expect($(el, '[part=round-status]')!.getAttribute('role')).to.equal('status');
      expect($$(el, 'input'), 'no survey to answer in vain').to.have.length(0);
      expect(el.submit()).to.equal(false);
      expect(errors.at(-1)?.errors[0]).to.include({ path: `/__round/${id}`, code: 'missing-addon' });
      await expect(el).to.be.accessible();
      el.setAttribute('lang', 'fr');
      await until(() => status(el)[0]?.startsWith('Cette'));
      expect(status(el)[0]).to.equal('Cette page a besoin du module des tours (gender-in-practice-round.min.js) pour joindre le serveur.');
      el.removeAttribute('lang');
      await new Promise((r) => setTimeout(r, 50));
      expect(asked, 'no request: neither the round nor `src`').to.deep.equal([]);
      expect((await (await realFetch(`/__round/${id}/__control`)).json() as { log: unknown[] }).log).to.deep.equal([]);

      await import('../../src/round/index.js');
      await loaded(el);
      expect($(el, '[part=title]')!.textContent).to.equal('Small survey');
      expect(status(el)).to.deep.equal([]);
      expect(asked).to.deep.equal([new URL(`/__round/${id}`, location.href).href]);
    } finally {
      window.fetch = realFetch;
    }
  });
});

/** A connection without a server: sets `connected` and records what the survey tells it. */
async function connected(value: SurveyConnected, attrs = ''): Promise<{ el: GeSurvey; heard: Event[] }> {
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  wrap.innerHTML = `<ge-survey layout="single-page" ${attrs}></ge-survey>`;
  const el = wrap.querySelector('ge-survey') as GeSurvey;
  const heard: Event[] = [];
  for (const name of ['ge-survey-submit', 'ge-status-action', 'ge-code-submit', 'ge-survey-change']) el.addEventListener(name, (e) => heard.push(e));
  el.connected = value;
  await el.updateComplete;
  return { el, heard };
}

const mine: SurveyResponse = { assessmentId: 'small', assessmentVersion: '1', answers: { w1: 2, m1: 'dk' }, comments: { w1: 'From the store.' }, respondent: { group: 'staff' } };

describe('ge-survey driven by a connection without a server (`connected`)', () => {
  beforeEach(() => localStorage.clear());

  it('its assessment wins over the page’s; status lines in the survey’s words, in a live region; an unknown state shows its message', async () => {
    const { el } = await connected({ assessment: small, groups: ['staff', 'board'],
      status: [{ state: 'offline' }, { state: 'queued' }, { state: 'store-busy', message: 'The workshop store is busy.' }] }, 'src="/nowhere.json"');
    expect($(el, '[part=title]')!.textContent).to.equal('Small survey');
    expect($$<HTMLInputElement>(el, 'input[name="respondent group"]').map((i) => i.value)).to.deep.equal(['staff', 'board']);
    expect(status(el)).to.deep.equal([
      'No connection to the server: this is the survey saved on this device. You can answer it; your answers will be sent when the connection returns.',
      'No connection to the server. Your answers are saved on this device and will be sent automatically. Do not log out until they are sent.',
      'The workshop store is busy.',
    ]);
    expect($(el, '[part=round-status]')!.getAttribute('role')).to.equal('status');
    el.lang = 'fr';
    el.connected = { ...el.connected, status: { state: 'sent' } };
    await el.updateComplete;
    await until(() => status(el)[0]?.startsWith('Vos réponses'));
    expect(status(el)).to.deep.equal(['Vos réponses ont été reçues. Vous pouvez les modifier jusqu’à la clôture de ce tour.']);
    await expect(el).to.be.accessible();
  });

  it('an action of the status is a button that fires ge-status-action; retry() fires it too and waits for the work handed over', async () => {
    const { el, heard } = await connected({ assessment: null,
      status: { state: 'load-failed', params: { code: 'x-down' }, message: 'Down for maintenance.', actions: ['retry'] } });
    expect(status(el)).to.deep.equal(['The survey could not be loaded from the server. Check your connection, then try again. The server said: Down for maintenance.']);
    const button = $<HTMLButtonElement>(el, '[part=retry]')!;
    expect(button.textContent!.trim()).to.equal('Try again');
    expect($$(el, 'input'), 'no assessment yet: nothing to answer').to.have.length(0);
    button.click();
    expect(heard.map((e) => [e.type, (e as CustomEvent<GeStatusActionDetail>).detail.action])).to.deep.equal([['ge-status-action', 'retry']]);
    expect(heard[0].bubbles && heard[0].composed).to.equal(true);

    let done = false;
    el.addEventListener('ge-status-action', (e) => e.detail.waitUntil(new Promise((r) => setTimeout(r, 50)).then(() => { done = true; })));
    await el.retry();
    expect(done).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('read-only: the response the connection keeps, for review, never the draft; nothing to submit', async () => {
    localStorage.setItem('ro-scope', JSON.stringify({ format: 'gender-in-practice/ge-survey-draft@1', savedAt: new Date().toISOString(),
      data: { assessmentId: 'small', assessmentVersion: '1', answers: { w1: 4 }, comments: {} } }));
    const { el } = await connected({ assessment: small, groups: ['staff'], storageScope: 'ro-scope', readOnly: true, response: mine, status: { state: 'closed' } });
    expect(status(el)).to.deep.equal(['This round is closed. Here are your answers; they can no longer be changed.']);
    expect($(el, '.review-mode')).to.not.equal(null);
    expect(text(el)).to.contain('2 – Partly');
    expect(text(el)).to.contain('Comment: From the store.');
    expect(text(el)).to.contain('Group: Staff');
    expect(text(el)).to.not.contain('4 – Fully');
    expect($$(el, 'input')).to.have.length(0);
    expect(el.submit()).to.equal(false);
    await expect(el).to.be.accessible();
    el.connected = { assessment: small, readOnly: true, response: null, status: { state: 'closed-no-answers' } };
    await el.updateComplete;
    expect($(el, '.review-mode')).to.equal(null);
    expect(status(el)).to.deep.equal(['This round is closed: it no longer takes answers.']);
  });

  it('the invitation-code prompt: a code is handed on (ge-code-submit, normalised), an impossible one is said at once, a refusal focuses the field, and the survey takes its place', async () => {
    const { el, heard } = await connected({ assessment: null, codePrompt: {} });
    expect(status(el)).to.deep.equal(['This survey is answered with an invitation code. Enter the code you were given.']);
    const input = $<HTMLInputElement>(el, '[part=code-input]')!;
    expect(el.shadowRoot!.activeElement, 'no focus stolen').to.equal(null);
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part=code-submit]')!.click();
    await el.updateComplete;
    expect($(el, '#code-error')!.textContent).to.equal('Enter your invitation code.');
    expect(heard).to.have.length(0);
    input.focus();
    await sendKeys({ type: 'ab-cd 12' });
    await sendKeys({ press: 'Enter' });
    expect(heard.map((e) => [e.type, (e as CustomEvent<{ code: string }>).detail.code])).to.deep.equal([['ge-code-submit', 'ABCD12']]);

    el.connected = { assessment: null, codePrompt: { checking: true } };
    await el.updateComplete;
    expect($(el, '[part=code-submit]')!.textContent!.trim()).to.equal('Checking the code…');
    expect($(el, '#code-error')).to.equal(null);
    el.connected = { assessment: null, codePrompt: { error: 'too-many-attempts', retryAfter: 90 } };
    await el.updateComplete;
    expect($(el, '#code-error')!.textContent).to.equal('Too many wrong codes were tried from this connection. Wait 2 minutes before trying again.');
    expect(el.shadowRoot!.activeElement).to.equal(input);
    expect(input.getAttribute('aria-invalid')).to.equal('true');

    el.connected = { assessment: small, codePrompt: null };
    await el.updateComplete;
    expect($(el, '[part=code-input]')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#sec-will'));
  });

  it('hears the submission; a waiting one is shown as submitted; the thank-you says "sent" only once the connection says so', async () => {
    const { el, heard } = await connected({ assessment: small, status: null });
    await answer(el, 'w1', '3');
    await answer(el, 'm1', '1');
    $<HTMLButtonElement>(el, '[part=submit]')!.click();
    await el.updateComplete;
    expect(heard.map((e) => e.type)).to.deep.equal(['ge-survey-change', 'ge-survey-change', 'ge-survey-submit']);
    expect((heard[2] as CustomEvent<{ response: SurveyResponse }>).detail.response.answers).to.deep.equal({ w1: 3, m1: 1 });
    expect($(el, '#thanks-title')!.textContent).to.equal('Thank you for your answers');
    el.connected = { ...el.connected, status: { state: 'sent' } };
    await el.updateComplete;
    expect($(el, '#thanks-title')!.textContent).to.equal('Thank you, your answers were sent');

    const other = await connected({ assessment: small, start: { response: { ...mine, submittedAt: '2026-01-02T03:04:05.000Z' }, submitted: true }, status: { state: 'sending' } });
    expect($(other.el, '#thanks-title')!.textContent).to.equal('Thank you for your answers');
    expect(other.el.response.answers).to.deep.equal({ w1: 2, m1: 'dk' });
    expect(other.heard, 'set by the connection: no event').to.have.length(0);
  });

  it('keeps its draft under `storageScope`; starts from the connection’s answers without writing them; forgetDraft() deletes what it kept', async () => {
    const { el } = await connected({ assessment: small, storageScope: 'store-scope:member-7' }, 'storage-key="page-key"');
    await answer(el, 'w1', '4');
    expect(localStorage.getItem('store-scope:member-7')).to.contain('"w1":4');
    expect(localStorage.getItem('page-key')).to.equal(null);
    el.forgetDraft();
    expect(localStorage.getItem('store-scope:member-7')).to.equal(null);
    expect(el.response.answers, 'still on screen').to.deep.equal({ w1: 4 });

    el.connected = { ...el.connected, start: { response: mine } };
    await el.updateComplete;
    expect($<HTMLInputElement>(el, 'input[name="w1"]:checked')!.value).to.equal('2');
    expect(localStorage.getItem('store-scope:member-7'), 'not written until the person changes an answer').to.equal(null);
    el.connected = { ...el.connected, storageScope: 'store-scope:member-8' };
    await el.updateComplete;
    expect(el.response.answers, 'another scope: another person’s answers, none carried over').to.deep.equal({});
  });

  it('a refusal: said above the form with the problems, focus on it, fired as ge-error, the answers back in the form', async () => {
    const { el } = await connected({ assessment: small });
    await answer(el, 'w1', '3');
    await answer(el, 'm1', '1');
    $<HTMLButtonElement>(el, '[part=submit]')!.click();
    await el.updateComplete;
    const error = oneEvent(el, 'ge-error');
    el.connected = { ...el.connected, status: { state: 'refused', params: { code: 'ge-too-large' }, message: 'Too large.' },
      refusal: { path: 'store/answers', code: 'ge-too-large', message: 'Too large.', errors: [{ path: 'comments.w1', code: 'too-long', message: 'The comment is too long.' }] } };
    const { detail } = (await error) as CustomEvent<GeErrorDetail>;
    expect(detail.errors).to.deep.equal([
      { path: 'store/answers', code: 'ge-too-large', message: 'Your answers are too long to be sent. Shorten your comments, then submit again.' },
      { path: 'response.comments.w1', code: 'too-long', message: 'The comment is too long.' },
    ]);
    await el.updateComplete;
    expect(status(el)).to.deep.equal(['The server did not accept your answers. Your answers are too long to be sent. Shorten your comments, then submit again.']);
    expect($(el, '#round-errors')!.textContent).to.contain('comments.w1 The comment is too long.');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#round-errors-title'));
    expect($<HTMLInputElement>(el, 'input[name="w1"]:checked')!.value).to.equal('3');
    await expect(el).to.be.accessible();
  });
});
