// <action-plan-board>: rendering, accessibility, languages, print, and bad input (unknown status or dimension, duplicate ids, HTML, 10,000 cards).
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { ActionPlanBoard, PlanAction } from '../../src/action-plan-board/action-plan-board.js';
import { $, $$, board, handle, idsIn, NOW, plan } from './action-plan-board-helpers.js';

const card = (el: Element, id: string) => $(el, `li[data-id="${id}"]`);
const text = (node: Element) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<action-plan-board> rendering', () => {
  it('is accessible by default', async () => {
    const el = await board();
    await expect(el).to.be.accessible();
  });

  it('is accessible in French', async () => {
    const el = await board(plan(), { lang: 'fr' });
    await expect(el).to.be.accessible();
  });

  it('lays out a long column\'s far cards only near the screen; a focused one shows its whole focus ring', async () => {
    const actions: PlanAction[] = Array.from({ length: 40 }, (_, i) => ({ id: `k${i}`, title: `Card ${i}`, status: 'todo' }));
    const el = await board(actions);
    const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await frames(); // relevance to the user is decided at a rendering step
    const at = (i: number) => $(el, `li[data-id="k${i}"]`);
    const skipped = (i: number) => !at(i).querySelector('.title')!.checkVisibility({ contentVisibilityAuto: true });
    expect([0, 9].map(skipped)).to.deep.equal([false, false]); // the first ten always
    expect(at(9).classList.contains('far')).to.equal(false);
    expect(at(10).classList.contains('far')).to.equal(true);
    expect(skipped(39)).to.equal(true);
    expect(at(39).querySelector('.title')!.textContent).to.equal('Card 39'); // still in the page, for search and screen readers
    const h = handle(el, 'k39');
    h.focus();
    expect(el.shadowRoot!.activeElement).to.equal(h);
    await frames();
    expect(skipped(39)).to.equal(false);
    // Its paint is contained: the focus ring (outline and offset) must lie inside the card's padding box, not be clipped.
    const ring = getComputedStyle(h);
    const out = parseFloat(ring.outlineWidth) + parseFloat(ring.outlineOffset);
    expect(ring.outlineStyle).to.not.equal('none');
    const r = h.getBoundingClientRect();
    const c = at(39).getBoundingClientRect();
    const border = parseFloat(getComputedStyle(at(39)).borderLeftWidth);
    expect(r.left - out).to.be.at.least(c.left + border);
    expect(r.top - out).to.be.at.least(c.top + border);
    expect(r.right + out).to.be.at.most(c.right - border);
  });

  it('shows the default columns and the cards in them', async () => {
    const el = await board();
    expect($$(el, '[part="column"] h2').map((h) => h.textContent)).to.deep.equal(['To do', 'Doing', 'Done']);
    expect(idsIn(el, 'todo')).to.deep.equal(['a', 'b']);
    expect(idsIn(el, 'doing')).to.deep.equal(['c']);
    expect(idsIn(el, 'done')).to.deep.equal(['d']);
    expect($$(el, '[part="card-title"]').map((h) => h.textContent)).to.include('Review pay for gaps');
  });

  it('shows dimension name, owner, date in the language, person-days, and marks overdue cards in words', async () => {
    const el = await board();
    const a = text(card(el, 'a'));
    expect(a).to.contain('Governance & decision-making').and.contain('Marie').and.contain('Mar 1, 2025')
      .and.contain('Overdue').and.contain('1.5 person-days');
    expect(text(card(el, 'c'))).to.not.contain('Overdue'); // due in 2099
    const done = await board([{ id: 'x', title: 'Old', status: 'done', due: '2020-01-01' }]);
    expect(text(card(done, 'x'))).to.not.contain('Overdue'); // finished cards are never late
  });

  it('takes "today" from `now`', async () => {
    const el = await board();
    el.now = new Date(2024, 0, 1);
    await el.updateComplete;
    expect(text(card(el, 'a'))).to.not.contain('Overdue');
  });

  it('speaks French: labels, dates, decimal comma', async () => {
    const el = await board(plan(), { lang: 'fr' });
    expect($$(el, '[part="column"] h2').map((h) => h.textContent)).to.deep.equal(['À faire', 'En cours', 'Terminé']);
    const a = text(card(el, 'a'));
    expect(a).to.contain('Gouvernance et prise de décision').and.contain('1 mars 2025').and.contain('En retard').and.contain('1,5 jour-personne');
    expect(text(card(el, 'b'))).to.contain('3 jours-personnes');
  });

  it('takes the host\'s columns, localized, with a soft card limit', async () => {
    const el = await fixture<ActionPlanBoard>(html`<action-plan-board lang="fr" .columns=${[
      { id: 'backlog', label: { en: 'Backlog', fr: 'En attente' }, limit: 1 }, { id: 'todo', label: 'Now' }]}
      .actions=${plan()}></action-plan-board>`);
    expect($$(el, '[part="column"] h2').map((h) => h.textContent)).to.deep.equal(['Non classées', 'En attente', 'Now']);
    expect(idsIn(el, 'todo')).to.deep.equal(['a', 'b']);
    el.actions = [...plan(), { id: 'e', title: 'E', status: 'backlog' }, { id: 'f', title: 'F', status: 'backlog' }];
    await el.updateComplete;
    const warning = $(el, 'section[data-column="backlog"] [role="status"]');
    expect(warning.textContent).to.contain('Limite de fiches dépassée (1)');
    expect(idsIn(el, 'backlog')).to.deep.equal(['e', 'f']); // soft: nothing refused
  });

  it('prints as one clean page: no buttons, every column, black on white', async () => {
    const el = await board();
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle($(el, '[data-act="handle"]')).display).to.equal('none');
      expect(getComputedStyle($(el, '[part="toolbar"]')).display).to.equal('none');
      expect($$(el, '[part="column"]').every((c) => getComputedStyle(c).display !== 'none')).to.equal(true);
      expect(getComputedStyle($(el, '.overdue')).color).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle($(el, '.board')).display).to.equal('flex');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(getComputedStyle($(el, '[data-act="handle"]')).display).to.not.equal('none');
  });

  it('does not fire ge-plan-change when a host sets actions', async () => {
    const el = await board();
    let fired = 0;
    el.addEventListener('ge-plan-change', () => (fired += 1));
    el.actions = plan().slice(1);
    await el.updateComplete;
    expect(fired).to.equal(0);
    expect(el.actions.map((a) => a.id)).to.deep.equal(['b', 'c', 'd']);
  });
});

describe('<action-plan-board> on a narrow screen', () => {
  it('in a 320 px container, stacks its columns and nothing overflows sideways', async () => {
    const wrap = await fixture<HTMLElement>(html`<div style="width: 320px"><action-plan-board lang="fr" .now=${NOW} .actions=${plan()}
      budget-days="20" .priorities=${[{ dimensionId: 'governance', current: 20, target: 60, gap: 40, importance: 1, priority: 40, tags: [] }]}>
      </action-plan-board></div>`);
    const el = wrap.querySelector('action-plan-board')!;
    await el.updateComplete;
    const root = $(el, '.root');
    const fits = (node: HTMLElement) => node.scrollWidth <= node.clientWidth;
    expect(root.clientWidth).to.equal(320);
    expect(fits(root), `.root scrollWidth ${root.scrollWidth} > ${root.clientWidth}`).to.equal(true);
    for (const selector of ['.board', '.toolbar', '.panels']) expect(fits($(el, selector)), selector).to.equal(true);
    const columns = $$(el, 'section.column').map((c) => c.getBoundingClientRect());
    const box = root.getBoundingClientRect();
    expect(columns).to.have.length(3);
    for (const c of columns) expect(c.left >= box.left - 0.5 && c.right <= box.right + 0.5, 'each column inside the board').to.equal(true);
    expect(columns[1].top, '"En cours" under "À faire"').to.be.greaterThan(columns[0].bottom);
    expect($(el, 'section.column[data-column="doing"] h2').textContent).to.equal('En cours');
  });
});

describe('<action-plan-board> bad input', () => {
  it('puts a card of unknown status in a visible Unsorted column, and it can move out', async () => {
    const el = await board([...plan(), { id: 'u', title: 'Lost', status: 'someday' }]);
    const unsorted = $(el, 'section[data-column="ge:unsorted"]');
    expect(text(unsorted)).to.contain('Unsorted').and.contain('Lost');
    expect(text($(el, '.notes'))).to.contain('One card has a status that is no column of this board; it is in Unsorted.');
    expect(el.actions.find((a) => a.id === 'u')?.status).to.equal('someday'); // kept as given
    $(el, 'li[data-id="u"] [data-act="move-to"]').click();
    await el.updateComplete;
    const column = $<HTMLSelectElement>(el, '.move-menu select[data-move="column"]');
    column.value = 'doing';
    column.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    $(el, '[data-act="move-apply"]').click();
    await el.updateComplete;
    expect(idsIn(el, 'doing')).to.deep.equal(['c', 'u']);
    expect(el.shadowRoot!.querySelector('section[data-column="ge:unsorted"]')).to.equal(null);
  });

  it('shows an unknown dimension as its id, with a note', async () => {
    const el = await board([{ id: 'x', title: 'Custom', status: 'todo', dimensionId: 'lgbtqi' }]);
    expect(text(card(el, 'x'))).to.contain('lgbtqi (not in this assessment)');
  });

  it('re-keys duplicate ids, keeps both cards, and says so', async () => {
    const errors: unknown[] = [];
    const el = await fixture<ActionPlanBoard>(html`<action-plan-board @ge-error=${(e: CustomEvent) => errors.push(e.detail)}
      .actions=${[{ id: 'a', title: 'One', status: 'todo' }, { id: 'a', title: 'Two', status: 'todo' }]}></action-plan-board>`);
    await el.updateComplete;
    expect(el.actions.map((a) => a.id)).to.deep.equal(['a', 'a-2']);
    expect(idsIn(el, 'todo')).to.deep.equal(['a', 'a-2']);
    expect(text($(el, '.notes'))).to.contain('Two cards had the id a; the second is now a-2.');
    expect(JSON.stringify(errors)).to.contain('duplicate-id');
  });

  it('shows titles full of HTML as text', async () => {
    const evil = '<img src=x onerror="window.__pwned=1"><b>bold</b><script>window.__pwned=1</script>';
    const el = await board([{ id: 'h', title: evil, status: 'todo', owner: '<i>x</i>' }]);
    expect($(el, 'li[data-id="h"] [part="card-title"]').textContent).to.equal(evil);
    expect(el.shadowRoot!.querySelector('li[data-id="h"] img, li[data-id="h"] b, li[data-id="h"] i')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('renders 10,000 cards without an exception', async () => {
    const many: PlanAction[] = Array.from({ length: 10000 }, (_, i) => ({ id: `n${i}`, title: `Card ${i}`, status: ['todo', 'doing', 'done', 'x'][i % 4], days: 1 }));
    const el = await board(many);
    expect($$(el, 'li[data-id]').length).to.equal(10000);
    expect(text($(el, '[part="budget"]'))).to.contain('10,000 person-days');
  });

  it('never throws on garbage, and reports it', async () => {
    const el = await board();
    const hostile = new Proxy({}, { get() { throw new Error('boom'); }, ownKeys() { throw new Error('boom'); } });
    for (const bad of [null, 42, 'x', [null, 7, hostile], { length: 3 }]) {
      expect(() => { el.actions = bad as unknown as PlanAction[]; }).to.not.throw();
      await el.updateComplete;
    }
    el.columns = 'nonsense' as never;
    await el.updateComplete;
    expect(text($(el, '.notes'))).to.contain('default columns are shown');
    expect(NOW).to.be.instanceOf(Date);
  });
});

describe('<action-plan-board> language and budget attribute', () => {
  it('follows a language change at run time, cards included', async () => {
    const el = await board();
    el.setAttribute('lang', 'fr');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(text(card(el, 'a'))).to.contain('1 mars 2025').and.contain('En retard').and.contain('Modifier');
    expect(text(card(el, 'c'))).to.contain('1 janv. 2099').and.contain('Modifier').and.contain('2 jours-personnes'); // no dimension: only the language changed
    expect($(el, 'li[data-id="a"] [data-act="handle"]').getAttribute('aria-label')).to.equal('Déplacer «\u00a0Standing GE item on the board agenda\u00a0»');
  });

  it('reads budget-days with a decimal comma, and blank as no budget', async () => {
    const el = await board();
    expect(text($(el, '[part="budget"]'))).to.contain('Planned: 7 person-days').and.not.contain('available');
    el.setAttribute('budget-days', '6,5');
    await el.updateComplete;
    expect(text($(el, '[part="budget"]'))).to.contain('of 6.5 person-days available').and.contain('Over budget by 0.5 person-days.');
  });
});
