// The survey's server mode (docs/PROTOCOL.md, member side): loads the round (`GET R`) and keeps a
// copy for offline use, and sends the member's response (`PUT R/response`) through an outbox that
// never loses a submission and never sends two at once: a submission stays on the device until
// the server confirms it, and is sent again when the connection returns, when the page is shown
// again, on the next visit, and at growing intervals meanwhile.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale, SurveyResponse } from '../core/types.js';
import {
  readQueuedSubmission, readRoundPayload, readSubmitAnswer, resendDelay, submitOutcome,
  type QueuedSubmission, type RoundPayload, type SubmitAnswer,
} from '../core/protocol-round.js';
import { DraftStore } from '../internal/draft-store.js';
import { nonceOf, remote, type RemoteFailure } from '../internal/remote.js';
import { Once, Retry, routeKey } from '../internal/sync.js';

/** Loading the round: `cached` when the copy kept on this device is shown because the server did not answer. */
export type LoadState = 'off' | 'loading' | 'ready' | 'cached' | 'failed';
/** The last submission: `queued` and `expired` wait on the device; `rejected` and `closed` went back to the person. */
export type SendState = 'idle' | 'sending' | 'received' | 'queued' | 'expired' | 'rejected' | 'closed';

export interface RoundLinkHost extends ReactiveControllerHost, HTMLElement {
  /** The language sent in `Accept-Language` and used for the core's messages. */
  readonly roundLocale: Locale;
  /** Waiting times of the resend timer, in ms: the first, doubled each time up to the most. */
  readonly resendDelays: { first: number; most: number };
  /** The round arrived, from the server or from the copy kept on this device. */
  roundLoaded(payload: RoundPayload, source: 'server' | 'cache'): void;
  /** The server confirmed `response`. */
  roundSent(response: SurveyResponse, answer: SubmitAnswer): void;
  /** The server refused `response` for good (a 4xx, or the round closed). */
  roundRefused(response: SurveyResponse, outcome: 'rejected' | 'closed', failure: RemoteFailure): void;
}

const CACHE_FORMAT = 'gender-in-practice/ge-survey-round@1';
const OUTBOX_FORMAT = 'gender-in-practice/ge-survey-outbox@1';

/** Where the answers in progress are kept when `storage-key` is not given. */
export const draftKeyFor = (endpoint: string): string => routeKey('survey-draft', endpoint);
/**
 * Where a submission waits to be sent: one per round, the newest replacing the one before. A
 * host that gives `storage-key` (the WordPress plugin gives one per member and round) scopes it
 * to that key, so two members sharing a workshop laptop never start from each other's answers.
 */
export const outboxKeyFor = (endpoint: string, scope?: string | null): string =>
  scope ? `${scope}:outbox` : routeKey('survey-outbox', endpoint, 'response', `${endpoint}/response`);
/** Where the last round received (with the member's own response) is kept, so the survey can be answered offline. */
export const roundCacheKeyFor = (endpoint: string, scope?: string | null): string =>
  scope ? `${scope}:round` : routeKey('survey-round', endpoint);

const readCache = (data: unknown): RoundPayload | undefined => {
  const read = readRoundPayload(data);
  return read.ok ? read.value : undefined;
};

export class RoundLink implements ReactiveController {
  load: LoadState = 'off';
  /** The host's `storage-key` the outbox and the offline copy are kept under (null: keys of the endpoint). */
  scope: string | null = null;
  send: SendState = 'idle';
  /** Why the round did not load (when `failed` or `cached`). */
  loadFailure: RemoteFailure | null = null;
  /** Why the last submission did not go through (when `queued`, `expired`, `rejected` or `closed`). */
  sendFailure: RemoteFailure | null = null;
  /** The last round received (from the server or the copy on this device). */
  payload: RoundPayload | null = null;
  /** False when the outbox could not be written to this device: the submission lives in this page only. */
  outboxKept = true;
  /** The endpoint in use, or null when off. */
  endpoint: string | null = null;

  private generation = 0;
  private cache?: DraftStore<RoundPayload>;
  private outbox?: DraftStore<QueuedSubmission>;
  /** The submission waiting for the server's confirmation (also in the outbox, when it could be written). */
  private entry: QueuedSubmission | null = null;
  private readonly sending = new Once(() => this.sendLoop());
  private readonly loading = new Once(() => this.fetchRound());
  private readonly delay = (attempt: number): number => resendDelay(attempt, this.host.resendDelays.first, this.host.resendDelays.most);
  // When the connection may be back (`online`, the page shown again): send what waits, and load the
  // round again if it did not come from the server.
  private readonly sendRetry = new Retry(() => void this.flush(), this.delay, () => void this.flush(), true);
  private readonly loadRetry = new Retry(() => void this.refresh(), this.delay, () => {
    if (this.load === 'failed' || this.load === 'cached') void this.refresh();
  }, true);

  constructor(private readonly host: RoundLinkHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.loadRetry.listen();
    this.sendRetry.listen();
  }

  hostDisconnected(): void {
    this.loadRetry.stop();
    this.sendRetry.stop();
    this.start(null); // what waits stays in the outbox; a reconnected element starts again from it
  }

  /** The submission waiting to be sent, if any. */
  get queued(): QueuedSubmission | null {
    return this.entry;
  }

  /** True while a request to send a submission is on its way. */
  get busy(): boolean {
    return this.sending.busy;
  }

  /** Starts over with the round at `endpoint` (loads it, sends what waits in its outbox), or stops with null. */
  start(endpoint: string | null, scope: string | null = null): void {
    this.scope = scope;
    this.generation += 1;
    this.sendRetry.reset();
    this.loadRetry.reset();
    this.sending.drop();
    this.loading.drop();
    Object.assign(this, { endpoint, entry: null,
      loadFailure: null, sendFailure: null, payload: null, outboxKept: true, send: 'idle' });
    this.cache = this.outbox = undefined;
    if (!endpoint) {
      this.load = 'off';
      return;
    }
    this.load = 'loading';
    this.cache = new DraftStore(roundCacheKeyFor(endpoint, scope), CACHE_FORMAT, readCache);
    this.outbox = new DraftStore(outboxKeyFor(endpoint, scope), OUTBOX_FORMAT, readQueuedSubmission);
    const waiting = this.outbox.load();
    if (waiting.data) {
      this.entry = waiting.data;
      this.send = 'sending';
    }
    this.outboxKept = waiting.status !== 'unavailable';
    const cached = this.cache.load();
    if (cached.data) {
      this.payload = cached.data;
      this.host.roundLoaded(cached.data, 'cache');
    }
    void this.refresh();
    if (this.entry) void this.flush();
  }

  /** Loads the round again (one request at a time); resolves when it is shown or the failure is. */
  refresh(): Promise<void> {
    return this.endpoint ? this.loading.call() : Promise.resolve();
  }

  /** Puts `response` in the outbox (replacing what waits there) and sends it. */
  submit(response: SurveyResponse): Promise<void> {
    if (!this.endpoint) return Promise.resolve();
    this.entry = { response, queuedAt: new Date().toISOString() };
    this.outboxKept = this.outbox?.save(this.entry) === 'saved';
    this.sendRetry.attempt = 0;
    this.sendFailure = null;
    this.set('send', 'sending');
    return this.flush();
  }

  /** Sends what waits in the outbox, unless a send is already on its way (it sends the newest after). */
  flush(): Promise<void> {
    return this.endpoint && this.entry ? this.sending.call() : Promise.resolve();
  }

  private async sendLoop(): Promise<void> {
    this.sendRetry.cancel();
    const generation = this.generation;
    // One request at a time; a newer submission made meanwhile is sent once this one is answered.
    while (this.entry && generation === this.generation) {
      const entry = this.entry;
      const endpoint = this.endpoint!;
      if (this.send !== 'queued' && this.send !== 'expired') this.set('send', 'sending');
      const result = await remote(endpoint, 'response', {
        method: 'PUT', body: entry.response, nonce: nonceOf(this.host), lang: this.host.roundLocale,
      });
      if (generation !== this.generation) return;
      const current = this.entry === entry;
      if (result.ok) {
        this.sendRetry.attempt = 0;
        if (current) this.forget();
        this.sendFailure = null;
        if (current) this.set('send', 'received');
        this.host.roundSent(entry.response, readSubmitAnswer(result.body));
        continue;
      }
      const outcome = submitOutcome(result.failure);
      if (outcome === 'queued' || outcome === 'expired') {
        if (!current) continue; // a newer one waits: send it now
        this.sendFailure = result.failure;
        this.sendRetry.schedule();
        this.set('send', outcome);
        return;
      }
      if (current) {
        this.forget(); // refused for good: the answers go back to the form (and stay in the draft)
        this.sendFailure = result.failure;
        this.set('send', outcome);
      }
      if (outcome === 'closed' && this.payload) this.payload = { ...this.payload, round: { ...this.payload.round, status: 'closed' } };
      this.host.roundRefused(entry.response, outcome, result.failure);
    }
  }

  private forget(): void {
    this.entry = null;
    this.outbox?.clear();
  }

  private async fetchRound(): Promise<void> {
    const endpoint = this.endpoint;
    if (!endpoint) return;
    const generation = this.generation;
    this.loadRetry.cancel();
    if (!this.payload) this.set('load', 'loading');
    const result = await remote(endpoint, '', { nonce: nonceOf(this.host), lang: this.host.roundLocale });
    if (generation !== this.generation) return;
    let failure: RemoteFailure;
    if (result.ok) {
      const read = readRoundPayload(result.body, { locale: this.host.roundLocale });
      if (read.ok) {
        this.loadRetry.attempt = 0;
        this.loadFailure = null;
        this.payload = read.value;
        this.cache?.save(read.value);
        this.load = 'ready';
        this.host.roundLoaded(read.value, 'server');
        this.host.requestUpdate();
        return;
      }
      const first = read.issues[0];
      failure = { kind: 'http', status: result.status, code: 'unreadable', message: first ? `${first.path}: ${first.message}` : '',
        errors: read.issues.slice(0, 20), data: {}, retryable: false };
    } else failure = result.failure;
    this.loadFailure = failure;
    if (failure.retryable) this.loadRetry.schedule();
    this.set('load', this.payload ? 'cached' : 'failed');
  }

  private set<K extends 'load' | 'send'>(key: K, state: this[K]): void {
    this[key] = state;
    this.host.requestUpdate();
  }
}
