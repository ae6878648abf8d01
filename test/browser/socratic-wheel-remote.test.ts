// <socratic-wheel endpoint nonce>: the facilitator's wheel against the in-memory round server
// (test/browser/round-server.mjs, protocol 2): releases drawn, the line about them, making one,
// errors, a protocol-1 server refused, targets saved (debounced, retried, never lost).
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/socratic-wheel/socratic-wheel.js';
import '../../src/action-plan-board/action-plan-board.js';
import '../../src/round/index.js';
import type { SocraticWheel } from '../../src/socratic-wheel/socratic-wheel.js';
import type { ActionPlanBoard } from '../../src/action-plan-board/action-plan-board.js';
import { localTargetsKey } from '../../src/round/wheel.js';
import { defaultAssessment } from '../../src/core/default-assessment.js';
import { cutOff, reconnect } from './round-helpers.js';
import {
  $, $$, R, alertText, control, ids, newRound, nextLine, notes, putResponse, releaseLine, respond, responses, seed, serverState,
  sleep, sliderValues, statusLine, text, until,
} from './socratic-wheel-helpers.js';

/** The targets the round gives the wheel (the host's own `series` stays as the page set it). */
const target = (el: SocraticWheel) => el.connected?.targets;

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

  it('draws the latest release: the current series with its spread, the targets, and a line saying which release and when', async () => {
    const round = newRound('draw');
    await seed(round, { responses: responses(4, 3), targets, release: true });
    const el = await wheel(round);
    expect(el.resultsState).to.equal('loading');
    await ready(el);
    expect($(el, '[data-series="current"]'), 'current series').to.not.equal(null);
    expect($$(el, '.spread .band').length, 'spread').to.be.greaterThan(0);
    expect($(el, '[data-series="target"]'), 'target series').to.not.equal(null);
    expect(target(el)).to.deep.equal(targets);
    expect(el.connected?.release).to.include({ id: 1, n: 4, suppressed: false });
    expect(el.responses, 'no per-person record on the element').to.equal(undefined);
    expect([el.release, el.assessment, el.series], 'the host\'s properties read back what the host set').to.deep.equal([undefined, undefined, []]);
    // Priorities from both: every answer at 3 of 0–4 is 75 on 0–100; the targets 80, 90 and 60.
    const byId = Object.fromEntries(el.priorities.map((p) => [p.dimensionId, p]));
    expect(byId.policy).to.include({ current: 75, target: 90 });
    expect(byId['political-will']).to.include({ current: 75, target: 80 });
    expect(releaseLine(el)).to.match(/^Release 1 of \d{1,2}:\d{2}( [AP]M)? · 4 responses$/);
    expect(nextLine(el)).to.equal('4 responses now; a new release needs 3 more responses, added or changed.');
    expect($(el, '.round-make')).to.equal(null);
    expect(alertText(el)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('sends the nonce in X-WP-Nonce and the language in Accept-Language', async () => {
    const round = newRound('headers');
    await seed(round, { responses: responses(3), release: true });
    const el = await wheel(round, { nonce: 'fac-42', lang: 'fr' });
    await ready(el);
    const { log } = await serverState(round);
    expect(log).to.have.length(1);
    expect(log[0]).to.include({ method: 'GET', segment: 'results', nonce: 'fac-42', lang: 'fr' });
  });

  it('a member (403) is told only facilitators can see the results', async () => {
    const round = newRound('member');
    await seed(round, { responses: responses(3), release: true });
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

  it('before the first release: says what the first needs (facilitators\' own responses do not count), draws nothing', async () => {
    const round = newRound('first');
    await seed(round, { responses: responses(2) });
    await putResponse(round, 'fac-9', respond(1)); // the server's k is 3: two members and a facilitator are not enough
    const el = await wheel(round);
    await ready(el);
    expect(el.connected?.release).to.equal(null);
    expect(releaseLine(el)).to.equal('No release yet: the first needs 3 responses (2 so far).');
    expect(nextLine(el)).to.equal('');
    expect($(el, '[data-series="current"]')).to.equal(null);
    expect($(el, '.round-make')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('"Make a new release": offered when the rule allows, made by keyboard, announced, and focus moves to Update', async () => {
    const round = newRound('make');
    await seed(round, { responses: responses(3) });
    const el = await wheel(round);
    await ready(el);
    expect(releaseLine(el)).to.equal('No release yet: 3 responses now, enough for the first.');
    const button = $<HTMLButtonElement>(el, 'button.round-make')!;
    expect(text(button)).to.equal('Make a new release');
    await expect(el).to.be.accessible();
    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => el.connected?.release?.id === 1, 'the first release');
    await el.updateComplete;
    await el.updateComplete;
    expect($(el, '[data-series="current"]')).to.not.equal(null);
    expect(releaseLine(el)).to.match(/^Release 1 of .+ · 3 responses$/);
    expect(statusLine(el)).to.contain('Release 1 was made.');
    expect($(el, '.round-status')!.getAttribute('role')).to.equal('status');
    expect($(el, 'button.round-make'), 'no second release so soon').to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'button.round-update'));
    const { log } = await serverState(round);
    expect(log.filter((l) => l.method === 'POST').map((l) => l.segment)).to.deep.equal(['releases']);
    await expect(el).to.be.accessible();
  });

  it('makeRelease() too soon (409 ge-release-too-soon): the line takes the server\'s count of what is needed, and says so', async () => {
    const round = newRound('soon');
    await seed(round, { responses: responses(3), release: true });
    await control(round, { responses: responses(3, 1) }); // three members changed their answers: a release is allowed
    const el = await wheel(round);
    await ready(el);
    expect(nextLine(el)).to.equal('3 responses now; a new release can be made.');
    expect($(el, 'button.round-make')).to.not.equal(null);
    // Meanwhile (another facilitator released, say) the server needs one more.
    await control(round, { failNext: [{ segment: 'releases', method: 'POST', status: 409, code: 'ge-release-too-soon', message: 'Too soon.', data: { needed: 1 } }] });
    await el.makeRelease();
    await el.updateComplete;
    expect(nextLine(el)).to.equal('3 responses now; a new release needs 1 more response, added or changed.');
    expect(statusLine(el)).to.contain('No release was made: a new one needs 1 more response, added or changed.');
    expect($(el, 'button.round-make')).to.equal(null);
    expect(el.connected?.release?.id).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('a release request that fails on the way is said, and the release shown stays', async () => {
    const round = newRound('release-offline');
    await seed(round, { responses: responses(3) });
    const el = await wheel(round);
    await ready(el);
    cutOff((url, method) => url.includes(`${round}/releases`) && method === 'POST');
    await el.makeRelease();
    await el.updateComplete;
    expect(statusLine(el)).to.contain('No release was made: no connection to the server.');
    reconnect();
    await el.makeRelease();
    await el.updateComplete;
    expect(el.connected?.release?.id).to.equal(1);
  });

  it('refresh() and the Update button pick up a new release', async () => {
    const round = newRound('refresh');
    await seed(round, { responses: responses(3), release: true });
    const el = await wheel(round);
    await ready(el);
    expect(releaseLine(el)).to.match(/^Release 1 of .+ · 3 responses$/);
    await control(round, { responses: responses(4, 2) }); // seeds seed-0..3: three changed, one more
    await el.refresh();
    await el.updateComplete;
    expect(nextLine(el)).to.equal('4 responses now; a new release can be made.');
    expect(releaseLine(el)).to.match(/^Release 1 of .+ · 3 responses$/);
    await control(round, { release: true });
    const button = $<HTMLButtonElement>(el, 'button.round-update')!;
    expect(text(button)).to.equal('Update');
    button.click();
    await until(() => el.connected?.release?.id === 2, 'the second release');
    await el.updateComplete;
    expect(releaseLine(el)).to.match(/^Release 2 of .+ · 4 responses$/);
  });

  it('a raised k hides an earlier release that no longer has k responses, and says why', async () => {
    const round = newRound('raised');
    await seed(round, { responses: responses(4), release: true });
    await control(round, { minGroupSize: 5 });
    const el = await wheel(round);
    await ready(el);
    expect($(el, '[data-series="current"]')).to.equal(null);
    expect(notes(el)).to.include('This release holds 4 responses, fewer than 5 of them from people other than the round’s facilitators: nothing is shown, to protect confidentiality.');
  });

  it('draws group overlays from the groups the release shows, counts hidden ones, and lists comments by dimension', async () => {
    const round = newRound('groups');
    const said = (level: number, group: string, comment: string) => ({ ...respond(level, group), comments: { 'pw-1': comment, 'pol-1': `${comment} (policy)` } });
    await seed(round, {
      groups: ['staff', 'management', 'partner', 'board'],
      responses: [...[0, 1, 2, 3].map((i) => said(3, 'staff', `staff ${i}`)), ...[0, 1, 2].map((i) => said(1, 'management', `mgmt ${i}`)),
        said(0, 'board', 'the lone board member'), ...responses(2, 2), respond(2, 'management'), respond(2, 'management'),
        ...Array.from({ length: 4 }, () => respond(4, 'partner'))],
      release: true,
    });
    const el = await wheel(round);
    await ready(el);
    // Board (1) is hidden, and partner (4) with it: the whole minus what is shown is never 1 or 2 people.
    expect($$(el, '.legend-item.kind-group').map((b) => text(b))).to.deep.equal(['Staff (n = 6)', 'Management (n = 5)']);
    expect(notes(el)).to.include('1 group has fewer than 3 respondents and is not shown, to protect confidentiality.');
    expect(notes(el)).to.include('1 more group(s) are not shown, so that a hidden group cannot be worked out from the total.');
    const comments = $<HTMLDetailsElement>(el, 'details[part="comments"]')!;
    expect(text(comments.querySelector('summary'))).to.equal('Comments (16)');
    expect($$(el, '[part="comments"] dt').map(text)).to.deep.equal(['Political will & leadership', 'Policy & strategic framework']);
    expect($$(el, '[part="comments"] dd').map(text)).to.include('the lone board member');
    expect(text(comments)).to.not.contain('board (');
    comments.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(comments.open).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('refuses a server that sends per-person responses (protocol 1), in English and in French', async () => {
    const round = newRound('v1');
    await seed(round, { responses: responses(3) });
    const real = window.fetch;
    window.fetch = (input, init) => (String(input instanceof Request ? input.url : input).includes(`${round}/results`)
      ? Promise.resolve(new Response(JSON.stringify({ protocol: 1, round: { id: round, status: 'open', groups: [], minGroupSize: 3 },
        assessment: defaultAssessment, n: 3, groups: [], responses: responses(3), targets: null }), { status: 200, headers: { 'Content-Type': 'application/json' } }))
      : real(input, init));
    try {
      const el = await wheel(round);
      await ready(el, 'outdated');
      expect(alertText(el)).to.equal('This server sends results per person (protocol 1), which could single a respondent out: it must be updated to protocol 2 before the wheel shows its results.');
      expect($(el, '[data-series="current"]')).to.equal(null);
      expect(el.connected?.release ?? null).to.equal(null);
      expect(text($(el, 'button.round-update'))).to.equal('Retry');
      await expect(el).to.be.accessible();
      const fr = await wheel(round, { lang: 'fr' });
      await ready(fr, 'outdated');
      expect(alertText(fr)).to.equal('Ce serveur envoie des résultats personne par personne (protocole 1), ce qui pourrait permettre d’identifier une personne\u00a0: il doit être mis à jour vers le protocole 2 pour que la roue affiche ses résultats.');
    } finally {
      window.fetch = real;
    }
  });

  it('a network failure or a 5xx shows a message and Retry, and keeps the wheel drawn', async () => {
    const round = newRound('network');
    await seed(round, { responses: responses(3), release: true });
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
    await seed(round, { responses: responses(3), release: true });
    const el = await wheel(round, { lang: 'fr', editable: 'target' });
    await ready(el);
    expect(releaseLine(el)).to.match(/^Publication 1 \(\d{1,2}(:| h )\d{2}\) · 3 réponses$/);
    expect(nextLine(el)).to.equal('3 réponses en ce moment; une nouvelle publication demande encore 3 réponses, ajoutées ou modifiées.');
    expect(text($(el, 'button.round-update'))).to.equal('Mettre à jour');
    await expect(el).to.be.accessible();
    const member = await wheel(round, { lang: 'fr', nonce: 'member-1' });
    await ready(member, 'forbidden');
    expect(alertText(member)).to.equal('Seules les personnes qui animent l’atelier peuvent voir ces résultats.');
    await seed(round, { responses: responses(1) });
    const few = await wheel(round, { lang: 'fr' });
    await ready(few);
    expect(releaseLine(few)).to.equal('Aucune publication pour l’instant\u00a0: la première demande 3 réponses (1 jusqu’ici).');
    await control(round, { responses: responses(3) });
    await few.refresh();
    await few.updateComplete;
    expect(text($(few, 'button.round-make'))).to.equal('Faire une nouvelle publication');
    await few.makeRelease();
    await few.updateComplete;
    expect(statusLine(few)).to.contain('La publication 1 a été faite.');
  });

  it('feeds a board through `source`: its suggestions follow the server\'s data', async () => {
    const round = newRound('source');
    await seed(round, { responses: responses(4, 1), targets: { 'political-will': 9, policy: 9 }, release: true });
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
    expect(sliderValues(el)[0], 'drawn').to.equal(5);
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
    expect(text($(el, '.announcer[role="status"][aria-live="polite"]'))).to.equal('Targets saved');
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
    expect(text($(el, '.announcer[role="status"][aria-live="polite"]'))).to.equal('Not saved yet: will retry');
    const kept = JSON.parse(localStorage.getItem(localTargetsKey(R(round)))!);
    expect(kept.data).to.deep.equal({ ...targets, policy: 10 });
    expect((await serverState(round)).targets).to.deep.equal(targets);
    expect(cut.count).to.equal(1);
    reconnect();
    window.dispatchEvent(new Event('online'));
    await until(() => el.targetsState === 'saved', 'saved after online', 2000); // well before the 5 s backoff
    expect((await serverState(round)).targets).to.deep.equal({ ...targets, policy: 10 });
    expect(localStorage.getItem(localTargetsKey(R(round)))).to.equal(null);
  });

  it('unsaved targets left in the browser are shown on reload and sent', async () => {
    const round = newRound('reload');
    await seed(round, { responses: responses(3), targets });
    const mine = { ...targets, governance: 7 }; // a dimension of the round's assessment: the server refuses any other
    localStorage.setItem(localTargetsKey(R(round)), JSON.stringify({ format: 'gender-in-practice/round-targets@1', savedAt: new Date().toISOString(), data: mine }));
    const el = await wheel(round, { editable: 'target' });
    await ready(el);
    expect(target(el)).to.deep.equal(mine);
    await until(async () => JSON.stringify((await serverState(round)).targets) === JSON.stringify(mine), 'the kept targets on the server');
    await until(() => localStorage.getItem(localTargetsKey(R(round))) === null, 'the copy cleared');
  });

  it('targets kept for a dimension the round no longer has are dropped, so the others are still saved', async () => {
    const round = newRound('stale');
    await seed(round, { responses: responses(3), targets });
    // Kept from a visit when the round's assessment had a dimension 'budget': the server refuses any save that names it.
    const kept = { ...targets, governance: 7, budget: 4 };
    localStorage.setItem(localTargetsKey(R(round)), JSON.stringify({ format: 'gender-in-practice/round-targets@1', savedAt: new Date().toISOString(), data: kept }));
    const el = await wheel(round, { editable: 'target' });
    await ready(el);
    const { budget: _gone, ...ofRound } = kept;
    await until(async () => JSON.stringify((await serverState(round)).targets) === JSON.stringify(ofRound), 'the round\'s targets on the server');
    await until(() => el.targetsState === 'saved', 'said to be saved');
    expect(localStorage.getItem(localTargetsKey(R(round)))).to.equal(null);
  });

  it('never writes the page\'s own properties: `series` and `assessment` read back what it set, and its own `target` series wins and is what is saved', async () => {
    const round = newRound('host');
    await seed(round, { responses: responses(3), targets, release: true });
    const baseline = { id: 'last', label: 'Last year', kind: 'baseline' as const, values: { policy: 4 } };
    const own = { id: 'target', label: 'Our target', kind: 'target' as const, values: { 'political-will': 3, policy: 2 } };
    const series = [baseline, own];
    const assessment = structuredClone(defaultAssessment);
    const el = await fixture<SocraticWheel>(html`<socratic-wheel endpoint=${R(round)} nonce="fac-1" editable="target"
      .saveDelay=${0} .series=${series} .assessment=${assessment}></socratic-wheel>`);
    await ready(el);
    expect(el.series).to.equal(series);
    expect(el.assessment).to.equal(assessment);
    expect(el.release).to.equal(undefined);
    expect(target(el), 'the round\'s targets, in `connected`').to.deep.equal(targets);
    expect(sliderValues(el).slice(0, 2), 'the page\'s target is drawn').to.deep.equal([3, 2]);
    $<HTMLElement>(el, '.slider[data-index="1"]')!.focus();
    await sendKeys({ press: 'ArrowUp' }); // policy 2 → 3: a person's edit, kept in `series` as without a connection
    await until(() => el.targetsState === 'saved', 'targets saved');
    expect(el.series[0]).to.equal(baseline);
    expect(el.series[1].values).to.deep.equal({ 'political-will': 3, policy: 3 });
    expect((await serverState(round)).targets, 'what is drawn is saved').to.deep.equal({ 'political-will': 3, policy: 3 });
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
    expect(sliderValues(el)[0], 'drawn').to.equal(9);
    await expect(el).to.be.accessible();
  });
});
