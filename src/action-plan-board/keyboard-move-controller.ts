// Keyboard moves on a card's handle: Space/Enter picks up, arrows move (within and between columns, in the direction the
// columns are laid out: ArrowRight goes to the previous column right to left), Space/Enter drops, Escape restores.
// The controller owns the picked-up card; the board gives it the board as shown and hears the moves through callbacks.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { columnOf, UNSORTED, type PlanAction } from '../core/plan.js';
import { columnView, indexWithout, type BoardModel } from './model.js';

export type MoveAnnouncement = 'pickedUp' | 'moved' | 'dropped' | 'cancelled';

export interface KeyboardMoveOptions {
  /** The board as shown now (the picked card where the last move put it). */
  model: () => BoardModel;
  /** The plan now: kept when a card is picked up, to put back on Escape. */
  plan: () => readonly PlanAction[];
  /** The columns are laid out right to left (read once per pick-up). */
  rtl: () => boolean;
  /** Shows card `id` at place `index` of `column` (a place in the column's full list, filters ignored); not final. */
  move: (id: string, column: string, index: number) => void;
  /** Tells what happened: picked up, moved. */
  announce: (kind: 'pickedUp' | 'moved', id: string) => void;
  /** The move is over: `dropped` keeps it (a change when the plan differs from `before`), `cancelled` puts `before` back. */
  end: (kind: 'dropped' | 'cancelled', id: string, before: readonly PlanAction[]) => void;
}

/** Place of card `id` in `cards`, -1 when not there. */
function placeOf(cards: readonly PlanAction[], id: string): number {
  for (let i = 0; i < cards.length; i += 1) if (cards[i].id === id) return i;
  return -1;
}

export class KeyboardMoveController implements ReactiveController {
  private picked: { id: string; before: readonly PlanAction[]; rtl: boolean } | null = null;

  constructor(private readonly host: ReactiveControllerHost, private readonly options: KeyboardMoveOptions) {
    host.addController(this);
  }

  /** The card picked up, if any. */
  get pickedId(): string | null {
    return this.picked?.id ?? null;
  }

  hostDisconnected(): void {
    this.drop();
  }

  /** Handles a key on the handle of card `id`; true when the key was a move key (the caller prevents its default). */
  handleKey(event: KeyboardEvent, id: string): boolean {
    const { key } = event;
    if (key === ' ' || key === 'Enter') {
      if (this.picked?.id === id) this.drop();
      else {
        this.drop();
        this.picked = { id, before: this.options.plan(), rtl: this.options.rtl() };
        this.options.announce('pickedUp', id);
        this.host.requestUpdate();
      }
      return true;
    }
    const picked = this.picked;
    if (!picked || picked.id !== id) return false;
    if (key === 'Escape') {
      this.cancel();
      return true;
    }
    // Right to left, the next column sits on the left: the arrows follow what the person sees.
    const across = key === 'ArrowLeft' ? -1 : key === 'ArrowRight' ? 1 : 0;
    const moved = across ? this.across(id, picked.rtl ? -across as -1 | 1 : across)
      : key === 'ArrowUp' ? this.step(id, -1) : key === 'ArrowDown' ? this.step(id, 1) : null;
    if (moved === null) return false;
    if (moved) this.options.announce('moved', id);
    return true;
  }

  /** Drops the picked card where it is. */
  drop(): void {
    const picked = this.picked;
    if (!picked) return;
    this.picked = null;
    this.options.end('dropped', picked.id, picked.before);
    this.host.requestUpdate();
  }

  /** Puts the picked card back where it was picked up. */
  cancel(): void {
    const picked = this.picked;
    if (!picked) return;
    this.picked = null;
    this.options.end('cancelled', picked.id, picked.before);
    this.host.requestUpdate();
  }

  /** Up or down past the next shown card (hidden cards are skipped, not counted). */
  private step(id: string, delta: -1 | 1): boolean {
    const model = this.options.model();
    const column = this.columnOfCard(model, id);
    const shown = column === null ? [] : columnView(model, column)?.shown ?? [];
    const neighbour = shown[placeOf(shown, id) + delta];
    if (column === null || neighbour === undefined) return false;
    this.options.move(id, column, indexWithout(model, column, neighbour.id, id) + (delta > 0 ? 1 : 0));
    return true;
  }

  /** To the same shown place in the next (+1) or previous (-1) column; never into Unsorted. */
  private across(id: string, delta: -1 | 1): boolean {
    const model = this.options.model();
    const column = this.columnOfCard(model, id);
    if (column === null) return false;
    const order = model.columns;
    const target = order[order.findIndex((c) => c.id === column) + delta];
    if (target === undefined || target.id === UNSORTED) return false;
    const place = placeOf(columnView(model, column)?.shown ?? [], id);
    const shown = target.shown;
    const index = place < shown.length ? indexWithout(model, target.id, shown[place].id, id)
      : shown.length > 0 ? indexWithout(model, target.id, shown[shown.length - 1].id, id) + 1 : 0;
    this.options.move(id, target.id, index);
    return true;
  }

  private columnOfCard(model: BoardModel, id: string): string | null {
    const card = model.byId.get(id);
    return card ? columnOf(card, model.columnIds) : null;
  }
}
