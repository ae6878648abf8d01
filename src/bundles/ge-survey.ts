// Entry of `dist/cdn/ge-survey.min.js`: defines <ge-survey> alone (idempotently), with no server code.
import '../ge-survey/ge-survey.js';
