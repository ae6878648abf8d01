// <socratic-wheel endpoint nonce>: the facilitator's wheel against the in-memory round server
// (test/browser/round-server.mjs): results, counts, errors, targets saved (debounced, retried, never lost).
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/socratic-wheel/socratic-wheel.js';
import '../../src/action-plan-board/action-plan-board.js';
import type { SocraticWheel } from '../../src/socratic-wheel/socratic-wheel.js';
import type { ActionPlanBoard } from '../../src/action-plan-board/action-plan-board.js';
import { localTargetsKey } from '../../src/socratic-wheel/round-sync.js';
import { defaultAssessment } from '../../src/core/default-assessment.js';
import type { Answer, SurveyResponse } from '../../src/core/types.js';
import { cutOff, reconnect } from './round-helpers.js';

const ids = defaultAssessment.dimensions.map((d) => d.id);
let seq = 0;
const newRound = (name: string) => `wheel-${name}-${Date.now().toString(36)}-${seq++}`;
const R = (round: string) => `/__round/${round}`;

interface LogEntry { method: string; segment: string; nonce: string; lang: string }
interface ServerState { targets: Record<string, number> | null; log: LogEntry[] }

async function control(round: string, body: Record<string, unknown>): Promise<void> {
  const r = await fetch(`${R(round)}/__control`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  if (!r.ok) throw new Error(`control ${r.status}`);
}
const serverState = async (round: string): Promise<ServerState> => (await fetch(`${R(round)}/__control`)).json();
const seed = (round: string, body: Record<string, unknown>) => control(round, { reset: true, ...body });

/** A response to the built-in assessment: every question at `level` (reverse ones mirrored). */
function respond(level: number, group = 'staff'): SurveyResponse {
  const answers: Record<string, Answer> = {};
  for (const d of defaultAssessment.dimensions) for (const q of d.questions) answers[q.id] = q.reverse ? 4 - level : level;
  return { assessmentId: defaultAssessment.id, assessmentVersion: defaultAssessment.version, respondent: { group }, answers };
}
const responses = (n: number, level = 3) => Array.from({ length: n }, () => respond(level));

async function until(check: () => boolean | Promise<boolean>, what: string, timeout = 5000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));


const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const text = (node: Element | null) => (node?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim(); // a no-break space stays
const statusLine = (el: SocraticWheel) => text($(el, '.round-status'));
const alertText = (el: SocraticWheel) => text($(el, '.round [role="alert"]'));
const notes = (el: SocraticWheel) => $$(el, '[part="notes"] li').map(text);
const target = (el: SocraticWheel) => el.series.find((s) => s.id === 'target')?.values;

async function wheel(round: string, attrs: { nonce?: string; lang?: string; editable?: string; minGroupSize?: number; saveDelay?: number } = {}): Promise<SocraticWheel> {
  const el = await fixture<SocraticWheel>(html`<socratic-wheel endpoint=${R(round)} nonce=${attrs.nonce ?? 'fac-1'} lang=${attrs.lang ?? 'en'}
    editable=${attrs.editable ?? ''} min-group-size=${attrs.minGroupSize ?? ''} .saveDelay=${attrs.saveDelay ?? 600}></socratic-wheel>`);
  return el;
}
const ready = async (el: SocraticWheel, state = 'ready') => {
  await until(() => el.resultsState === state, `results ${state}`);
  await el.updateComplete;
};

const targets = { 'political-will': 8, policy: 9, 'financial-resources': 6 };

describe('<socratic-wheel endpoint>: results', () => {
  afterEach(() => { reconnect(); localStorage.clear(); });

  it('draws the current series from the server\'s responses and the target series from its targets', async () => {
    const round = newRound('draw');
    await seed(round, { responses: responses(4, 3), targets });
    const el = await wheel(round);
    expect(el.resultsState).to.equal('loading');
    await ready(el);
    expect($(el, '[data-series="current"]'), 'current series').to.not.equal(null);
    expect($(el, '[data-series="target"]'), 'target series').to.not.equal(null);
    expect(target(el)).to.deep.equal(targets);
    expect(el.responses).to.have.length(4);
    // Priorities from both: every answer at 3 of 0–4 is 75 on 0–100; the targets 80, 90 and 60.
    const byId = Object.fromEntries(el.priorities.map((p) => [p.dimensionId, p]));
    expect(byId.policy).to.include({ current: 75, target: 90 });
    expect(byId['political-will']).to.include({ current: 75, target: 80 });
    expect(statusLine(el)).to.match(/^4 responses · updated \d{1,2}:\d{2}/);
    expect(alertText(el)).to.equal('');
  });

  it('sends the nonce in X-WP-Nonce and the language in Accept-Language', async () => {
    const round = newRound('headers');
    await seed(round, { responses: responses(3) });
    const el = await wheel(round, { nonce: 'fac-42', lang: 'fr' });
    await ready(el);
    const { log } = await serverState(round);
    expect(log).to.have.length(1);
    expect(log[0]).to.include({ method: 'GET', segment: 'results', nonce: 'fac-42', lang: 'fr' });
  });

  it('a member (403) is told only facilitators can see the results', async () => {
    const round = newRound('member');
    await seed(round, { responses: responses(3) });
    const el = await wheel(round, { nonce: 'member-7' });
    await ready(el, 'forbidden');
    expect(alertText(el)).to.equal('Only facilitators can see these results.');
    expect($(el, '[data-series="current"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('no nonce (401) or an expired nonce (403 rest_cookie_invalid_nonce): reload the page', async () => {
    const round = newRound('expired');
    await seed(round, { responses: responses(3) });
    const anonymous = await fixture<SocraticWheel>(html`<socratic-wheel endpoint=${R(round)}></socratic-wheel>`);
    await ready(anonymous, 'expired');
    expect(alertText(anonymous)).to.equal('Your session has expired: reload the page.');
    await control(round, { failNext: [{ segment: 'results', status: 403, code: 'rest_cookie_invalid_nonce', message: 'Cookie check failed' }] });
    const el = await wheel(round);
    await ready(el, 'expired');
    expect(alertText(el)).to.equal('Your session has expired: reload the page.');
  });

  it('below k, shows the server\'s n in the "not enough respondents" note', async () => {
    const round = newRound('below');
    await seed(round, { responses: responses(2) }); // the server's k is 3: it sends n = 2 and no responses
    const el = await wheel(round);
    await ready(el);
    expect(el.responses).to.deep.equal([]);
    expect(notes(el)).to.include('Responses so far: 2. Results are shown from 3 respondents, to protect confidentiality.');
    expect(statusLine(el)).to.match(/^2 responses · updated/);
    expect($(el, '[data-series="current"]')).to.equal(null);
  });

  it('takes the larger of min-group-size and the round\'s k', async () => {
    const round = newRound('k');
    await seed(round, { responses: responses(4) }); // enough for the server (k = 3), not for the page's 5
    const el = await wheel(round, { minGroupSize: 5 });
    await ready(el);
    expect(el.responses).to.have.length(4);
    expect(notes(el)).to.include('Responses so far: 4. Results are shown from 5 respondents, to protect confidentiality.');
    expect($(el, '[data-series="current"]')).to.equal(null);
    await seed(round, { responses: responses(4), minGroupSize: 4 });
    const lower = await wheel(round, { minGroupSize: 3 });
    await ready(lower);
    expect($(lower, '[data-series="current"]'), 'k = 4 from the round').to.not.equal(null);
    expect(notes(lower).join(' ')).to.not.contain('Responses so far');
  });

  it('refresh() and the Update button pick up newly seeded responses', async () => {
    const round = newRound('refresh');
    await seed(round, { responses: responses(3) });
    const el = await wheel(round);
    await ready(el);
    expect(statusLine(el)).to.match(/^3 responses/);
    await control(round, { responses: responses(4, 2) }); // seeds seed-0..3: one more response
    await el.refresh();
    await el.updateComplete;
    expect(statusLine(el)).to.match(/^4 responses/);
    expect(el.responses).to.have.length(4);
    await control(round, { responses: responses(5, 2) });
    const button = $<HTMLButtonElement>(el, 'button.round-update')!;
    expect(text(button)).to.equal('Update');
    button.click();
    await until(() => el.responses?.length === 5, 'a fifth response');
    await el.updateComplete;
    expect(statusLine(el)).to.match(/^5 responses/);
  });

  it('a network failure or a 5xx shows a message and Retry, and keeps the wheel drawn', async () => {
    const round = newRound('network');
    await seed(round, { responses: responses(3) });
    const el = await wheel(round);
    await ready(el);
    const cut = cutOff((url) => url.includes(`${round}/results`));
    await el.refresh();
    await el.updateComplete;
    expect(cut.count).to.equal(1);
    reconnect();
    expect(el.resultsState).to.equal('offline');
    expect(alertText(el)).to.equal('The results could not be loaded: no connection.');
    expect($(el, '[data-series="current"]'), 'still drawn').to.not.equal(null);
    await expect(el).to.be.accessible();
    await control(round, { failNext: [{ segment: 'results', status: 503 }] });
    $<HTMLButtonElement>(el, 'button.round-update')!.click(); // "Retry"
    await until(() => el.resultsState === 'server', 'a server error');
    await el.updateComplete;
    expect(alertText(el)).to.equal('The results could not be loaded: the server is not answering.');
    expect(text($(el, 'button.round-update'))).to.equal('Retry');
    $<HTMLButtonElement>(el, 'button.round-update')!.click();
    await ready(el);
    expect(alertText(el)).to.equal('');
  });

  it('is accessible while loading, with a polite status', async () => {
    const round = newRound('loading');
    await seed(round, { responses: responses(3), delayMs: 600 });
    const el = await wheel(round);
    await el.updateComplete;
    expect(el.resultsState).to.equal('loading');
    expect(statusLine(el)).to.equal('Loading results…');
    expect($(el, '.round-status')!.getAttribute('role')).to.equal('status');
    expect($(el, '[role="figure"]')!.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    await ready(el);
    expect($(el, '[role="figure"]')!.getAttribute('aria-busy')).to.equal('false');
  });

  it('speaks French', async () => {
    const round = newRound('fr');
    await seed(round, { responses: responses(3) });
    const el = await wheel(round, { lang: 'fr', editable: 'target' });
    await ready(el);
    expect(statusLine(el)).to.match(/^3 réponses · mis à jour à \d{1,2}(:| h )\d{2}$/);
    expect(text($(el, 'button.round-update'))).to.equal('Mettre à jour');
    await expect(el).to.be.accessible();
    const member = await wheel(round, { lang: 'fr', nonce: 'member-1' });
    await ready(member, 'forbidden');
    expect(alertText(member)).to.equal('Seules les personnes qui animent l’atelier peuvent voir ces résultats.');
    await seed(round, { responses: responses(1) });
    const few = await wheel(round, { lang: 'fr' });
    await ready(few);
    expect(notes(few)).to.include('Réponses pour l’instant\u00a0: 1. Les résultats s’affichent à partir de 3 répondants, pour préserver la confidentialité.');
  });

  it('feeds a board through `source`: its suggestions follow the server\'s data', async () => {
    const round = newRound('source');
    await seed(round, { responses: responses(4, 1), targets: { 'political-will': 9, policy: 9 } });
    const wrap = await fixture<HTMLElement>(html`<div><socratic-wheel id="w-src" endpoint=${R(round)} nonce="fac-1"></socratic-wheel>
      <action-plan-board source="w-src"></action-plan-board></div>`);
    const el = wrap.querySelector<SocraticWheel>('socratic-wheel')!;
    const board = wrap.querySelector<ActionPlanBoard>('action-plan-board')!;
    await ready(el);
    await until(() => !!$(board, '.suggestions'), 'suggestions on the board');
    const dims = $$(board, '.suggestions .meta').map(text).join(' ');
    expect(dims).to.contain('Political will');
  });
});

describe('<socratic-wheel endpoint editable="target">: saving targets', () => {
  afterEach(() => { reconnect(); localStorage.clear(); });

  it('a keyboard change is saved once, debounced, with the whole target map', async () => {
    const round = newRound('put');
    await seed(round, { responses: responses(3), targets });
    const el = await wheel(round, { editable: 'target', saveDelay: 300 });
    await ready(el);
    const first = $<HTMLElement>(el, '.slider[data-index="0"]')!;
    first.focus();
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowDown' }); // 8 → 5
    await el.updateComplete;
    expect(target(el)![ids[0]]).to.equal(5);
    expect(text($(el, '.round-targets'))).to.equal('Saving targets…');
    expect((await serverState(round)).log.filter((l) => l.method === 'PUT')).to.have.length(0); // not yet: debounced
    await until(() => el.targetsState === 'saved', 'targets saved');
    await sleep(400);
    const state = await serverState(round);
    const puts = state.log.filter((l) => l.method === 'PUT');
    expect(puts).to.have.length(1);
    expect(puts[0]).to.include({ segment: 'targets', nonce: 'fac-1', lang: 'en' });
    expect(state.targets).to.deep.equal({ ...targets, 'political-will': 5 });
    await el.updateComplete;
    expect(text($(el, '.round [role="status"].visually-hidden'))).to.equal('Targets saved');
    expect(localStorage.getItem(localTargetsKey(R(round)))).to.equal(null);
  });

  it('a network failure is kept on the device and sent again when the connection returns', async () => {
    const round = newRound('offline');
    await seed(round, { responses: responses(3), targets });
    const el = await wheel(round, { editable: 'target', saveDelay: 0 });
    await ready(el);
    const cut = cutOff((url, method) => url.includes(`${round}/targets`) && method === 'PUT');
    $<HTMLElement>(el, '.slider[data-index="1"]')!.focus();
    await sendKeys({ press: 'ArrowUp' }); // policy 9 → 10
    await until(() => el.targetsState === 'retrying', 'a failed save');
    await el.updateComplete;
    expect(text($(el, '.round [role="status"].visually-hidden'))).to.equal('Not saved yet: will retry');
    const kept = JSON.parse(localStorage.getItem(localTargetsKey(R(round)))!);
    expect(kept.data).to.deep.equal({ ...targets, policy: 10 });
    expect((await serverState(round)).targets).to.deep.equal(targets);
    expect(cut.count).to.equal(1);
    reconnect();
    window.dispatchEvent(new Event('online'));
    await until(() => el.targetsState === 'saved', 'saved after online', 2000); // well before the 3 s backoff
    expect((await serverState(round)).targets).to.deep.equal({ ...targets, policy: 10 });
    expect(localStorage.getItem(localTargetsKey(R(round)))).to.equal(null);
  });

  it('unsaved targets left in the browser are shown on reload and sent', async () => {
    const round = newRound('reload');
    await seed(round, { responses: responses(3), targets });
    const mine = { ...targets, budget: 7 };
    localStorage.setItem(localTargetsKey(R(round)), JSON.stringify({ format: 'gender-in-practice/round-targets@1', savedAt: new Date().toISOString(), data: mine }));
    const el = await wheel(round, { editable: 'target' });
    await ready(el);
    expect(target(el)).to.deep.equal(mine);
    await until(async () => JSON.stringify((await serverState(round)).targets) === JSON.stringify(mine), 'the kept targets on the server');
    await until(() => localStorage.getItem(localTargetsKey(R(round))) === null, 'the copy cleared');
  });

  it('a refused save (4xx) shows the server\'s message and keeps the values', async () => {
    const round = newRound('refused');
    await seed(round, { responses: responses(3), targets, failNext: [{ segment: 'targets', method: 'PUT', status: 400, code: 'ge-invalid-targets', message: 'Budget is off the scale.' }] });
    const el = await wheel(round, { editable: 'target', saveDelay: 0 });
    await ready(el);
    $<HTMLElement>(el, '.slider[data-index="0"]')!.focus();
    await sendKeys({ press: 'ArrowUp' });
    await until(() => el.targetsState === 'refused', 'a refused save');
    await el.updateComplete;
    expect(text($(el, '.round-targets'))).to.equal('Targets not saved: Budget is off the scale.');
    expect(target(el)![ids[0]]).to.equal(9);
    await expect(el).to.be.accessible();
  });
});
