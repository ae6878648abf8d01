// What an element says to screen readers only: one polite live region, visually hidden, in its shadow root.

import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * A polite live region (`role="status"`, class `announcer`) of the host's shadow root, put before what the host
 * renders (Lit never touches it), and `announce(text)` to say something through it: a move, an import, where a
 * save stands. Only for words said and not shown: a status line people read stays in the host's template.
 * The same words said again are said again (a second identical move): they are written with a trailing no-break
 * space every other time, which a reader hears as news and a test's `trim()` ignores.
 *
 * ```ts
 * private readonly announcer = new Announcer(this);
 * this.announcer.announce(this.t('moved', { title }));
 * ```
 */
export class Announcer implements ReactiveController {
  #region?: HTMLElement;
  #text = '';
  #again = false;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#region) return;
    const region = (this.#region = document.createElement('div'));
    region.className = 'announcer';
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    region.setAttribute('aria-atomic', 'true');
    // Hidden as screen-reader-only text is, through the CSSOM (a Content-Security-Policy without 'unsafe-inline' allows it).
    Object.assign(region.style, {
      position: 'absolute', width: '1px', height: '1px', margin: '-1px', padding: '0', border: '0',
      overflow: 'hidden', clip: 'rect(0 0 0 0)', clipPath: 'inset(50%)', whiteSpace: 'nowrap',
    });
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
