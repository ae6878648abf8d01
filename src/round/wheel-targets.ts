// The facilitator's targets on their way to `PUT R/targets` (docs/PROTOCOL.md): debounced, kept in
// the browser until the server has them, sent again when the connection returns and on the next visit.
import { readTargets, retryDelay, targetsBody, failureKind } from '../core/protocol-results.js';
import { isPlainObject } from '../core/safe-read.js';
import type { TargetsState } from '../socratic-wheel/connected.js';
import { DraftStore } from '../internal/draft-store.js';
import type { RemoteResult } from '../internal/remote.js';
import { Retry, routeKey } from '../internal/sync.js';

const FORMAT = 'gender-in-practice/round-targets@1';
/** The unsaved targets as stored: `{ [dimensionId]: number }`. */
const readLocal = (data: unknown) => (isPlainObject(data) ? readTargets(data).targets : undefined);

/** Where a round's unsaved targets are kept in this browser. */
export const localTargetsKey = (endpoint: string): string => routeKey('targets', endpoint, 'targets');

export interface TargetsOutboxOptions {
  /** The debounce, in ms, read at each change. */
  delay: () => number;
  /** Sends `PUT R/targets` with these values. */
  send: (values: Record<string, number>) => Promise<RemoteResult<unknown>>;
  /** The state, the message or the unsaved targets changed; `saved`: the server now holds these targets. */
  onChange: (saved?: Record<string, number>) => void;
}

export class TargetsOutbox {
  state: TargetsState = 'idle';
  /** The server's message for `refused`. */
  message = '';
  /** Targets not yet confirmed by the server (shown instead of the server's). */
  unsaved: Record<string, number> | null = null;
  /** The dimensions of the round's assessment, once known: only their targets are sent (the server refuses a save that names another). */
  dimensionIds: Set<string> | null = null;

  private readonly store: DraftStore<Record<string, number>>;
  private readonly timer = new Retry(() => void this.save(), () => {
    const delay = this.options.delay();
    return Math.max(0, Number.isFinite(delay) ? delay : 600);
  });
  private readonly retry = new Retry(() => void this.save(), retryDelay, () => {
    if (this.state === 'retrying') void this.save();
  });
  private inFlight = false;
  /** A change came while a save was on its way: save again after it. */
  private again = false;
  private stopped = false;

  constructor(endpoint: string, private readonly options: TargetsOutboxOptions) {
    this.store = new DraftStore(localTargetsKey(endpoint), FORMAT, readLocal);
    const local = this.store.load();
    if (local.status === 'restored' && local.data) this.unsaved = local.data;
    this.retry.listen();
  }

  stop(): void {
    this.stopped = true;
    this.timer.cancel();
    this.retry.stop();
  }

  /** The facilitator changed a target: kept in the browser at once, sent after the debounce. */
  change(values: Readonly<Record<string, number | null | undefined>>): void {
    this.unsaved = targetsBody(values).values;
    this.store.save(this.unsaved);
    if (this.state !== 'retrying') this.state = 'saving';
    this.options.onChange();
    this.timer.schedule();
  }

  /** Sends targets kept from an earlier visit, once the round is known. */
  flush(): void {
    if (this.unsaved && !this.inFlight && this.state !== 'saving') void this.save();
  }

  private async save(): Promise<void> {
    this.timer.cancel();
    if (!this.unsaved || this.stopped) return;
    if (this.inFlight) {
      this.again = true;
      return;
    }
    this.retry.cancel();
    const sent = this.unsaved;
    this.inFlight = true;
    this.again = false;
    if (this.state !== 'retrying') this.set('saving');
    const ids = this.dimensionIds;
    const values = ids && Object.keys(sent).some((id) => !ids.has(id)) ? Object.fromEntries(Object.entries(sent).filter(([id]) => ids.has(id))) : sent;
    const result = await this.options.send(values);
    if (this.stopped) return;
    this.inFlight = false;
    if (result.ok) {
      this.retry.attempt = 0;
      this.message = '';
      if (this.unsaved === sent && !this.again) {
        this.unsaved = null;
        this.store.clear();
        this.state = 'saved';
        this.options.onChange(values);
      } else this.timer.schedule();
      return;
    }
    this.again = false;
    const kind = failureKind(result.failure);
    this.message = result.failure.message;
    if (kind === 'offline') {
      this.retry.schedule();
      this.set('retrying');
    } else this.set(kind === 'expired' || kind === 'forbidden' ? kind : 'refused');
  }

  private set(state: TargetsState): void {
    this.state = state;
    this.options.onChange();
  }
}
