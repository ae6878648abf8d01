// The whole workshop: <ge-survey>, <socratic-wheel> and <action-plan-board> wired by `source` ids, with no script.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { GeSurvey } from '../src/ge-survey/ge-survey.js';
import { SocraticWheel } from '../src/socratic-wheel/socratic-wheel.js';
import { ActionPlanBoard } from '../src/action-plan-board/action-plan-board.js';
import { define } from '../src/internal/define.js';
import { defaultAssessment } from '../src/core/default-assessment.js';
import { syntheticWorkshop } from '../demo/workshop-data.js';

// Idempotent: keeps the elements defined even where a bundler drops a bare side-effect import.
define('ge-survey', GeSurvey);
define('socratic-wheel', SocraticWheel);
define('action-plan-board', ActionPlanBoard);

const earlier = syntheticWorkshop(defaultAssessment);
const ids = defaultAssessment.dimensions.map((d) => d.id);
const target = { id: 'target', label: { en: 'Target', fr: 'Cible' }, kind: 'target' as const,
  values: Object.fromEntries(ids.map((id, i) => [id, [8, 8, 7, 7, 7, 6, 7, 8, 6, 7][i]])) };

const meta: Meta = {
  title: 'Workshop/Three elements wired',
  parameters: {
    layout: 'padded',
    docs: { description: { component: 'A page with only tags: each survey submission is plotted on the wheel (`source="s"`), the target set on the wheel ranks priorities, and the board (`source="w"`) offers their suggested actions.' } },
  },
  argTypes: { lang: { control: 'inline-radio', options: ['en', 'fr'] } },
  args: { lang: 'en' },
};
export default meta;
type Story = StoryObj<{ lang: string }>;

const layout = (lang: string, wheel: unknown) => html`<div lang=${lang} style="display: grid; gap: 2rem; max-width: 1100px">
  <ge-survey id="s" groups="staff,management,board,partner"></ge-survey>
  ${wheel}
  <action-plan-board source="w" budget-days="40"></action-plan-board>
</div>`;

export const NoCode: Story = {
  name: 'No code: tags only (plots from the fifth submission)',
  render: ({ lang }) => layout(lang, html`<socratic-wheel id="w" source="s" editable="target" show-table></socratic-wheel>`),
};

export const WithEarlierResponses: Story = {
  name: '25 respondents already in, targets set',
  render: ({ lang }) => layout(lang, html`<socratic-wheel id="w" source="s" editable="target"
    .responses=${earlier} .series=${[target]}></socratic-wheel>`),
};

export const French: Story = {
  name: 'En français',
  args: { lang: 'fr' },
  render: WithEarlierResponses.render,
};
