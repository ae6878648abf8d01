// Keyboard moves on a card's handle: Space/Enter picks up, arrows move (within and between columns, in the direction the
// columns are laid out: ArrowRight goes to the previous column right to left), Space/Enter drops, Escape restores.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { UNSORTED, type PlanAction } from '../core/plan.js';

export type MoveAnnouncement = 'pickedUp' | 'moved' | 'dropped' | 'cancelled';

/** What the controller needs from the board. Indices are places in a column's full list (filters ignored). */
export interface KeyboardMoveHost extends ReactiveControllerHost {
  /** The shown columns, in reading order (UNSORTED first when it has cards). */
  readonly columnOrder: readonly string[];
  /** The board lays its columns out right to left (its computed `direction` is `rtl`). */
  readonly rtl: boolean;
  readonly plan: readonly PlanAction[];
  /** The cards shown in `column`, in order (after filters). */
  shownCards(column: string): readonly PlanAction[];
  columnOfCard(id: string): string | null;
  /** Place of card `other` in `column` once `moving` is taken out. */
  indexWithout(column: string, other: string, moving: string): number;
  /** Moves a card on screen without telling the host page yet. */
  previewMove(id: string, column: string, index: number): void;
  /** Puts the plan back as it was (Escape). */
  restorePlan(plan: readonly PlanAction[]): void;
  /** The move is final: save and fire the change event when the plan differs from `before`. */
  commitPlan(before: readonly PlanAction[]): void;
  announceMove(kind: MoveAnnouncement, id: string): void;
}

/** Place of card `id` in `cards`, -1 when not there. */
function placeOf(cards: readonly PlanAction[], id: string): number {
  for (let i = 0; i < cards.length; i += 1) if (cards[i].id === id) return i;
  return -1;
}

export class KeyboardMoveController implements ReactiveController {
  picked: { id: string; before: readonly PlanAction[] } | null = null;

  constructor(private readonly host: KeyboardMoveHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    if (this.picked) this.drop();
  }

  /** Handles a key on the handle of card `id`; true when the key was a move key (the caller prevents its default). */
  handleKey(event: KeyboardEvent, id: string): boolean {
    const { key } = event;
    if (key === ' ' || key === 'Enter') {
      if (this.picked?.id === id) this.drop();
      else {
        if (this.picked) this.drop();
        this.picked = { id, before: this.host.plan };
        this.host.announceMove('pickedUp', id);
        this.host.requestUpdate();
      }
      return true;
    }
    if (!this.picked || this.picked.id !== id) return false;
    if (key === 'Escape') {
      this.cancel();
      return true;
    }
    const arrows: Record<string, () => boolean> = {
      ArrowUp: () => this.step(id, -1), ArrowDown: () => this.step(id, 1),
      ArrowLeft: () => this.across(id, -1), ArrowRight: () => this.across(id, 1),
    };
    // Right to left, the next column sits on the left: the arrows follow what the person sees.
    const move = this.host.rtl && (key === 'ArrowLeft' || key === 'ArrowRight')
      ? arrows[key === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft'] : arrows[key];
    if (!move) return false;
    if (move()) this.host.announceMove('moved', id);
    return true;
  }

  drop(): void {
    const picked = this.picked;
    if (!picked) return;
    this.picked = null;
    this.host.commitPlan(picked.before);
    this.host.announceMove('dropped', picked.id);
    this.host.requestUpdate();
  }

  cancel(): void {
    const picked = this.picked;
    if (!picked) return;
    this.picked = null;
    this.host.restorePlan(picked.before);
    this.host.announceMove('cancelled', picked.id);
  }

  /** Up or down past the next shown card (hidden cards are skipped, not counted). */
  private step(id: string, delta: -1 | 1): boolean {
    const column = this.host.columnOfCard(id);
    if (column === null) return false;
    const shown = this.host.shownCards(column);
    const neighbour = shown[placeOf(shown, id) + delta];
    if (neighbour === undefined) return false;
    const index = this.host.indexWithout(column, neighbour.id, id) + (delta > 0 ? 1 : 0);
    this.host.previewMove(id, column, index);
    return true;
  }

  /** To the same shown place in the next (+1) or previous (-1) column; never into Unsorted. */
  private across(id: string, delta: -1 | 1): boolean {
    const column = this.host.columnOfCard(id);
    if (column === null) return false;
    const order = this.host.columnOrder;
    const target = order[order.indexOf(column) + delta];
    if (target === undefined || target === UNSORTED) return false;
    const place = placeOf(this.host.shownCards(column), id);
    const shown = this.host.shownCards(target);
    const index = place < shown.length ? this.host.indexWithout(target, shown[place].id, id)
      : shown.length > 0 ? this.host.indexWithout(target, shown[shown.length - 1].id, id) + 1 : 0;
    this.host.previewMove(id, target, index);
    return true;
  }
}
