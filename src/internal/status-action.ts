// The one way an element asks its connection to do a status line's action (`ge-status-action`).
import { emit } from './events.js';

/**
 * Fires `ge-status-action` `{ action }` on `host` and resolves once the work that listeners handed
 * to `waitUntil` is done (at once when nobody listens: an element without a connection).
 */
export async function requestStatusAction(host: EventTarget, action: string): Promise<void> {
  const work: Promise<unknown>[] = [];
  emit(host, 'ge-status-action', { action, waitUntil: (p) => void work.push(p) });
  await Promise.all(work);
}
