// What an element says to screen readers only: one polite live region, visually hidden, in its shadow root.

import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * A polite live region (`role="status"`, class `announcer`, hidden by the host's class `hidden`) of the host's shadow root, put before what the host
 * renders (Lit never touches it), and `announce(text)` to say something through it: a move, an import, where a
 * save stands. Only for words said and not shown: a status line people read stays in the host's template.
 * The same words said again are said again (a second identical move): they are written with a trailing no-break
 * space every other time, which a reader hears as news and a test's `trim()` ignores.
 *
 * ```ts
 * private readonly announcer = new Announcer(this, 'sr-only');
 * this.announcer.announce(this.t('moved', { title }));
 * ```
 */
export class Announcer implements ReactiveController {
  #region?: HTMLElement;
  #text = '';
  #again = false;

  /** `hidden`: the host's class that hides text from the eyes and not from screen readers (`sr-only`, `visually-hidden`). */
  constructor(private readonly host: ReactiveElement, private readonly hidden: string) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#region) return;
    const region = (this.#region = document.createElement('div'));
    region.className = `announcer ${this.hidden}`;
    region.setAttribute('role', 'status'); // atomic, as a status is
    region.setAttribute('aria-live', 'polite');
    region.textContent = this.#text;
    this.host.renderRoot.insertBefore(region, this.host.renderRoot.firstChild);
  }

  /** Says `text` (nothing with ''); the same text as the last is said again. */
  announce(text: string): void {
    this.#again = !!text && text === this.#text && !this.#again;
    this.#text = text;
    if (this.#region) this.#region.textContent = this.#again ? `${text}\u00a0` : text;
  }
}
