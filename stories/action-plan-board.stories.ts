// <action-plan-board> in each of its states: default, suggestions, over budget, column limits, French, unsorted and bad input, many cards, storage,
// and the states a connection sets through `connected` (here by hand, with no server): a status line, a conflict, read-only.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ActionPlanBoard, type PlanAction } from '../src/action-plan-board/action-plan-board.js';
import { define } from '../src/internal/define.js';
import type { Priority } from '../src/core/types.js';

// package.json#sideEffects may not list the registration file yet, so Vite could drop a bare side-effect import: define here (idempotent).
define('action-plan-board', ActionPlanBoard);

const plan: PlanAction[] = [
  { id: 'a', title: 'Standing GE item on the board agenda', status: 'todo', dimensionId: 'governance', owner: 'Marie', due: '2025-03-01', days: 1.5 },
  { id: 'b', title: 'Review pay for gender gaps', status: 'todo', dimensionId: 'human-resources', owner: 'Ahmed', due: '2026-11-30', days: 3 },
  { id: 'c', title: 'GE training for new staff', status: 'doing', dimensionId: 'technical-capacity', owner: 'Marie', due: '2026-09-15', days: 2 },
  { id: 'd', title: 'Yearly follow-up meeting of the GE action plan', status: 'done', dimensionId: 'accountability', days: 0.5 },
];
const priorities: Priority[] = [
  { dimensionId: 'financial-resources', current: 30, target: 70, gap: 40, importance: 1, priority: 40, tags: [] },
  { dimensionId: 'governance', current: 40, target: 70, gap: 30, importance: 1, priority: 30, tags: ['clarify-first'] },
  { dimensionId: 'partnerships', current: 50, target: 70, gap: 20, importance: 1, priority: 20, tags: ['inform'] },
];
const now = new Date(2025, 5, 15);

const meta: Meta = {
  title: 'Elements/action-plan-board',
  component: 'action-plan-board',
  parameters: { docs: { description: { component: 'The action plan: cards with owners, dates and person-days, moved by drag, keyboard or "Move to…".' } } },
};
export default meta;
type Story = StoryObj;

export const Default: Story = { render: () => html`<action-plan-board .now=${now} .actions=${plan}></action-plan-board>` };

export const WithSuggestions: Story = {
  render: () => html`<action-plan-board .now=${now} .priorities=${priorities} .actions=${plan}></action-plan-board>`,
};

export const OverBudget: Story = {
  render: () => html`<action-plan-board .now=${now} budget-days="5" .actions=${plan}></action-plan-board>`,
};

export const CustomColumnsWithLimit: Story = {
  render: () => html`<action-plan-board .now=${now} .actions=${[...plan, { id: 'e', title: 'Webinar with partners in the field', status: 'doing', days: 1 }]}
    .columns=${[{ id: 'todo', label: { en: 'Next', fr: 'À venir' } }, { id: 'doing', label: { en: 'This quarter', fr: 'Ce trimestre' }, limit: 1 },
      { id: 'done', label: { en: 'Done', fr: 'Terminé' } }]}></action-plan-board>`,
};

export const French: Story = {
  render: () => html`<action-plan-board lang="fr-CA" .now=${now} budget-days="6,5" .priorities=${priorities} .actions=${plan}></action-plan-board>`,
};

export const BadInput: Story = {
  render: () => html`<action-plan-board .now=${now} .actions=${[
    ...plan,
    { id: 'a', title: 'Duplicate id: re-keyed, kept', status: 'todo' },
    { id: 'u', title: 'Unknown status: shown in Unsorted', status: 'someday' },
    { id: 'x', title: 'Unknown dimension', status: 'todo', dimensionId: 'lgbtqi' },
    { id: 'h', title: '<img src=x onerror=alert(1)><b>HTML shown as text</b>', status: 'doing', days: -3, due: '2025-02-30' },
  ] as PlanAction[]}></action-plan-board>`,
};

export const ThreeHundredCards: Story = {
  render: () => html`<action-plan-board .now=${now} .actions=${Array.from({ length: 300 }, (_, i) => ({
    id: `n${i}`, title: `Action ${i + 1}`, status: ['todo', 'doing', 'done'][i % 3], days: (i % 4) + 0.5 }))}></action-plan-board>`,
};

export const Autosaved: Story = {
  render: () => html`<p>Changes are saved in this browser under <code>storybook-plan</code>; reload to see them restored.</p>
    <action-plan-board storage-key="storybook-plan" .now=${now} .actions=${plan}></action-plan-board>`,
};

export const Themed: Story = {
  render: () => html`<style>
      .themed { --ge-column-background: #fdf4ff; --ge-card-background: #fff; --ge-border-color: #a21caf; --ge-focus-color: #86198f; --ge-radius: 12px; }
      .themed::part(card-title) { font-family: Georgia, serif; }
    </style>
    <action-plan-board class="themed" .now=${now} .actions=${plan}></action-plan-board>`,
};

/** What a connection (the round add-on, a workshop store) sets; a page normally leaves `connected` alone. */
export const ConnectedOffline: Story = {
  render: () => html`<action-plan-board .now=${now} .connected=${{ plan: { actions: plan }, status: { state: 'offline', actions: ['retry'] } }}
    @ge-status-action=${(e: CustomEvent<{ action: string }>) => console.info('ge-status-action', e.detail.action)}></action-plan-board>`,
};

export const ConnectedConflict: Story = {
  render: () => html`<action-plan-board .now=${now} .connected=${{
    plan: { actions: plan }, status: { state: 'conflict' },
    conflict: { actions: plan.map((a) => (a.id === 'b' ? { ...a, title: 'Review pay gaps with the union' } : a)), revision: 4 } }}></action-plan-board>`,
};

export const ConnectedReadOnly: Story = {
  render: () => html`<action-plan-board lang="fr" .now=${now} .priorities=${priorities}
    .connected=${{ plan: { actions: plan }, status: { state: 'forbidden' }, readonly: true }}></action-plan-board>`,
};
