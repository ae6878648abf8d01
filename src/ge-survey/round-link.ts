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
import { nonceOf, remote, routeUrl, type RemoteFailure } from '../internal/remote.js';

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

function routeOf(endpoint: string, segment = ''): string {
  try {
    return routeUrl(endpoint, segment);
  } catch {
    return segment ? `${endpoint}/${segment}` : endpoint; // unreadable as a URL: the text still names the round
  }
}

/** Where the answers in progress are kept when `storage-key` is not given. */
export const draftKeyFor = (endpoint: string): string => `gender-in-practice/survey-draft:${routeOf(endpoint)}`;
/**
 * Where a submission waits to be sent: one per round, the newest replacing the one before. A
 * host that gives `storage-key` (the WordPress plugin gives one per member and round) scopes it
 * to that key, so two members sharing a workshop laptop never start from each other's answers.
 */
export const outboxKeyFor = (endpoint: string, scope?: string | null): string =>
  scope ? `${scope}:outbox` : `gender-in-practice/survey-outbox:${routeOf(endpoint, 'response')}`;
/** Where the last round received (with the member's own response) is kept, so the survey can be answered offline. */
export const roundCacheKeyFor = (endpoint: string, scope?: string | null): string =>
  scope ? `${scope}:round` : `gender-in-practice/survey-round:${routeOf(endpoint)}`;

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
  private sending: Promise<void> | null = null;
  private loading: Promise<void> | null = null;
  private attempt = 0;
  private loadAttempt = 0;
  private retryTimer?: ReturnType<typeof setTimeout>;
  private loadTimer?: ReturnType<typeof setTimeout>;
  private connected = false;

  constructor(private readonly host: RoundLinkHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    globalThis.addEventListener?.('online', this.onOnline);
    globalThis.document?.addEventListener('visibilitychange', this.onVisible);
  }

  hostDisconnected(): void {
    this.connected = false;
    globalThis.removeEventListener?.('online', this.onOnline);
    globalThis.document?.removeEventListener('visibilitychange', this.onVisible);
    this.start(null); // what waits stays in the outbox; a reconnected element starts again from it
  }

  /** The submission waiting to be sent, if any. */
  get queued(): QueuedSubmission | null {
    return this.entry;
  }

  /** True while a request to send a submission is on its way. */
  get busy(): boolean {
    return this.sending !== null;
  }

  /** Starts over with the round at `endpoint` (loads it, sends what waits in its outbox), or stops with null. */
  start(endpoint: string | null, scope: string | null = null): void {
    this.scope = scope;
    this.generation += 1;
    clearTimeout(this.retryTimer);
    clearTimeout(this.loadTimer);
    Object.assign(this, { endpoint, entry: null, sending: null, loading: null, attempt: 0, loadAttempt: 0,
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
    if (!this.endpoint) return Promise.resolve();
    if (!this.loading) {
      const p: Promise<void> = this.fetchRound().finally(() => { if (this.loading === p) this.loading = null; });
      this.loading = p;
    }
    return this.loading;
  }

  /** Puts `response` in the outbox (replacing what waits there) and sends it. */
  submit(response: SurveyResponse): Promise<void> {
    if (!this.endpoint) return Promise.resolve();
    this.entry = { response, queuedAt: new Date().toISOString() };
    this.outboxKept = this.outbox?.save(this.entry) === 'saved';
    this.attempt = 0;
    this.sendFailure = null;
    this.setSend('sending');
    return this.flush();
  }

  /** Sends what waits in the outbox, unless a send is already on its way (it sends the newest after). */
  flush(): Promise<void> {
    if (!this.endpoint || !this.entry) return Promise.resolve();
    if (!this.sending) {
      const p: Promise<void> = this.sendLoop().finally(() => { if (this.sending === p) this.sending = null; });
      this.sending = p;
    }
    return this.sending;
  }

  private async sendLoop(): Promise<void> {
    clearTimeout(this.retryTimer);
    const generation = this.generation;
    // One request at a time; a newer submission made meanwhile is sent once this one is answered.
    while (this.entry && generation === this.generation) {
      const entry = this.entry;
      const endpoint = this.endpoint!;
      if (this.send !== 'queued' && this.send !== 'expired') this.setSend('sending');
      const result = await remote(endpoint, 'response', {
        method: 'PUT', body: entry.response, nonce: nonceOf(this.host), lang: this.host.roundLocale,
      });
      if (generation !== this.generation) return;
      const current = this.entry === entry;
      if (result.ok) {
        this.attempt = 0;
        if (current) this.forget();
        this.sendFailure = null;
        if (current) this.setSend('received');
        this.host.roundSent(entry.response, readSubmitAnswer(result.body));
        continue;
      }
      const outcome = submitOutcome(result.failure);
      if (outcome === 'queued' || outcome === 'expired') {
        if (!current) continue; // a newer one waits: send it now
        this.sendFailure = result.failure;
        this.attempt += 1;
        const { first, most } = this.host.resendDelays;
        this.retryTimer = setTimeout(() => void this.flush(), resendDelay(this.attempt, first, most));
        this.setSend(outcome);
        return;
      }
      if (current) {
        this.forget(); // refused for good: the answers go back to the form (and stay in the draft)
        this.sendFailure = result.failure;
        this.setSend(outcome);
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
    clearTimeout(this.loadTimer);
    if (!this.payload) this.setLoad('loading');
    const result = await remote(endpoint, '', { nonce: nonceOf(this.host), lang: this.host.roundLocale });
    if (generation !== this.generation) return;
    let failure: RemoteFailure;
    if (result.ok) {
      const read = readRoundPayload(result.body, { locale: this.host.roundLocale });
      if (read.ok) {
        this.loadAttempt = 0;
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
    if (failure.retryable) {
      this.loadAttempt += 1;
      const { first, most } = this.host.resendDelays;
      this.loadTimer = setTimeout(() => void this.refresh(), resendDelay(this.loadAttempt, first, most));
    }
    this.setLoad(this.payload ? 'cached' : 'failed');
  }

  private readonly onOnline = (): void => {
    this.wake();
  };

  private readonly onVisible = (): void => {
    if (globalThis.document?.visibilityState === 'visible') this.wake();
  };

  /** The connection may be back: send what waits, and load the round again if it did not come from the server. */
  private wake(): void {
    if (!this.connected || !this.endpoint) return;
    if (this.load === 'failed' || this.load === 'cached') void this.refresh();
    if (this.entry) void this.flush();
  }

  private setLoad(state: LoadState): void {
    this.load = state;
    this.host.requestUpdate();
  }

  private setSend(state: SendState): void {
    this.send = state;
    this.host.requestUpdate();
  }
}
