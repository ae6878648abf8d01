// What the round add-on's connections share (docs/PROTOCOL.md): where a round's data is kept in the
// browser, timers that wait longer after each failure and give up waiting when the connection
// returns, and one request at a time (Serial).
import { routeUrl } from './remote.js';

/**
 * The localStorage key `gender-in-practice/<kind>:<URL>` of a round's data, the URL being the one
 * of `segment` under `endpoint`; `fallback` when the endpoint is unreadable as a URL (the text
 * still names the round).
 */
export function routeKey(kind: string, endpoint: string, segment = '', fallback = endpoint): string {
  try {
    fallback = routeUrl(endpoint, segment);
  } catch {
    // keep the fallback
  }
  return `gender-in-practice/${kind}:${fallback}`;
}

/**
 * The waits, in ms, before every connection tries a failed request again: `first`, doubled after each
 * failure, at most `most` (read at each wait; a test shortens them). 5 s to 5 min: a room of members'
 * surveys (and the facilitator's wheel and board) retrying one server that answers 5xx or 429 should
 * spare it; a connection that comes back is noticed at once anyway (`online`, the page shown again),
 * and every status line has its Retry (or Update) button.
 */
export const retryDelays = { first: 5000, most: 300_000 };

/** The wait before the `attempt`-th try again (1, 2...): `first`, doubled each time, at most `most`. */
export function backoff(attempt: number, { first, most } = retryDelays): number {
  const n = Math.max(0, Math.min(Math.floor(attempt) - 1, 30));
  return Math.max(0, Math.min(most, first * 2 ** (Number.isFinite(n) ? n : 0)));
}

export interface RetryOptions {
  /** The wait before the `attempt`-th run (default: `backoff`). */
  delay?: (attempt: number) => number;
  /** Called, once `listen()` was, when the connection may be back: `online`, and with `visible` the page shown again. */
  wake?: () => void;
  visible?: boolean;
}

/**
 * A timer that runs `run` once: after a wait that grows with each `schedule()` (`delay(attempt)`,
 * `attempt` counting the failures since the last success), or after the wait given. Once
 * `listen()` was called, the page's signs that the connection may be back (`online`, and the page
 * shown again when `visible`) call `wake` until `stop()`.
 */
export class Retry {
  /** The waits scheduled since the last success (the owner sets it back to 0 on one). */
  attempt = 0;
  private timer?: ReturnType<typeof setTimeout>;
  private readonly delay: (attempt: number) => number;
  private readonly wake?: () => void;
  private readonly visible: boolean;

  constructor(private readonly run: () => void, { delay = backoff, wake, visible = false }: RetryOptions = {}) {
    this.delay = delay;
    this.wake = wake;
    this.visible = visible;
  }

  /** Runs after `ms`, by default the next wait of the backoff (counted as one more attempt); replaces any wait. */
  schedule(ms = this.delay(++this.attempt)): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(this.run, ms);
  }

  /** Runs now instead of at the end of the wait. */
  now(): void {
    this.cancel();
    this.run();
  }

  /** Cancels the wait; the backoff goes on from where it was. */
  cancel(): void {
    clearTimeout(this.timer);
  }

  /** Cancels the wait and starts the backoff over. */
  reset(): void {
    this.cancel();
    this.attempt = 0;
  }

  listen(): void {
    globalThis.addEventListener?.('online', this.onOnline);
    if (this.visible) globalThis.document?.addEventListener('visibilitychange', this.onVisible);
  }

  /** Cancels the wait and stops listening. */
  stop(): void {
    this.cancel();
    globalThis.removeEventListener?.('online', this.onOnline);
    globalThis.document?.removeEventListener('visibilitychange', this.onVisible);
  }

  private readonly onOnline = (): void => {
    this.wake?.();
  };

  private readonly onVisible = (): void => {
    if (globalThis.document?.visibilityState === 'visible') this.wake?.();
  };
}

/**
 * One request at a time. `call()` runs `task` now when none is on its way, else once after the one on
 * its way, every call made meanwhile sharing that run: what was asked during a request (a newer
 * submission, a change of the targets or the plan) is covered by a run that starts after it.
 * `join()` is for what a request already on its way answers (a read, a resend of what waits): it
 * shares the run on its way, or the one to come. Both return the promise of the run that covers
 * them. `drop()` forgets both (a new endpoint): the next call starts at once, their callers' promise
 * settles, and a dropped run, when it ends, starts nothing.
 */
export class Serial {
  #running: Promise<void> | null = null;
  #next: { promise: Promise<void>; resolve: () => void } | null = null;

  constructor(private readonly task: () => Promise<void>) {}

  /** A run is on its way. */
  get busy(): boolean {
    return this.#running !== null;
  }

  call(): Promise<void> {
    if (!this.#running) return this.#run();
    if (!this.#next) {
      let resolve!: () => void;
      const promise = new Promise<void>((r) => { resolve = r; });
      this.#next = { promise, resolve };
    }
    return this.#next.promise;
  }

  join(): Promise<void> {
    return this.#next?.promise ?? this.#running ?? this.#run();
  }

  drop(): void {
    this.#next?.resolve();
    this.#running = this.#next = null;
  }

  #run(): Promise<void> {
    const run: Promise<void> = this.task().finally(() => {
      if (this.#running !== run) return; // dropped meanwhile
      const next = this.#next;
      this.#running = this.#next = null;
      if (next) this.#run().then(next.resolve, next.resolve);
    });
    return (this.#running = run);
  }
}
