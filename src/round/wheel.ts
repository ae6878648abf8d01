// The round add-on's connection of <socratic-wheel> (docs/PROTOCOL.md, protocol 2): reads the round's
// latest release (`R/results`), asks for a new one (`POST R/releases`) and keeps the facilitator's
// targets (`PUT R/targets`: debounced, kept in the browser until the server has them, sent again when
// the connection returns and on the next visit). It drives the wheel only through `connected`, and
// hears it through `ge-wheel-change` (a target changed) and `ge-status-action` (Update, "Make a new release").
import type { SocraticWheel, WheelConnected, WheelStatus, WheelStatusState, TargetsState } from '../socratic-wheel/socratic-wheel.component.js';
import { readResults, readTargets, targetsBody } from '../core/protocol-results.js';
import { isPlainObject } from '../core/safe-read.js';
import { baseLocale } from '../core/text.js';
import { inheritedLang } from '../internal/locale-controller.js';
import type { Connection } from '../internal/connection.js';
import { DraftStore } from '../internal/draft-store.js';
import { classifyFailure, nonceOf, remote, type FailureClass, type RemoteFailure, type RemoteOptions } from './remote.js';
import { Retry, Serial, routeKey } from './sync.js';
import { roundConnections } from './connections.js';

/** Where a round's unsaved targets are kept in this browser (`{ [dimensionId]: number }`). */
export const localTargetsKey = (endpoint: string): string => routeKey('targets', endpoint, 'targets');

/** States after which the line offers "Update" (read "Retry" after a failure). */
const UPDATABLE: readonly WheelStatusState[] = ['loading', 'ready', 'offline', 'server', 'unreadable', 'outdated'];
type Targets = Record<string, number>;

/** One wheel's connection to the round at `endpoint`, from `connect` to `disconnect`. */
export class WheelRound implements Connection {
  /** What the wheel is given: the round's assessment, release, targets and k. */
  private data: WheelConnected = { release: null };
  private status: WheelStatus & { params: NonNullable<WheelStatus['params']> } = { state: 'loading', params: { n: null } };
  /** True when the last `offline` was a network failure, not a server error. */
  private network = true;
  private saving: { state: TargetsState; message?: string } = { state: 'idle' };
  /** Targets not yet confirmed by the server (shown instead of the server's), and the round's dimensions: only their targets are sent. */
  private unsaved: Targets | null = null;
  private dimensionIds: Set<string> | null = null;
  private stopped = false;
  private readonly store: DraftStore<Targets>;
  private readonly loading = new Serial(() => this.load());
  private readonly releasing = new Serial(() => this.postRelease());
  /** One save at a time: a change whose debounce ends while one is on its way is saved after it. */
  private readonly saves = new Serial(() => this.save());
  private readonly loadRetry = new Retry(() => void this.refresh(), {
    wake: () => { if (this.status.state === 'offline' || this.status.state === 'server') void this.refresh(); },
  });
  /** The debounce of saves, and the retries after a failed one. */
  private readonly timer = new Retry(() => void this.saves.call(), { delay: () => Math.max(0, Number.isFinite(this.wheel.saveDelay) ? this.wheel.saveDelay : 600) });
  private readonly retry = new Retry(() => void this.saves.join(), {
    wake: () => { if (this.saving.state === 'retrying') void this.saves.join(); },
  });

  constructor(private readonly wheel: SocraticWheel, private readonly endpoint: string) {
    this.store = new DraftStore(localTargetsKey(endpoint), 'gender-in-practice/round-targets@1', (d) => (isPlainObject(d) ? readTargets(d).targets : undefined));
    const local = this.store.load();
    if (local.status === 'restored' && local.data) this.unsaved = local.data;
    wheel.addEventListener('ge-wheel-change', this.onChange);
    wheel.addEventListener('ge-status-action', this.onAction);
    this.loadRetry.listen();
    this.retry.listen();
    void this.refresh();
  }

  disconnect(): void {
    this.stopped = true;
    for (const r of [this.loadRetry, this.retry, this.timer]) r.stop();
    this.wheel.removeEventListener('ge-wheel-change', this.onChange);
    this.wheel.removeEventListener('ge-status-action', this.onAction);
    this.wheel.connected = null;
  }

  /** Loads the results again (one request at a time); resolves once they are drawn or why not is shown. */
  refresh(): Promise<void> {
    return this.stopped ? Promise.resolve() : this.loading.join();
  }

  /** Asks for a new release (one request at a time); when the rule between releases does not allow one yet, what the next needs is updated from the answer. */
  makeRelease(): Promise<void> {
    return this.stopped ? Promise.resolve() : this.releasing.join();
  }

  private request(segment: string, options: RemoteOptions = {}) {
    return remote(this.endpoint, segment, { ...options, nonce: nonceOf(this.wheel), lang: this.lang() });
  }

  private lang() {
    return baseLocale(inheritedLang(this.wheel));
  }

  private async load(): Promise<void> {
    this.loadRetry.cancel();
    this.set('loading');
    const result = await this.request('results');
    if (this.stopped) return;
    if (!result.ok) {
      const kind = this.kindOf(result.failure);
      if (kind === 'offline') this.loadRetry.schedule();
      return this.set(kind === 'offline' ? (this.network ? 'offline' : 'server') : kind === 'conflict' || kind === 'closed' ? 'refused' : kind, result.failure.message);
    }
    this.status.params.outcome = 'none'; // what became of the last request for a release is old news once the results are read again
    // Targets kept from an earlier visit are sent once the round is known.
    if (this.apply(result.body) && this.unsaved && !this.saves.busy && this.saving.state !== 'saving') void this.saves.join();
  }

  /** Takes an answer of `GET R/results` or `POST R/releases`; false (and why, shown) when it cannot be read. */
  private apply(body: unknown): boolean {
    const read = readResults(body, { locale: this.lang() });
    if (!read.ok) {
      this.set(read.issues[0]?.code === 'protocol-outdated' ? 'outdated' : 'unreadable', read.issues[0]?.message);
      return false;
    }
    const v = read.value;
    this.loadRetry.attempt = 0;
    this.data = { assessment: v.assessment, release: v.release, targets: v.targets, minGroupSize: v.round.minGroupSize };
    Object.assign(this.status.params, { n: v.n, next: v.next, releases: v.releases });
    // Targets kept from an earlier visit may name dimensions the round's assessment no longer has:
    // the server would refuse the whole save for them, again at every visit. They are not sent.
    this.dimensionIds = new Set(v.assessment.dimensions.map((d) => d.id));
    this.set('ready');
    return true;
  }

  private async postRelease(): Promise<void> {
    const p = this.status.params;
    Object.assign(p, { outcome: 'none', releasing: true });
    this.publish();
    const result = await this.request('releases', { method: 'POST', body: {} });
    if (this.stopped) return;
    p.releasing = false;
    if (result.ok) {
      p.outcome = this.apply(result.body) ? 'made' : 'none'; // an answer that cannot be read is said as such
      return this.publish();
    }
    const f = result.failure;
    const needed = typeof f.data.needed === 'number' && Number.isInteger(f.data.needed) && f.data.needed > 0 ? f.data.needed : null;
    if (f.code === 'ge-release-too-soon') {
      p.next = { allowed: false, needed: needed ?? Math.max(1, p.next?.needed ?? 1) };
      p.outcome = 'too-soon';
    } else {
      const kind = this.kindOf(f);
      p.outcome = kind === 'offline' ? 'offline' : kind === 'expired' || kind === 'forbidden' ? kind : 'refused';
    }
    p.outcomeMessage = f.message;
    this.publish();
  }

  /** The facilitator changed a target: kept in the browser at once, sent after the debounce. */
  private change(values: Readonly<Record<string, number | null | undefined>>): void {
    this.unsaved = targetsBody(values).values;
    this.store.save(this.unsaved);
    if (this.saving.state !== 'retrying') this.saving = { state: 'saving' };
    this.publish();
    this.timer.schedule();
  }

  /** Sends the targets not yet saved, once (a change made meanwhile waits for its debounce, or for the run after this one). */
  private async save(): Promise<void> {
    this.timer.cancel();
    const sent = this.unsaved;
    if (!sent || this.stopped) return;
    this.retry.cancel();
    if (this.saving.state !== 'retrying') this.saved('saving');
    const ids = this.dimensionIds;
    const values = ids && Object.keys(sent).some((id) => !ids.has(id)) ? Object.fromEntries(Object.entries(sent).filter(([id]) => ids.has(id))) : sent;
    const result = await this.request('targets', { method: 'PUT', body: { values } });
    if (this.stopped) return;
    if (result.ok) {
      this.retry.attempt = 0;
      if (this.unsaved !== sent) return;
      this.unsaved = null;
      this.store.clear();
      this.data.targets = values; // what the server now holds
      return this.saved('saved');
    }
    const kind = this.kindOf(result.failure);
    if (kind === 'offline') this.retry.schedule();
    this.saved(kind === 'offline' ? 'retrying' : kind === 'expired' || kind === 'forbidden' ? kind : 'refused', result.failure.message);
  }

  private kindOf(failure: RemoteFailure): FailureClass {
    const kind = classifyFailure(failure);
    if (kind === 'offline') this.network = failure.kind === 'network' || failure.code === 'not-json';
    return kind;
  }

  private set(state: WheelStatusState, message = ''): void {
    Object.assign(this.status, { state, message });
    this.publish();
  }

  private saved(state: TargetsState, message = ''): void {
    this.saving = { state, message };
    this.publish();
  }

  /** What the wheel shows, as a new `connected` (the targets keep their object while they do not change). */
  private publish(): void {
    if (this.stopped) return;
    const { state, params } = this.status;
    const actions: WheelStatus['actions'] = UPDATABLE.includes(state) ? ['refresh'] : [];
    if (state === 'ready' && params.next?.allowed) actions.push('make-release');
    this.wheel.connected = {
      ...this.data, targets: this.unsaved ?? this.data.targets,
      status: { ...this.status, params: { ...params }, actions },
      targetsStatus: this.saving.state === 'idle' ? null : this.saving,
    };
  }

  /** A target changed: the whole target series as drawn is kept, the page's own `target` series if it has one (it holds the change already). */
  private readonly onChange = (e: HTMLElementEventMap['ge-wheel-change']): void => {
    const { seriesId, dimensionId, value } = e.detail ?? {};
    if (seriesId !== 'target' || typeof dimensionId !== 'string') return;
    const own = Array.isArray(this.wheel.series) ? this.wheel.series.find((s) => s?.id === seriesId) : undefined;
    this.change(own?.values ?? { ...(this.unsaved ?? this.data.targets), [dimensionId]: value });
  };

  private readonly onAction = (e: HTMLElementEventMap['ge-status-action']): void => {
    const { action, waitUntil } = e.detail ?? {};
    const work = action === 'refresh' ? this.refresh() : action === 'make-release' ? this.makeRelease() : null;
    if (work) waitUntil?.(work);
  };
}

roundConnections['socratic-wheel'] = (element, { endpoint }) => new WheelRound(element as SocraticWheel, endpoint);
