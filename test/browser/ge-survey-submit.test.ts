// <ge-survey> required answers and submission: the error summary, focus on the first missing answer, the thank-you.
import { expect, html } from '@open-wc/testing';
import type { SurveySubmitDetail } from '../../src/ge-survey/ge-survey.js';
import { $, $$, answer, next, oneEvent, small, survey, text } from './ge-survey-helpers.js';

describe('ge-survey: required answers and submission', () => {
  it('with answers missing, submit() sends nothing, lists what is missing and focuses the first one', async () => {
    const el = await survey();
    await next(el); // to the last section
    let fired = 0;
    el.addEventListener('ge-survey-submit', () => fired++);
    expect(el.submit()).to.equal(false);
    await el.updateComplete;
    expect(fired).to.equal(0);
    const summary = $(el, '[part=error-summary]')!;
    expect(summary.getAttribute('role')).to.equal('alert');
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((a) => a.textContent)).to.deep.equal(['Political will, 1. Leaders speak up.', 'Financial resources, 3. There is a budget line.']);
    expect($(el, '#sec-will')).to.not.equal(null); // went back to the first missing one's section
    const focused = el.shadowRoot!.activeElement as HTMLInputElement;
    expect(focused.name).to.equal('w1');
    expect(focused.value).to.equal('0');
    expect($(el, '#q-w1')!.getAttribute('aria-describedby')).to.equal('h-w1 e-w1');
    expect($(el, '#e-w1')!.textContent).to.equal('This question needs an answer.');
    await expect(el).to.be.accessible();
  });

  it('a summary link goes to its question in another section', async () => {
    const el = await survey();
    el.submit();
    await el.updateComplete;
    $$<HTMLAnchorElement>(el, '[part=error-summary] a')[1].click();
    await el.updateComplete;
    expect((el.shadowRoot!.activeElement as HTMLInputElement).name).to.equal('m1');
  });

  it('the submit button does the same; the summary shrinks as answers come', async () => {
    const el = await survey();
    await answer(el, 'w1', 'na');
    await next(el);
    await next(el); // submit on the last section
    expect($$(el, '[part=error-summary] li')).to.have.length(1);
    await answer(el, 'm1', '2');
    expect($(el, '[part=error-summary]')).to.equal(null);
  });

  it('a complete survey fires ge-survey-submit with the response and the core scores, then thanks with own values', async () => {
    const el = await survey();
    await answer(el, 'w1', '3');
    await answer(el, 'w2', '4');
    await next(el);
    await answer(el, 'm1', 'dk');
    const event = oneEvent(el, 'ge-survey-submit');
    $<HTMLButtonElement>(el, 'button[part=submit]')!.click();
    const { detail } = (await event) as CustomEvent<SurveySubmitDetail>;
    expect(detail.response.answers).to.deep.equal({ w1: 3, w2: 4, m1: 'dk' });
    expect(detail.response.assessmentId).to.equal('small');
    expect(detail.response.submittedAt).to.be.a('string');
    expect(detail.scores.dimensions.will).to.deep.equal({ score: 87.5, answered: 2, dontKnow: 0, notApplicable: 0, total: 2 });
    expect(detail.scores.dimensions.money.score).to.equal(null);
    await el.updateComplete;
    const thanks = $(el, '[part=thank-you]')!;
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#thanks-title'));
    const rows = [...thanks.querySelectorAll('tbody tr')].map((r) => r.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows).to.deep.equal(['Political will 8.8', 'Financial resources not enough answers']);
    expect($$(el, 'input[type=radio]')).to.have.length(0);
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[data-action=change]')!.click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, 'input[name=m1][value=dk]')!.checked).to.equal(true);
  });

  it('fires ge-survey-change with the response on every answer', async () => {
    const el = await survey(html`<ge-survey .assessment=${small}></ge-survey>`);
    const event = oneEvent(el, 'ge-survey-change');
    await answer(el, 'w1', '1');
    const { detail } = await event;
    expect(detail.response.answers).to.deep.equal({ w1: 1 });
    expect(text(el)).to.contain('1 of 3 questions answered');
  });
});
