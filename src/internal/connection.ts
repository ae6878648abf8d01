// Elements are views; connections (the round server, a workshop store…) are add-ons that register here.

/*
 * An element that is given `endpoint` does not carry the code that talks to a server: it asks the
 * page for a connector registered under a name ('round' for docs/PROTOCOL.md). The round add-on
 * (`gender-in-practice/round`, `dist/cdn/gender-in-practice-round.min.js`, and the all-in-one
 * bundle) registers it. The registry lives on `globalThis` under a `Symbol.for` key, so that
 * separate scripts (one per element, the add-on) share it, and loading any of them twice
 * registers nothing twice. A connector drives the element through its public properties, its
 * events and the generic states of its `connected` property; it never reaches inside.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The elements a connector can drive. */
export type ConnectedTag = 'ge-survey' | 'socratic-wheel' | 'action-plan-board';

/** What a connector gives back for one element: how to let go of it. */
export interface Connection {
  disconnect(): void;
}

/** Starts driving `element` (of kind `tag`) for `endpoint`; called again after each `disconnect()`. */
export type Connector = (element: HTMLElement, options: { tag: ConnectedTag; endpoint: string }) => Connection;

const KEY = Symbol.for('gender-in-practice/connectors@1');
/** Fired on `globalThis` when a connector is registered, so that elements waiting for it start. */
export const CONNECTOR_EVENT = 'gender-in-practice:connector';

function registry(): Map<string, Connector> {
  const g = globalThis as unknown as Record<symbol, Map<string, Connector> | undefined>;
  return (g[KEY] ??= new Map());
}

/** Registers `connector` under `name`, once per page (a second registration is ignored). */
export function registerConnector(name: string, connector: Connector): void {
  const map = registry();
  if (map.has(name)) return;
  map.set(name, connector);
  globalThis.dispatchEvent?.(new CustomEvent(CONNECTOR_EVENT, { detail: { name } }));
}

/** The connector registered under `name`, if any. */
export function findConnector(name: string): Connector | undefined {
  return registry().get(name);
}

export interface ConnectionHost extends ReactiveControllerHost, HTMLElement {
  endpoint: string | null;
}

/**
 * On an element: starts the 'round' connection while the element is in the page with an
 * `endpoint`, stops it when either goes, and says when the page lacks the add-on (`missing`), so
 * the element can tell its reader which script to add. Call `sync()` from the host's `updated()`.
 */
export class ConnectionController implements ReactiveController {
  /** `missing`: an `endpoint` is set but no round add-on is on the page. */
  state: 'off' | 'missing' | 'on' = 'off';
  private connection: Connection | null = null;
  private endpoint: string | null = null;
  private waiting = false;

  constructor(private readonly host: ConnectionHost, private readonly tag: ConnectedTag) {
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.stop();
    this.listen(false);
  }

  /** Starts, restarts or stops the connection after `endpoint` changed. */
  sync(): void {
    const endpoint = this.host.isConnected ? this.host.endpoint || null : null;
    if (endpoint === this.endpoint && (this.connection || !endpoint || this.state === 'missing')) return;
    this.stop();
    this.endpoint = endpoint;
    if (!endpoint) return this.set('off');
    const connector = findConnector('round');
    if (!connector) {
      this.listen(true);
      return this.set('missing');
    }
    this.listen(false);
    this.connection = connector(this.host, { tag: this.tag, endpoint });
    this.set('on');
  }

  private stop(): void {
    this.connection?.disconnect();
    this.connection = null;
    this.endpoint = null;
  }

  private readonly onRegistered = (): void => {
    this.endpoint = null;
    this.sync();
  };

  private listen(on: boolean): void {
    if (on === this.waiting) return;
    this.waiting = on;
    if (on) globalThis.addEventListener?.(CONNECTOR_EVENT, this.onRegistered);
    else globalThis.removeEventListener?.(CONNECTOR_EVENT, this.onRegistered);
  }

  private set(state: ConnectionController['state']): void {
    if (state !== this.state) {
      this.state = state;
      this.host.requestUpdate();
    }
  }
}
