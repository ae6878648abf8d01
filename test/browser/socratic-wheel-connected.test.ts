// <socratic-wheel> as a view of a connection: `endpoint` without the round add-on (says which script
// is missing, sends nothing, starts when the add-on comes), and `connected` driven by a fake
// connection with no server, as another connection (a workshop store, another intranet) would.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/socratic-wheel/socratic-wheel.js';
import type { SocraticWheel, GeStatusActionDetail, WheelConnected } from '../../src/socratic-wheel/socratic-wheel.js';
import { defaultAssessment } from '../../src/core/default-assessment.js';
import { buildReleaseSnapshot, viewRelease } from '../../src/core/release.js';
import type { Assessment } from '../../src/core/types.js';
import {
  $, $$, R, alertText, ids, newRound, nextLine, releaseLine, responses, seed, serverState, sliderValues, statusLine, text, until,
} from './socratic-wheel-helpers.js';

/** A release as a server makes it, for the facilitator: `n` responses at `level` (0–4). */
const releaseOf = (n: number, level: number, id = 3) => ({
  id, at: '2026-12-03T10:40:00Z',
  ...viewRelease(buildReleaseSnapshot(defaultAssessment, responses(n, level), { groups: ['staff'] }), { minGroupSize: 3 }),
});
const column = (el: SocraticWheel, header: string) => {
  const k = $$(el, 'thead th').map(text).findIndex((h) => h === header || h.startsWith(`${header} (n =`));
  return $$(el, 'tbody tr').map((row) => text(row.children[k]));
};

describe('<socratic-wheel endpoint> without the round add-on', () => {
  it('says which script is missing and sends nothing; starts when the add-on is loaded', async () => {
    const round = newRound('addon');
    await seed(round, { responses: responses(3), release: true });
    const errors: CustomEvent[] = [];
    const el = await fixture<SocraticWheel>(html`<socratic-wheel endpoint=${R(round)} nonce="fac-1"
      @ge-error=${(e: CustomEvent) => errors.push(e)}></socratic-wheel>`);
    await el.updateComplete;
    expect(el.resultsState).to.equal('missing-addon');
    expect(alertText(el)).to.equal('This page needs the round add-on script (gender-in-practice-round.min.js) to reach the server.');
    expect(errors.at(-1)?.detail.errors).to.deep.include({ path: 'endpoint', code: 'missing-addon', message: alertText(el) });
    expect($(el, '.round button'), 'no button that cannot work').to.equal(null);
    await expect(el).to.be.accessible();
    el.lang = 'fr';
    await el.updateComplete;
    await el.updateComplete;
    expect(alertText(el)).to.equal('Il manque à cette page le script du module complémentaire des tours d’évaluation (gender-in-practice-round.min.js) pour joindre le serveur.');
    expect((await serverState(round)).log, 'no request').to.deep.equal([]);

    await import('../../src/round/index.js');
    await until(() => el.resultsState === 'ready', 'the results, once the add-on is there');
    await el.updateComplete;
    expect(alertText(el)).to.equal('');
    expect(releaseLine(el)).to.match(/^Publication 1 /);
    expect($(el, '[data-series="current"]')).to.not.equal(null);
    expect((await serverState(round)).log.map((l) => `${l.method} ${l.segment}`)).to.deep.equal(['GET results']);
  });
});

describe('<socratic-wheel>: `connected`, from a fake connection (no server)', () => {
  it('draws the release and the targets, and shows the status line with its buttons', async () => {
    const el = await fixture<SocraticWheel>(html`<socratic-wheel lang="en"></socratic-wheel>`);
    expect($(el, '.round'), 'no connection, no status line').to.equal(null);
    el.connected = {
      release: releaseOf(4, 3), targets: { policy: 9 }, minGroupSize: 3,
      status: { state: 'ready', params: { n: 6, next: { allowed: true, needed: 0 }, releases: 3 }, actions: ['refresh', 'make-release'] },
      targetsStatus: { state: 'saved' },
    };
    await el.updateComplete;
    expect(el.resultsState).to.equal('ready');
    expect(el.targetsState).to.equal('saved');
    expect($(el, '[data-series="current"]')).to.not.equal(null);
    expect($(el, '[data-series="target"]')).to.not.equal(null);
    expect(column(el, 'Current')[1]).to.equal('7.5'); // every answer at 3 of 0–4
    expect(column(el, 'Target')[1]).to.equal('9');
    expect(releaseLine(el)).to.match(/^Release 3 of .+ · 4 responses$/);
    expect(nextLine(el)).to.equal('6 responses now; a new release can be made.');
    expect($$(el, '.round button').map(text)).to.deep.equal(['Update', 'Make a new release']);
    expect(text($(el, '.announcer[role="status"][aria-live="polite"]'))).to.equal('Targets saved');
    expect(el.priorities.find((p) => p.dimensionId === 'policy')).to.include({ current: 75, target: 90 });
    await expect(el).to.be.accessible();
  });

  it('a button fires ge-status-action; refresh() and makeRelease() resolve once the connection\'s work is done', async () => {
    const el = await fixture<SocraticWheel>(html`<socratic-wheel></socratic-wheel>`);
    el.connected = { status: { state: 'offline', params: { n: null }, actions: ['refresh'] } };
    await el.updateComplete;
    expect(alertText(el)).to.equal('The results could not be loaded: no connection.');
    const heard: string[] = [];
    let finish!: () => void;
    el.addEventListener('ge-status-action', (e) => {
      const detail = (e as CustomEvent<GeStatusActionDetail>).detail;
      heard.push(detail.action);
      detail.waitUntil?.(new Promise<void>((resolve) => { finish = resolve; }));
    });
    const retry = $<HTMLButtonElement>(el, 'button.round-update')!;
    expect(text(retry)).to.equal('Retry');
    retry.click();
    expect(heard).to.deep.equal(['refresh']);
    finish();
    let done = false;
    const refreshed = el.refresh().then(() => { done = true; });
    await new Promise((r) => setTimeout(r, 20));
    expect(done, 'waits for the connection').to.equal(false);
    finish();
    await refreshed;
    const released = el.makeRelease();
    finish();
    await released;
    expect(heard).to.deep.equal(['refresh', 'refresh', 'make-release']);
    // With no connection listening, the methods resolve at once.
    const alone = await fixture<SocraticWheel>(html`<socratic-wheel></socratic-wheel>`);
    await alone.refresh();
    await alone.makeRelease();
  });

  it('while a release is being made: "Making a release…", then the outcome, in French too', async () => {
    const el = await fixture<SocraticWheel>(html`<socratic-wheel lang="fr"></socratic-wheel>`);
    const base: WheelConnected = { release: null, minGroupSize: 5, status: { state: 'ready', params: { n: 5, next: { allowed: true, needed: 0 } }, actions: ['refresh', 'make-release'] } };
    el.connected = { ...base, status: { ...base.status!, params: { ...base.status!.params, releasing: true } } };
    await el.updateComplete;
    const make = $(el, 'button.round-make')!;
    expect(text(make)).to.equal('Publication en cours…');
    expect(make.getAttribute('aria-disabled')).to.equal('true');
    expect(releaseLine(el)).to.equal('Aucune publication pour l’instant\u00a0: 5 réponses en ce moment, assez pour la première.');
    el.connected = { ...base, status: { ...base.status!, params: { n: 5, next: { allowed: false, needed: 5 }, outcome: 'too-soon' }, actions: ['refresh'] } };
    await el.updateComplete;
    expect(statusLine(el)).to.contain('Aucune publication n’a été faite\u00a0: une nouvelle publication demande encore 5 réponses, ajoutées ou modifiées.');
    expect($(el, 'button.round-make')).to.equal(null);
  });

  it('a target edited by keyboard is reported, shown at once, and then drawn from what the connection gives', async () => {
    const el = await fixture<SocraticWheel>(html`<socratic-wheel editable="target"></socratic-wheel>`);
    el.connected = { targets: { 'political-will': 5, policy: 5 } };
    await el.updateComplete;
    const changes: unknown[] = [];
    el.addEventListener('ge-wheel-change', (e) => changes.push((e as CustomEvent).detail));
    $<HTMLElement>(el, '.slider[data-index="0"]')!.focus();
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(changes).to.deep.equal([{ seriesId: 'target', dimensionId: ids[0], value: 6 }]);
    expect(sliderValues(el).slice(0, 2), 'the edit is shown, though this connection did not take it').to.deep.equal([6, 5]);
    expect(el.series, 'the connection\'s targets are not written into the page\'s series').to.deep.equal([]);
    el.connected = { targets: { 'political-will': 6, policy: 2 } }; // the connection kept it (and something else changed)
    await el.updateComplete;
    expect(sliderValues(el).slice(0, 2)).to.deep.equal([6, 2]);
  });

  it('never writes the page\'s properties: they read back what the page set; the connection\'s assessment and release are drawn, the page\'s own target series wins', async () => {
    const assessment: Assessment = structuredClone(defaultAssessment);
    const series = [{ id: 'target', label: 'Our target', kind: 'target' as const, values: { policy: 4 } }];
    const release = releaseOf(5, 1, 1);
    const roundAssessment: Assessment = { ...structuredClone(defaultAssessment), title: 'The round' };
    const el = await fixture<SocraticWheel>(html`<socratic-wheel .assessment=${assessment} .series=${series} .release=${release}></socratic-wheel>`);
    el.connected = { assessment: roundAssessment, release: releaseOf(4, 3), targets: { policy: 9 } };
    await el.updateComplete;
    expect(el.assessment).to.equal(assessment);
    expect(el.series).to.equal(series);
    expect(el.release).to.equal(release);
    expect($(el, '[role="figure"]')!.getAttribute('aria-label')).to.equal('The round');
    expect(column(el, 'Current')[1], 'the connection\'s release').to.equal('7.5');
    expect(column(el, 'Our target')[1], 'the page\'s target').to.equal('4');
    expect($$(el, '.series[data-series="target"]')).to.have.length(1);
    el.connected = null; // the connection let go: the page's own data again
    await el.updateComplete;
    expect(column(el, 'Current')[1]).to.equal('2.5');
    expect(el.resultsState).to.equal('off');
  });

  it('a connection\'s release, even none yet, replaces `responses`', async () => {
    const el = await fixture<SocraticWheel>(html`<socratic-wheel .responses=${responses(6, 4)}></socratic-wheel>`);
    expect($(el, '[data-series="current"]')).to.not.equal(null);
    el.connected = { release: null, status: { state: 'loading' } };
    await el.updateComplete;
    expect($(el, '[data-series="current"]')).to.equal(null);
    expect($(el, '[role="figure"]')!.getAttribute('aria-busy')).to.equal('true');
  });
});
