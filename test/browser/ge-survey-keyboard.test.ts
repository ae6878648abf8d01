// <ge-survey> with the keyboard alone: Tab, arrows, Space and Enter through a small assessment to the thank-you.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { GeSurvey, SurveySubmitDetail } from '../../src/ge-survey/ge-survey.js';
import { $, oneEvent, small, survey } from './ge-survey-helpers.js';

const focused = (el: GeSurvey) => el.shadowRoot!.activeElement as HTMLElement | null;

/** Presses Tab until the focused element in the survey matches `test` (at most 40 times). */
async function tabTo(el: GeSurvey, test: (e: HTMLElement) => boolean): Promise<HTMLElement> {
  for (let i = 0; i < 40; i++) {
    await sendKeys({ press: 'Tab' });
    const f = focused(el);
    if (f && test(f)) return f;
  }
  throw new Error('not reached by Tab');
}

const radio = (name: string) => (e: HTMLElement) => e instanceof HTMLInputElement && e.name === name;

describe('ge-survey: keyboard only', () => {
  it('completes and submits a survey with Tab, arrows, Space and Enter', async () => {
    const el = await survey(html`<ge-survey groups="staff,management" .assessment=${small}></ge-survey>`);
    // Group: Tab into the group, Space picks the first, an arrow moves to the next.
    await tabTo(el, radio('respondent group'));
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowDown' });
    // w1: arrows select within the radio group.
    await tabTo(el, radio('w1'));
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    // w2: arrows go on into "don't know" (set apart, same group).
    await tabTo(el, radio('w2'));
    for (let i = 0; i < 5; i++) await sendKeys({ press: 'ArrowDown' });
    // Enter in a radio goes to the next section (the form's default button is "Next").
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused(el)).to.equal($(el, '#sec-money'));
    await tabTo(el, radio('m1'));
    await sendKeys({ press: 'ArrowLeft' }); // from the first radio, wraps to the last: "not applicable"
    // A comment, by keyboard: the "Add a comment" button, then typing.
    await tabTo(el, (e) => e.dataset.openComment === 'm1');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('c-m1');
    await sendKeys({ type: 'No budget yet' });
    const submitted = oneEvent(el, 'ge-survey-submit');
    await tabTo(el, (e) => e.getAttribute('part') === 'submit');
    await sendKeys({ press: 'Enter' });
    const { detail } = (await submitted) as CustomEvent<SurveySubmitDetail>;
    expect(detail.response.answers).to.deep.equal({ w1: 2, w2: 'dk', m1: 'na' });
    expect(detail.response.comments).to.deep.equal({ m1: 'No budget yet' });
    expect(detail.response.respondent?.group).to.equal('management');
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('thanks-title');
  });

  it('Enter on the last section with answers missing moves focus to the first missing answer', async () => {
    const el = await survey();
    await tabTo(el, (e) => e.getAttribute('part') === 'next');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await tabTo(el, (e) => e.getAttribute('part') === 'submit');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const f = focused(el) as HTMLInputElement;
    expect(f.name).to.equal('w1');
    expect($(el, '[part=error-summary]')).to.not.equal(null);
  });
});
