// Card moves, however a person makes them: by keyboard on the handle, by pointer drag, or by "Move to…". Each is shown
// at once by patching the model (only the columns a card left and entered are new, so a render redraws those two),
// kept and fired when final, announced once per update (a keyboard move may take many keys before a render), and
// followed by focus on the card's handle.
import type { ReactiveControllerHost } from 'lit';
import { DragController } from './drag-controller.js';
import type { FocusController } from './focus-controller.js';
import type { Format } from './format.js';
import { KeyboardMoveController, type MoveAnnouncement } from './keyboard-move-controller.js';
import { dropIndex, moveWords, patchMove, type BoardModel } from './model.js';
import type { PlanController } from './plan-controller.js';

export interface MoveOptions {
  plan: PlanController;
  /** The board as shown. */
  model: () => BoardModel;
  /** A move changed the model: the patched one, or null when it must be built again from the plan. */
  remodel: (model: BoardModel | null) => void;
  focus: FocusController;
}

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode };

export class MoveController {
  private pending: { kind: MoveAnnouncement; id: string } | null = null;
  private readonly keyboard: KeyboardMoveController;
  private readonly dragger: DragController;

  constructor(private readonly host: Host, private readonly o: MoveOptions) {
    this.keyboard = new KeyboardMoveController(host, {
      model: o.model,
      plan: () => o.plan.items,
      rtl: () => getComputedStyle(host).direction === 'rtl',
      move: (id, column, index) => this.move(id, column, index, false),
      announce: (kind, id) => this.announce(kind, id),
      end: (kind, id, before) => {
        if (kind === 'cancelled') o.plan.show(before);
        else if (before !== o.plan.items) o.plan.commit();
        this.announce(kind, id);
      },
    });
    this.dragger = new DragController(host, {
      root: () => host.renderRoot,
      drop: (id, column, beforeId) => this.move(id, column, dropIndex(o.model(), column, beforeId, id)),
    });
  }

  /** The card picked up by keyboard, if any. */
  get pickedId(): string | null {
    return this.keyboard.pickedId;
  }

  /** A key on the handle of card `id`; true when it was a move key (the caller prevents its default). */
  key(event: KeyboardEvent, id: string): boolean {
    return this.keyboard.handleKey(event, id);
  }

  /** A pointerdown on a card's handle (not while a card is picked up by keyboard). */
  pointerDown(event: PointerEvent, handle: HTMLElement): void {
    if (!this.keyboard.pickedId) this.dragger.start(event, handle);
  }

  /** Puts a card picked up by keyboard back (the board became read-only). */
  cancel(): void {
    this.keyboard.cancel();
  }

  /**
   * Shows card `id` at place `index` of `column` (a place in its full list). `final` (a drop, "Move to…"): kept and
   * fired when it changed the plan, and announced; otherwise a keyboard move in progress.
   */
  move(id: string, column: string, index: number, final = true): void {
    const plan = this.o.plan;
    const { items, model } = patchMove(plan.items, this.o.model(), id, column, index);
    if (items !== plan.items) {
      plan.items = items;
      this.o.remodel(model);
      if (final) plan.commit();
    }
    if (final) this.announce('moved', id);
  }

  /** What to tell screen readers of the last move, in the board's words, once (null: nothing moved). */
  takeAnnouncement(format: Format): string | null {
    const pending = this.pending;
    this.pending = null;
    const words = pending && moveWords(this.o.model(), pending.id);
    if (!pending || !words) return null;
    return format.t(pending.kind, { ...words, title: format.quote(words.title || format.t('untitled')) });
  }

  private announce(kind: MoveAnnouncement, id: string): void {
    if (!this.o.model().byId.has(id)) return;
    this.pending = { kind, id };
    this.host.requestUpdate();
    this.o.focus.cardControl(id, 'handle');
  }
}
