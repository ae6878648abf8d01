// Entry of `dist/cdn/action-plan-board.min.js`: defines <action-plan-board> alone (idempotently), with no server code.
import '../action-plan-board/action-plan-board.js';
