// The round connection of <action-plan-board> (docs/PROTOCOL.md "R/plan"): loads the round's plan, saves every change
// with the revision it started from, keeps what is unsaved in the browser until the server confirms it, retries when
// the connection returns, and holds a conflict for the person to settle. It drives the board only through its public
// surface: it sets `connected` (the plan, the status line, the conflict, read-only), reads `saveDelay`, `nonce` and the
// language, and hears `ge-plan-change` (what to save) and `ge-status-action` (`retry`, `keep-mine`, `load-saved`).
import type { ActionPlanBoard, BoardConnected, BoardStatus, BoardStatusState } from '../action-plan-board/action-plan-board.component.js';
import type { PlanAction } from '../core/plan.js';
import { planBody, readLocalPlan, readSavedRevision, readServerPlan, reconcile, samePlan, type LocalPlan, type ServerPlan } from '../core/protocol-plan.js';
import { baseLocale } from '../core/text.js';
import { DraftStore } from '../internal/draft-store.js';
import { inheritedLang } from '../internal/locale-controller.js';
import { classifyFailure, nonceOf, remote, type RemoteFailure, type RemoteIssue } from './remote.js';
import { Retry, Serial, routeKey } from './sync.js';
import { roundConnections } from './connections.js';

const FORMAT = 'gender-in-practice/round-plan@1';
const EVENTS = ['ge-plan-change', 'ge-status-action'];

/** The localStorage key of a round's unsaved plan: one per endpoint. */
export const localPlanKey = (endpoint: string): string => routeKey('plan', endpoint, 'plan');

type Board = Pick<ActionPlanBoard, 'connected' | 'saveDelay' | 'endpoint' | 'actions'> & HTMLElement;

export class PlanConnection {
  private state: BoardStatusState = 'loading';
  /** The failure behind `offline` or `load-failed` is a network one (no answer), not a server error. */
  private network = true;
  private message = '';
  private errors: RemoteIssue[] = [];
  /** The browser holds changes the server has not confirmed. */
  private dirty = false;
  /** The server revision the plan on screen started from; null until the first load. */
  private base: number | null = null;
  private loaded = false;
  private conflict: ServerPlan | null = null;
  /** The plan on screen, as the board last told it (or as this connection put it there). */
  private current: readonly PlanAction[] = [];
  /** The plan the server has, as far as this connection knows. */
  private saved: readonly PlanAction[] | null = null;
  private readonly store: DraftStore<LocalPlan>;
  /** One save at a time: a change whose debounce ends while one is on its way is saved after it. */
  private readonly saves = new Serial(() => this.save());
  /** The debounce of saves. */
  private readonly timer = new Retry(() => void this.saves.call(), {
    delay: () => Math.max(0, Number.isFinite(this.board.saveDelay) ? this.board.saveDelay : 800),
  });
  /** Tries the load or the save again, later or when the connection returns. */
  private readonly backoff = new Retry(() => this.retry(), {
    wake: () => { if (this.state === 'offline' || this.state === 'load-failed') this.retry(); },
  });
  /** False once this browser could not keep the unsaved copy. */
  private stored = true;
  /** Set by `disconnect()`: answers that come later are dropped. */
  private stopped = false;

  constructor(private readonly board: Board, private readonly endpoint: string) {
    this.store = new DraftStore(localPlanKey(endpoint), FORMAT, readLocalPlan);
  }

  /**
   * Shows the unsaved copy at once, then loads. Without one, an empty plan (with `endpoint`, the round's plan is the
   * data, not a host's `actions`), or what the board showed before it moved in the page.
   */
  start(): void {
    this.backoff.listen();
    for (const type of EVENTS) this.board.addEventListener(type, this);
    const local = this.store.load().data;
    const moved = !local && this.board.connected?.plan;
    if (local) [this.base, this.dirty] = [local.base, true];
    this.current = local?.actions ?? (moved ? this.board.actions : []);
    this.show(moved ? { conflict: null } : { plan: { actions: [...this.current] }, conflict: null });
    void this.load();
  }

  disconnect(): void {
    this.stopped = true;
    this.backoff.stop();
    this.timer.cancel();
    for (const type of EVENTS) this.board.removeEventListener(type, this);
    // Another endpoint, or none: the board goes back to its own plan. Only moved in the page: it keeps what it shows.
    if (this.board.endpoint !== this.endpoint) this.board.connected = null;
  }

  /** `ge-plan-change`: a person's change; `ge-status-action`: a button of the status line. */
  handleEvent(event: Event): void {
    const detail = (event as CustomEvent).detail as { actions: PlanAction[]; action: string };
    if (event.type === 'ge-plan-change') this.changed(detail.actions);
    else if (detail.action === 'retry') this.retry();
    else if (detail.action === 'keep-mine') this.keepMine();
    else if (detail.action === 'load-saved') this.loadSaved();
  }

  /** Kept in the browser at once, sent after the debounce (unless it is what the server has). */
  private changed(actions: readonly PlanAction[]): void {
    this.current = actions;
    if (!this.dirty && this.saved && samePlan(actions, this.saved)) return;
    this.dirty = true;
    this.keepLocal();
    if (!this.loaded || this.conflict || this.state === 'expired' || this.state === 'forbidden') return;
    if (this.state !== 'offline') this.set('saving');
    this.timer.schedule();
  }

  /** Tries again now what failed: the load, or the save. */
  private retry(): void {
    if (!this.loaded) void this.load();
    else void this.saves.join();
  }

  /** Conflict: saves the plan on screen over the server's version. */
  private keepMine(): void {
    if (!this.conflict) return;
    this.base = this.conflict.revision;
    this.conflict = null;
    this.dirty = true;
    this.keepLocal();
    this.show({ conflict: null });
    void this.saves.call();
  }

  /** Conflict: the board shows the server's version (and fires `ge-plan-change` with it, which needs no save). */
  private loadSaved(): void {
    const server = this.conflict;
    if (!server) return;
    this.conflict = null;
    this.base = server.revision;
    this.dirty = false;
    this.saved = this.current = server.actions;
    this.store.clear();
    this.state = 'loaded';
    this.show({ plan: server, conflict: null });
  }

  private async load(): Promise<void> {
    this.timer.cancel();
    this.backoff.cancel();
    this.set('loading');
    const result = await remote(this.endpoint, 'plan', this.request());
    if (this.stopped) return;
    if (!result.ok) return this.fail(result.failure, true);
    const read = readServerPlan(result.body);
    if (!read.ok) {
      this.message = read.issues[0]?.message ?? '';
      return this.set('unreadable');
    }
    const server = read.value;
    this.loaded = true;
    this.backoff.attempt = 0;
    this.saved = server.actions;
    const decision = reconcile(this.dirty ? { actions: [...this.current], base: this.base } : undefined, server);
    if (decision === 'server') {
      this.base = server.revision;
      this.dirty = false;
      this.store.clear();
      this.current = server.actions;
      this.state = 'loaded';
      this.show({ plan: server });
    } else if (decision === 'push') {
      this.base = server.revision;
      this.keepLocal();
      void this.saves.call();
    } else {
      this.conflict = server;
      this.state = 'conflict';
      this.show({ conflict: server });
    }
  }

  /** Sends the plan on screen, once (a change made meanwhile waits for its debounce, or for the run after this one). */
  private async save(): Promise<void> {
    this.timer.cancel();
    if (!this.loaded || !this.dirty || this.conflict || this.base === null || this.stopped) return;
    this.backoff.cancel();
    const sent = this.current;
    const base = this.base;
    this.set('saving');
    const result = await remote(this.endpoint, 'plan', { ...this.request(), method: 'PUT', body: planBody(sent, base) });
    if (this.stopped) return;
    if (result.ok) {
      this.base = readSavedRevision(result.body) ?? base + 1;
      this.saved = sent;
      this.backoff.attempt = 0;
      this.message = '';
      this.errors = [];
      if (this.current === sent) {
        this.dirty = false;
        this.store.clear();
        this.set('saved');
      } else this.keepLocal(); // the newer plan, whose save waits, now starts from the new revision
      return;
    }
    this.fail(result.failure, false);
  }

  private fail(failure: RemoteFailure, loading: boolean): void {
    const kind = classifyFailure(failure);
    this.message = failure.message;
    this.errors = failure.errors;
    if (kind === 'offline') {
      this.network = failure.kind === 'network' || failure.code === 'not-json';
      this.backoff.schedule();
      this.set(loading ? 'load-failed' : 'offline');
    } else if (kind === 'conflict') {
      const read = readServerPlan(failure.data);
      if (!read.ok) return this.set('unreadable');
      this.conflict = read.value;
      this.state = 'conflict';
      this.show({ conflict: read.value });
    } else this.set(kind === 'closed' ? 'refused' : kind);
  }

  private keepLocal(): void {
    const kept = this.store.save({ actions: [...this.current], base: this.base }) !== 'unavailable';
    if (kept === this.stored) return;
    this.stored = kept;
    this.show({});
  }

  /** The nonce, and the board's language (its `lang`, else the nearest one up the page). */
  private request() {
    return { nonce: nonceOf(this.board), lang: baseLocale(inheritedLang(this.board) || 'en') };
  }

  private set(state: BoardStatusState): void {
    this.state = state;
    this.show({});
  }

  /** Sets `connected`: what changed, with the status line as things stand. */
  private show(change: Partial<BoardConnected>): void {
    if (this.stopped) return;
    const state = this.state;
    const status: BoardStatus = {
      state, params: { cause: this.network ? 'network' : 'server', kept: this.dirty, stored: this.stored },
      ...(state === 'offline' || state === 'load-failed' || state === 'unreadable' ? { actions: ['retry'] } : {}),
      ...(state === 'refused' ? { message: this.message, errors: this.errors } : {}),
    };
    // Someone who may not save it (not a facilitator), or a round that is not there: nothing to edit.
    this.board.connected = { ...this.board.connected, ...change, status, readonly: state === 'forbidden' || state === 'not-found' };
  }
}

roundConnections['action-plan-board'] = (element, { endpoint }) => {
  const connection = new PlanConnection(element as Board, endpoint);
  connection.start();
  return connection;
};
