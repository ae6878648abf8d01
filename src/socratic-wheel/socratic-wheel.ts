// Defines <socratic-wheel> (idempotent: loading this twice defines nothing twice) and declares its tag and events.
import { define } from '../internal/define.js';
import {
  SocraticWheel, type DimensionSelectDetail, type PrioritiesChangeDetail, type WheelChangeDetail,
} from './socratic-wheel.component.js';

export * from './socratic-wheel.component.js';

define('socratic-wheel', SocraticWheel);

declare global {
  interface HTMLElementTagNameMap {
    'socratic-wheel': SocraticWheel;
  }
  interface HTMLElementEventMap {
    'ge-wheel-change': CustomEvent<WheelChangeDetail>;
    'ge-dimension-select': CustomEvent<DimensionSelectDetail>;
    'ge-priorities-change': CustomEvent<PrioritiesChangeDetail>;
  }
}
