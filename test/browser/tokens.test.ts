// The shared --ge-* defaults (src/internal/tokens.ts): one focus ring, one text colour, one border… in
// every element, and one value on a common ancestor themes all three.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/ge-survey/ge-survey.js';
import '../../src/socratic-wheel/socratic-wheel.js';
import '../../src/action-plan-board/action-plan-board.js';
import { small } from './ge-survey-helpers.js';

/** Focusable controls, one per element: the survey's first section button, the wheel's table button, the board's add button. */
const controls: Record<string, string> = {
  'ge-survey': 'nav button',
  'socratic-wheel': '.table-toggle',
  'action-plan-board': 'button.add',
};

async function page(style = ''): Promise<HTMLElement> {
  const wrap = await fixture<HTMLElement>(html`<div style=${style}>
    <ge-survey .assessment=${small}></ge-survey>
    <socratic-wheel .series=${[{ id: 'current', label: 'Now', kind: 'current', values: { 'political-will': 5 } }]}></socratic-wheel>
    <action-plan-board .actions=${[{ id: 'a', title: 'One', status: 'todo' }]}></action-plan-board>
  </div>`);
  for (const el of wrap.children) await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return wrap;
}

/** The focus ring of each element's control, focused from the keyboard (so :focus-visible applies). */
async function rings(wrap: HTMLElement): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [tag, selector] of Object.entries(controls)) {
    const control = wrap.querySelector(tag)!.shadowRoot!.querySelector<HTMLElement>(selector);
    expect(control, `${tag} ${selector}`).to.not.equal(null);
    control!.focus();
    await sendKeys({ press: 'Shift' }); // a key press: focus is now the keyboard's
    const cs = getComputedStyle(control!);
    out[tag] = `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor} ${cs.outlineOffset}`;
  }
  return out;
}

describe('shared --ge-* defaults', () => {
  it('one focus ring in every element: 3px solid #1d4ed8 (6.7:1 on white), 2px off', async () => {
    const ring = 'solid 3px rgb(29, 78, 216) 2px';
    expect(await rings(await page())).to.deep.equal({ 'ge-survey': ring, 'socratic-wheel': ring, 'action-plan-board': ring });
  });

  it('one --ge-focus-color on a common ancestor themes the ring of all three', async () => {
    const ring = 'solid 3px rgb(1, 2, 3) 2px';
    expect(await rings(await page('--ge-focus-color: rgb(1, 2, 3)'))).to.deep.equal({ 'ge-survey': ring, 'socratic-wheel': ring, 'action-plan-board': ring });
  });

  it('the survey and the board share their text and border defaults', async () => {
    const wrap = await page();
    const read = (tag: string, selector: string, property: string) =>
      getComputedStyle(wrap.querySelector(tag)!.shadowRoot!.querySelector(selector)!).getPropertyValue(property);
    expect([read('ge-survey', '.survey', 'color'), read('action-plan-board', '.root', 'color')]).to.deep.equal(['rgb(29, 29, 31)', 'rgb(29, 29, 31)']);
    const border = 'rgb(138, 143, 152)';
    expect([read('ge-survey', '.option', 'border-top-color'), read('action-plan-board', 'button.add', 'border-top-color')]).to.deep.equal([border, border]);
  });
});
