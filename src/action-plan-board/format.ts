// The board's words and numbers in one language: messages, quotation marks, person-days, dates; built once per language, not per card.
import type { Locale } from '../core/types.js';
import { formatNumber, translate } from '../internal/i18n.js';
import { messages, type MessageKey } from './messages.js';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export interface Format {
  locale: Locale;
  tag: string;
  t: Translate;
  /** A title in the language's quotation marks, for labels and announcements. */
  quote: (text: string) => string;
  days: (n: number) => string;
  /** An ISO calendar date in the language's medium style (UTC, so no time zone shifts the day). */
  date: (iso: string) => string;
}

const formats = new Map<string, Format>();

export function formatFor(locale: Locale, tag: string): Format {
  const key = `${locale}|${tag}`;
  const known = formats.get(key);
  if (known) return known;
  const t: Translate = (k, params) => translate(messages, locale, k, params);
  // Built on first use (a board without due dates never pays for it), and every text kept: cards repeat them.
  let dates: Intl.DateTimeFormat | undefined;
  const dateCache = new Map<string, string>();
  const dayCache = new Map<number, string>();
  const format: Format = {
    locale, tag, t,
    quote: (text) => (locale === 'fr' ? `«\u00a0${text}\u00a0»` : `“${text}”`),
    // French takes the singular below 2 (« 1,5 jour-personne »), English only for exactly 1.
    days: (n) => {
      let text = dayCache.get(n);
      if (text === undefined) {
        // Small whole numbers read the same in every English and French tag: no number format to build for them.
        const plain = Number.isInteger(n) && n >= 0 && n < 1000 && /^(en|fr)(-[a-z]{2,3})?$/i.test(tag);
        text = t(n === 1 || (locale === 'fr' && n < 2) ? 'daysOne' : 'daysMany', { n: plain ? String(n) : formatNumber(n, tag, 2) });
        if (dayCache.size < 1000) dayCache.set(n, text);
      }
      return text;
    },
    date: (iso) => {
      let text = dateCache.get(iso);
      if (text === undefined) {
        const [y, m, d] = iso.split('-').map(Number);
        text = (dates ??= dateFormat(tag, locale)).format(Date.UTC(y, m - 1, d));
        if (dateCache.size < 5000) dateCache.set(iso, text);
      }
      return text;
    },
  };
  formats.set(key, format);
  return format;
}

function dateFormat(tag: string, locale: Locale): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' });
  } catch {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  }
}

/** `now` (or the real date) as a local `YYYY-MM-DD`, to compare with due dates. */
export function isoDay(now?: Date): string {
  const d = now instanceof Date && !Number.isNaN(now.getTime()) ? now : new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Offers `text` as a file download. */
export function download(text: string, type: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
