// Entry of `dist/cdn/action-plan-board.min.js`: defines <action-plan-board> alone (idempotently), with no server code.
// A classic script carries the practice library inline (the board loads it with `import()`, which
// this script resolves to itself); imported first, beside the built-in assessment, so that gzip
// finds their shared words (1.1 kB gzip less than with the library at the end).
import '../core/default-assessment.js';
import '../core/practices.js';
import '../action-plan-board/action-plan-board.js';
