// Filling a message template: Quebec spacing in French, numbers in the reader's locale. Internal:
// formatMessage (messages.ts) and the protocol's messages (protocol-bodies.ts) share it.
import type { Locale, MessageParams } from './types.js';
import { baseLocale } from './text.js';

const NBSP = '\u00a0';

/**
 * Quebec typography, applied to templates only (never to the user's values): non-breaking spaces
 * inside « » and before the colon, so a line never starts with a lone » or :. The templates
 * already have no space before ; ? ! as Quebec usage prefers.
 */
export function frenchSpacing(template: string): string {
  return template.replace(/« /g, `«${NBSP}`).replace(/ »/g, `${NBSP}»`).replace(/ :/g, `${NBSP}:`);
}

// Made on first use: the first Intl.NumberFormat of a page starts ICU (~25 ms), which loading the
// bundle should not pay when no message is ever formatted.
let numberFormats: Record<Locale, Intl.NumberFormat> | undefined;
const numberFormat = (lang: Locale): Intl.NumberFormat => (numberFormats ??= {
  en: new Intl.NumberFormat('en-CA', { maximumFractionDigits: 10 }),
  fr: new Intl.NumberFormat('fr-CA', { maximumFractionDigits: 10 }),
})[lang];

/** `template` with its `{name}` placeholders filled from `params`; a missing one stays as written. */
export function fill(template: string, params: MessageParams, lang: Locale): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
    const value = params[name];
    if (typeof value === 'number') return numberFormat(lang).format(value);
    return typeof value === 'string' ? value : whole;
  });
}

/**
 * `entry` (one template per language) in `locale`'s language (`fr`, `fr-CA`... French; anything else
 * English) with Quebec spacing and `params` filled in; `code` itself when there is no entry, so that
 * a caller always has something to show.
 */
export function formatEntry(entry: Record<Locale, string> | undefined, code: string, params: unknown, locale: unknown): string {
  if (!entry) return String(code);
  const lang = baseLocale(typeof locale === 'string' ? locale : 'en');
  return fill(lang === 'fr' ? frenchSpacing(entry.fr) : entry.en, params !== null && typeof params === 'object' ? params as MessageParams : {}, lang);
}
