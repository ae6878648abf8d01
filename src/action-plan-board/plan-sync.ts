// The board's server mode (docs/PROTOCOL.md "R/plan"): loads the round's plan, saves every change
// with the revision it started from, keeps what is unsaved in the browser until the server confirms
// it, retries when the connection returns, and holds a conflict for the person to settle.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PlanAction, PlanIssue } from '../core/plan.js';
import {
  planBody, readLocalPlan, readSavedRevision, readServerPlan, reconcile, type LocalPlan, type ServerPlan,
} from '../core/protocol-plan.js';
import { failureKind, retryDelay } from '../core/protocol-results.js';
import { DraftStore } from '../internal/draft-store.js';
import { nonceOf, remote, type RemoteFailure, type RemoteIssue } from '../internal/remote.js';
import { Retry, routeKey } from '../internal/sync.js';

/**
 * Where the plan stands with the server: `loading` (first load), `loaded` (what is shown is what the server has),
 * `saving`, `saved`, `offline` (not saved, kept in the browser, retrying), `load-failed` (the first load did not
 * come: retrying), `conflict`, `expired` (reload the page), `forbidden`, `refused` (a 4xx with the server's
 * message), `unreadable` (the server's answer is not a plan).
 */
export type SyncState = 'off' | 'loading' | 'loaded' | 'saving' | 'saved' | 'offline' | 'load-failed'
  | 'conflict' | 'expired' | 'forbidden' | 'not-found' | 'refused' | 'unreadable';

export interface PlanSyncHost extends ReactiveControllerHost, HTMLElement {
  /** Debounce of saves, in ms. */
  saveDelay: number;
  /** The language sent in Accept-Language. */
  readonly syncLang: string;
  /** The plan on screen. */
  readonly plan: readonly PlanAction[];
  /** Puts a plan on screen that is not a person's edit (the server's, or the browser's copy). */
  showPlan(actions: PlanAction[], issues: PlanIssue[]): void;
  /** The browser cannot keep the unsaved copy. */
  storageUnavailable(): void;
}

const FORMAT = 'gender-in-practice/round-plan@1';

/** The localStorage key of a round's unsaved plan: one per endpoint. */
export const localPlanKey = (endpoint: string): string => routeKey('plan', endpoint, 'plan');

export class PlanSync implements ReactiveController {
  state: SyncState = 'off';
  /** True when the failure behind `offline` or `load-failed` is a network one (not a server error). */
  network = true;
  /** The server's version during a conflict. */
  conflict: ServerPlan | null = null;
  /** The server's message and problems, for `refused`. */
  message = '';
  errors: RemoteIssue[] = [];
  /** True while the browser holds changes the server has not confirmed. */
  dirty = false;

  private endpoint: string | null = null;
  /** The server revision the plan on screen started from; null until the first load. */
  private base: number | null = null;
  private loaded = false;
  private store?: DraftStore<LocalPlan>;
  /** The debounce of saves. */
  private readonly timer = new Retry(() => void this.save(), () => {
    const delay = this.host.saveDelay;
    return Math.max(0, Number.isFinite(delay) ? delay : 800);
  });
  /** Tries the load or the save again, later or when the connection returns. */
  private readonly backoff = new Retry(() => this.retry(), retryDelay, () => {
    if (this.state === 'offline' || this.state === 'load-failed') this.retry();
  });
  private inFlight = false;
  private again = false;
  /** Bumped on every new endpoint: answers for an older one are dropped. */
  private generation = 0;

  constructor(private readonly host: PlanSyncHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.backoff.listen();
    if (this.endpoint && this.dirty && this.loaded && !this.conflict && !this.inFlight) this.timer.schedule(0);
  }

  hostDisconnected(): void {
    this.backoff.stop();
    this.timer.cancel();
  }

  /** Starts over with the round at `endpoint` (or stops, with null): shows the unsaved copy at once, then loads. */
  start(endpoint: string | null): void {
    this.generation += 1;
    this.timer.cancel();
    this.backoff.reset();
    Object.assign(this, { endpoint, base: null, loaded: false, conflict: null, message: '', errors: [], dirty: false, inFlight: false, again: false });
    this.store = undefined;
    if (!endpoint) {
      this.state = 'off';
      return;
    }
    this.store = new DraftStore(localPlanKey(endpoint), FORMAT, readLocalPlan);
    const local = this.store.load();
    if (local.status === 'restored' && local.data) {
      this.base = local.data.base;
      this.dirty = true;
      this.host.showPlan(local.data.actions, []);
    }
    void this.load();
  }

  /** A person's change: kept in the browser at once, sent after the debounce. */
  changed(): void {
    if (!this.endpoint) return;
    this.dirty = true;
    this.keepLocal();
    if (!this.loaded || this.conflict || this.state === 'expired' || this.state === 'forbidden') return;
    if (this.state !== 'offline') this.set('saving');
    this.timer.schedule();
  }

  /** Tries again now what failed: the load, or the save. */
  retry(): void {
    if (!this.loaded) void this.load();
    else void this.save();
  }

  /** Conflict: saves the plan on screen over the server's version. */
  keepMine(): void {
    if (!this.conflict) return;
    this.base = this.conflict.revision;
    this.conflict = null;
    this.dirty = true;
    this.keepLocal();
    void this.save();
  }

  /** Conflict: shows the server's version; returns the plan it replaced (for an undo). */
  loadSaved(): PlanAction[] | null {
    const server = this.conflict;
    if (!server) return null;
    const mine = [...this.host.plan];
    this.conflict = null;
    this.base = server.revision;
    this.dirty = false;
    this.store?.clear();
    this.host.showPlan(server.actions, server.issues);
    this.set('loaded');
    return mine;
  }

  private async load(): Promise<void> {
    const endpoint = this.endpoint;
    if (!endpoint) return;
    const generation = this.generation;
    this.timer.cancel();
    this.backoff.cancel();
    this.set('loading');
    const result = await remote(endpoint, 'plan', { nonce: nonceOf(this.host), lang: this.host.syncLang });
    if (generation !== this.generation) return;
    if (!result.ok) {
      this.fail(result.failure, true);
      return;
    }
    const read = readServerPlan(result.body);
    if (!read.ok) {
      this.message = read.issues[0]?.message ?? '';
      this.set('unreadable');
      return;
    }
    const server = read.value;
    this.loaded = true;
    this.backoff.attempt = 0;
    const decision = reconcile(this.dirty ? { actions: [...this.host.plan], base: this.base } : undefined, server);
    if (decision === 'server') {
      this.base = server.revision;
      this.dirty = false;
      this.store?.clear();
      this.host.showPlan(server.actions, server.issues);
      this.set('loaded');
    } else if (decision === 'push') {
      this.base = server.revision;
      this.keepLocal();
      void this.save();
    } else {
      this.conflict = server;
      this.set('conflict');
    }
  }

  private async save(): Promise<void> {
    this.timer.cancel();
    const endpoint = this.endpoint;
    if (!endpoint || !this.loaded || this.conflict || this.base === null) return;
    if (this.inFlight) {
      this.again = true;
      return;
    }
    this.backoff.cancel();
    const generation = this.generation;
    const sent = this.host.plan;
    const base = this.base;
    this.inFlight = true;
    this.again = false;
    this.set('saving');
    const result = await remote(endpoint, 'plan', { method: 'PUT', body: planBody(sent, base), nonce: nonceOf(this.host), lang: this.host.syncLang });
    if (generation !== this.generation) return;
    this.inFlight = false;
    if (result.ok) {
      this.base = readSavedRevision(result.body) ?? base + 1;
      this.backoff.attempt = 0;
      this.message = '';
      this.errors = [];
      if (this.host.plan === sent && !this.again) {
        this.dirty = false;
        this.store?.clear();
        this.set('saved');
      } else {
        this.keepLocal(); // the newer plan now starts from the new revision
        this.timer.schedule();
      }
      return;
    }
    this.again = false;
    this.fail(result.failure, false);
  }

  private fail(failure: RemoteFailure, loading: boolean): void {
    const kind = failureKind(failure);
    this.message = failure.message;
    this.errors = failure.errors;
    if (kind === 'offline') {
      this.network = failure.kind === 'network' || failure.code === 'not-json';
      this.backoff.schedule();
      this.set(loading ? 'load-failed' : 'offline');
    } else if (kind === 'conflict') {
      const read = readServerPlan(failure.data);
      if (read.ok) {
        this.conflict = read.value;
        this.set('conflict');
      } else this.set('unreadable');
    } else this.set(kind);
  }

  private keepLocal(): void {
    if (!this.store) return;
    if (this.store.save({ actions: [...this.host.plan], base: this.base }) === 'unavailable') this.host.storageUnavailable();
  }

  private set(state: SyncState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
