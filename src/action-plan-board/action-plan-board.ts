// Defines <action-plan-board> (idempotent: loading this twice defines nothing twice) and declares its tag and event (`ge-error` is declared once for all elements in src/events.ts).
import { define } from '../internal/define.js';
import { ActionPlanBoard, type PlanChangeDetail } from './action-plan-board.component.js';

export * from './action-plan-board.component.js';

define('action-plan-board', ActionPlanBoard);

declare global {
  interface HTMLElementTagNameMap {
    'action-plan-board': ActionPlanBoard;
  }
  interface HTMLElementEventMap {
    'ge-plan-change': CustomEvent<PlanChangeDetail>;
  }
}
