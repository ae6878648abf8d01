// A host with a strict Content-Security-Policy (script-src 'self'; style-src 'self'; no 'unsafe-inline', no
// 'unsafe-eval'), set by <meta http-equiv> in a static page: the elements render, are styled and work, and the
// page reports no violation (Lit's constructable stylesheets are allowed; inline style attributes are not).
import { expect } from '@open-wc/testing';
import { IIFE, closePages, inner, innerAll, openPage, settle, until, type HostPage } from './helpers.js';
import { currentValue, pressOnSpoke, respondents, suggestedDimensions, type Survey, type Wheel } from './flow.js';

describe('embed: a strict Content-Security-Policy', () => {
  let page: HostPage;
  before(async () => {
    page = await openPage({ src: `/test/browser/embed/pages/csp.html?bundle=${encodeURIComponent(IIFE)}` });
    await settle(page.doc);
  });
  after(closePages);

  it('the policy is in force: an inline script and an inline style attribute are refused', async () => {
    const before = page.violations.length;
    const probe = page.doc.createElement('div');
    probe.setAttribute('style', 'color: rgb(1, 2, 3)');
    page.doc.body.append(probe);
    await until(() => page.violations.length > before, 1000);
    expect(page.win.getComputedStyle(probe).color).to.not.equal('rgb(1, 2, 3)');
    expect(page.violations.length).to.be.greaterThan(before);
    probe.remove();
    page.violations.splice(before);
  });

  it('the bundle loads and the three elements render, styled', () => {
    expect(page.errors).to.deep.equal([]);
    expect(page.win.GenderInPractice).to.have.property('scoreResponse');
    const survey = page.doc.getElementById('s')!;
    const option = inner(survey, '.option')!;
    expect(option).to.not.equal(null);
    expect(page.win.getComputedStyle(option).display, 'the survey\'s stylesheet applies').to.equal('flex');
    const wheel = page.doc.getElementById('w')!;
    expect(inner(wheel, 'svg')).to.not.equal(null);
    expect(page.win.getComputedStyle(inner(wheel, '.plot')!).position, 'the wheel\'s stylesheet applies').to.equal('relative');
    const board = page.doc.getElementById('b')!;
    expect(innerAll(board, 'section.column')).to.have.length(3);
    expect(page.win.getComputedStyle(inner(board, '.board')!).display, 'the board\'s stylesheet applies').to.equal('grid');
  });

  it('survey → wheel → board works, and the wheel\'s points sit on their spokes', async () => {
    const survey = page.doc.getElementById('s') as Survey;
    expect(await respondents(survey, page.doc)).to.not.include(false);
    const wheel = page.doc.getElementById('w') as Wheel;
    expect(await until(() => currentValue(wheel))).to.equal('5');
    await pressOnSpoke(wheel, page.doc, 0, 'End');
    expect(wheel.priorities[0]?.priority).to.be.greaterThan(0);
    const board = page.doc.getElementById('b')!;
    expect(await until(() => suggestedDimensions(board).length)).to.be.greaterThan(0);
    // the sliders are placed over their points (left/top), not all in the corner
    const places = new Set(innerAll(wheel, '.slider').map((s) => `${Math.round(s.getBoundingClientRect().left)},${Math.round(s.getBoundingClientRect().top)}`));
    expect(places.size, 'each slider at its own point').to.equal(innerAll(wheel, '.slider').length);
  });

  it('no Content-Security-Policy violation was reported', async () => {
    await settle(page.doc);
    expect(page.violations).to.deep.equal([]);
  });
});
