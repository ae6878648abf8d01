// The wheel's server mode (docs/PROTOCOL.md): reads a round's results (`R/results`) and saves the
// facilitator's targets (`PUT R/targets`), debounced, kept in the browser until the server has them,
// and sent again when the connection returns.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { failureKind, readResults, readTargets, retryDelay, targetsBody, type FailureKind, type RoundResults } from '../core/protocol-results.js';
import { isPlainObject } from '../core/safe-read.js';
import { DraftStore } from '../internal/draft-store.js';
import { nonceOf, remote, type RemoteFailure } from '../internal/remote.js';
import { Retry, routeKey } from '../internal/sync.js';

/** Loading the results: `ready` once drawn; otherwise why not (the last drawing stays on screen). */
export type ResultsState = 'off' | 'loading' | 'ready' | 'offline' | 'server' | 'expired' | 'forbidden' | 'not-found' | 'refused' | 'unreadable';
/** Saving the targets. */
export type TargetsState = 'idle' | 'saving' | 'saved' | 'retrying' | 'expired' | 'forbidden' | 'refused';

export interface RoundSyncHost extends ReactiveControllerHost, HTMLElement {
  saveDelay: number;
  readonly syncLang: string;
  /** Draws the round; `targets` are the ones to show (the server's, or this browser's unsaved ones). */
  applyResults(results: RoundResults, targets: Record<string, number>): void;
  /** Shows targets kept in this browser before the results come. */
  applyTargets(targets: Record<string, number>): void;
}

const FORMAT = 'gender-in-practice/round-targets@1';
/** The unsaved targets as stored: `{ [dimensionId]: number }`. */
const readLocal = (data: unknown) => (isPlainObject(data) ? readTargets(data).targets : undefined);

export const localTargetsKey = (endpoint: string): string => routeKey('targets', endpoint, 'targets');

export class RoundSync implements ReactiveController {
  results: ResultsState = 'off';
  targets: TargetsState = 'idle';
  /** The server's message for `refused` (results or targets). */
  message = '';
  targetsMessage = '';
  /** True when the last `offline` was a network failure, not a server error. */
  network = true;
  /** When the results on screen were received. */
  updatedAt: Date | null = null;
  /** The server's count and k, once loaded. */
  n: number | null = null;
  /** Responses received (empty below k). */
  received = 0;

  private endpoint: string | null = null;
  private generation = 0;
  private loading: Promise<void> | null = null;
  private store?: DraftStore<Record<string, number>>;
  /** Targets not yet confirmed by the server. */
  private unsaved: Record<string, number> | null = null;
  /** The debounce of saves. */
  private readonly timer = new Retry(() => void this.save(), () => {
    const delay = this.host.saveDelay;
    return Math.max(0, Number.isFinite(delay) ? delay : 600);
  });
  // Sent again when the connection returns.
  private readonly retry = new Retry(() => void this.save(), retryDelay, () => {
    if (this.targets === 'retrying') void this.save();
  });
  private readonly loadRetry = new Retry(() => void this.refresh(), (attempt) => retryDelay(attempt, 5000), () => {
    if (this.results === 'offline' || this.results === 'server') void this.refresh();
  });
  private inFlight = false;
  private again = false;

  constructor(private readonly host: RoundSyncHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.loadRetry.listen();
    this.retry.listen();
    if (this.endpoint && this.unsaved && this.results === 'ready' && !this.inFlight) this.timer.schedule(0);
  }

  hostDisconnected(): void {
    this.loadRetry.stop();
    this.retry.stop();
    this.timer.cancel();
  }

  /** Starts over with the round at `endpoint`, or stops with null. */
  start(endpoint: string | null): void {
    this.generation += 1;
    this.timer.cancel();
    this.retry.reset();
    this.loadRetry.reset();
    Object.assign(this, { endpoint, loading: null, unsaved: null, inFlight: false, again: false,
      message: '', targetsMessage: '', updatedAt: null, n: null, received: 0, targets: 'idle' });
    this.store = undefined;
    if (!endpoint) {
      this.results = 'off';
      return;
    }
    this.store = new DraftStore(localTargetsKey(endpoint), FORMAT, readLocal);
    const local = this.store.load();
    if (local.status === 'restored' && local.data) {
      this.unsaved = local.data;
      this.host.applyTargets(local.data);
    }
    void this.refresh();
  }

  /** Loads the results again (one request at a time); resolves when they are drawn or the failure is shown. */
  refresh(): Promise<void> {
    if (!this.endpoint) return Promise.resolve();
    this.loading ??= this.load().finally(() => { this.loading = null; });
    return this.loading;
  }

  /** The facilitator changed a target: kept in the browser at once, sent after the debounce. */
  targetsChanged(values: Record<string, number | null>): void {
    if (!this.endpoint) return;
    this.unsaved = targetsBody(values).values;
    this.store?.save(this.unsaved);
    if (this.targets !== 'retrying') this.set('targets', 'saving');
    this.timer.schedule();
  }

  /** True while targets wait for the server. */
  get pending(): boolean {
    return this.unsaved !== null;
  }

  private async load(): Promise<void> {
    const endpoint = this.endpoint;
    if (!endpoint) return;
    const generation = this.generation;
    this.loadRetry.cancel();
    this.set('results', 'loading');
    const result = await remote(endpoint, 'results', { nonce: nonceOf(this.host), lang: this.host.syncLang });
    if (generation !== this.generation) return;
    if (!result.ok) {
      const kind = this.kindOf(result.failure);
      this.message = result.failure.message;
      if (kind === 'offline') this.loadRetry.schedule();
      this.set('results', kind === 'offline' ? (this.network ? 'offline' : 'server') : kind === 'conflict' ? 'refused' : kind);
      return;
    }
    const read = readResults(result.body, { locale: this.host.syncLang === 'fr' ? 'fr' : 'en' });
    if (!read.ok) {
      this.message = read.issues[0]?.message ?? '';
      this.set('results', 'unreadable');
      return;
    }
    this.loadRetry.attempt = 0;
    this.n = read.value.n;
    this.received = read.value.responses.length;
    this.updatedAt = new Date();
    this.host.applyResults(read.value, this.unsaved ?? read.value.targets);
    this.set('results', 'ready');
    if (this.unsaved && !this.inFlight && this.targets !== 'saving') void this.save(); // kept from an earlier visit
  }

  private async save(): Promise<void> {
    this.timer.cancel();
    const endpoint = this.endpoint;
    if (!endpoint || !this.unsaved) return;
    if (this.inFlight) {
      this.again = true;
      return;
    }
    this.retry.cancel();
    const generation = this.generation;
    const sent = this.unsaved;
    this.inFlight = true;
    this.again = false;
    if (this.targets !== 'retrying') this.set('targets', 'saving');
    const result = await remote(endpoint, 'targets', { method: 'PUT', body: { values: sent }, nonce: nonceOf(this.host), lang: this.host.syncLang });
    if (generation !== this.generation) return;
    this.inFlight = false;
    if (result.ok) {
      this.retry.attempt = 0;
      this.targetsMessage = '';
      if (this.unsaved === sent && !this.again) {
        this.unsaved = null;
        this.store?.clear();
        this.set('targets', 'saved');
      } else this.timer.schedule();
      return;
    }
    this.again = false;
    const kind = this.kindOf(result.failure);
    this.targetsMessage = result.failure.message;
    if (kind === 'offline') {
      this.retry.schedule();
      this.set('targets', 'retrying');
    } else this.set('targets', kind === 'expired' || kind === 'forbidden' ? kind : 'refused');
  }

  private kindOf(failure: RemoteFailure): FailureKind {
    const kind = failureKind(failure);
    if (kind === 'offline') this.network = failure.kind === 'network' || failure.code === 'not-json';
    return kind;
  }

  private set<K extends 'results' | 'targets'>(key: K, state: this[K]): void {
    this[key] = state;
    this.host.requestUpdate();
  }
}
