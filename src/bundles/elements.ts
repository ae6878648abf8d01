// Entry of `dist/cdn/gender-in-practice-elements.min.js`: the three elements (one Lit, one core), no
// server code: for pages that wire them together with `source` and keep answers on the device.
// The practice library first, beside the built-in assessment (see action-plan-board.ts).
import '../core/default-assessment.js';
import '../core/practices.js';
import './elements-esm.js';
