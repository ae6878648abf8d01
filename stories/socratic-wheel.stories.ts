// <socratic-wheel> in each of its states: portrait, from responses, groups, hidden groups, editable, French, 30 spokes, bad input.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { SocraticWheel, type WheelConnected, type WheelSeries } from '../src/socratic-wheel/socratic-wheel.js';
import { define } from '../src/internal/define.js';
import { defaultAssessment } from '../src/core/default-assessment.js';
import type { Answer, SurveyResponse } from '../src/core/types.js';
import { buildReleaseSnapshot, viewRelease } from '../src/core/release.js';

// package.json#sideEffects does not list src/socratic-wheel/socratic-wheel.ts yet, so Vite drops a bare
// side-effect import of it: define here (idempotent) until it does.
define('socratic-wheel', SocraticWheel);

const ids = defaultAssessment.dimensions.map((d) => d.id);
const values = (xs: (number | null)[]) => Object.fromEntries(ids.map((id, i) => [id, xs[i] ?? null]));
const portrait: WheelSeries[] = [
  { id: 'current', label: { en: 'Current', fr: 'Situation actuelle' }, kind: 'current', values: values([6, 7.5, 5, 3, 6, 4, 5, 7, 6, 5]) },
  { id: 'target', label: { en: 'Target', fr: 'Cible' }, kind: 'target', values: values([8, 8, 7, 6, 7, 6, 6, 8, 7, 4]) },
  { id: 'baseline', label: { en: 'Last year', fr: 'L’an dernier' }, kind: 'baseline', values: values([5, 6, 4, 3, 5, 3, 4, 6, 5, 4]) },
];

/** A deterministic workshop: `n` respondents in `group`, around `level` (0–4), some answering "don't know". */
function workshop(n: number, level: number, group?: string, dkDimension?: string): SurveyResponse[] {
  return Array.from({ length: n }, (_, r) => {
    const answers: Record<string, Answer> = {};
    defaultAssessment.dimensions.forEach((d, di) => d.questions.forEach((q, qi) => {
      const v = Math.max(0, Math.min(4, Math.round(level + (((r * 7 + di * 3 + qi) % 5) - 2) * 0.6 * (di % 3))));
      answers[q.id] = d.id === dkDimension && r % 2 === 0 ? 'dk' : q.reverse ? 4 - v : v;
    }));
    return { assessmentId: defaultAssessment.id, assessmentVersion: defaultAssessment.version, respondent: { id: `${group ?? 'x'}-${r}`, group }, answers };
  });
}

const meta: Meta = {
  title: 'Elements/socratic-wheel',
  component: 'socratic-wheel',
  parameters: { docs: { description: { component: 'The Socratic Wheel: one spoke per dimension, the group\'s shape, its spread, targets and last round.' } } },
  decorators: [(story) => html`<div style="max-width: 760px">${story()}</div>`],
};
export default meta;
type Story = StoryObj;

export const Portrait: Story = {
  name: 'Default assessment: current, target, baseline',
  render: () => html`<socratic-wheel label="Our organisation, 2025" .series=${portrait}></socratic-wheel>`,
};

export const FromResponses: Story = {
  name: 'From responses: spread and flags',
  render: () => html`<socratic-wheel .responses=${workshop(12, 2, undefined, 'partnerships')}
    .series=${[portrait[1]]} show-table></socratic-wheel>`,
};

export const Groups: Story = {
  name: 'Groups side by side',
  render: () => html`<socratic-wheel .responses=${[...workshop(8, 1.5, 'staff'), ...workshop(6, 3, 'management'), ...workshop(5, 2.5, 'board')]}></socratic-wheel>`,
};

export const SuppressedGroups: Story = {
  name: 'Groups below the minimum size (hidden)',
  render: () => html`<socratic-wheel .responses=${[...workshop(7, 2, 'staff'), ...workshop(6, 3, 'management'), ...workshop(2, 4, 'board'), ...workshop(3, 1, 'partner')]}></socratic-wheel>`,
};

export const FromRelease: Story = {
  name: 'From a release (a round server\'s results), with comments',
  render: () => {
    // What a server of docs/PROTOCOL.md sends a facilitator: aggregates, no per-person record.
    const said = (list: SurveyResponse[], texts: string[]) => list.map((r, i) => (texts[i] ? { ...r, comments: { 'pw-1': texts[i] } } : r));
    const responses = [...said(workshop(8, 1.5, 'staff'), ['Gender equality is mentioned in the plan, rarely in meetings.', 'No one owns it.']),
      ...said(workshop(6, 3, 'management'), ['We report on it every year.']), ...workshop(2, 4, 'board')];
    const snapshot = buildReleaseSnapshot(defaultAssessment, responses, { groups: ['staff', 'management', 'board'] });
    const release = { id: 2, at: '2026-12-03T10:40:00Z', ...viewRelease(snapshot, { minGroupSize: 5 }) };
    return html`<socratic-wheel .release=${release} .series=${[portrait[1]]} show-table></socratic-wheel>`;
  },
};

export const Connected: Story = {
  name: 'Connected: a round\'s release, targets and status line (set by a connection)',
  render: () => {
    // What the round add-on (or any other connection) sets in `connected`; the buttons fire `ge-status-action`.
    const snapshot = buildReleaseSnapshot(defaultAssessment, [...workshop(8, 1.5, 'staff'), ...workshop(6, 3, 'management')], { groups: ['staff', 'management'] });
    const connected: WheelConnected = {
      release: { id: 2, at: '2026-12-03T10:40:00Z', ...viewRelease(snapshot, { minGroupSize: 5 }) },
      targets: portrait[1].values as Record<string, number>, minGroupSize: 5,
      status: { state: 'ready', params: { n: 19, next: { allowed: true, needed: 0 }, releases: 2 }, actions: ['refresh', 'make-release'] },
      targetsStatus: { state: 'saved' },
    };
    return html`<socratic-wheel editable="target" .connected=${connected}
      @ge-status-action=${(e: CustomEvent) => console.log('ge-status-action', e.detail.action)}></socratic-wheel>`;
  },
};

export const Editable: Story = {
  name: 'Editable target (drag, click, keyboard)',
  render: () => html`<socratic-wheel editable="target" step="0.5" show-values .series=${portrait.slice(0, 2)}
    @ge-wheel-change=${(e: CustomEvent) => console.log('ge-wheel-change', e.detail)}
    @ge-priorities-change=${(e: CustomEvent) => console.log('ge-priorities-change', e.detail)}></socratic-wheel>`,
};

export const French: Story = {
  name: 'En français',
  render: () => html`<socratic-wheel lang="fr" editable="target" .series=${portrait}></socratic-wheel>`,
};

const many = Array.from({ length: 30 }, (_, i) => ({ id: `d${i + 1}`, label: `Dimension ${i + 1}: a long descriptive name` }));
export const ThirtyDimensions: Story = {
  name: '30 dimensions',
  render: () => html`<socratic-wheel .dimensions=${many}
    .series=${[{ id: 's', label: 'Current', kind: 'current', values: Object.fromEntries(many.map((d, i) => [d.id, 2 + ((i * 37) % 70) / 10])) }]}></socratic-wheel>`,
};

export const Narrow: Story = {
  name: 'Narrow container (280 px)',
  decorators: [(story) => html`<div style="width: 280px">${story()}</div>`],
  render: () => html`<socratic-wheel .series=${portrait}></socratic-wheel>`,
};

export const BadInput: Story = {
  name: 'Bad input: unknown ids, out of range, NaN',
  render: () => html`<socratic-wheel .series=${[
    { id: 'x', label: 'Odd data', kind: 'current', values: { ...values([null, null, null, 4, 5, 6, 7, 8, 3, 2]), 'political-will': 40, policy: Number.NaN, governance: -3, nope: 5 } },
  ]}></socratic-wheel>`,
};

export const NoDimensions: Story = {
  name: 'Bad input: no dimensions',
  render: () => html`<socratic-wheel .dimensions=${[]}></socratic-wheel>`,
};
