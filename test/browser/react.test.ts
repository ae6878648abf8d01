// gender-in-practice/react: the three elements rendered by React 19 (react-dom/client, no JSX): props reach the
// elements' properties, event props receive the elements' events, a ref gives the element.
import { expect } from '@open-wc/testing';
import * as React from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { ActionPlanBoard, GeSurvey, SocraticWheel } from '../../src/react/index.js';
import type { Assessment } from '../../src/core/types.js';
import { buildReleaseSnapshot, viewRelease } from '../../src/core/release.js';
import type { GeSurvey as GeSurveyElement } from '../../src/ge-survey/ge-survey.js';
import type { SocraticWheel as SocraticWheelElement } from '../../src/socratic-wheel/socratic-wheel.js';
import type { ActionPlanBoard as ActionPlanBoardElement } from '../../src/action-plan-board/action-plan-board.js';

const h = React.createElement;

const tiny: Assessment = {
  id: 'tiny', version: '1', title: { en: 'Tiny survey', fr: 'Mini questionnaire' },
  scale: { min: 0, max: 4, labels: ['0', '1', '2', '3', '4'] },
  dimensions: [
    { id: 'will', label: 'Political will', questions: [{ id: 'w1', text: 'Leaders speak up.' }] },
    { id: 'money', label: 'Money', questions: [{ id: 'm1', text: 'There is a budget line.' }] },
  ],
};

let container: HTMLElement;
let root: Root;

/** Renders `element` and waits until React has committed it and the custom elements have rendered. */
async function render(element: React.ReactElement): Promise<void> {
  React.act(() => root.render(element));
  await new Promise((r) => setTimeout(r, 0));
  await Promise.all([...container.querySelectorAll('ge-survey, socratic-wheel, action-plan-board')]
    .map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
}

describe('React wrappers (gender-in-practice/react)', () => {
  before(() => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  });
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    React.act(() => root.unmount());
    container.remove();
  });

  it('importing the wrappers defines the three tags', () => {
    for (const tag of ['ge-survey', 'socratic-wheel', 'action-plan-board']) expect(customElements.get(tag), tag).to.be.a('function');
    expect(GeSurvey.displayName).to.equal('GeSurvey');
  });

  it('<GeSurvey>: the assessment prop reaches the property, an attribute prop the attribute, onGeSurveyChange fires', async () => {
    const changes: unknown[] = [];
    const ref = React.createRef<GeSurveyElement>();
    await render(h(GeSurvey, { ref, assessment: tiny, groups: 'staff,board', onGeSurveyChange: (e) => changes.push(e.detail.response.answers) }));
    const el = ref.current!;
    expect(el).to.be.instanceOf(customElements.get('ge-survey')!);
    expect(el.assessment.id).to.equal('tiny');
    expect(el.shadowRoot!.textContent).to.contain('Tiny survey');
    expect(el.groups).to.equal('staff,board');
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name="w1"][value="3"]')!.click();
    expect(changes).to.deep.equal([{ w1: 3 }]);
  });

  it('<GeSurvey>: onGeSurveySubmit receives the response and its scores', async () => {
    const submitted: { answers: unknown; score: unknown }[] = [];
    const ref = React.createRef<GeSurveyElement>();
    await render(h(GeSurvey, { ref, assessment: tiny, layout: 'single-page',
      onGeSurveySubmit: (e) => submitted.push({ answers: e.detail.response.answers, score: e.detail.scores.dimensions.will.score }) }));
    ref.current!.response = { assessmentId: 'tiny', assessmentVersion: '1', answers: { w1: 4, m1: 0 } };
    await ref.current!.updateComplete;
    expect(ref.current!.submit()).to.equal(true);
    expect(submitted).to.deep.equal([{ answers: { w1: 4, m1: 0 }, score: 100 }]);
  });

  it('<GeSurvey endpoint>: onGeSurveySent fires when the round server confirms', async () => {
    const id = `react-${Date.now().toString(36)}`;
    await fetch(`/__round/${id}/__control`, { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ reset: true, assessment: tiny, groups: [] }) });
    const sent: string[] = [];
    const ref = React.createRef<GeSurveyElement>();
    await render(h(GeSurvey, { ref, endpoint: `/__round/${id}`, nonce: 'member-react', layout: 'single-page',
      onGeSurveySent: (e) => sent.push(e.detail.status) } as Parameters<typeof GeSurvey>[0]));
    const el = ref.current!;
    for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('input[name="w1"]'); i++) await new Promise((r) => setTimeout(r, 20));
    el.response = { assessmentId: 'tiny', assessmentVersion: '1', answers: { w1: 4, m1: 0 } };
    await el.updateComplete;
    expect(el.submit()).to.equal(true);
    for (let i = 0; i < 100 && sent.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(sent).to.deep.equal(['created']);
  });

  it('<GeSurvey>: onGeError fires for an invalid definition', async () => {
    const errors: unknown[] = [];
    await render(h(GeSurvey, { assessment: { id: 'broken' } as unknown as Assessment, onGeError: (e) => errors.push(e.detail.errors.length) }));
    expect(errors.length).to.be.greaterThan(0);
  });

  it('<SocraticWheel>: a release prop is drawn (the current series from its cells)', async () => {
    const responses = Array.from({ length: 5 }, () => ({ assessmentId: 'tiny', assessmentVersion: '1', answers: { w1: 3, m1: 1 } }));
    const release = { id: 1, at: '2026-12-03T10:40:00Z', ...viewRelease(buildReleaseSnapshot(tiny, responses, { groups: [] }), { minGroupSize: 5 }) };
    const ref = React.createRef<SocraticWheelElement>();
    await render(h(SocraticWheel, { ref, assessment: tiny, release, showTable: true }));
    expect(ref.current!.release).to.equal(release);
    expect(ref.current!.shadowRoot!.querySelector('[data-series="current"]')).to.not.equal(null);
    expect([...ref.current!.shadowRoot!.querySelectorAll('tbody td:first-of-type')].map((td) => td.textContent)).to.deep.equal(['7.5', '2.5']);
  });

  it('<SocraticWheel>: series and max props reach the element; onGeWheelChange and onGePrioritiesChange fire', async () => {
    const changes: unknown[] = [];
    const priorities: string[][] = [];
    const ref = React.createRef<SocraticWheelElement>();
    const series = [{ id: 'current', label: 'Now', kind: 'current' as const, values: { 'political-will': 3, policy: 6 } }];
    await render(h(SocraticWheel, {
      ref, series, max: 10, editable: 'target',
      onGeWheelChange: (e) => changes.push(e.detail),
      onGePrioritiesChange: (e) => priorities.push(e.detail.priorities.filter((p) => p.priority > 0).map((p) => p.dimensionId)),
    }));
    const el = ref.current!;
    expect(el.series).to.equal(series);
    expect(el.getAttribute('editable') ?? el.editable).to.equal('target');
    const slider = el.shadowRoot!.querySelector<HTMLElement>('.slider')!;
    slider.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(changes).to.deep.equal([{ seriesId: 'target', dimensionId: 'political-will', value: 10 }]);
    expect(priorities.at(-1)).to.deep.equal(['political-will']);
  });

  it('<SocraticWheel>: onGeDimensionSelect fires when a spoke label is activated', async () => {
    const selected: string[] = [];
    const ref = React.createRef<SocraticWheelElement>();
    await render(h(SocraticWheel, { ref, onGeDimensionSelect: (e) => selected.push(e.detail.dimensionId) }));
    ref.current!.shadowRoot!.querySelectorAll<HTMLButtonElement>('.label-button')[1].click();
    expect(selected).to.deep.equal(['policy']);
  });

  it('<ActionPlanBoard>: actions and budgetDays props reach the element; onGePlanChange fires; new props re-render', async () => {
    const plans: number[] = [];
    const ref = React.createRef<ActionPlanBoardElement>();
    const actions = [{ id: 'a1', title: 'Gender budget line', status: 'todo', days: 3 }, { id: 'a2', title: 'Training', status: 'doing', days: 2 }];
    const onGePlanChange = (e: CustomEvent<{ actions: unknown[] }>) => plans.push(e.detail.actions.length);
    await render(h(ActionPlanBoard, { ref, actions, budgetDays: 4, onGePlanChange }));
    const el = ref.current!;
    expect(el.actions.map((a) => a.id)).to.deep.equal(['a1', 'a2']);
    expect(el.budgetDays).to.equal(4);
    expect(el.shadowRoot!.querySelector('.budget')!.textContent).to.contain('5');
    el.shadowRoot!.querySelector<HTMLButtonElement>('li[data-id="a1"] [data-act="delete"]')!.click();
    expect(plans).to.deep.equal([1]);
    await render(h(ActionPlanBoard, { ref, actions: [actions[1]], budgetDays: 1, onGePlanChange }));
    expect(el.budgetDays).to.equal(1);
    expect(el.shadowRoot!.querySelectorAll('li.card')).to.have.length(1);
  });

  it('<ActionPlanBoard connected>: the status line a connection sets; onGeStatusAction hears its button', async () => {
    const heard: string[] = [];
    const ref = React.createRef<ActionPlanBoardElement>();
    await render(h(ActionPlanBoard, { ref, connected: { status: { state: 'offline', actions: ['retry'] } },
      onGeStatusAction: (e: CustomEvent<{ action: string }>) => heard.push(e.detail.action) }));
    await ref.current!.updateComplete;
    expect(ref.current!.syncState).to.equal('offline');
    ref.current!.shadowRoot!.querySelector<HTMLButtonElement>('.sync-status button[data-act="retry"]')!.click();
    expect(heard).to.deep.equal(['retry']);
  });

  it('a new handler prop replaces the old one (no stale handler runs)', async () => {
    const calls: string[] = [];
    const ref = React.createRef<GeSurveyElement>();
    await render(h(GeSurvey, { ref, assessment: tiny, onGeSurveyChange: () => calls.push('first') }));
    await render(h(GeSurvey, { ref, assessment: tiny, onGeSurveyChange: () => calls.push('second') }));
    ref.current!.shadowRoot!.querySelector<HTMLInputElement>('input[name="w1"][value="1"]')!.click();
    expect(calls).to.deep.equal(['second']);
  });
});
