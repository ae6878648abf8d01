// <ge-survey> rendering and accessibility: native radio groups, dk/na apart, sections, progress, axe in each main state.
import { expect, fixture, html } from '@open-wc/testing';
import { defaultAssessment } from '../../src/core/default-assessment.js';
import type { GeSurvey } from '../../src/ge-survey/ge-survey.js';
import { $, $$, answer, next, small, survey, text } from './ge-survey-helpers.js';

describe('ge-survey: rendering and accessibility', () => {
  it('is accessible, paged, on the built-in assessment by default', async () => {
    const el = await survey(html`<ge-survey></ge-survey>`);
    await expect(el).to.be.accessible();
    expect(el.assessment).to.equal(defaultAssessment);
    expect($$(el, 'section[part=section]')).to.have.length(1);
    expect(text(el)).to.contain('Section 1 of 10');
  });

  it('lays out only the sections near the screen on one page; the others stay named, focusable and reachable', async () => {
    const el = await survey(html`<ge-survey layout="single-page"></ge-survey>`);
    const sections = $$(el, 'section[part=section]');
    expect(sections).to.have.length(10);
    const last = sections[9];
    expect(getComputedStyle(last).contentVisibility).to.equal('auto');
    const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await frames(); // relevance to the user is decided at a rendering step
    // Far below the fold, its content is skipped by the renderer (not laid out), yet in the DOM with its names.
    expect(sections[0].querySelector('input')!.checkVisibility({ contentVisibilityAuto: true })).to.equal(true);
    const radio = last.querySelector<HTMLInputElement>('input[type=radio]')!;
    expect(radio.checkVisibility({ contentVisibilityAuto: true })).to.equal(false);
    expect(radio.closest('label')!.textContent!.trim()).to.not.equal('');
    radio.focus();
    expect(el.shadowRoot!.activeElement).to.equal(radio);
    await frames();
    expect(radio.checkVisibility({ contentVisibilityAuto: true })).to.equal(true); // focus brought it into view
  });

  it('renders each question as a fieldset with a legend and labelled radios, dk/na set apart', async () => {
    const el = await survey();
    const fs = $(el, '#q-w1')!;
    expect(fs.tagName).to.equal('FIELDSET');
    expect(fs.querySelector('legend')!.textContent).to.contain('Leaders speak up.');
    const scale = [...fs.querySelectorAll<HTMLInputElement>('.scale input[type=radio]')];
    expect(scale.map((r) => r.value)).to.deep.equal(['0', '1', '2', '3', '4']);
    expect(scale.map((r) => r.closest('label')!.textContent!.trim())).to.deep.equal(['Not at all', 'To a small extent', 'Partly', 'To a large extent', 'Fully']);
    const apart = fs.querySelector('.apart[role=group]')!;
    expect(apart.getAttribute('aria-label')).to.equal('Other answers');
    expect([...apart.querySelectorAll('input')].map((r) => (r as HTMLInputElement).value)).to.deep.equal(['dk', 'na']);
    expect(fs.getAttribute('aria-describedby')).to.equal('h-w1');
    expect($(el, '#h-w1')!.textContent).to.equal('In public and inside.');
    expect(scale.every((r) => r.required)).to.equal(true);
    expect($(el, '#q-w2 input')!.hasAttribute('required')).to.equal(false);
  });

  it('shows the dimension description, progress by question and by section', async () => {
    const el = await survey();
    expect(text(el)).to.contain('Leaders champion GE.');
    const progress = $<HTMLProgressElement>(el, 'progress')!;
    expect(progress.getAttribute('aria-labelledby')).to.equal('progress-label');
    expect($(el, '#progress-label')!.textContent).to.equal('0 of 3 questions answered');
    await answer(el, 'w1', '3');
    expect($(el, '#progress-label')!.textContent).to.equal('1 of 3 questions answered');
    expect(progress.value).to.equal(1);
    expect(progress.max).to.equal(3);
    const nav = $$(el, 'nav[part=nav] button');
    expect(nav.map((b) => b.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(['Political will 1 of 2', 'Financial resources 0 of 1']);
    expect(nav[0].getAttribute('aria-current')).to.equal('step');
  });

  it('pages with next, previous and the jump list, focusing the section heading', async () => {
    const el = await survey();
    await next(el);
    expect($(el, 'h3')!.textContent).to.contain('Financial resources');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#sec-money'));
    expect($(el, 'button.primary')!.textContent).to.equal('Submit my answers');
    $<HTMLButtonElement>(el, '[data-action=prev]')!.click();
    await el.updateComplete;
    expect($(el, 'h3')!.textContent).to.contain('Political will');
    $$<HTMLButtonElement>(el, 'nav button')[1].click();
    await el.updateComplete;
    expect($(el, 'h3')!.textContent).to.contain('Financial resources');
    await expect(el).to.be.accessible();
  });

  it('layout="single-page" shows every section at once and is accessible', async () => {
    const el = await survey(html`<ge-survey layout="single-page" .assessment=${defaultAssessment}></ge-survey>`);
    expect($$(el, 'section[part=section]')).to.have.length(10);
    expect($$(el, 'input[type=radio]')).to.have.length(defaultAssessment.dimensions.reduce((n, d) => n + d.questions.length, 0) * 7);
    expect($$(el, '[data-action=prev]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('opens a labelled comment box per question', async () => {
    const el = await survey();
    expect($(el, '#c-w1')).to.equal(null);
    const btn = $<HTMLButtonElement>(el, '[data-open-comment=w1]')!;
    expect(btn.textContent).to.contain('Add a comment');
    btn.click();
    await el.updateComplete;
    const area = $<HTMLTextAreaElement>(el, '#c-w1')!;
    expect(el.shadowRoot!.activeElement).to.equal(area);
    expect($(el, 'label[for=c-w1]')!.textContent).to.equal('Comment (optional)');
    await expect(el).to.be.accessible();
  });

  it('offers the respondent groups, labelled by the core, never a name field', async () => {
    const el = await survey(html`<ge-survey groups="staff, board,custom-team" .assessment=${small}></ge-survey>`);
    const group = $(el, 'fieldset.group')!;
    expect(group.querySelector('legend')!.textContent).to.equal('You are answering as');
    expect([...group.querySelectorAll('label')].map((l) => l.textContent!.trim())).to.deep.equal(['Staff', 'Board', 'custom-team']);
    expect($$(el, 'input[type=text], input:not([type])')).to.have.length(0);
    ($$<HTMLInputElement>(el, 'fieldset.group input')[1]).click();
    await el.updateComplete;
    expect(el.response.respondent?.group).to.equal('board');
    await expect(el).to.be.accessible();
  });

  it('readonly: a review list of every answer, no inputs, accessible', async () => {
    const el = await survey(html`<ge-survey readonly .assessment=${small}
      .response=${{ assessmentId: 'small', assessmentVersion: '1', answers: { w1: 3, m1: 'dk' }, comments: { w1: 'Often' } }}></ge-survey>`);
    expect($$(el, 'input, textarea')).to.have.length(0);
    const items = $$(el, 'dl.review .review-item');
    expect(items.map((i) => i.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      '1. Leaders speak up. 3 – To a large extent Comment: Often', '2. Leaders have objectives. No answer', '3. There is a budget line. Don\'t know',
    ]);
    await expect(el).to.be.accessible();
  });

  it('reflows at 320 px without sideways scrolling, in both layouts', async () => {
    for (const layout of ['paged', 'single-page']) {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width:320px;overflow:auto"><ge-survey layout=${layout} groups="staff,management,board,partner"></ge-survey></div>`);
      const el = wrap.querySelector<GeSurvey>('ge-survey')!;
      await el.updateComplete;
      $<HTMLButtonElement>(el, '[data-open-comment]')!.click();
      await el.updateComplete;
      expect(wrap.scrollWidth, layout).to.be.at.most(wrap.clientWidth);
      for (const o of $$(el, '.option')) expect(o.getBoundingClientRect().height).to.be.at.least(44);
    }
  });
});
