// `storage-key`: the plan autosaved to localStorage (src/internal/draft-store.ts never loses what it cannot read), and
// what went wrong, worded by the board.
import { normalizePlan, type PlanAction } from '../core/plan.js';
import { DraftStore } from '../internal/draft-store.js';
import type { MessageKey } from './messages.js';

const FORMAT = 'gender-in-practice/plan@1';
const read = (data: unknown) => (Array.isArray(data) ? normalizePlan(data).actions : undefined);

/** A problem to show and fire as `ge-error`: the message's key and params, and the error's code. */
export interface StorageProblem { key: MessageKey; params?: Record<string, string>; code: string }

const UNAVAILABLE: StorageProblem = { key: 'storageUnavailable', code: 'storage-unavailable' };

export class PlanStorage {
  private readonly store: DraftStore<PlanAction[]>;

  constructor(readonly key: string) {
    this.store = new DraftStore(key, FORMAT, read);
  }

  /** The plan kept under the key, if any, or what kept it from being read. */
  load(): { plan?: PlanAction[]; problem?: StorageProblem } {
    const result = this.store.load();
    if (result.status === 'restored' && result.data) return { plan: result.data };
    if (result.status === 'unreadable-kept') return { problem: { key: 'storageUnreadable', params: { key: result.keptAt ?? '' }, code: 'storage-unreadable' } };
    return result.status === 'unavailable' ? { problem: UNAVAILABLE } : {};
  }

  /** Keeps `plan`; the problem when this browser does not. */
  save(plan: readonly PlanAction[]): StorageProblem | undefined {
    return this.store.save([...plan]) === 'unavailable' ? UNAVAILABLE : undefined;
  }
}

/** The problem of a connection that could not keep the person's unsaved changes on this device. */
export const storageUnavailable = UNAVAILABLE;
