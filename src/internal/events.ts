// One way to fire the elements' events: bubbling and composed, so hosts can listen from anywhere.

/** Fires `name` on `host` with `detail`; returns false when a listener called preventDefault(). */
export function emit<T>(host: EventTarget, name: string, detail: T, options: { cancelable?: boolean } = {}): boolean {
  return host.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable: !!options.cancelable }));
}
