// The round connection of each element, set by that element's module of this folder (survey.ts, wheel.ts, board.ts).
import type { ConnectedTag, Connector } from '../internal/connection.js';

export const roundConnections: Partial<Record<ConnectedTag, Connector>> = {};
