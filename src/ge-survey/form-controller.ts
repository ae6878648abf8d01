// Taking part in an ordinary <form>: the response as JSON under the element's `name`, and
// "value missing" while required answers are missing (which blocks the form's submission).

export interface FormState {
  /** The response as JSON, or null when there is nothing to submit. */
  value: string | null;
  /** Required questions without an answer. */
  missing: number;
  /** The validation message for `missing`, in the element's language. */
  message: string;
  /** Where the browser sends focus when the form is submitted while invalid. */
  anchor?: HTMLElement;
  /** Review mode and disabled elements are barred from validation. */
  barred: boolean;
}

export class FormController {
  readonly internals?: ElementInternals;
  private lastValue?: string | null;
  private lastValidity?: string;
  private lastAnchor?: HTMLElement;

  constructor(host: HTMLElement) {
    try {
      this.internals = host.attachInternals();
    } catch {
      this.internals = undefined; // a browser without form-associated custom elements: no form part, the rest works
    }
  }

  /** Pushes value and validity to the form, only when they changed. */
  sync(state: FormState): void {
    const internals = this.internals;
    if (!internals) return;
    if (state.value !== this.lastValue) {
      this.lastValue = state.value;
      internals.setFormValue(state.value);
    }
    const invalid = state.missing > 0 && !state.barred;
    const key = invalid ? state.message : '';
    if (key === this.lastValidity && (!invalid || state.anchor === this.lastAnchor)) return;
    this.lastValidity = key;
    this.lastAnchor = state.anchor;
    if (invalid) internals.setValidity({ valueMissing: true }, state.message, state.anchor);
    else internals.setValidity({});
  }
}
