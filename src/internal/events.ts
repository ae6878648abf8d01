// One way to fire the elements' events: bubbling and composed, so hosts can listen from anywhere.
// Typed by HTMLElementEventMap: an event's name is tied to its detail, both declared once, in
// src/events.ts (shared) or the element's definition module (`declare global` in `<element>.ts`).

/** The names of the package's events (`ge-…`) declared in HTMLElementEventMap. */
export type GeEventName = Extract<keyof HTMLElementEventMap, `ge-${string}`>;

/** The detail of the event called `K`, as HTMLElementEventMap declares it. */
export type GeEventDetail<K extends GeEventName> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Fires `type` on `host` with `detail`; returns false when a listener called preventDefault(). */
export function emit<K extends GeEventName>(host: EventTarget, type: K, detail: GeEventDetail<K>, options: { cancelable?: boolean } = {}): boolean {
  return host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: !!options.cancelable }));
}
