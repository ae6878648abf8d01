// The round add-on (docs/PROTOCOL.md): registers the 'round' connector that drives <ge-survey>,
// <socratic-wheel> and <action-plan-board> given an `endpoint`. Loading it twice registers nothing twice.
// Each element's connection is in its own module here; none of them is imported by an element.
import { registerConnector } from '../internal/connection.js';
import { roundConnections } from './connections.js';
import './survey.js';
import './wheel.js';
import './board.js';

registerConnector('round', (element, options) => {
  const connect = roundConnections[options.tag];
  return connect ? connect(element, options) : { disconnect() {} };
});
