// Entry of the CDN bundles: the root entry, exposed as `window.GenderInPractice` by the IIFE build.
export * from './index.js';
