// Picking a language out of a LocalizedText, with a predictable fallback.
import type { LocalizedText } from './types.js';

/**
 * The text of `value` in `locale`: that language, else its base language (`fr` for `fr-CA`),
 * else English, else the first language given. A plain string is returned as it is.
 */
export function localize(value: LocalizedText | undefined, locale = 'en'): string {
  if (value == null) return '';
  if (typeof value === 'string') return value;
  const base = locale.toLowerCase().split('-')[0];
  return value[locale] ?? value[base] ?? value.en ?? Object.values(value)[0] ?? '';
}

/** `'fr'` for any French locale (`fr`, `fr-CA`...), else `'en'`. */
export function baseLocale(locale: string | undefined | null): 'en' | 'fr' {
  return String(locale ?? '').toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
