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
 * Detail of `ge-status-action`: a person chose an action offered on an element's status line (a
 * button set by a connection through the element's `connected` property), or a script called the
 * method that does the same (`retry()`…). The connection that offered it does the work.
 */
export interface GeStatusActionDetail {
  /** The action's id: `retry`, `refresh`, `make-release`, `keep-mine`, `load-saved`… */
  action: string;
  /** For the connection doing the action: hands over its work, so that the method that asked (`retry()`…) resolves once it is done. */
  waitUntil(work: Promise<unknown>): void;
}

declare global {
  interface HTMLElementEventMap {
    'ge-error': CustomEvent<GeErrorDetail>;
    'ge-status-action': CustomEvent<GeStatusActionDetail>;
  }
}
