// The three elements, no server code: the entry of dist/cdn/esm/gender-in-practice-elements.js, where
// the board's practice library stays a chunk loaded later (and of the classic elements script).
import '../ge-survey/ge-survey.js';
import '../socratic-wheel/socratic-wheel.js';
import '../action-plan-board/action-plan-board.js';
