// The words of a validation problem, from the validators' catalogue alone: formatMessage (messages.ts)
// also knows the CSV reader's messages, which a page that validates but reads no CSV (each element's
// script, the round add-on) should not carry. Same text as formatMessage for every validation code.
import type { MessageParams } from './types.js';
import { VALIDATION_MESSAGES } from './messages-validation.js';
import { formatEntry } from './message-format.js';

/** The message for a validation `code` in `locale`, with `params` filled in; an unknown code gives the code itself. */
export function formatValidationMessage(code: string, params?: MessageParams, locale?: string): string {
  return formatEntry(Object.prototype.hasOwnProperty.call(VALIDATION_MESSAGES, code) ? VALIDATION_MESSAGES[code] : undefined, code, params, locale);
}
