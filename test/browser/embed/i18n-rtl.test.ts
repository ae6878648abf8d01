// A right-to-left page and a French page: layout follows the page's direction (logical properties: options,
// columns, alignment), text follows its language (also when the page switches at run time), numbers are formatted
// the French way.
import { expect } from '@open-wc/testing';
import { bundleTag, closePages, inner, innerAll, openPage, pageHtml, settle, type HostPage } from './helpers.js';

const body = `<ge-survey id="s"></ge-survey>
  <socratic-wheel id="w" show-table></socratic-wheel>
  <action-plan-board id="b" budget-days="12.5"></action-plan-board>${bundleTag}`;

async function open(lang: string, dir = ''): Promise<HostPage> {
  const page = await openPage({ html: pageHtml({ lang, dir, body }) });
  (page.doc.getElementById('w') as HTMLElement & { series: unknown }).series = [
    { id: 'current', label: 'Current', kind: 'current', values: { 'political-will': 6.5, policy: 7 } },
  ];
  (page.doc.getElementById('b') as HTMLElement & { actions: unknown }).actions = [
    { id: 'a1', title: 'Budget line', status: 'todo', dimensionId: 'financial-resources', days: 2.5 },
    { id: 'a2', title: 'Training', status: 'doing', days: 1 },
  ];
  await settle(page.doc);
  return page;
}

const x = (el: Element | null) => el!.getBoundingClientRect().left;
const text = (el: Element | null) => (el?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

describe('embed: a right-to-left page', () => {
  let page: HostPage;
  before(async () => {
    page = await open('ar', 'rtl');
  });
  after(closePages);

  it('renders with no error, in English (Arabic is not offered) and right to left', () => {
    expect(page.errors).to.deep.equal([]);
    expect(page.win.getComputedStyle(inner(page.doc.getElementById('s'), '.option')!).direction).to.equal('rtl');
  });

  it('<ge-survey>: the scale reads from the right (first option rightmost)', () => {
    const options = innerAll(page.doc.getElementById('s'), '.scale .option');
    expect(options.length).to.be.greaterThan(1);
    expect(x(options[0])).to.be.greaterThan(x(options[1]));
  });

  it('<ge-survey>: the radio sits at the start (right) of its label, and the submit button at the end (left)', () => {
    const survey = page.doc.getElementById('s');
    const option = inner(survey, '.scale .option')!;
    expect(x(option.querySelector('input'))).to.be.greaterThan(x(option) + option.getBoundingClientRect().width / 2);
    const primary = inner(survey, 'button.primary')!;
    expect(x(primary)).to.be.lessThan(page.doc.body.getBoundingClientRect().width / 2);
  });

  it('<action-plan-board>: columns flow from the right (to do rightmost)', () => {
    const board = page.doc.getElementById('b');
    const [todo, doing, done] = ['todo', 'doing', 'done'].map((id) => inner(board, `section.column[data-column="${id}"]`));
    expect(x(todo)).to.be.greaterThan(x(doing));
    expect(x(doing)).to.be.greaterThan(x(done));
  });

  it('<action-plan-board>: notes and messages mark their start edge (right), not the left', async () => {
    const board = page.doc.getElementById('b') as HTMLElement & { actions: unknown };
    board.actions = [{ id: 'odd', title: 'Unknown status', status: 'someday' }];
    await settle(page.doc);
    const notes = inner(board, '.notes')!;
    const cs = page.win.getComputedStyle(notes);
    expect(cs.borderRightWidth, '.notes border on the start side').to.equal('4px');
    expect(cs.borderLeftWidth).to.equal('0px');
  });

  it('<socratic-wheel>: the data table aligns its text to the start (right)', () => {
    const th = inner(page.doc.getElementById('w'), 'tbody th')!;
    expect(['right', 'start']).to.include(page.win.getComputedStyle(th).textAlign);
  });
});

describe('embed: a French page', () => {
  let page: HostPage;
  before(async () => {
    page = await open('fr');
  });
  after(closePages);

  it('every element speaks French', () => {
    expect(page.errors).to.deep.equal([]);
    expect(inner(page.doc.getElementById('s'), 'button.primary')!.textContent!.trim()).to.equal('Suivant');
    expect(text(page.doc.getElementById('s'))).to.contain('Volonté politique');
    expect(inner(page.doc.getElementById('w'), 'caption')!.textContent).to.contain('valeurs par dimension');
    expect(inner(page.doc.getElementById('b'), 'section.column[data-column="todo"] h2')!.textContent).to.equal('À faire');
  });

  it('numbers have a decimal comma', () => {
    const cells = innerAll(page.doc.getElementById('w'), 'tbody td').map((c) => c.textContent);
    expect(cells).to.include('6,5');
    expect(text(page.doc.getElementById('b'))).to.contain('2,5');
    expect(text(page.doc.getElementById('b'))).to.contain('12,5');
  });

  it('the page switching to English at run time switches every element, keeping its state', async () => {
    const survey = page.doc.getElementById('s')!;
    inner<HTMLInputElement>(survey, '.scale input')!.click();
    await settle(page.doc);
    page.doc.documentElement.lang = 'en';
    await settle(page.doc);
    expect(inner(survey, 'button.primary')!.textContent!.trim()).to.equal('Next');
    expect(inner<HTMLInputElement>(survey, '.scale input')!.checked, 'the answer is kept').to.equal(true);
    expect(inner(page.doc.getElementById('w'), 'caption')!.textContent).to.contain('values by dimension');
    expect(inner(page.doc.getElementById('b'), 'section.column[data-column="todo"] h2')!.textContent).to.equal('To do');
  });

  it('lang on one element wins over the page: an English board on a French page', async () => {
    const board = page.doc.getElementById('b')!;
    page.doc.documentElement.lang = 'fr';
    board.setAttribute('lang', 'en');
    await settle(page.doc);
    expect(inner(board, 'section.column[data-column="todo"] h2')!.textContent).to.equal('To do');
    expect(inner(page.doc.getElementById('s'), 'button.primary')!.textContent!.trim()).to.equal('Suivant');
  });
});
