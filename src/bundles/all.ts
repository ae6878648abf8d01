// Entry of dist/cdn/gender-in-practice.min.js and .esm.min.js: the root entry (three elements, the round add-on, the core), exposed as `window.GenderInPractice` by the IIFE build.
export * from '../index.js';
