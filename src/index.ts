// The package's root entry: everything in the core (and, as they land, the three elements).
export * from './core/index.js';
