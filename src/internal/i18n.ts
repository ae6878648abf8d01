// Interface texts of the elements in English and French, with {name} placeholders, and locale-aware numbers.
import type { Locale } from '../core/types.js';

export type Messages = Record<string, { en: string; fr: string }>;

/** The text of `key` in `locale`, with each `{name}` replaced by `params[name]`. */
export function translate<M extends Messages>(messages: M, locale: Locale, key: keyof M,
  params: Record<string, string | number> = {}): string {
  const entry = messages[key];
  const text = entry[locale] ?? entry.en;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number in the page's language (decimal comma in French), with at most `digits` decimals. */
export function formatNumber(value: number | null | undefined, tag: string, digits = 1): string {
  if (value == null || !Number.isFinite(value)) return '—';
  const key = `${tag}|${digits}`;
  let f = numberFormats.get(key);
  if (!f) {
    try {
      f = new Intl.NumberFormat(tag, { maximumFractionDigits: digits });
    } catch {
      f = new Intl.NumberFormat('en', { maximumFractionDigits: digits });
    }
    numberFormats.set(key, f);
  }
  return f.format(value);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A date or time in the page's language ("10:42 AM", "10 h 42", "3 décembre 2026 à 10 h 40"), the formatter made once. */
export function formatDate(date: Date, tag: string, options: Intl.DateTimeFormatOptions): string {
  const key = `${tag}|${JSON.stringify(options)}`;
  let f = dateFormats.get(key);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(tag, options);
    } catch {
      f = new Intl.DateTimeFormat('en', options);
    }
    dateFormats.set(key, f);
  }
  return f.format(date);
}
