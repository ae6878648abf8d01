// Pointer drag of a card by its handle (mouse, pen and touch alike): the card follows the pointer and a placeholder bar marks where it will land.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface DragOptions {
  /** Where the board's lists (`ul.cards[data-column]`) are. */
  root: () => ParentNode;
  /** The card was dropped in `column` before card `beforeId` (null: after the last card shown there). */
  drop: (id: string, column: string, beforeId: string | null) => void;
}

interface Drag {
  id: string;
  pointerId: number;
  card: HTMLElement;
  x: number;
  y: number;
  active: boolean;
  target: { list: HTMLElement; column: string; before: HTMLElement | null } | null;
}

/** Pixels a pointer must travel before a press becomes a drag, so a tap stays a tap. */
const THRESHOLD = 4;

export class DragController implements ReactiveController {
  private drag: Drag | null = null;

  constructor(host: ReactiveControllerHost, private readonly options: DragOptions) {
    host.addController(this);
  }

  get dragging(): boolean {
    return !!this.drag?.active;
  }

  hostDisconnected(): void {
    this.end(false);
  }

  /** Starts following a pointerdown on a card's handle. */
  start(event: PointerEvent, handle: HTMLElement): void {
    if (this.drag || !event.isPrimary || event.button !== 0) return;
    const card = handle.closest<HTMLElement>('li[data-id]');
    if (!card) return;
    event.preventDefault(); // no text selection or native drag while the card moves
    try {
      handle.setPointerCapture(event.pointerId);
    } catch {
      // synthetic events have no active pointer to capture; window listeners still follow them
    }
    this.drag = { id: card.dataset.id ?? '', pointerId: event.pointerId, card, x: event.clientX, y: event.clientY, active: false, target: null };
    window.addEventListener('pointermove', this.onMove);
    window.addEventListener('pointerup', this.onUp);
    window.addEventListener('pointercancel', this.onCancel);
    window.addEventListener('keydown', this.onKey, true);
  }

  private onMove = (event: PointerEvent): void => {
    const drag = this.drag;
    if (!drag || event.pointerId !== drag.pointerId) return;
    const dx = event.clientX - drag.x;
    const dy = event.clientY - drag.y;
    if (!drag.active) {
      if (Math.hypot(dx, dy) < THRESHOLD) return;
      drag.active = true;
      drag.card.setAttribute('data-dragging', '');
    }
    drag.card.style.transform = `translate(${dx}px, ${dy}px)`;
    this.mark(this.targetAt(event.clientX, event.clientY));
  };

  private onUp = (event: PointerEvent): void => {
    if (this.drag && event.pointerId === this.drag.pointerId) this.end(true);
  };

  private onCancel = (event: PointerEvent): void => {
    if (this.drag && event.pointerId === this.drag.pointerId) this.end(false);
  };

  private onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.drag) {
      event.preventDefault();
      event.stopPropagation();
      this.end(false);
    }
  };

  /**
   * The column list under the pointer (nearest one horizontally, then vertically: columns side by side or, on a
   * narrow board, stacked) and the card to land before.
   */
  private targetAt(x: number, y: number): Drag['target'] {
    const drag = this.drag as Drag;
    const lists = [...this.options.root().querySelectorAll<HTMLElement>('ul.cards[data-column]')];
    let best: HTMLElement | null = null;
    let bestDx = Infinity;
    let bestDy = Infinity;
    for (const list of lists) {
      const r = (list.closest('.column') ?? list).getBoundingClientRect();
      const dx = x < r.left ? r.left - x : x > r.right ? x - r.right : 0;
      const dy = y < r.top ? r.top - y : y > r.bottom ? y - r.bottom : 0;
      if (dx < bestDx || (dx === bestDx && dy < bestDy)) {
        best = list;
        bestDx = dx;
        bestDy = dy;
      }
    }
    if (!best) return null;
    let before: HTMLElement | null = null;
    for (const li of best.querySelectorAll<HTMLElement>(':scope > li[data-id]')) {
      if (li === drag.card) continue;
      const r = li.getBoundingClientRect();
      if (y < r.top + r.height / 2) {
        before = li;
        break;
      }
    }
    return { list: best, column: best.dataset.column ?? '', before };
  }

  /** Draws the placeholder bar: before a card, or at the end of a list. */
  private mark(target: Drag['target']): void {
    const drag = this.drag as Drag;
    const old = drag.target;
    if (old?.list === target?.list && old?.before === target?.before) return;
    old?.before?.removeAttribute('data-drop');
    old?.list.removeAttribute('data-drop');
    drag.target = target;
    if (target?.before) target.before.setAttribute('data-drop', 'before');
    else target?.list.setAttribute('data-drop', 'end');
  }

  private end(drop: boolean): void {
    const drag = this.drag;
    if (!drag) return;
    const target = drag.target;
    this.mark(null);
    this.drag = null;
    window.removeEventListener('pointermove', this.onMove);
    window.removeEventListener('pointerup', this.onUp);
    window.removeEventListener('pointercancel', this.onCancel);
    window.removeEventListener('keydown', this.onKey, true);
    drag.card.removeAttribute('data-dragging');
    drag.card.style.transform = '';
    if (drop && drag.active && target) {
      this.options.drop(drag.id, target.column, target.before?.dataset.id ?? null);
    }
  }
}
