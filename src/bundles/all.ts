// Entry of dist/cdn/gender-in-practice.min.js and .esm.min.js: the root entry (three elements, the round add-on, the core), exposed as `window.GenderInPractice` by the IIFE build.
// The practice library first, beside the built-in assessment (see action-plan-board.ts).
import '../core/default-assessment.js';
import '../core/practices.js';
export * from '../index.js';
