// <action-plan-board> data: budget, filters, autosave (reload, garbage, no storage), CSV and JSON export, JSON import.
import { expect, fixture, html } from '@open-wc/testing';
import type { ActionPlanBoard, PlanAction } from '../../src/action-plan-board/action-plan-board.js';
import { $, $$, board, handle, idsIn, plan } from './action-plan-board-helpers.js';

const text = (node: Element) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();
const KEY = 'test-plan';
function clearKeys() {
  for (const k of Object.keys(localStorage)) if (k.startsWith(KEY)) localStorage.removeItem(k);
}
async function choose(el: ActionPlanBoard, filter: string, value: string) {
  const select = $<HTMLSelectElement>(el, `select[data-filter="${filter}"]`);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

describe('<action-plan-board> budget', () => {
  it('shows planned against available, per dimension, and warns in words when over', async () => {
    const el = await board(plan(), { budget: 5 });
    const budget = $(el, '[part="budget"]');
    expect(text(budget)).to.contain('Planned: 7 person-days of 5 person-days available');
    expect(text(budget.querySelector('[role="status"]')!)).to.equal('Over budget by 2 person-days.');
    expect(text(budget)).to.contain('Governance & decision-making: 1.5 person-days').and.contain('No dimension: 2 person-days');
    await expect(el).to.be.accessible();
    el.setAttribute('budget-days', '10');
    await el.updateComplete;
    expect(text(budget.querySelector('[role="status"]')!)).to.equal('');
  });

  it('formats the budget in French', async () => {
    const el = await board(plan(), { budget: 6.5, lang: 'fr' });
    expect(text($(el, '[part="budget"]'))).to.contain('Prévu : 7 jours-personnes sur 6,5 jours-personnes disponibles').and.contain('Budget dépassé de 0,5 jour-personne.');
    expect($(el, '[part="budget"] li').textContent).to.equal('Gouvernance et prise de décision\u00a0: 1,5\u00a0jour-personne');
  });
});

describe('<action-plan-board> filters', () => {
  it('filters by dimension and by owner, and says how many are shown', async () => {
    const el = await board();
    await choose(el, 'dimension', 'governance');
    expect(idsIn(el, 'todo')).to.deep.equal(['a']);
    expect(idsIn(el, 'doing')).to.deep.equal([]);
    expect(text($(el, 'section[data-column="todo"] .count'))).to.equal('1 of 2 shown');
    await choose(el, 'dimension', '');
    await choose(el, 'owner', 'Marie');
    expect($$(el, 'li[data-id]').map((li) => li.dataset.id)).to.deep.equal(['a', 'c']);
    expect($$<HTMLOptionElement>(el, 'select[data-filter="owner"] option').map((o) => o.value)).to.deep.equal(['', 'Ahmed', 'Marie']);
  });
});

describe('<action-plan-board> autosave', () => {
  beforeEach(clearKeys);
  afterEach(clearKeys);

  it('saves every change and restores it on reload', async () => {
    const el = await board(plan(), { storageKey: KEY });
    $(el, 'li[data-id="d"] [data-act="delete"]').click();
    await el.updateComplete;
    expect(JSON.parse(localStorage.getItem(KEY)!).data.map((a: PlanAction) => a.id)).to.deep.equal(['a', 'b', 'c']);
    el.remove();
    const again = await board(plan(), { storageKey: KEY }); // the saved draft wins over the page's initial plan
    expect(again.actions.map((a) => a.id)).to.deep.equal(['a', 'b', 'c']);
  });

  it('never overwrites garbage it cannot read: keeps it aside and says so', async () => {
    localStorage.setItem(KEY, '{not json');
    const errors: string[] = [];
    const el = await fixture<ActionPlanBoard>(html`<action-plan-board storage-key=${KEY} .actions=${plan()}
      @ge-error=${(e: CustomEvent) => errors.push(JSON.stringify(e.detail))}></action-plan-board>`);
    await el.updateComplete;
    const kept = Object.keys(localStorage).find((k) => k.startsWith(`${KEY}.unreadable-`));
    expect(kept).to.be.a('string');
    expect(localStorage.getItem(kept!)).to.equal('{not json');
    expect(text($(el, '.message'))).to.contain('A saved plan could not be read. It was kept as it was under');
    expect(errors.join()).to.contain('storage-unreadable');
    handle(el, 'a').focus();
    $(el, 'li[data-id="a"] [data-act="delete"]').click();
    await el.updateComplete;
    expect(localStorage.getItem(kept!)).to.equal('{not json');
  });

  it('says clearly when storage is unavailable, and keeps working', async () => {
    const { getItem, setItem } = Storage.prototype;
    Storage.prototype.getItem = () => { throw new Error('SecurityError'); };
    Storage.prototype.setItem = () => { throw new Error('QuotaExceededError'); };
    try {
      const el = await board(plan(), { storageKey: KEY });
      expect(text($(el, '.message'))).to.equal('This browser is not saving your plan (storage is off, full or blocked). Export it to keep your changes.');
      $(el, 'li[data-id="a"] [data-act="delete"]').click();
      await el.updateComplete;
      expect(el.actions).to.have.length(3);
    } finally {
      Object.assign(Storage.prototype, { getItem, setItem });
    }
  });
});

describe('<action-plan-board> export and import', () => {
  it('exports CSV that French Excel opens: BOM, ; separator, decimal comma, quoting', async () => {
    const el = await board([{ id: 'q', title: 'Say "yes"; then go', status: 'todo', dimensionId: 'policy', days: 1.5, owner: 'Zoé' }]);
    const csv = el.toCSV();
    expect(csv.charCodeAt(0)).to.equal(0xfeff);
    expect(csv).to.equal('\ufeffid;title;status;dimensionId;dimension;owner;due;days;notes\r\n'
      + 'q;"Say ""yes""; then go";todo;policy;Policy & strategic framework;Zoé;;"1,5";\r\n');
    const comma = el.toCSV({ separator: ',' });
    expect(comma.split('\r\n')[1]).to.equal('q,"Say ""yes""; then go",todo,policy,Policy & strategic framework,Zoé,,1.5,');
  });

  it('exports JSON that reads back into another board', async () => {
    const el = await board();
    const other = await board([]);
    expect(other.fromJSON(el.toJSON())).to.deep.equal({ ok: true, issues: [] });
    await other.updateComplete;
    expect(other.actions).to.deep.equal(el.actions);
    expect(idsIn(other, 'todo')).to.deep.equal(['a', 'b']);
  });

  it('imports a JSON file, keeping what it can read and listing what it cannot', async () => {
    const el = await board();
    const events: string[] = [];
    el.addEventListener('ge-plan-change', () => events.push('change'));
    el.addEventListener('ge-error', (e) => events.push(e.detail.errors.map((x) => x.code).join()));
    const file = new File([JSON.stringify({ actions: [{ id: 'n', title: 'New', status: 'doing', days: 'many' }, 'junk'] })], 'plan.json');
    const picker = $<HTMLInputElement>(el, 'input[type="file"]');
    const transfer = new DataTransfer();
    transfer.items.add(file);
    picker.files = transfer.files;
    picker.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(el.actions.map((a) => a.id)).to.deep.equal(['n']);
    const notes = text($(el, '.notes'));
    expect(notes).to.contain('Card n: "many" is not a number of person-days').and.contain('Entry 2 is not a card');
    expect(events).to.deep.equal(['change', 'bad-days,not-an-object']);
  });

  it('keeps the plan when the file is no plan at all', async () => {
    const el = await board();
    expect(el.fromJSON('{"hello": 1}').ok).to.equal(false);
    expect(el.fromJSON('not json').issues[0].code).to.equal('not-json');
    await el.updateComplete;
    expect(el.actions).to.have.length(4);
    expect(text($(el, '.notes'))).to.contain('This file is not JSON');
  });
});
