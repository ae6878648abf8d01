// Entry of `dist/cdn/socratic-wheel.min.js`: defines <socratic-wheel> alone (idempotently), with no server code.
import '../socratic-wheel/socratic-wheel.js';
