// <ge-survey> in each of its states: paged, one page, groups, French, missing answers, thank-you, review, autosave, form, src, bad input.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { GeSurvey } from '../src/ge-survey/ge-survey.js';
import { define } from '../src/internal/define.js';
import { defaultAssessment } from '../src/core/default-assessment.js';
import type { Answer, SurveyResponse } from '../src/core/types.js';

// Idempotent: keeps the element defined even where a bundler drops a bare side-effect import.
define('ge-survey', GeSurvey);

const answered = (every: number): SurveyResponse => {
  const answers: Record<string, Answer> = {};
  defaultAssessment.dimensions.forEach((d, di) => d.questions.forEach((q, qi) => {
    if ((di + qi) % every !== 0) answers[q.id] = (di + qi) % 7 === 0 ? 'dk' : (di * 3 + qi) % 5;
  }));
  return { assessmentId: defaultAssessment.id, assessmentVersion: defaultAssessment.version, answers, comments: { 'pw-1': 'Mostly in the annual report.' } };
};
const complete = answered(1000);
const survey = (canvas: HTMLElement) => canvas.querySelector('ge-survey')!;

const meta: Meta = {
  title: 'Elements/ge-survey',
  component: 'ge-survey',
  parameters: { docs: { description: { component: 'The self-assessment survey: one section per dimension, native radio groups, autosave, French and English.' } } },
  decorators: [(story) => html`<div style="max-width: 760px">${story()}</div>`],
};
export default meta;
type Story = StoryObj;

export const Paged: Story = { render: () => html`<ge-survey></ge-survey>` };

export const SinglePage: Story = { render: () => html`<ge-survey layout="single-page"></ge-survey>` };

export const WithGroups: Story = { render: () => html`<ge-survey groups="staff,management,board,partner"></ge-survey>` };

export const French: Story = { render: () => html`<ge-survey lang="fr" groups="staff,management,board,partner"></ge-survey>` };

export const MissingAnswers: Story = {
  render: () => html`<ge-survey .response=${answered(3)}></ge-survey>`,
  play: async ({ canvasElement }) => {
    const el = survey(canvasElement);
    await el.updateComplete;
    el.submit();
  },
};

export const ThankYou: Story = {
  render: () => html`<ge-survey .response=${complete}></ge-survey>`,
  play: async ({ canvasElement }) => {
    const el = survey(canvasElement);
    await el.updateComplete;
    el.submit();
  },
};

export const ThankYouFrench: Story = { ...ThankYou, render: () => html`<ge-survey lang="fr" .response=${complete}></ge-survey>` };

export const Review: Story = { render: () => html`<ge-survey readonly groups="staff" .response=${{ ...answered(4), respondent: { group: 'staff' } }}></ge-survey>` };

export const Autosave: Story = {
  render: () => html`<p>Answer, then reload the page: every answer, comment and the section come back.</p>
    <ge-survey storage-key="storybook-ge-survey" groups="staff,management"></ge-survey>`,
};

export const InAForm: Story = {
  render: () => html`<form @submit=${(e: Event) => {
    e.preventDefault();
    alert(String(new FormData(e.target as HTMLFormElement).get('answers')));
  }}><ge-survey name="answers" layout="single-page"></ge-survey><button>Send the form</button> <button type="reset">Reset</button></form>`,
};

export const FromSrc: Story = {
  render: () => html`<ge-survey src=${`data:application/json,${encodeURIComponent(JSON.stringify({ ...defaultAssessment, dimensions: defaultAssessment.dimensions.slice(0, 2) }))}`}></ge-survey>`,
};

export const InlineDefinition: Story = {
  render: () => html`<ge-survey><script type="application/json">${JSON.stringify({
    id: 'mini', version: '1', title: 'Mini', scale: { min: 1, max: 5, labels: ['1', '2', '3', '4', '5'], notApplicable: false },
    dimensions: [{ id: 'd', label: 'One dimension', questions: [{ id: 'q1', text: 'A question', required: true, help: 'Some help' }] }],
  })}</script></ge-survey>`,
};

export const LoadFailed: Story = { render: () => html`<ge-survey src="/no-such-definition.json"></ge-survey>` };

export const InvalidDefinition: Story = {
  render: () => html`<ge-survey .assessment=${{ id: 'bad id', version: 1, title: 'Broken', scale: { min: 4, max: 0, labels: [] }, dimensions: [] } as never}></ge-survey>`,
};

export const Disabled: Story = { render: () => html`<form><fieldset disabled><ge-survey name="a"></ge-survey></fieldset></form>` };

// What a connection (the round add-on, a workshop store) shows through `connected`, without a server.
export const ConnectedOfflineWaiting: Story = {
  name: 'Connected: offline, answers waiting',
  render: () => html`<ge-survey .connected=${{ assessment: defaultAssessment, groups: ['staff', 'board'],
    status: [{ state: 'offline' }, { state: 'queued' }] }}></ge-survey>`,
};

export const ConnectedInvitationCode: Story = {
  name: 'Connected: invitation code',
  render: () => html`<ge-survey lang="fr" .connected=${{ assessment: null, codePrompt: { error: 'invalid' } }}></ge-survey>`,
};

export const ConnectedClosedRound: Story = {
  name: 'Connected: closed round (read-only)',
  render: () => html`<ge-survey .connected=${{ assessment: defaultAssessment, readOnly: true, response: answered(4), status: { state: 'closed' } }}></ge-survey>`,
};

export const EndpointWithoutAddOn: Story = {
  name: 'Endpoint without the round add-on',
  render: () => html`<ge-survey endpoint="/wp-json/gender-in-practice/v1/rounds/12"></ge-survey>`,
};
