// The bilingual message catalogue of validation and CSV errors, and its formatter.
import type { MessageParams } from './types.js';
import { baseLocale } from './text.js';
import { VALIDATION_MESSAGES } from './messages-validation.js';
import { CSV_FRAME, CSV_MESSAGES } from './messages-csv.js';
import { fill, formatEntry, frenchSpacing } from './message-format.js';
import type { MessageCatalogue } from './message-catalogue.js';

export type { MessageCatalogue } from './message-catalogue.js';

const CATALOGUE: MessageCatalogue = { ...VALIDATION_MESSAGES, ...CSV_MESSAGES };

/** Every code the catalogue has a message for. */
export function messageCodes(): string[] {
  return Object.keys(CATALOGUE);
}

/**
 * The message for `code` in `locale` (`fr`, `fr-CA`... give French; anything else English), with
 * `params` filled in; numbers are written the locale's way (decimal comma in French).
 * CSV errors carry `row` and `column` in their params: the message then starts with the
 * location. With `skipped: 1` it ends by saying that the row was not imported.
 * An unknown code gives the code itself, so a caller always has something to show.
 */
export function formatMessage(code: string, params?: MessageParams, locale?: string): string {
  const entry = Object.prototype.hasOwnProperty.call(CATALOGUE, code) ? CATALOGUE[code] : undefined;
  if (!entry) return String(code);
  const lang = baseLocale(typeof locale === 'string' ? locale : 'en');
  const values: MessageParams = params !== null && typeof params === 'object' ? params : {};
  let text = formatEntry(entry, code, values, lang);
  if (typeof values.row === 'number') {
    const frame = CSV_FRAME[lang];
    const prefix = typeof values.column === 'number' ? frame.rowIndex : frame.rowColumn;
    // In French the sentence goes on after the colon, so its first letter is lowercased.
    const body = lang === 'fr' ? text.charAt(0).toLowerCase() + text.slice(1) : text;
    text = fill(lang === 'fr' ? frenchSpacing(prefix) : prefix, values, lang) + body;
    if (values.skipped) text += frame.skipped;
  }
  return text;
}
