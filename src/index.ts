// The package's root entry: defines the elements (idempotently), exports their classes and the whole core.
export * from './core/index.js';
export * from './events.js';
export * from './socratic-wheel/socratic-wheel.js';
export * from './ge-survey/ge-survey.js';
export * from './action-plan-board/action-plan-board.js';
// The all-in-one entry also carries the round add-on, so `endpoint` works with it alone.
import './round/index.js';
