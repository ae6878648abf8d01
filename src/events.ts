// Events shared by every element, declared once so TypeScript users get completion on addEventListener.

/** One problem with input an element was given (definition, URL, stored data, file, property). */
export interface GeErrorItem {
  /** Where: a path in the data (`dimensions[2].questions[0].id`), a URL or a storage key. */
  path: string;
  /** A stable machine-readable code, when there is one. */
  code?: string;
  /** What is wrong and what to do, in the element's language. */
  message: string;
}

/** Detail of `ge-error`, fired by every element on bad input; the element shows the same message. */
export interface GeErrorDetail {
  errors: GeErrorItem[];
}

/**
 * Detail of `ge-status-action`: a person pressed a button of an element's status line (or a page
 * called the method that does the same, such as the wheel's `refresh()`). A connection does the
 * action; one that hands its work to `waitUntil` lets that method resolve once the work is done.
 */
export interface StatusActionDetail {
  /** The action's id: `retry`, `refresh`, `make-release`, `keep-mine`, `load-saved`… */
  action: string;
  /** For the connection that does the action: the element's method resolves once `work` settles. */
  waitUntil?: (work: Promise<unknown>) => void;
}

declare global {
  interface HTMLElementEventMap {
    'ge-error': CustomEvent<GeErrorDetail>;
    'ge-status-action': CustomEvent<StatusActionDetail>;
  }
}
