// <action-plan-board> driven through `connected` by a fake connection, with no server: what another connection (a
// workshop store, another intranet's) does. The status line with its buttons, read-only, a conflict and its choice,
// and the host's `actions` never overwritten.
import { expect } from '@open-wc/testing';
import type { ActionPlanBoard, PlanAction } from '../../src/action-plan-board/action-plan-board.js';
import { $, $$, active, board, handle, idsIn, plan } from './action-plan-board-helpers.js';

const text = (node: Element | null) => (node?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
const shown = (node: Element) => node.checkVisibility();

/** What a connection hears from the board. */
function listen(el: ActionPlanBoard) {
  const heard = { actions: [] as string[], changes: [] as string[][] };
  el.addEventListener('ge-status-action', (e) => heard.actions.push(e.detail.action));
  el.addEventListener('ge-plan-change', (e) => heard.changes.push(e.detail.actions.map((a) => a.id)));
  return heard;
}

describe('<action-plan-board connected>: the status line', () => {
  it('words the state in the board\'s language, offers its buttons, and fires ge-status-action', async () => {
    const el = await board();
    const heard = listen(el);
    el.connected = { status: { state: 'offline', params: { cause: 'server' }, actions: ['retry'] } };
    await el.updateComplete;
    expect(el.syncState).to.equal('offline');
    expect(text($(el, '.sync-status'))).to.equal('Not saved: the server is not answering — kept on this device, will retry Retry');
    expect(text($(el, '.announcer[role="status"][aria-live="polite"]'))).to.equal('Not saved: the server is not answering — kept on this device, will retry');
    await expect(el).to.be.accessible();
    $(el, '.sync-status button[data-act="retry"]').click();
    expect(heard.actions).to.deep.equal(['retry']);
    expect(heard.changes).to.deep.equal([]);

    el.connected = { status: { state: 'refused', message: 'Too many cards.', errors: [{ path: 'plan.actions', code: 'too-many-items', message: 'At most 2,000.' }] } };
    el.lang = 'fr';
    await el.updateComplete;
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(text($(el, '.sync-status'))).to.equal('Le serveur n’a pas enregistré le plan\u00a0: Too many cards.');
    expect(text($(el, '.sync-errors'))).to.equal('plan.actions At most 2,000.');
    expect(el.shadowRoot!.querySelector('.sync-status button')).to.equal(null);
  });

  it('shows a state it does not know in the connection\'s own words; no status, no line', async () => {
    const el = await board();
    el.connected = { status: { state: 'queued', message: 'Queued for the workshop store' } };
    await el.updateComplete;
    expect(el.syncState).to.equal('queued');
    expect(text($(el, '.sync-status'))).to.equal('Queued for the workshop store');
    el.connected = { status: null };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.sync')).to.equal(null);
    expect(el.syncState).to.equal('off');
  });
});

describe('<action-plan-board connected>: read-only', () => {
  it('shows the plan without the controls that change it; keys, drags and scripted clicks change nothing', async () => {
    const el = await board(plan(), { budget: 10 });
    el.priorities = [{ dimensionId: 'governance', current: 20, target: 60, gap: 40, importance: 1, priority: 40, tags: [] }];
    const heard = listen(el);
    el.connected = { readonly: true, status: { state: 'forbidden' } };
    await el.updateComplete;
    expect(text($(el, '.sync-status'))).to.equal('Only facilitators can see and save this plan.');
    expect(idsIn(el, 'todo')).to.deep.equal(['a', 'b']);
    for (const selector of ['[data-act="handle"]', '.card-actions', 'button.add', 'input[data-act="import"]', '[part="suggestions"]']) {
      expect($$(el, selector).filter(shown), selector).to.deep.equal([]);
    }
    expect(shown($(el, '[data-act="export-csv"]'))).to.equal(true);
    expect(shown($(el, 'select[data-filter="owner"]'))).to.equal(true);
    await expect(el).to.be.accessible();
    const key = (k: string) => handle(el, 'a').dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true }));
    key(' ');
    key('ArrowRight');
    key(' ');
    $(el, 'li[data-id="b"] [data-act="delete"]').click();
    $(el, 'button[data-act="add"][data-column="todo"]').click();
    await el.updateComplete;
    expect(idsIn(el, 'todo')).to.deep.equal(['a', 'b']);
    expect(el.shadowRoot!.querySelector('form.card-form, .move-menu')).to.equal(null);
    expect(heard.changes).to.deep.equal([]);

    el.connected = { readonly: false };
    await el.updateComplete;
    expect(shown(handle(el, 'a'))).to.equal(true);
  });

  it('closes an open form and puts a picked-up card back when it becomes read-only', async () => {
    const el = await board();
    handle(el, 'a').dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true, composed: true, cancelable: true }));
    handle(el, 'a').dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true, cancelable: true }));
    $(el, 'li[data-id="c"] [data-act="edit"]').click();
    await el.updateComplete;
    expect(idsIn(el, 'doing')).to.include('a');
    el.connected = { readonly: true };
    await el.updateComplete;
    expect(idsIn(el, 'todo')).to.deep.equal(['a', 'b']);
    expect(el.shadowRoot!.querySelector('form.card-form')).to.equal(null);
  });
});

describe('<action-plan-board connected>: a conflict', () => {
  const mine = () => plan().map((a) => (a.id === 'a' ? { ...a, status: 'doing' } : a));
  const theirs = () => plan().map((a) => (a.id === 'b' ? { ...a, title: 'Review pay gaps with the union' } : a));

  it('offers the choice against the saved version; "Keep mine" is heard and changes nothing here', async () => {
    const el = await board();
    const heard = listen(el);
    el.connected = { plan: { actions: mine() }, status: { state: 'conflict' }, conflict: { actions: theirs(), revision: 3 } };
    await el.updateComplete;
    expect(el.syncState).to.equal('conflict');
    expect(text($(el, '.conflict p'))).to.equal('Someone else saved the plan meanwhile. Your version is on screen and kept on this device.');
    expect($(el, '.conflict').getAttribute('role')).to.equal('group');
    expect(idsIn(el, 'doing')).to.deep.equal(['a', 'c']); // the person's version
    await expect(el).to.be.accessible();
    $(el, 'button[data-act="keep-mine"]').click();
    expect(heard.actions).to.deep.equal(['keep-mine']);
    expect(heard.changes).to.deep.equal([]);
    expect(idsIn(el, 'doing')).to.deep.equal(['a', 'c']);
  });

  it('"Load the saved version" shows it (ge-status-action, then ge-plan-change), with an Undo that brings mine back', async () => {
    const el = await board();
    const order: string[] = [];
    el.addEventListener('ge-status-action', (e) => order.push(`action:${e.detail.action}`));
    el.addEventListener('ge-plan-change', (e) => order.push(`change:${e.detail.actions.find((a) => a.id === 'b')!.title}`));
    el.connected = { plan: { actions: mine() }, status: { state: 'conflict' }, conflict: { actions: theirs() } };
    await el.updateComplete;
    $(el, 'button[data-act="load-saved"]').click();
    await el.updateComplete;
    expect(order).to.deep.equal(['action:load-saved', 'change:Review pay gaps with the union']);
    expect(idsIn(el, 'doing')).to.deep.equal(['c']);
    expect(text($(el, '.toast'))).to.contain('The saved version is loaded.');
    expect(active(el)).to.equal($(el, '.toast button[data-act="undo"]'));
    $(el, '.toast button[data-act="undo"]').click();
    await el.updateComplete;
    expect(idsIn(el, 'doing')).to.deep.equal(['a', 'c']);
    expect(order[2]).to.equal('change:Review pay for gaps');
  });
});

describe('<action-plan-board connected>: the host\'s actions', () => {
  it('are never overwritten: a connection\'s plan is shown over them, and they come back when it ends', async () => {
    const host: PlanAction[] = [{ id: 'h', title: 'The page\'s own card', status: 'todo' }];
    const el = await board(host);
    const heard = listen(el);
    const saved = { actions: plan() };
    el.connected = { plan: saved, status: { state: 'loaded' } };
    await el.updateComplete;
    expect(el.actions.map((a) => a.id)).to.deep.equal(['a', 'b', 'c', 'd']);
    el.actions = [...host, { id: 'h2', title: 'Set by the page meanwhile', status: 'done' }]; // kept, not shown
    await el.updateComplete;
    expect(idsIn(el, 'done')).to.deep.equal(['d']);
    el.connected = { plan: saved, status: { state: 'saved' } }; // the same plan: the person's edits stay
    $(el, 'li[data-id="d"] [data-act="delete"]').click();
    await el.updateComplete;
    el.connected = { plan: saved, status: { state: 'saving' } };
    await el.updateComplete;
    expect(el.actions.map((a) => a.id)).to.deep.equal(['a', 'b', 'c']);
    expect(heard.changes).to.deep.equal([['a', 'b', 'c']]); // the person's delete, never the connection's plan
    el.connected = null;
    await el.updateComplete;
    expect(el.actions.map((a) => a.id)).to.deep.equal(['h', 'h2']);
    expect(el.shadowRoot!.querySelector('.sync')).to.equal(null);
    expect(heard.changes).to.have.length(1);
  });
});
