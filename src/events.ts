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

/** Detail of `ge-status-action`: the button a person pressed on an element's status line (`retry`, `keep-mine`…), for the connection that set it. */
export interface GeStatusActionDetail {
  action: string;
}

declare global {
  interface HTMLElementEventMap {
    'ge-error': CustomEvent<GeErrorDetail>;
    'ge-status-action': CustomEvent<GeStatusActionDetail>;
  }
}
