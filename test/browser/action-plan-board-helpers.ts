// Shared fixtures of the <action-plan-board> browser tests.
import { fixture, html } from '@open-wc/testing';
import '../../src/action-plan-board/action-plan-board.js';
import type { ActionPlanBoard, PlanAction } from '../../src/action-plan-board/action-plan-board.js';

export const plan = (): PlanAction[] => [
  { id: 'a', title: 'Standing GE item on the board agenda', status: 'todo', dimensionId: 'governance', owner: 'Marie', due: '2025-03-01', days: 1.5 },
  { id: 'b', title: 'Review pay for gaps', status: 'todo', dimensionId: 'human-resources', owner: 'Ahmed', days: 3 },
  { id: 'c', title: 'GE training for new staff', status: 'doing', owner: 'Marie', due: '2099-01-01', days: 2 },
  { id: 'd', title: 'Yearly follow-up meeting', status: 'done', dimensionId: 'accountability', days: 0.5 },
];

export const NOW = new Date(2025, 5, 15);

export async function board(actions: PlanAction[] = plan(), attrs: { lang?: string; budget?: number; storageKey?: string } = {}): Promise<ActionPlanBoard> {
  const el = await fixture<ActionPlanBoard>(html`<action-plan-board lang=${attrs.lang ?? 'en'} .now=${NOW} .actions=${actions}
    budget-days=${attrs.budget ?? ''} storage-key=${attrs.storageKey ?? ''}></action-plan-board>`);
  await el.updateComplete;
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T => {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
};
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [...el.shadowRoot!.querySelectorAll<T>(selector)];
export const idsIn = (el: Element, column: string) => $$(el, `ul.cards[data-column="${column}"] > li[data-id]`).map((li) => li.dataset.id);
export const announced = (el: Element) => $(el, '.announcer[role="status"][aria-live="polite"]').textContent?.trim();
export const handle = (el: Element, id: string) => $<HTMLButtonElement>(el, `li[data-id="${id}"] [data-act="handle"]`);
export const active = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
export const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
