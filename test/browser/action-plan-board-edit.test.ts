// <action-plan-board> editing: add, edit, delete and undo; the form's validation in English and French; suggested actions.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ActionPlanBoard } from '../../src/action-plan-board/action-plan-board.js';
import type { Priority } from '../../src/core/types.js';
import { $, $$, active, announced, board, idsIn, plan } from './action-plan-board-helpers.js';

const input = (el: Element, id: string) => $<HTMLInputElement>(el, `#${id}`);
async function fill(el: ActionPlanBoard, values: Record<string, string>) {
  for (const [id, value] of Object.entries(values)) input(el, id).value = value;
}
async function submit(el: ActionPlanBoard) {
  $(el, 'form.card-form button[type="submit"]').click();
  await el.updateComplete;
}
const priorities: Priority[] = [
  { dimensionId: 'governance', current: 20, target: 60, gap: 40, importance: 1, priority: 40, tags: [] },
  { dimensionId: 'financial-resources', current: 20, target: 50, gap: 30, importance: 1, priority: 30, tags: [] },
];

describe('<action-plan-board> add, edit, delete', () => {
  it('adds a card in place, focuses the form, then the new card', async () => {
    const el = await board();
    const seen: number[] = [];
    el.addEventListener('ge-plan-change', (e) => seen.push(e.detail.actions.length));
    $(el, 'button[data-act="add"][data-column="doing"]').click();
    await el.updateComplete;
    expect(active(el)).to.equal(input(el, 'f-title'));
    await fill(el, { 'f-title': 'Peer support group', 'f-owner': 'Lina', 'f-days': '2.5', 'f-due': '2025-09-30' });
    $<HTMLSelectElement>(el, '#f-dimension').value = 'partnerships';
    await submit(el);
    expect(idsIn(el, 'doing')).to.have.length(2);
    const added = el.actions[el.actions.length - 1];
    expect(added).to.include({ title: 'Peer support group', status: 'doing', owner: 'Lina', days: 2.5, due: '2025-09-30', dimensionId: 'partnerships' });
    expect(seen).to.deep.equal([5]);
    expect(announced(el)).to.equal('Added “Peer support group” to Doing');
    expect(active(el)).to.equal($(el, `li[data-id="${added.id}"] [data-act="edit"]`));
  });

  it('shows errors tied to their fields (en), focuses the first, and is accessible', async () => {
    const el = await board();
    $(el, 'button[data-act="add"][data-column="todo"]').click();
    await el.updateComplete;
    await fill(el, { 'f-title': '  ', 'f-days': '-1' });
    await submit(el);
    expect(input(el, 'f-title').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, `#${input(el, 'f-title').getAttribute('aria-describedby')}`).textContent).to.equal('Enter a title.');
    expect(input(el, 'f-days').getAttribute('aria-describedby')).to.contain('f-days-error');
    expect($(el, '#f-days-error').textContent).to.equal('Enter person-days as a number of 0 or more, such as 1.5.');
    expect(active(el)).to.equal(input(el, 'f-title'));
    expect(el.actions).to.have.length(4);
    await expect(el).to.be.accessible();
    await fill(el, { 'f-title': 'Fixed', 'f-days': '1' });
    await submit(el);
    expect(el.actions).to.have.length(5);
  });

  it('validates in French and accepts a decimal comma', async () => {
    const el = await board(plan(), { lang: 'fr' });
    $(el, 'button[data-act="add"][data-column="todo"]').click();
    await el.updateComplete;
    await fill(el, { 'f-title': '', 'f-days': 'deux' });
    await submit(el);
    expect($(el, '#f-title-error').textContent).to.equal('Entrez un titre.');
    expect($(el, '#f-days-error').textContent).to.equal('Entrez un nombre de jours-personnes égal ou supérieur à 0, par exemple 1,5.');
    await fill(el, { 'f-title': 'Atelier', 'f-days': '1,5' });
    await submit(el);
    expect(el.actions[4]).to.include({ title: 'Atelier', days: 1.5 });
  });

  it('refuses a date that is not a real date', async () => {
    const el = await board();
    $(el, 'li[data-id="b"] [data-act="edit"]').click();
    await el.updateComplete;
    input(el, 'f-due').focus();
    await sendKeys({ type: '02' }); // a month alone: the browser has no whole date (badInput)
    expect(input(el, 'f-due').validity.badInput).to.equal(true);
    await submit(el);
    expect($(el, '#f-due-error').textContent).to.equal('Enter a real date, such as 2025-06-30.');
    expect(input(el, 'f-due').getAttribute('aria-describedby')).to.equal('f-due-error');
    expect(active(el)).to.equal(input(el, 'f-due'));
  });

  it('edits a card in place; Cancel and Escape return focus to Edit', async () => {
    const el = await board();
    $(el, 'li[data-id="a"] [data-act="edit"]').click();
    await el.updateComplete;
    expect(input(el, 'f-title').value).to.equal('Standing GE item on the board agenda');
    expect(input(el, 'f-days').value).to.equal('1.5');
    await fill(el, { 'f-title': 'Standing GE item, every meeting', 'f-owner': '' });
    await submit(el);
    expect(el.actions[0]).to.include({ id: 'a', title: 'Standing GE item, every meeting', status: 'todo', days: 1.5 });
    expect(el.actions[0].owner).to.equal(undefined);
    $(el, 'li[data-id="a"] [data-act="edit"]').click();
    await el.updateComplete;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('form')).to.equal(null);
    expect(active(el)).to.equal($(el, 'li[data-id="a"] [data-act="edit"]'));
  });

  it('deletes with an Undo that puts the card back where it was', async () => {
    const el = await board();
    const seen: string[][] = [];
    el.addEventListener('ge-plan-change', (e) => seen.push(e.detail.actions.map((a) => a.id)));
    $(el, 'li[data-id="a"] [data-act="delete"]').click();
    await el.updateComplete;
    expect(idsIn(el, 'todo')).to.deep.equal(['b']);
    expect($(el, '.toast').textContent).to.contain('Deleted “Standing GE item on the board agenda”.');
    expect(active(el)).to.equal($(el, '[data-act="undo"]'));
    $(el, '[data-act="undo"]').click();
    await el.updateComplete;
    expect(idsIn(el, 'todo')).to.deep.equal(['a', 'b']);
    expect(el.shadowRoot!.querySelector('.toast')).to.equal(null);
    expect(seen).to.deep.equal([['b', 'c', 'd'], ['a', 'b', 'c', 'd']]);
    expect(announced(el)).to.equal('Restored “Standing GE item on the board agenda”');
  });
});

describe('<action-plan-board> suggested actions', () => {
  it('lists drafts for the priorities and adds one as a card linked to its dimension, in the current language', async () => {
    const el = await fixture<ActionPlanBoard>(html`<action-plan-board lang="fr" .priorities=${priorities} .actions=${plan()}></action-plan-board>`);
    await expect(el).to.be.accessible();
    const items = $$(el, '[part="suggestions"] li');
    expect(items.length).to.be.greaterThan(1);
    expect(items[0].textContent).to.contain('Un point permanent sur l’ÉFH à l’ordre du jour du conseil');
    const seen: number[] = [];
    el.addEventListener('ge-plan-change', (e) => seen.push(e.detail.actions.length));
    const add = $<HTMLButtonElement>(el, '[data-act="suggest"][data-suggestion="gov-standing-agenda-item"]');
    add.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const card = el.actions[el.actions.length - 1];
    expect(card).to.include({ status: 'todo', dimensionId: 'governance', days: 1, practiceId: 'gov-standing-agenda-item',
      title: 'Un point permanent sur l’ÉFH à l’ordre du jour du conseil' });
    expect(add.getAttribute('aria-disabled')).to.equal('true');
    expect(add.textContent).to.equal('Ajoutée');
    add.click(); // already added: no second card
    await el.updateComplete;
    expect(seen).to.deep.equal([5]);
  });

  it('follows a wheel named by `source`, whether it is there first or reports later', async () => {
    const wrap = await fixture<HTMLElement>(html`<div><div id="wheel-1"></div>
      <action-plan-board source="wheel-1"></action-plan-board></div>`);
    const el = wrap.querySelector('action-plan-board')!;
    expect(el.shadowRoot!.querySelector('[part="suggestions"]')).to.equal(null);
    wrap.querySelector('#wheel-1')!.dispatchEvent(new CustomEvent('ge-priorities-change', { detail: { priorities }, bubbles: true, composed: true }));
    await el.updateComplete;
    expect($$(el, '[part="suggestions"] li').length).to.be.greaterThan(0);
    const ready = Object.assign(document.createElement('div'), { id: 'wheel-2', priorities });
    document.body.append(ready);
    try {
      const second = await fixture<ActionPlanBoard>(html`<action-plan-board source="wheel-2"></action-plan-board>`);
      expect($$(second, '[part="suggestions"] li').length).to.be.greaterThan(0);
    } finally {
      ready.remove();
    }
  });

  for (const mode of ['open', 'closed'] as const) {
    it(`follows the wheel of its own ${mode} shadow root, also one added later, not a same-id one in the page`, async () => {
      const host = await fixture<HTMLElement>(html`<div></div>`);
      const root = host.attachShadow({ mode });
      root.innerHTML = '<action-plan-board source="wheel-3"></action-plan-board>';
      const el = root.querySelector('action-plan-board')!;
      await el.updateComplete;
      const outside = Object.assign(document.createElement('div'), { id: 'wheel-3' });
      document.body.append(outside);
      try {
        const report = (from: Element) => from.dispatchEvent(new CustomEvent('ge-priorities-change', { detail: { priorities }, bubbles: true, composed: true }));
        const inside = Object.assign(document.createElement('div'), { id: 'wheel-3' });
        root.append(inside); // the wheel comes after the board
        report(outside);
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part="suggestions"]'), 'the page\'s wheel-3 is not the board\'s').to.equal(null);
        report(inside);
        await el.updateComplete;
        expect(el.shadowRoot!.querySelectorAll('[part="suggestions"] li').length).to.be.greaterThan(0);
      } finally {
        outside.remove();
      }
    });
  }
});
