// Entry of `dist/cdn/gender-in-practice-elements.min.js`: the three elements (one Lit, one core), no
// server code: for pages that wire them together with `source` and keep answers on the device.
import '../ge-survey/ge-survey.js';
import '../socratic-wheel/socratic-wheel.js';
import '../action-plan-board/action-plan-board.js';
