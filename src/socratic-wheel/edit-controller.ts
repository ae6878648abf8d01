// Setting the edited series by pointer (drag, click or touch on a spoke) and keyboard (each point a
// slider), and which point shows its value (hover or focus). Listens through the handlers the
// wheel binds on its `.plot`; owns its state and tells the wheel through callbacks.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clientToView, keyToValue, valueAtPoint } from './geometry.js';

export interface EditOptions {
  /** The id of the edited series; null when none is. */
  editable: () => string | null;
  /** The spokes now: how many, the top of the scale, the editing step. */
  scale: () => { n: number; max: number; step: number };
  /** The edited series' value on spoke `index` (null: not set). */
  value: (index: number) => number | null;
  /** The person set spoke `index` to `value`. */
  set: (index: number, value: number) => void;
}

export class EditController implements ReactiveController {
  /** The point that shows its value: hovered, or the focused slider's. */
  active: { seriesId: string; dimensionIndex: number } | null = null;
  private drag: { pointerId: number; index: number; plot: Element } | null = null;

  constructor(private readonly host: ReactiveControllerHost, private readonly options: EditOptions) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.drag = null;
  }

  readonly onPointerDown = (e: PointerEvent): void => {
    const target = (e.target as Element).closest<Element>('.slider, .hit');
    const plot = e.currentTarget as Element;
    if (!target || !this.options.editable() || e.button > 0) return;
    e.preventDefault();
    const index = Number(target.getAttribute('data-index'));
    try {
      target.setPointerCapture(e.pointerId);
    } catch {
      // a synthetic or already-released pointer: the value is still set, only the drag is lost
    }
    this.drag = { pointerId: e.pointerId, index, plot };
    this.setAt(e, index, plot);
    plot.querySelector<HTMLElement>(`.slider[data-index="${index}"]`)?.focus();
  };

  readonly onPointerMove = (e: PointerEvent): void => {
    if (this.drag && e.pointerId === this.drag.pointerId) return this.setAt(e, this.drag.index, this.drag.plot);
    const point = (e.target as Element).closest?.('.point');
    const seriesId = point?.closest('[data-series]')?.getAttribute('data-series');
    const next = point && seriesId ? { seriesId, dimensionIndex: Number(point.getAttribute('data-index')) } : null;
    if ((next?.seriesId !== this.active?.seriesId || next?.dimensionIndex !== this.active?.dimensionIndex)
      && !(e.currentTarget as Element).querySelector('.slider:focus')) this.show(next);
  };

  readonly onPointerEnd = (e: PointerEvent): void => {
    if (this.drag?.pointerId === e.pointerId) this.drag = null;
  };

  readonly onPointerLeave = (): void => {
    if (this.active && !this.drag) this.show(null);
  };

  readonly onKeyDown = (e: KeyboardEvent): void => {
    const slider = (e.target as Element).closest('.slider');
    if (!slider || !this.options.editable()) return;
    const index = Number(slider.getAttribute('data-index'));
    const { max, step } = this.options.scale();
    const v = keyToValue(e.key, this.options.value(index), step, max);
    if (v === undefined) return;
    e.preventDefault();
    this.options.set(index, v);
  };

  readonly onFocusIn = (e: FocusEvent): void => this.onFocus(e, true);
  readonly onFocusOut = (e: FocusEvent): void => this.onFocus(e, false);

  private onFocus(e: FocusEvent, on: boolean): void {
    const slider = (e.target as Element).closest('.slider');
    const seriesId = this.options.editable();
    if (slider && seriesId) this.show(on ? { seriesId, dimensionIndex: Number(slider.getAttribute('data-index')) } : null);
  }

  private setAt(e: PointerEvent, index: number, plot: Element): void {
    const { n, max, step } = this.options.scale();
    const p = clientToView(e.clientX, e.clientY, plot.getBoundingClientRect());
    this.options.set(index, valueAtPoint(p, index, n, max, step));
  }

  private show(active: EditController['active']): void {
    this.active = active;
    this.host.requestUpdate();
  }
}
