// The no-code `source` wiring: an element follows another element of the page, named by id, through its events.

import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface SourceOptions<E extends keyof HTMLElementEventMap> {
  /** The event the source element fires (`ge-survey-submit`, `ge-priorities-change`…). */
  event: E;
  /** The id of the source element now (the host's `source` attribute); read at each use. */
  id: () => string | null | undefined;
  /** An event fired by the source element (or from inside it): called once per event. */
  onEvent: (event: HTMLElementEventMap[E], source: Element) => void;
  /**
   * The source element found: when the host connects (once `waitFor` is defined) and when `sync()`
   * sees a new id. Lets the host read what the source holds now (a wheel's `priorities`).
   */
  onSource?: (source: Element) => void;
  /** A tag to wait for before reading the source at connection, so its properties are there (`socratic-wheel`). */
  waitFor?: string;
}

/**
 * Follows the element that `id()` names, looked up in the host's own document or shadow root, then
 * in the page, so that wiring works inside another component's shadow root and across the page.
 * The event is heard on the host's root node (inside a closed shadow root, the document's listeners
 * see only the shadow host) and on the document (a source outside that root); one that reaches both
 * counts once. An event counts when the element the id names now is on its path: a source added
 * later, or an id changed, is followed without more code.
 *
 * ```ts
 * // <socratic-wheel source="s">: plots each submission of the survey.
 * private readonly survey = new SourceController(this, {
 *   event: 'ge-survey-submit', id: () => this.source,
 *   onEvent: (e) => { this.heard = [...this.heard, e.detail.response]; },
 * });
 * // <action-plan-board source="w">: reads the wheel's priorities now (once it is defined) and at each change.
 * private readonly wheel = new SourceController(this, {
 *   event: 'ge-priorities-change', id: () => this.source, waitFor: 'socratic-wheel',
 *   onSource: (wheel) => { this.sourcePriorities = (wheel as SocraticWheel).priorities; },
 *   onEvent: (e) => { this.sourcePriorities = e.detail.priorities; },
 * });
 * protected override willUpdate(changed: PropertyValues<this>) { if (changed.has('source')) this.wheel.sync(); }
 * ```
 *
 * The host keeps what it heard (view state); the controller keeps only its listeners and the last id it read.
 */
export class SourceController<E extends keyof HTMLElementEventMap> implements ReactiveController {
  private listeningOn: Node[] = [];
  private readonly heard = new WeakSet<Event>();
  private lastId: string | null | undefined;

  constructor(private readonly host: ReactiveControllerHost & Element, private readonly options: SourceOptions<E>) {
    host.addController(this);
  }

  hostConnected(): void {
    this.listeningOn = [...new Set<Node>([this.host.getRootNode(), document])];
    for (const node of this.listeningOn) node.addEventListener(this.options.event, this.onEvent);
    const { waitFor } = this.options;
    if (waitFor) customElements.whenDefined(waitFor).then(() => this.read(), () => undefined);
  }

  hostDisconnected(): void {
    for (const node of this.listeningOn) node.removeEventListener(this.options.event, this.onEvent);
    this.listeningOn = [];
  }

  /** The element the id names: in the host's own document or shadow root, else in the page; null when none. */
  element(): Element | null {
    const id = this.options.id();
    if (!id) return null;
    // A Document or a ShadowRoot (both have getElementById), whichever window or realm made it; the host itself when detached.
    const root = this.host.getRootNode() as Node & Partial<NonElementParentNode>;
    const own = typeof root.getElementById === 'function' ? root.getElementById(id) : null;
    return own ?? (root === document ? null : document.getElementById(id));
  }

  /** Reads the source again when the id changed since the last read (call it when the host's `source` changes). */
  sync(): void {
    if (this.options.id() !== this.lastId) this.read();
  }

  private read(): void {
    this.lastId = this.options.id();
    const source = this.element();
    if (source) this.options.onSource?.(source);
  }

  private readonly onEvent = (event: Event): void => {
    if (this.heard.has(event)) return;
    const source = this.element();
    if (!source || !event.composedPath().includes(source)) return;
    this.heard.add(event);
    this.options.onEvent(event as HTMLElementEventMap[E], source);
  };
}
