// The bilingual message catalogue of validation and CSV errors, and its formatter.
import type { Locale, MessageParams } from './types.js';
import { baseLocale } from './text.js';
import { VALIDATION_MESSAGES } from './messages-validation.js';
import { CSV_FRAME, CSV_MESSAGES } from './messages-csv.js';

/** One message in each language the package ships, as a template with `{name}` placeholders. */
export type MessageCatalogue = Record<string, Record<Locale, string>>;

const CATALOGUE: MessageCatalogue = { ...VALIDATION_MESSAGES, ...CSV_MESSAGES };

const NBSP = '\u00a0';

/**
 * Quebec typography, applied to templates only (never to the user's values): non-breaking spaces
 * inside « » and before the colon, so a line never starts with a lone » or :. The templates
 * already have no space before ; ? ! as Quebec usage prefers.
 */
function frenchSpacing(template: string): string {
  return template.replace(/« /g, `«${NBSP}`).replace(/ »/g, `${NBSP}»`).replace(/ :/g, `${NBSP}:`);
}

// Made on first use: the first Intl.NumberFormat of a page starts ICU (~25 ms), which loading the
// bundle should not pay when no message is ever formatted.
let numberFormats: Record<Locale, Intl.NumberFormat> | undefined;
const numberFormat = (lang: Locale): Intl.NumberFormat => (numberFormats ??= {
  en: new Intl.NumberFormat('en-CA', { maximumFractionDigits: 10 }),
  fr: new Intl.NumberFormat('fr-CA', { maximumFractionDigits: 10 }),
})[lang];

function fill(template: string, params: MessageParams, lang: Locale): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
    const value = params[name];
    if (typeof value === 'number') return numberFormat(lang).format(value);
    return typeof value === 'string' ? value : whole;
  });
}

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
  const lang = baseLocale(typeof locale === 'string' ? locale : 'en');
  const values: MessageParams = params !== null && typeof params === 'object' ? params : {};
  const entry = Object.prototype.hasOwnProperty.call(CATALOGUE, code) ? CATALOGUE[code] : undefined;
  if (!entry) return String(code);
  const template = lang === 'fr' ? frenchSpacing(entry.fr) : entry.en;
  let text = fill(template, values, lang);
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
