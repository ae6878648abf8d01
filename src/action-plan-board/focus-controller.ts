// Focus that follows what a person did, once the board has rendered it: the moved card's handle, a form's first field,
// the Undo button. The element asks; this controller finds the control after the update and scrolls it into view a
// frame later (never during the update: a scroll lays the page out, on every keyboard move).
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The id a card's `<li>` carries, so that its controls are found without searching the whole board. */
export const cardElementId = (id: string): string => `card:${id}`;

export class FocusController implements ReactiveController {
  private selector: string | null = null;
  private card: { id: string; control: string } | null = null;
  private revealing: HTMLElement | null = null;

  constructor(private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment }) {
    host.addController(this);
  }

  /** Focuses the first match of `selector` in the board after the next update (null: nothing). */
  later(selector: string | null): void {
    this.selector = selector;
    this.card = null;
  }

  /** Focuses `control` (a `data-act`: `handle`, `edit`, `move-to`) of card `id` after the next update. */
  cardControl(id: string, control: string): void {
    this.card = { id, control };
    this.selector = null;
  }

  hostUpdated(): void {
    const root = this.host.renderRoot as ShadowRoot;
    const { card, selector } = this;
    this.card = null;
    this.selector = null;
    const target = card ? root.getElementById?.(cardElementId(card.id))?.querySelector<HTMLElement>(`[data-act="${card.control}"]`)
      : selector ? root.querySelector<HTMLElement>(selector) : null;
    if (!target) return;
    target.focus({ preventScroll: true });
    this.reveal(target);
  }

  private reveal(target: HTMLElement): void {
    if (!this.revealing) {
      requestAnimationFrame(() => {
        const el = this.revealing;
        this.revealing = null;
        if (el?.isConnected && (this.host.renderRoot as ShadowRoot).activeElement === el) el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      });
    }
    this.revealing = target;
  }
}
