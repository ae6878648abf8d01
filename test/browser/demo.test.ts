// The demo pages (`npm start`) as a visitor opens them: the facilitator's workshop, the respondent's survey and the
// plain-HTML page on the CDN bundle all render, work offline (nothing from another origin) and switch language.
import { expect } from '@open-wc/testing';
import { closePages, inner, innerAll, openPage, settle, until, type HostPage } from './embed/helpers.js';
import { currentValue, respondents, suggestedDimensions, type Survey, type Wheel } from './embed/flow.js';

/** Resources the page loaded from another origin (fonts, CDNs): the demo must work offline. */
const foreign = (page: HostPage) => page.win.performance.getEntriesByType('resource').map((e) => e.name).filter((n) => !n.startsWith(location.origin));

describe('demo pages', () => {
  before(() => {
    localStorage.removeItem('gender-in-practice-demo:responses');
    localStorage.removeItem('gender-in-practice-demo:plan');
    localStorage.setItem('gender-in-practice-demo:lang', 'en');
  });
  afterEach(closePages);
  after(() => localStorage.removeItem('gender-in-practice-demo:lang'));

  it('facilitator: the 25 respondents on the wheel, priorities from the targets, the board\'s suggestions and plan', async () => {
    const page = await openPage({ src: '/demo/index.html' });
    const wheel = await until(() => page.doc.getElementById('w') as Wheel | null);
    await until(() => inner(wheel, 'table'));
    await settle(page.doc);
    expect(page.errors).to.deep.equal([]);
    expect(innerAll(wheel, '.legend-item').map((b) => b.textContent!.replace(/\s+/g, ' ').trim())).to.include('Current (n = 25)');
    expect(currentValue(wheel!)).to.match(/^\d/);
    expect(await until(() => page.doc.querySelectorAll('#priorities li:not(.empty)').length)).to.be.greaterThan(0);
    const board = page.doc.getElementById('board')!;
    expect(await until(() => suggestedDimensions(board).length)).to.be.greaterThan(0);
    expect(innerAll(board, 'li.card').length).to.equal(3);
    // Partners (4 people) are below k = 5 and boards (5) are hidden to protect them: no count for either.
    const rows = [...page.doc.querySelectorAll('#groups tbody tr')].map((r) => [...r.children].map((c) => c.textContent!.trim()).join(' | '));
    expect(rows, JSON.stringify(rows)).to.include.members(['Staff | 10', 'Management | 6', 'Board | not shown (confidentiality)', 'Partner | not shown (confidentiality)']);
    expect(foreign(page)).to.deep.equal([]);
  });

  it('facilitator: the FR/EN switch turns the page and the elements to French', async () => {
    const page = await openPage({ src: '/demo/index.html' });
    await until(() => inner(page.doc.getElementById('board'), 'section.column'));
    page.doc.getElementById('lang')!.click();
    await settle(page.doc);
    expect(page.doc.documentElement.lang).to.equal('fr');
    expect(page.doc.querySelector('h1')!.textContent).to.contain('atelier');
    expect(inner(page.doc.getElementById('board'), 'section.column[data-column="todo"] h2')!.textContent).to.equal('À faire');
    expect(innerAll(page.doc.getElementById('w'), '.legend-item').map((b) => b.textContent).join(' ')).to.contain('Situation actuelle');
    page.doc.getElementById('lang')!.click();
  });

  it('respondent: the survey with groups and autosave; a submission joins the facilitator page', async () => {
    const page = await openPage({ src: '/demo/respondent.html' });
    const survey = await until(() => page.doc.getElementById('survey') as Survey | null);
    await until(() => inner(survey, 'input[type=radio]'));
    expect(survey!.getAttribute('storage-key')).to.be.a('string');
    expect(innerAll(survey, 'input[type=radio]').some((r) => (r as HTMLInputElement).value === 'management')).to.equal(true);
    expect(await respondents(survey!, page.doc, 1)).to.deep.equal([true]);
    expect((page.doc.getElementById('done') as HTMLElement).hidden).to.equal(false);
    expect(JSON.parse(localStorage.getItem('gender-in-practice-demo:responses')!)).to.have.length(1);
    const facilitator = await openPage({ src: '/demo/index.html' });
    const wheel = await until(() => facilitator.doc.getElementById('w') as Wheel | null);
    await until(() => inner(wheel, '.legend-item'));
    await settle(facilitator.doc);
    expect(innerAll(wheel, '.legend-item').map((b) => b.textContent!.replace(/\s+/g, ' ').trim())).to.include('Current (n = 26)');
    localStorage.removeItem('gender-in-practice-demo:responses');
    localStorage.removeItem('gender-in-practice-demo:draft');
    expect(foreign(page)).to.deep.equal([]);
  });

  it('plain HTML: only the three elements\' script, no module; tags wired with no code', async () => {
    const html = (await (await fetch('/demo/cdn.html')).text()).split('<!-- injected by web-dev-server -->')[0];
    expect(html).to.not.match(/type="module"/);
    expect([...html.matchAll(/<script\b[^>]*src="([^"]+)"/g)].map((m) => m[1])).to.deep.equal(['../dist/cdn/gender-in-practice-elements.min.js']);
    const page = await openPage({ src: `/demo/cdn.html` });
    expect(page.win.customElements.get('socratic-wheel'), "the three elements' script is built by npm run build").to.be.a('function');
    const survey = page.doc.getElementById('s') as Survey;
    const wheel = page.doc.getElementById('w') as Wheel;
    await respondents(survey, page.doc);
    expect(await until(() => currentValue(wheel))).to.equal('5');
    expect(page.errors).to.deep.equal([]);
    expect(foreign(page)).to.deep.equal([]);
  });
});
