// The round add-on's connection of <socratic-wheel> (docs/PROTOCOL.md, protocol 2): reads the round's
// latest release (`R/results`), asks for a new one (`POST R/releases`) and keeps the facilitator's
// targets (`PUT R/targets`, see wheel-targets.ts). It drives the wheel only through `connected`, and
// hears it through `ge-wheel-change` (a target changed) and `ge-status-action` (Update, "Make a new release").
import type { SocraticWheel, WheelConnected, WheelStatusAction, WheelStatusState, ReleaseOutcome } from '../socratic-wheel/socratic-wheel.component.js';
import type { Assessment } from '../core/types.js';
import type { NextRelease } from '../core/release-rule.js';
import type { RoundRelease } from '../core/protocol-release.js';
import { failureKind, readResults, retryDelay, type FailureKind } from '../core/protocol-results.js';
import { baseLocale } from '../core/text.js';
import { inheritedLang } from '../internal/locale-controller.js';
import type { Connection } from '../internal/connection.js';
import { nonceOf, remote, type RemoteFailure, type RemoteOptions } from '../internal/remote.js';
import { Once, Retry } from '../internal/sync.js';
import { TargetsOutbox } from './wheel-targets.js';
import { roundConnections } from './connections.js';

export { localTargetsKey } from './wheel-targets.js';

/** States after which the line offers "Update" (read "Retry" after a failure). */
const UPDATABLE: readonly WheelStatusState[] = ['loading', 'ready', 'offline', 'server', 'unreadable', 'outdated'];

/** One wheel's connection to the round at `endpoint`, from `connect` to `disconnect`. */
export class WheelRound implements Connection {
  private state: WheelStatusState = 'loading';
  private message = '';
  /** True when the last `offline` was a network failure, not a server error. */
  private network = true;
  private n: number | null = null;
  private k: number | undefined;
  private next: NextRelease | null = null;
  private releases = 0;
  private release: RoundRelease | null = null;
  private assessment: Assessment | undefined;
  private targets: Record<string, number> | undefined;
  private outcome: ReleaseOutcome = 'none';
  private outcomeMessage = '';
  /** A `POST R/releases` is on its way. */
  private posting = false;
  private stopped = false;
  private readonly outbox: TargetsOutbox;
  private readonly loading = new Once(() => this.load());
  private readonly releasing = new Once(() => this.postRelease());
  private readonly loadRetry = new Retry(() => void this.refresh(), (attempt) => retryDelay(attempt, 5000), () => {
    if (this.state === 'offline' || this.state === 'server') void this.refresh();
  });

  constructor(private readonly wheel: SocraticWheel, private readonly endpoint: string) {
    this.outbox = new TargetsOutbox(endpoint, {
      delay: () => wheel.saveDelay,
      send: (values) => this.request('targets', { method: 'PUT', body: { values } }),
      onChange: (saved) => {
        if (saved) this.targets = saved;
        this.publish();
      },
    });
    wheel.addEventListener('ge-wheel-change', this.onChange);
    wheel.addEventListener('ge-status-action', this.onAction);
    this.loadRetry.listen();
    this.publish();
    void this.refresh();
  }

  disconnect(): void {
    this.stopped = true;
    this.outbox.stop();
    this.loadRetry.stop();
    this.wheel.removeEventListener('ge-wheel-change', this.onChange);
    this.wheel.removeEventListener('ge-status-action', this.onAction);
    this.wheel.connected = null;
  }

  /** Loads the results again (one request at a time); resolves once they are drawn or why not is shown. */
  refresh(): Promise<void> {
    return this.stopped ? Promise.resolve() : this.loading.call();
  }

  /** Asks for a new release (one request at a time); when the rule between releases does not allow one yet, what the next needs is updated from the answer. */
  makeRelease(): Promise<void> {
    return this.stopped ? Promise.resolve() : this.releasing.call();
  }

  private request(segment: string, options: RemoteOptions = {}) {
    return remote(this.endpoint, segment, { ...options, nonce: nonceOf(this.wheel), lang: baseLocale(inheritedLang(this.wheel)) });
  }

  private async load(): Promise<void> {
    this.loadRetry.cancel();
    this.set('loading');
    const result = await this.request('results');
    if (this.stopped) return;
    if (!result.ok) {
      const kind = this.kindOf(result.failure);
      this.message = result.failure.message;
      if (kind === 'offline') this.loadRetry.schedule();
      return this.set(kind === 'offline' ? (this.network ? 'offline' : 'server') : kind === 'conflict' ? 'refused' : kind);
    }
    this.outcome = 'none'; // what became of the last request for a release is old news once the results are read again
    if (this.apply(result.body)) this.outbox.flush(); // targets kept from an earlier visit
  }

  /** Takes an answer of `GET R/results` or `POST R/releases`; false (and why, shown) when it cannot be read. */
  private apply(body: unknown): boolean {
    const read = readResults(body, { locale: baseLocale(inheritedLang(this.wheel)) });
    if (!read.ok) {
      this.message = read.issues[0]?.message ?? '';
      this.set(read.issues[0]?.code === 'protocol-outdated' ? 'outdated' : 'unreadable');
      return false;
    }
    const v = read.value;
    this.loadRetry.attempt = 0;
    Object.assign(this, { n: v.n, k: v.round.minGroupSize, next: v.next, releases: v.releases, release: v.release, assessment: v.assessment, targets: v.targets });
    // Targets kept from an earlier visit may name dimensions the round's assessment no longer has:
    // the server would refuse the whole save for them, again at every visit. They are not sent.
    this.outbox.dimensionIds = new Set(v.assessment.dimensions.map((d) => d.id));
    this.set('ready');
    return true;
  }

  private async postRelease(): Promise<void> {
    this.outcome = 'none';
    this.posting = true;
    this.publish();
    const result = await this.request('releases', { method: 'POST', body: {} });
    if (this.stopped) return;
    this.posting = false;
    if (result.ok) {
      this.outcome = this.apply(result.body) ? 'made' : 'none'; // an answer that cannot be read is said as such
      return this.publish();
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
    this.publish();
  }

  private kindOf(failure: RemoteFailure): FailureKind {
    const kind = failureKind(failure);
    if (kind === 'offline') this.network = failure.kind === 'network' || failure.code === 'not-json';
    return kind;
  }

  private set(state: WheelStatusState): void {
    this.state = state;
    this.publish();
  }

  /** What the wheel shows, as a new `connected` (the targets keep their object while they do not change). */
  private publish(): void {
    if (this.stopped) return;
    const actions: WheelStatusAction[] = UPDATABLE.includes(this.state) ? ['refresh'] : [];
    if (this.state === 'ready' && this.next?.allowed) actions.push('make-release');
    const { outbox } = this;
    const connected: WheelConnected = {
      assessment: this.assessment, release: this.release, targets: outbox.unsaved ?? this.targets, minGroupSize: this.k,
      status: {
        state: this.state, message: this.message, actions,
        params: { n: this.n, next: this.next, releases: this.releases, releasing: this.posting, outcome: this.outcome, outcomeMessage: this.outcomeMessage },
      },
      targetsStatus: outbox.state === 'idle' ? null : { state: outbox.state, message: outbox.message },
    };
    this.wheel.connected = connected;
  }

  /** A target changed: the whole target series as drawn is kept, the host's own `target` series if it has one (it holds the change already). */
  private readonly onChange = (e: HTMLElementEventMap['ge-wheel-change']): void => {
    const { seriesId, dimensionId, value } = e.detail ?? {};
    if (seriesId !== 'target' || typeof dimensionId !== 'string') return;
    const own = Array.isArray(this.wheel.series) ? this.wheel.series.find((s) => s?.id === seriesId) : undefined;
    this.outbox.change(own?.values ?? { ...(this.outbox.unsaved ?? this.targets), [dimensionId]: value });
  };

  private readonly onAction = (e: HTMLElementEventMap['ge-status-action']): void => {
    const { action, waitUntil } = e.detail ?? {};
    const work = action === 'refresh' ? this.refresh() : action === 'make-release' ? this.makeRelease() : null;
    if (work) waitUntil?.(work);
  };
}

roundConnections['socratic-wheel'] = (element, { endpoint }) => new WheelRound(element as SocraticWheel, endpoint);
