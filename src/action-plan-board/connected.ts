// What a connection (the round add-on, a workshop store…) gives the board through its `connected` property: the
// plan to start from, where it stands (a status line with actions), the saved version a conflict is about, read-only.
import type { PlanAction, PlanIssue } from '../core/plan.js';
import type { GeErrorItem } from '../events.js';

/** A plan a connection brings: the cards, what was read differently from what was stored, and its revision. */
export interface BoardPlan {
  actions: PlanAction[];
  /** Cards read differently from what was stored (listed on the board and in `ge-error`). */
  issues?: PlanIssue[];
  /** The store's count of saves, when it keeps one (for the connection; the board does not use it). */
  revision?: number;
}

/**
 * Where the plan stands, as the board words it: `loading` (first load), `loaded` (what is shown is what is stored),
 * `saving`, `saved`, `offline` (not saved, kept on this device, retrying), `load-failed` (the first load did not come:
 * retrying), `conflict`, `expired` (reload the page), `forbidden`, `not-found`, `refused` (with the store's
 * `message`), `unreadable` (the store's answer is not a plan). Another id is shown as its `message`.
 */
export type BoardStatusState = 'loading' | 'loaded' | 'saving' | 'saved' | 'offline' | 'load-failed' | 'conflict'
  | 'expired' | 'forbidden' | 'not-found' | 'refused' | 'unreadable';

/** The buttons a status line may offer; each fires `ge-status-action` with its id. */
export type BoardStatusAction = 'retry' | 'keep-mine' | 'load-saved';

export interface BoardStatus {
  state: BoardStatusState | (string & Record<never, never>);
  /**
   * `offline`, `load-failed`: `cause` `server` when the store answered with an error (default `network`: no answer);
   * `kept`: the person's changes are on this device. Any state: `stored: false` when this device could not keep the
   * person's unsaved changes (storage off, full or blocked): the board says so, as it does for `storage-key`.
   */
  params?: { cause?: 'network' | 'server'; kept?: boolean; stored?: boolean };
  /** The store's own words: the reason of `refused`, or the whole text of a state the board does not know. */
  message?: string;
  /** `refused`: the problems the store listed. */
  errors?: readonly GeErrorItem[];
  /** Buttons offered on the status line (`retry`); a conflict's two choices come with `conflict`. */
  actions?: readonly BoardStatusAction[];
}

/** The `connected` property: set by a connection such as the round add-on; pages normally leave it alone. */
export interface BoardConnected {
  /** The plan to show and edit instead of `actions` (a new object puts it on screen; the same object leaves the person's edits alone). */
  plan?: BoardPlan | null;
  /** The status line; none when null. */
  status?: BoardStatus | null;
  /** A conflict: the saved version the person's plan must be chosen against ("Keep mine" or "Load the saved version"). */
  conflict?: BoardPlan | null;
  /** The plan can be read, not changed: no moves, no edits, no adding. */
  readonly?: boolean;
}

/** `syncState`: the status line's state, `missing-addon` (an `endpoint` but no round add-on on the page), or `off`. */
export type SyncState = 'off' | 'missing-addon' | BoardStatusState;
