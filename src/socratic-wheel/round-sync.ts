// The wheel's server mode (docs/PROTOCOL.md, protocol 2): reads a round's latest release
// (`R/results`), asks for a new one (`POST R/releases`), and saves the facilitator's targets
// (`PUT R/targets`), debounced, kept in the browser until the server has them, and sent again
// when the connection returns.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { failureKind, readResults, readTargets, retryDelay, targetsBody, type FailureKind, type RoundResults } from '../core/protocol-results.js';
import { isPlainObject } from '../core/safe-read.js';
import { DraftStore } from '../internal/draft-store.js';
import { nonceOf, remote, type RemoteFailure } from '../internal/remote.js';
import { Retry, routeKey } from '../internal/sync.js';
import type { NextRelease } from '../core/release-rule.js';

/**
 * Loading the results: `ready` once drawn; otherwise why not (the last drawing stays on screen).
 * `outdated`: the server sends per-person records (protocol 1), which the wheel refuses to draw.
 */
export type ResultsState = 'off' | 'loading' | 'ready' | 'offline' | 'server' | 'expired' | 'forbidden' | 'not-found' | 'refused' | 'unreadable' | 'outdated';
/** The last request for a release: `made`, or why none was (`too-soon`: the rule between releases). */
export type ReleaseOutcome = 'none' | 'made' | 'too-soon' | 'offline' | 'expired' | 'forbidden' | 'refused';
/** Saving the targets. */
export type TargetsState = 'idle' | 'saving' | 'saved' | 'retrying' | 'expired' | 'forbidden' | 'refused';

export interface RoundSyncHost extends ReactiveControllerHost, HTMLElement {
  saveDelay: number;
  readonly syncLang: string;
  /** Draws the round's latest release; `targets` are the ones to show (the server's, or this browser's unsaved ones). */
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
  /** The server's live count of responses, once loaded. */
  n: number | null = null;
  /** The round's k, and what the next release needs (null when the server did not say). */
  k = 5;
  next: NextRelease | null = null;
  /** The id and time of the release drawn (null before the first). */
  shown: { id: number | string; at: Date | null; n: number } | null = null;
  /** True while a `POST R/releases` is on its way. */
  releasing = false;
  outcome: ReleaseOutcome = 'none';
  outcomeMessage = '';

  private endpoint: string | null = null;
  private generation = 0;
  private loading: Promise<void> | null = null;
  private store?: DraftStore<Record<string, number>>;
  /** Targets not yet confirmed by the server. */
  private unsaved: Record<string, number> | null = null;
  /** The dimensions of the round's assessment, once its results are read: only their targets are sent. */
  private dimensionIds: Set<string> | null = null;
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
  private releasingNow: Promise<void> | null = null;

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
    Object.assign(this, { endpoint, loading: null, unsaved: null, dimensionIds: null, inFlight: false, again: false,
      message: '', targetsMessage: '', n: null, k: 5, next: null, shown: null,
      releasing: false, releasingNow: null, outcome: 'none', outcomeMessage: '', targets: 'idle' });
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
    this.outcome = 'none'; // what became of the last request for a release is old news once the results are read again
    if (!this.apply(result.body)) return;
    if (this.unsaved && !this.inFlight && this.targets !== 'saving') void this.save(); // kept from an earlier visit
  }

  /** Draws an answer of `GET R/results` or `POST R/releases`; false (and why, shown) when it cannot be read. */
  private apply(body: unknown): boolean {
    const read = readResults(body, { locale: this.host.syncLang === 'fr' ? 'fr' : 'en' });
    if (!read.ok) {
      const outdated = read.issues[0]?.code === 'protocol-outdated';
      this.message = read.issues[0]?.message ?? '';
      this.set('results', outdated ? 'outdated' : 'unreadable');
      return false;
    }
    const v = read.value;
    this.loadRetry.attempt = 0;
    Object.assign(this, { n: v.n, k: v.round.minGroupSize, next: v.next });
    const at = v.release?.at ? new Date(v.release.at) : null;
    this.shown = v.release ? { id: v.release.id ?? v.releases, at: at && !Number.isNaN(at.getTime()) ? at : null, n: v.release.n } : null;
    // Targets kept from an earlier visit may name dimensions the round's assessment no longer has:
    // the server would refuse the whole save for them, again at every visit. They are not sent.
    this.dimensionIds = new Set(v.assessment.dimensions.map((d) => d.id));
    this.host.applyResults(v, this.unsaved ?? v.targets);
    this.set('results', 'ready');
    return true;
  }

  /**
   * Asks the server for a new release (`POST R/releases`). When the rule between releases does not
   * allow one yet (409 `ge-release-too-soon`), what the next one needs is updated from the answer.
   */
  makeRelease(): Promise<void> {
    if (!this.endpoint) return Promise.resolve();
    this.releasingNow ??= this.postRelease().finally(() => { this.releasingNow = null; });
    return this.releasingNow;
  }

  private async postRelease(): Promise<void> {
    const endpoint = this.endpoint!;
    const generation = this.generation;
    this.releasing = true;
    this.outcome = 'none';
    this.host.requestUpdate();
    const result = await remote(endpoint, 'releases', { method: 'POST', body: {}, nonce: nonceOf(this.host), lang: this.host.syncLang });
    if (generation !== this.generation) return;
    this.releasing = false;
    if (result.ok) {
      this.outcome = this.apply(result.body) ? 'made' : 'none'; // an answer that cannot be read is said as such
      this.host.requestUpdate();
      return;
    }
    const f = result.failure;
    const needed = typeof f.data.needed === 'number' && Number.isInteger(f.data.needed) && f.data.needed > 0 ? f.data.needed : null;
    if (f.code === 'ge-release-too-soon') {
      this.next = { allowed: false, needed: needed ?? Math.max(1, this.next?.needed ?? 1) };
      this.outcome = 'too-soon';
    } else {
      const kind = this.kindOf(f);
      this.outcome = kind === 'offline' ? 'offline' : kind === 'expired' || kind === 'forbidden' ? kind : 'refused';
    }
    this.outcomeMessage = f.message;
    this.host.requestUpdate();
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
    const result = await remote(endpoint, 'targets', { method: 'PUT', body: { values: this.ofRound(sent) }, nonce: nonceOf(this.host), lang: this.host.syncLang });
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

  /** The targets of the round's dimensions only (all of them before the round is known). */
  private ofRound(values: Record<string, number>): Record<string, number> {
    const ids = this.dimensionIds;
    return ids ? Object.fromEntries(Object.entries(values).filter(([id]) => ids.has(id))) : values;
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
