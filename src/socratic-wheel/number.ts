// Numbers on the wheel: `formatNumber`, with the plain English case written without Intl, so that a
// page that shows an English wheel never pays for the start-up of the ICU number formatter.
import { formatNumber } from '../internal/i18n.js';

/** Tags whose numbers below 1,000 are digits, '.', and no grouping (as Intl writes them). */
const PLAIN = new Set(['en', 'en-US', 'en-CA', 'en-GB', 'en-AU', 'en-NZ', 'en-IE']);

/**
 * The same text as `formatNumber(value, tag, digits)`: at most `digits` decimals, halves rounded
 * away from zero on the number's shortest decimal form (as Intl does). Everything else
 * (other languages, negatives, 999 and up) goes to Intl.
 */
export function formatValue(value: number | null | undefined, tag: string, digits = 1): string {
  if (typeof value === 'number' && value >= 0 && value < 999 && !Object.is(value, -0) && PLAIN.has(tag)
    && Number.isInteger(digits) && digits >= 0 && digits <= 9) {
    const s = String(value);
    if (!s.includes('e')) {
      const dot = s.indexOf('.');
      if (dot < 0) return s;
      const frac = s.slice(dot + 1);
      if (frac.length <= digits) return s;
      const k = 10 ** digits;
      let whole = Number(s.slice(0, dot)) * k + (digits ? Number(frac.slice(0, digits)) : 0);
      if (frac.charCodeAt(digits) >= 53) whole++; // '5'
      const int = Math.floor(whole / k);
      const rest = digits ? String(whole % k).padStart(digits, '0').replace(/0+$/, '') : '';
      return rest ? `${int}.${rest}` : String(int);
    }
  }
  return formatNumber(value, tag, digits);
}
