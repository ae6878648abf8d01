// The wheel's server mode (docs/PROTOCOL.md): reads a round's results (`R/results`) and saves the
// facilitator's targets (`PUT R/targets`), debounced, kept in the browser until the server has them,
// and sent again when the connection returns.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { failureKind, readResults, readTargets, retryDelay, targetsBody, type FailureKind, type RoundResults } from '../core/protocol-results.js';
import { isPlainObject } from '../core/safe-read.js';
import { DraftStore } from '../internal/draft-store.js';
import { nonceOf, remote, routeUrl, type RemoteFailure } from '../internal/remote.js';

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

export function localTargetsKey(endpoint: string): string {
  let url = endpoint;
  try {
    url = routeUrl(endpoint, 'targets');
  } catch {
    // unreadable as a URL: the text still names the round
  }
  return `gender-in-practice/targets:${url}`;
}

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
  private timer?: ReturnType<typeof setTimeout>;
  private retryTimer?: ReturnType<typeof setTimeout>;
  private loadRetry?: ReturnType<typeof setTimeout>;
  private attempt = 0;
  private loadAttempt = 0;
  private inFlight = false;
  private again = false;

  constructor(private readonly host: RoundSyncHost) {
    host.addController(this);
  }

  hostConnected(): void {
    globalThis.addEventListener?.('online', this.onOnline);
    if (this.endpoint && this.unsaved && this.results === 'ready' && !this.inFlight) this.schedule(0);
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('online', this.onOnline);
    this.clearTimers();
  }

  /** Starts over with the round at `endpoint`, or stops with null. */
  start(endpoint: string | null): void {
    this.generation += 1;
    this.clearTimers();
    Object.assign(this, { endpoint, loading: null, unsaved: null, inFlight: false, again: false, attempt: 0, loadAttempt: 0,
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
    if (this.targets !== 'retrying') this.setTargets('saving');
    this.schedule(this.host.saveDelay);
  }

  /** True while targets wait for the server. */
  get pending(): boolean {
    return this.unsaved !== null;
  }

  private async load(): Promise<void> {
    const endpoint = this.endpoint;
    if (!endpoint) return;
    const generation = this.generation;
    clearTimeout(this.loadRetry);
    this.setResults('loading');
    const result = await remote(endpoint, 'results', { nonce: nonceOf(this.host), lang: this.host.syncLang });
    if (generation !== this.generation) return;
    if (!result.ok) {
      const kind = this.kindOf(result.failure);
      this.message = result.failure.message;
      if (kind === 'offline') {
        this.loadAttempt += 1;
        this.loadRetry = setTimeout(() => void this.refresh(), retryDelay(this.loadAttempt, 5000));
      }
      this.setResults(kind === 'offline' ? (this.network ? 'offline' : 'server') : kind === 'conflict' ? 'refused' : kind);
      return;
    }
    const read = readResults(result.body, { locale: this.host.syncLang === 'fr' ? 'fr' : 'en' });
    if (!read.ok) {
      this.message = read.issues[0]?.message ?? '';
      this.setResults('unreadable');
      return;
    }
    this.loadAttempt = 0;
    this.n = read.value.n;
    this.received = read.value.responses.length;
    this.updatedAt = new Date();
    this.host.applyResults(read.value, this.unsaved ?? read.value.targets);
    this.setResults('ready');
    if (this.unsaved && !this.inFlight && this.targets !== 'saving') void this.save(); // kept from an earlier visit
  }

  private async save(): Promise<void> {
    clearTimeout(this.timer);
    const endpoint = this.endpoint;
    if (!endpoint || !this.unsaved) return;
    if (this.inFlight) {
      this.again = true;
      return;
    }
    clearTimeout(this.retryTimer);
    const generation = this.generation;
    const sent = this.unsaved;
    this.inFlight = true;
    this.again = false;
    if (this.targets !== 'retrying') this.setTargets('saving');
    const result = await remote(endpoint, 'targets', { method: 'PUT', body: { values: sent }, nonce: nonceOf(this.host), lang: this.host.syncLang });
    if (generation !== this.generation) return;
    this.inFlight = false;
    if (result.ok) {
      this.attempt = 0;
      this.targetsMessage = '';
      if (this.unsaved === sent && !this.again) {
        this.unsaved = null;
        this.store?.clear();
        this.setTargets('saved');
      } else this.schedule(this.host.saveDelay);
      return;
    }
    this.again = false;
    const kind = this.kindOf(result.failure);
    this.targetsMessage = result.failure.message;
    if (kind === 'offline') {
      this.attempt += 1;
      this.retryTimer = setTimeout(() => void this.save(), retryDelay(this.attempt));
      this.setTargets('retrying');
    } else this.setTargets(kind === 'expired' || kind === 'forbidden' ? kind : 'refused');
  }

  private kindOf(failure: RemoteFailure): FailureKind {
    const kind = failureKind(failure);
    if (kind === 'offline') this.network = failure.kind === 'network' || failure.code === 'not-json';
    return kind;
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.save(), Math.max(0, Number.isFinite(delay) ? delay : 600));
  }

  private clearTimers(): void {
    clearTimeout(this.timer);
    clearTimeout(this.retryTimer);
    clearTimeout(this.loadRetry);
  }

  private readonly onOnline = (): void => {
    if (this.results === 'offline' || this.results === 'server') void this.refresh();
    if (this.targets === 'retrying') void this.save();
  };

  private setResults(state: ResultsState): void {
    this.results = state;
    this.host.requestUpdate();
  }

  private setTargets(state: TargetsState): void {
    this.targets = state;
    this.host.requestUpdate();
  }
}
