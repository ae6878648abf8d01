// Shared fixtures of the <ge-survey> browser tests: a small bilingual assessment and DOM shortcuts.
import { fixture, html, oneEvent } from '@open-wc/testing';
import type { Assessment } from '../../src/core/types.js';
import type { GeSurvey } from '../../src/ge-survey/ge-survey.js';
import '../../src/ge-survey/ge-survey.js';

/** Two dimensions, three questions (two required), help on one, scale 0–4 with dk/na. */
export const small: Assessment = {
  id: 'small', version: '1', title: { en: 'Small survey', fr: 'Petit questionnaire' },
  scale: {
    min: 0, max: 4,
    labels: [
      { en: 'Not at all', fr: 'Pas du tout' }, { en: 'To a small extent', fr: 'Dans une faible mesure' },
      { en: 'Partly', fr: 'En partie' }, { en: 'To a large extent', fr: 'Dans une large mesure' }, { en: 'Fully', fr: 'Entièrement' },
    ],
  },
  dimensions: [
    {
      id: 'will', label: { en: 'Political will', fr: 'Volonté politique' }, description: { en: 'Leaders champion GE.', fr: 'La direction porte l’ÉFH.' },
      questions: [
        { id: 'w1', text: { en: 'Leaders speak up.', fr: 'La direction prend la parole.' }, required: true, help: { en: 'In public and inside.', fr: 'En public et à l’interne.' } },
        { id: 'w2', text: { en: 'Leaders have objectives.', fr: 'La direction a des objectifs.' } },
      ],
    },
    {
      id: 'money', label: { en: 'Financial resources', fr: 'Ressources financières' },
      questions: [{ id: 'm1', text: { en: 'There is a budget line.', fr: 'Il y a une ligne budgétaire.' }, required: true }],
    },
  ],
};

export const small2: Assessment = {
  ...small, version: '2',
  dimensions: [small.dimensions[0], { id: 'hr', label: 'HR', questions: [{ id: 'h1', text: 'New question' }] }],
};

export async function survey(template = html`<ge-survey .assessment=${small}></ge-survey>`): Promise<GeSurvey> {
  const el = await fixture<GeSurvey>(template);
  await el.updateComplete;
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: GeSurvey, sel: string) => el.shadowRoot!.querySelector<T>(sel);
export const $$ = <T extends Element = HTMLElement>(el: GeSurvey, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];

/** Clicks the radio of `questionId` with `value`, as a person would, and waits for the render. */
export async function answer(el: GeSurvey, questionId: string, value: string): Promise<void> {
  const radio = $<HTMLInputElement>(el, `input[name="${questionId}"][value="${value}"]`);
  if (!radio) throw new Error(`no radio ${questionId}=${value}`);
  radio.click();
  await el.updateComplete;
}

export async function typeComment(el: GeSurvey, questionId: string, text: string): Promise<void> {
  $<HTMLButtonElement>(el, `[data-open-comment="${questionId}"]`)?.click();
  await el.updateComplete;
  const area = $<HTMLTextAreaElement>(el, `#c-${questionId}`)!;
  area.value = text;
  area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  area.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function next(el: GeSurvey): Promise<void> {
  $<HTMLButtonElement>(el, 'button.primary')!.click();
  await el.updateComplete;
}

export const text = (el: GeSurvey) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
export const settle = () => new Promise((r) => setTimeout(r, 0));

/** Waits (up to 2 s) until `test()` is true. */
export async function until(test: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !test(); i++) await new Promise((r) => setTimeout(r, 20));
}
export { oneEvent };
