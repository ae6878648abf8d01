// <action-plan-board endpoint nonce>: the round's plan on the in-memory round server
// (test/browser/round-server.mjs): load, debounced saves with revisions, conflicts, offline, never losing a change.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/action-plan-board/action-plan-board.js';
import type { ActionPlanBoard, PlanAction } from '../../src/action-plan-board/action-plan-board.js';
import '../../src/round/index.js';
import { localPlanKey } from '../../src/round/board.js';
import { $, handle, idsIn, NOW, plan } from './action-plan-board-helpers.js';
import { cutOff, reconnect } from './round-helpers.js';

let seq = 0;
const newRound = (name: string) => `plan-${name}-${Date.now().toString(36)}-${seq++}`;
const R = (round: string) => `/__round/${round}`;
const asPlan = (actions: PlanAction[]) => ({ format: 'gender-in-practice/plan', version: 1, actions });

interface LogEntry { method: string; segment: string; nonce: string; lang: string }
interface ServerState { plan: { actions: PlanAction[] } | null; revision: number; log: LogEntry[] }

async function control(round: string, body: Record<string, unknown>): Promise<void> {
  const r = await fetch(`${R(round)}/__control`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  if (!r.ok) throw new Error(`control ${r.status}`);
}
const serverState = async (round: string): Promise<ServerState> => (await fetch(`${R(round)}/__control`)).json();
const seed = (round: string, body: Record<string, unknown> = {}) => control(round, { reset: true, ...body });
const puts = (s: ServerState) => s.log.filter((l) => l.method === 'PUT' && l.segment === 'plan');

async function until(check: () => boolean | Promise<boolean>, what: string, timeout = 5000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}


const text = (node: Element | null) => (node?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim(); // a no-break space stays
const status = (el: ActionPlanBoard) => text(el.shadowRoot!.querySelector('.sync-status, .conflict p'));
const spoken = (el: ActionPlanBoard) => text(el.shadowRoot!.querySelector('.announcer[role="status"][aria-live="polite"]'));
const stored = (round: string) => {
  const raw = localStorage.getItem(localPlanKey(R(round)));
  return raw ? JSON.parse(raw).data as { actions: PlanAction[]; base: number | null } : null;
};

async function remoteBoard(round: string, attrs: { nonce?: string; lang?: string; saveDelay?: number } = {}): Promise<ActionPlanBoard> {
  return fixture<ActionPlanBoard>(html`<action-plan-board endpoint=${R(round)} nonce=${attrs.nonce ?? 'fac-1'} lang=${attrs.lang ?? 'en'}
    .now=${NOW} .saveDelay=${attrs.saveDelay ?? 50}></action-plan-board>`);
}
const settled = async (el: ActionPlanBoard, state: string) => {
  await until(() => el.syncState === state, `sync ${state} (now ${el.syncState})`);
  await el.updateComplete;
};

/** Moves card `id` one column to the right with the keyboard (pick up, arrow, drop). */
async function moveRight(el: ActionPlanBoard, id: string) {
  handle(el, id).focus();
  for (const key of ['Space', 'ArrowRight', 'Space']) {
    await sendKeys({ press: key });
    await el.updateComplete;
  }
}

describe('<action-plan-board endpoint>: load and save', () => {
  afterEach(() => { reconnect(); localStorage.clear(); });

  it('loads the round\'s plan, with the nonce and the language', async () => {
    const round = newRound('load');
    await seed(round, { plan: asPlan(plan()) });
    const el = await remoteBoard(round, { nonce: 'fac-9', lang: 'fr' });
    await settled(el, 'loaded');
    expect(idsIn(el, 'todo')).to.deep.equal(['a', 'b']);
    expect(idsIn(el, 'doing')).to.deep.equal(['c']);
    expect(status(el)).to.equal('À jour');
    const s = await serverState(round);
    expect(s.log).to.have.length(1);
    expect(s.log[0]).to.include({ method: 'GET', segment: 'plan', nonce: 'fac-9', lang: 'fr' });
    expect(puts(s)).to.have.length(0);
  });

  it('a round with no plan yet (`plan: null`) is an empty board; the first save carries revision 0', async () => {
    const round = newRound('empty');
    await seed(round);
    const el = await remoteBoard(round);
    await settled(el, 'loaded');
    expect(el.actions).to.deep.equal([]);
    $(el, 'button[data-act="add"][data-column="todo"]').click();
    await el.updateComplete;
    $<HTMLInputElement>(el, '#f-title').value = 'Pay equity review';
    $(el, 'form.card-form button[type="submit"]').click();
    await el.updateComplete;
    expect(status(el)).to.equal('Saving…');
    await settled(el, 'saved');
    const s = await serverState(round);
    expect(s.revision).to.equal(1);
    expect(s.plan!.actions.map((a) => a.title)).to.deep.equal(['Pay equity review']);
    expect(status(el)).to.equal('Saved');
    expect(spoken(el)).to.equal('Saved');
  });

  it('moving a card saves the plan once (debounced) with its revision; the revision moves on', async () => {
    const round = newRound('move');
    await seed(round, { plan: asPlan(plan()) }); // revision 1
    const el = await remoteBoard(round, { saveDelay: 300 });
    await settled(el, 'loaded');
    await moveRight(el, 'a');
    await moveRight(el, 'b');
    const doing = idsIn(el, 'doing');
    expect([...doing].sort()).to.deep.equal(['a', 'b', 'c']);
    expect(stored(round)).to.deep.include({ base: 1 }); // kept in the browser until the server has it
    await settled(el, 'saved');
    const s = await serverState(round);
    expect(s.revision).to.equal(2);
    expect(puts(s)).to.have.length(1);
    expect(puts(s)[0]).to.include({ nonce: 'fac-1', lang: 'en' });
    expect(s.plan!.actions.filter((a) => a.status === 'doing').map((a) => a.id)).to.deep.equal(doing);
    expect(stored(round)).to.equal(null);
    await moveRight(el, 'c'); // the next save starts from revision 2
    await until(async () => (await serverState(round)).revision === 3, 'revision 3');
  });

  it('offline: kept on this device, said so, and sent when the connection returns', async () => {
    const round = newRound('offline');
    await seed(round, { plan: asPlan(plan()) });
    const el = await remoteBoard(round, { saveDelay: 0 });
    await settled(el, 'loaded');
    const cut = cutOff((url, method) => url.includes(`${round}/plan`) && method === 'PUT');
    await moveRight(el, 'a');
    await settled(el, 'offline');
    expect(cut.count).to.be.greaterThan(0);
    expect(status(el)).to.equal('Not saved: no connection — kept on this device, will retry Retry');
    expect(spoken(el)).to.equal('Not saved: no connection — kept on this device, will retry');
    expect(stored(round)!.actions.find((a) => a.id === 'a')!.status).to.equal('doing');
    expect((await serverState(round)).revision).to.equal(1);
    await expect(el).to.be.accessible();
    reconnect();
    window.dispatchEvent(new Event('online'));
    await settled(el, 'saved'); // well before the first backoff (5 s)
    const s = await serverState(round);
    expect(s.revision).to.equal(2);
    expect(s.plan!.actions.find((a) => a.id === 'a')!.status).to.equal('doing');
    expect(stored(round)).to.equal(null);
  });

  it('a reload with an unsaved copy from the same revision shows it and sends it', async () => {
    const round = newRound('reload');
    await seed(round, { plan: asPlan(plan()) }); // revision 1
    const mine = [...plan(), { id: 'e', title: 'Typed offline last night', status: 'todo' }];
    localStorage.setItem(localPlanKey(R(round)), JSON.stringify({ format: 'gender-in-practice/round-plan@1', savedAt: '', data: { actions: mine, base: 1 } }));
    const el = await remoteBoard(round);
    expect(idsIn(el, 'todo')).to.deep.equal(['a', 'b', 'e']); // at once, before the server answers
    await settled(el, 'saved');
    const s = await serverState(round);
    expect(s.revision).to.equal(2);
    expect(s.plan!.actions.map((a) => a.id)).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
    expect(stored(round)).to.equal(null);
  });

  it('a member (403) and a lost session (401) are told, and nothing is sent', async () => {
    const round = newRound('403');
    await seed(round, { plan: asPlan(plan()) });
    const member = await remoteBoard(round, { nonce: 'member-1' });
    await settled(member, 'forbidden');
    expect(status(member)).to.equal('Only facilitators can see and save this plan.');
    await expect(member).to.be.accessible();
    const anonymous = await fixture<ActionPlanBoard>(html`<action-plan-board endpoint=${R(round)}></action-plan-board>`);
    await settled(anonymous, 'expired');
    expect(status(anonymous)).to.equal('Your session has expired: reload the page. Your changes are kept on this device.');
    expect(puts(await serverState(round))).to.have.length(0);
  });

  it('a refused plan (400) shows the server\'s message; the plan stays on screen and on the device', async () => {
    const round = newRound('400');
    await seed(round, { plan: asPlan(plan()), failNext: [{ segment: 'plan', method: 'PUT', status: 400, code: 'ge-invalid-plan', message: 'The plan has 1 problem.' }] });
    const el = await remoteBoard(round, { saveDelay: 0 });
    await settled(el, 'loaded');
    await moveRight(el, 'a');
    await settled(el, 'refused');
    expect(status(el)).to.equal('The server did not save the plan: The plan has 1 problem.');
    expect(idsIn(el, 'doing')).to.deep.equal(['a', 'c']);
    expect(stored(round)!.actions.find((a) => a.id === 'a')!.status).to.equal('doing');
  });

  it('is accessible while loading, and says it is', async () => {
    const round = newRound('loading');
    await seed(round, { plan: asPlan(plan()), delayMs: 600 });
    const el = await remoteBoard(round);
    await el.updateComplete;
    expect(el.syncState).to.equal('loading');
    expect(status(el)).to.equal('Loading the plan…');
    expect(spoken(el)).to.equal('Loading the plan…');
    expect($(el, '.board').getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    await settled(el, 'loaded');
    expect($(el, '.board').getAttribute('aria-busy')).to.equal('false');
  });

  it('a host\'s `actions` are not the round\'s plan: shown until it loads, never sent, and back when `endpoint` goes', async () => {
    const round = newRound('host');
    await seed(round, { plan: asPlan(plan()) });
    const own: PlanAction[] = [{ id: 'h', title: 'The page\'s own card', status: 'todo' }];
    const el = await fixture<ActionPlanBoard>(html`<action-plan-board endpoint=${R(round)} nonce="fac-1" .actions=${own} .saveDelay=${0}></action-plan-board>`);
    await settled(el, 'loaded');
    expect(el.actions.map((a) => a.id)).to.deep.equal(['a', 'b', 'c', 'd']);
    el.endpoint = null;
    await until(() => el.syncState === 'off' && el.actions.length === 1, 'the page\'s own plan back');
    await el.updateComplete;
    expect(idsIn(el, 'todo')).to.deep.equal(['h']);
    expect(el.shadowRoot!.querySelector('.sync')).to.equal(null);
    expect(puts(await serverState(round))).to.have.length(0);
  });

  it('storage-key alone keeps working as before (no request)', async () => {
    const el = await fixture<ActionPlanBoard>(html`<action-plan-board storage-key="plan-remote-test-local" .actions=${plan()}></action-plan-board>`);
    expect(el.syncState).to.equal('off');
    expect(el.shadowRoot!.querySelector('.sync')).to.equal(null);
    localStorage.removeItem('plan-remote-test-local');
  });
});

describe('<action-plan-board endpoint>: conflicts', () => {
  afterEach(() => { reconnect(); localStorage.clear(); });

  /** A board at revision 1, then someone else saves (revision 2), then this person moves card a: 409. */
  async function conflict(lang = 'en') {
    const round = newRound('conflict');
    await seed(round, { plan: asPlan(plan()) });
    const el = await remoteBoard(round, { saveDelay: 0, lang });
    await settled(el, 'loaded');
    const theirs = plan().map((a) => (a.id === 'b' ? { ...a, title: 'Review pay gaps with the union' } : a));
    await control(round, { plan: asPlan(theirs) });
    await moveRight(el, 'a');
    await settled(el, 'conflict');
    return { round, el };
  }

  it('keeps the person\'s plan on screen and on the device; "Keep mine" saves it over the other', async () => {
    const { round, el } = await conflict();
    expect(status(el)).to.equal('Someone else saved the plan meanwhile. Your version is on screen and kept on this device.');
    expect(spoken(el)).to.equal('Someone else saved the plan meanwhile.');
    expect(idsIn(el, 'doing')).to.deep.equal(['a', 'c']);
    expect(stored(round)).to.deep.include({ base: 1 });
    expect((await serverState(round)).revision).to.equal(2);
    await expect(el).to.be.accessible();
    $(el, 'button[data-act="keep-mine"]').click();
    await settled(el, 'saved');
    const s = await serverState(round);
    expect(s.revision).to.equal(3);
    expect(s.plan!.actions.find((a) => a.id === 'a')!.status).to.equal('doing');
    expect(s.plan!.actions.find((a) => a.id === 'b')!.title).to.equal('Review pay for gaps');
    expect(stored(round)).to.equal(null);
  });

  it('"Load the saved version" shows the other plan, with an undo that brings mine back and saves it', async () => {
    const { round, el } = await conflict();
    $(el, 'button[data-act="load-saved"]').click();
    await el.updateComplete;
    expect(idsIn(el, 'doing')).to.deep.equal(['c']);
    expect(el.actions.find((a) => a.id === 'b')!.title).to.equal('Review pay gaps with the union');
    expect(el.syncState).to.equal('loaded');
    expect(stored(round)).to.equal(null);
    expect(text($(el, '.toast'))).to.contain('The saved version is loaded.');
    expect(puts(await serverState(round))).to.have.length(1); // only the refused one
    $(el, '.toast button[data-act="undo"]').click();
    await el.updateComplete;
    expect(idsIn(el, 'doing')).to.deep.equal(['a', 'c']);
    await settled(el, 'saved');
    const s = await serverState(round);
    expect(s.revision).to.equal(3);
    expect(s.plan!.actions.find((a) => a.id === 'a')!.status).to.equal('doing');
  });

  it('a reload with an unsaved copy from an older revision opens the conflict', async () => {
    const round = newRound('stale');
    await seed(round, { plan: asPlan(plan()) });
    await control(round, { plan: asPlan(plan().slice(1)) }); // revision 2
    const mine = plan().map((a) => (a.id === 'a' ? { ...a, status: 'done' } : a));
    localStorage.setItem(localPlanKey(R(round)), JSON.stringify({ format: 'gender-in-practice/round-plan@1', savedAt: '', data: { actions: mine, base: 1 } }));
    const el = await remoteBoard(round);
    await settled(el, 'conflict');
    expect(idsIn(el, 'done')).to.deep.equal(['a', 'd']);
    expect(puts(await serverState(round))).to.have.length(0);
  });

  it('speaks French', async () => {
    const { el } = await conflict('fr');
    expect(status(el)).to.equal('Quelqu’un d’autre a enregistré le plan entre-temps. Votre version est affichée et conservée sur cet appareil.');
    expect(text($(el, 'button[data-act="keep-mine"]'))).to.equal('Garder ma version');
    expect(text($(el, 'button[data-act="load-saved"]'))).to.equal('Charger la version enregistrée');
    await expect(el).to.be.accessible();
    $(el, 'button[data-act="keep-mine"]').click();
    await settled(el, 'saved');
    expect(status(el)).to.equal('Enregistré');
  });
});
