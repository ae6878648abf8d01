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
  let dates: Intl.DateTimeFormat;
  try {
    dates = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' });
  } catch {
    dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  }
  const dateCache = new Map<string, string>();
  const format: Format = {
    locale, tag, t,
    quote: (text) => (locale === 'fr' ? `«\u00a0${text}\u00a0»` : `“${text}”`),
    // French takes the singular below 2 (« 1,5 jour-personne »), English only for exactly 1.
    days: (n) => t(n === 1 || (locale === 'fr' && n < 2) ? 'daysOne' : 'daysMany', { n: formatNumber(n, tag, 2) }),
    date: (iso) => {
      let text = dateCache.get(iso);
      if (text === undefined) {
        const [y, m, d] = iso.split('-').map(Number);
        text = dates.format(Date.UTC(y, m - 1, d));
        dateCache.set(iso, text);
      }
      return text;
    },
  };
  formats.set(key, format);
  return format;
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
