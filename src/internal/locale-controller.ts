// The language of an element: its own `lang`, else the nearest `lang` up the tree (through shadow roots), else English.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { baseLocale } from '../core/text.js';
import type { Locale } from '../core/types.js';

type Host = ReactiveControllerHost & HTMLElement;

/** The nearest `lang` attribute from `node` up, crossing shadow roots; '' when none. */
export function inheritedLang(node: Node | null): string {
  let n: Node | null = node;
  while (n) {
    if (n instanceof Element && n.hasAttribute('lang')) return n.getAttribute('lang') ?? '';
    n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null);
  }
  return '';
}

/**
 * Keeps `locale` ('en' or 'fr') in step with the host's `lang` and the document's, and re-renders the
 * host when either changes, so a page can switch language at run time without losing state.
 * Several elements on a page may speak different languages: unlike a global locale, this is per element.
 */
export class LocaleController implements ReactiveController {
  private observer?: MutationObserver;
  locale: Locale = 'en';
  /** The full language tag in use (e.g. `fr-CA`), for number and date formatting. */
  tag = 'en';

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    this.refresh();
    this.observer = new MutationObserver(() => this.refresh());
    this.observer.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
    this.observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  private refresh(): void {
    const tag = inheritedLang(this.host) || 'en';
    const locale = baseLocale(tag);
    if (locale !== this.locale || tag !== this.tag) {
      this.locale = locale;
      this.tag = tag;
      this.host.requestUpdate();
    }
  }
}
