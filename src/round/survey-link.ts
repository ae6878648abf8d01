// The member's side of the round protocol (docs/PROTOCOL.md) for one survey: loads the round
// (`GET R`) and keeps a copy for offline use, and sends the member's response (`PUT R/response`)
// through an outbox that never loses a submission and never sends two at once: a submission stays
// on the device until the server confirms it, and is sent again when the connection returns, when
// the page is shown again, on the next visit, and at growing intervals meanwhile. Once the server
// confirms it, only a "sent" marker stays on the device (a shared device keeps none of the member's
// answers). A round answered with an invitation code is asked for it (`X-GE-Code`), and keeps what
// it stores under a scope derived from the code. No DOM of its own: it reports through callbacks.
import type { Locale, SurveyResponse } from '../core/types.js';
import {
  readQueuedSubmission, readRoundPayload, readSentMarker, readSubmitAnswer,
  type QueuedSubmission, type RoundPayload, type SentMarker, type SubmitAnswer,
} from '../core/protocol-round.js';
import { codeScope } from '../core/invitation-code.js';
import {
  CACHE_FORMAT, OUTBOX_FORMAT, SENT_FORMAT, draftKeyFor, outboxKeyFor, roundCacheKeyFor, sendWaiting, sentKeyFor,
} from './survey-device.js';
import { DraftStore } from '../internal/draft-store.js';
import { classifyFailure, remote, type FailureClass, type RemoteFailure } from './remote.js';
import { Retry, Serial } from './sync.js';

/**
 * Loading the round: `cached` when the copy kept on this device is shown because the server did not
 * answer; `code` when the round is answered with an invitation code and none (or no valid one) was given.
 */
export type LoadState = 'off' | 'loading' | 'ready' | 'cached' | 'failed' | 'code';
/** The last submission: `queued` and `expired` wait on the device; `rejected` and `closed` went back to the person. */
export type SendState = 'idle' | 'sending' | 'received' | 'queued' | 'expired' | 'rejected' | 'closed';

export interface SurveyLinkOptions {
  /** The language sent in `Accept-Language` and used for the core's messages. */
  locale(): Locale;
  /** The nonce sent in `X-WP-Nonce`. */
  nonce(): string | null;
  /** `load`, `send` or what they say changed. */
  changed(): void;
  /** The round arrived, from the server or from the copy kept on this device. */
  loaded(payload: RoundPayload, source: 'server' | 'cache'): void;
  /** The server confirmed `response`. */
  sent(response: SurveyResponse, answer: SubmitAnswer): void;
  /** The server refused `response` for good (a 4xx, or the round closed). */
  refused(response: SurveyResponse, outcome: 'rejected' | 'closed', failure: RemoteFailure): void;
  /** The round needs an invitation code: none was given (`ge-code-required`), or the one given was refused. */
  needsCode(failure: RemoteFailure): void;
}

/**
 * What becomes of a submission the server did not take: `queued` (kept on the device, sent again
 * later), `expired` (kept; the page must be reloaded), `closed` (the round takes no more responses),
 * or `rejected` (refused for good: back to the form, with the server's reasons).
 */
export const sendOutcome = (kind: FailureClass): 'queued' | 'expired' | 'closed' | 'rejected' =>
  kind === 'offline' ? 'queued' : kind === 'expired' || kind === 'closed' ? kind : 'rejected';

/** The failures that mean "ask for the code" (PROTOCOL.md "Errors"): never retried by a timer, which would only guess again. */
const CODE_FAILURES = ['ge-code-required', 'ge-code-invalid', 'ge-too-many-attempts'];

const readCache = (data: unknown): RoundPayload | undefined => {
  const read = readRoundPayload(data);
  return read.ok ? { ...read.value, mine: null } : undefined;
};

export class SurveyLink {
  load: LoadState = 'off';
  /** The host's `storage-key` (null: keys of the endpoint). */
  storageKey: string | null = null;
  /** The invitation code in use (normalised), kept in memory only (and with a waiting submission). */
  code: string | null = null;
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
  /** When the server last confirmed a submission from this device (under this scope), if it did. */
  sent: SentMarker | null = null;

  #generation = 0;
  #cache?: DraftStore<RoundPayload>;
  #outbox?: DraftStore<QueuedSubmission>;
  #marker?: DraftStore<SentMarker>;
  /** The submission waiting for the server's confirmation (also in the outbox, when it could be written). */
  #entry: QueuedSubmission | null = null;
  readonly #sending = new Serial(() => this.#send());
  readonly #loading = new Serial(() => this.#fetchRound());
  // When the connection may be back (`online`, the page shown again): send what waits, and load the
  // round again if it did not come from the server.
  readonly #sendRetry = new Retry(() => void this.flush(), { wake: () => { void this.flush(); this.#sendWaiting(); }, visible: true });
  readonly #loadRetry = new Retry(() => void this.refresh(), {
    wake: () => { if (this.load === 'failed' || this.load === 'cached') void this.refresh(); }, visible: true,
  });

  readonly #options: SurveyLinkOptions;

  constructor(options: SurveyLinkOptions) {
    this.#options = options;
  }

  /** Listens for the signs that the connection is back. */
  listen(): void {
    this.#loadRetry.listen();
    this.#sendRetry.listen();
  }

  /** Stops listening and waiting, and lets go of the round: what waits stays in the outbox, for the next start. */
  stop(): void {
    this.#loadRetry.stop();
    this.#sendRetry.stop();
    this.start(null);
  }

  /** The submission waiting to be sent, if any. */
  get queued(): QueuedSubmission | null {
    return this.#entry;
  }

  /**
   * Where this member's answers, outbox, offline copy and marker are kept: `storage-key`, else a key
   * of the round; with an invitation code, under a scope derived from it (two code holders on one
   * device never see each other's). Null when off.
   */
  get scope(): string | null {
    if (!this.endpoint) return null;
    return this.code ? codeScope(this.storageKey ?? draftKeyFor(this.endpoint), this.code) : this.storageKey;
  }

  /** Where the survey keeps the answers in progress. */
  get draftKey(): string | null {
    return this.endpoint ? this.scope ?? draftKeyFor(this.endpoint) : null;
  }

  /**
   * Starts over with the round at `endpoint` (loads it, sends what waits in its outbox), or stops
   * with null. `code`: the invitation code to send, if any.
   */
  start(endpoint: string | null, storageKey: string | null = null, code: string | null = null): void {
    this.code = code;
    this.storageKey = storageKey;
    this.#generation += 1;
    this.#sendRetry.reset();
    this.#loadRetry.reset();
    this.#sending.drop();
    this.#loading.drop();
    this.endpoint = endpoint;
    this.#entry = this.loadFailure = this.sendFailure = this.payload = this.sent = null;
    this.outboxKept = true;
    this.send = 'idle';
    this.#cache = this.#outbox = this.#marker = undefined;
    if (!endpoint) {
      this.load = 'off';
      return;
    }
    this.load = 'loading';
    const scope = this.scope;
    this.#cache = new DraftStore(roundCacheKeyFor(endpoint, scope), CACHE_FORMAT, readCache);
    this.#outbox = new DraftStore(outboxKeyFor(endpoint, scope), OUTBOX_FORMAT, readQueuedSubmission);
    this.#marker = new DraftStore(sentKeyFor(endpoint, scope), SENT_FORMAT, readSentMarker);
    this.sent = this.#marker.load().data ?? null;
    const waiting = this.#outbox.load();
    if (waiting.data) {
      this.#entry = waiting.data;
      this.send = 'sending';
    }
    this.outboxKept = waiting.status !== 'unavailable';
    const cached = this.#cache.load();
    if (cached.data) {
      this.payload = cached.data;
      this.#options.loaded(cached.data, 'cache');
    }
    void this.refresh();
    if (this.#entry) void this.flush();
    this.#sendWaiting();
  }

  /**
   * Without a code in memory: submissions that code holders left waiting on this device (each with
   * its code) are sent in the background, never shown; each confirmed one leaves only its marker.
   */
  #sendWaiting(): void {
    if (!this.endpoint || this.code) return;
    void sendWaiting(this.endpoint, this.storageKey ?? draftKeyFor(this.endpoint), { lang: this.#options.locale(), nonce: this.#options.nonce() });
  }

  /** The header of the invitation code, when there is one. */
  #headers(code = this.code): Record<string, string> | undefined {
    return code ? { 'X-GE-Code': code } : undefined;
  }

  /** Loads the round again (one request at a time: a load on its way answers); resolves when it is shown or the failure is. */
  refresh(): Promise<void> {
    return this.endpoint ? this.#loading.join() : Promise.resolve();
  }

  /** Puts `response` in the outbox (replacing what waits there) and sends it. */
  submit(response: SurveyResponse): Promise<void> {
    if (!this.endpoint) return Promise.resolve();
    this.#entry = { response, queuedAt: new Date().toISOString(), ...(this.code ? { code: this.code } : {}) };
    this.outboxKept = this.#outbox?.save(this.#entry) === 'saved';
    this.#sendRetry.attempt = 0;
    this.sendFailure = null;
    this.#set('send', 'sending');
    // One request at a time: a submission made while one is on its way is sent once that one is answered.
    return this.#sending.call();
  }

  /** Sends what waits in the outbox, unless a send is already on its way (which sends it). */
  flush(): Promise<void> {
    return this.endpoint && this.#entry ? this.#sending.join() : Promise.resolve();
  }

  /** Sends the submission waiting, once. */
  async #send(): Promise<void> {
    const entry = this.#entry;
    const endpoint = this.endpoint;
    if (!entry || !endpoint) return;
    this.#sendRetry.cancel();
    const generation = this.#generation;
    if (this.send !== 'queued' && this.send !== 'expired') this.#set('send', 'sending');
    const result = await remote(endpoint, 'response', {
      method: 'PUT', body: entry.response, nonce: this.#options.nonce(), lang: this.#options.locale(), headers: this.#headers(entry.code ?? this.code),
    });
    if (generation !== this.#generation) return;
    // Not current: a newer submission was made meanwhile, and is sent by the run after this one.
    const current = this.#entry === entry;
    if (result.ok) {
      this.#sendRetry.attempt = 0;
      if (current) this.#forget();
      const answer = readSubmitAnswer(result.body);
      this.sent = { sentAt: answer.submittedAt ?? new Date().toISOString(), status: answer.status };
      this.#marker?.save(this.sent);
      this.sendFailure = null;
      if (current) this.send = 'received';
      this.#options.sent(entry.response, answer);
      return;
    }
    const outcome = sendOutcome(classifyFailure(result.failure));
    if (outcome === 'queued' || outcome === 'expired') {
      if (!current) return;
      this.sendFailure = result.failure;
      this.#sendRetry.schedule();
      this.#set('send', outcome);
      return;
    }
    if (current) {
      this.#forget(); // refused for good: the answers go back to the form (and stay in the draft)
      this.sendFailure = result.failure;
      this.send = outcome;
    }
    if (outcome === 'closed' && this.payload) this.payload = { ...this.payload, round: { ...this.payload.round, status: 'closed' } };
    this.#options.refused(entry.response, outcome, result.failure);
  }

  #forget(): void {
    this.#entry = null;
    this.#outbox?.clear();
  }

  async #fetchRound(): Promise<void> {
    const endpoint = this.endpoint;
    if (!endpoint) return;
    const generation = this.#generation;
    this.#loadRetry.cancel();
    if (!this.payload) this.#set('load', 'loading');
    const result = await remote(endpoint, '', { nonce: this.#options.nonce(), lang: this.#options.locale(), headers: this.#headers() });
    if (generation !== this.#generation) return;
    let failure: RemoteFailure;
    if (result.ok) {
      const read = readRoundPayload(result.body, { locale: this.#options.locale() });
      if (read.ok) {
        this.#loadRetry.attempt = 0;
        this.loadFailure = null;
        this.payload = read.value;
        this.#cache?.save({ ...read.value, mine: null });
        this.load = 'ready';
        this.#options.loaded(read.value, 'server');
        return;
      }
      const first = read.issues[0];
      failure = { kind: 'http', status: result.status, code: 'unreadable', message: first ? `${first.path}: ${first.message}` : '',
        errors: read.issues.slice(0, 20), data: {} };
    } else failure = result.failure;
    this.loadFailure = failure;
    if (CODE_FAILURES.includes(failure.code)) {
      // A refused code is forgotten (it is not this person's, or it is being guessed): the form asks again.
      this.code = null;
      this.load = 'code';
      this.#options.needsCode(failure);
      return;
    }
    const kind = classifyFailure(failure); // `unreadable` is refused: the same answer would come again
    if (kind === 'offline' || kind === 'expired') this.#loadRetry.schedule();
    this.#set('load', this.payload ? 'cached' : 'failed');
  }

  #set<K extends 'load' | 'send'>(key: K, state: this[K]): void {
    this[key] = state;
    this.#options.changed();
  }
}
