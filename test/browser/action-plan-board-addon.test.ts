// <action-plan-board endpoint> on a page without the round add-on: the board says which script is missing and sends
// nothing; once the add-on is loaded (here: imported later), it starts. This file imports the element alone.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/action-plan-board/action-plan-board.js';
import type { ActionPlanBoard } from '../../src/action-plan-board/action-plan-board.js';
import { idsIn, plan } from './action-plan-board-helpers.js';

const round = `/__round/plan-addon-${Date.now().toString(36)}`;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const status = (el: ActionPlanBoard) => text(el.shadowRoot!.querySelector('.sync-status'));
const spoken = (el: ActionPlanBoard) => text(el.shadowRoot!.querySelector('.announcer[role="status"][aria-live="polite"]'));

async function until(check: () => boolean, what: string): Promise<void> {
  const end = Date.now() + 5000;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('<action-plan-board endpoint> without the round add-on', () => {
  const realFetch = window.fetch;
  const requests: string[] = [];
  before(async () => {
    await realFetch(`${round}/__control`, { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ reset: true, plan: { format: 'gender-in-practice/plan', version: 1, actions: plan() } }) });
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      requests.push(`${init?.method ?? 'GET'} ${input instanceof Request ? input.url : String(input)}`);
      return realFetch(input, init);
    };
  });
  after(() => {
    window.fetch = realFetch;
    localStorage.clear();
  });

  it('says which script the page lacks (in its language), sends nothing, and starts once the add-on is loaded', async () => {
    const el = await fixture<ActionPlanBoard>(html`<action-plan-board endpoint=${round} nonce="fac-1" lang="en" .actions=${plan().slice(0, 1)}></action-plan-board>`);
    const fr = await fixture<ActionPlanBoard>(html`<action-plan-board endpoint=${round} nonce="fac-1" lang="fr"></action-plan-board>`);
    expect(el.syncState).to.equal('missing-addon');
    expect(status(el)).to.equal('This page needs the round add-on script (gender-in-practice-round.min.js) to reach the server.');
    expect(spoken(el)).to.equal(status(el));
    expect(status(fr)).to.equal('Cette page a besoin du script complémentaire des tours d’évaluation (gender-in-practice-round.min.js) pour joindre le serveur.');
    expect(idsIn(el, 'todo')).to.deep.equal(['a']); // the page's own plan meanwhile
    await expect(el).to.be.accessible();
    await new Promise((r) => setTimeout(r, 100));
    expect(requests).to.deep.equal([]);

    await import('../../src/round/index.js');
    await until(() => el.syncState === 'loaded' && fr.syncState === 'loaded', `both boards loaded (now ${el.syncState}, ${fr.syncState})`);
    await el.updateComplete;
    expect(idsIn(el, 'todo')).to.deep.equal(['a', 'b']); // the round's plan now
    expect(status(el)).to.equal('Up to date');
    expect(status(fr)).to.equal('À jour');
    expect(requests.filter((r) => r.startsWith('GET ') && r.endsWith(`${round}/plan`))).to.have.length(2);
    expect(requests.every((r) => r.startsWith('GET '))).to.equal(true);
  });
});
