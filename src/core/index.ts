// The pure scoring core (`gender-in-practice/core`): re-exports only. No DOM, no Lit.
export * from './types.js';
export * from './text.js';
export * from './score.js';
export * from './aggregate.js';
export * from './priorities.js';
export * from './compare.js';
// scorer.js, describe.js, suppress.js and respondents.js stay internal: not part of the
// public contract (API.md), so they can change freely. Import them by path inside the package.
export * from './validate.js';
export * from './messages.js';
export * from './scale-labels.js';
export * from './csv.js';
export * from './default-assessment.js';
export * from './optional-dimensions.js';
export * from './practices.js';
export * from './suggest.js';
export * from './plan.js';
export * from './plan-files.js';
// Releases of a round's results (docs/PROTOCOL.md, protocol 2): what a server, or a workshop store, may show.
export * from './release.js';
export * from './release-rule.js';
export * from './release-aggregate.js';
