// The texts of the non-numeric answers, and reading an answer written as text (CSV cells).
import type { Answer, Locale, Scale } from './types.js';

/** "Don't know": shown apart from the scale, never scored. */
export const DONT_KNOW_LABEL: Readonly<Record<Locale, string>> = { en: "Don't know", fr: 'Je ne sais pas' };

/** "Not applicable": shown apart from the scale, never scored. */
export const NOT_APPLICABLE_LABEL: Readonly<Record<Locale, string>> = { en: 'Not applicable', fr: "Ne s'applique pas" };

/**
 * A form for comparing texts typed by people: case, accents' composition, curly apostrophes,
 * non-breaking and repeated spaces do not matter ("Ne s’applique  pas" = "ne s'applique pas").
 */
function normalize(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function textsOf(label: unknown): string[] {
  if (typeof label === 'string') return [label];
  if (label !== null && typeof label === 'object') return Object.values(label).filter((t) => typeof t === 'string');
  return [];
}

/**
 * The answer written in `text`: an integer (`3`, `-1`), `dk` / `na` in any case, or a label of
 * the scale or of dk/na in any language of the assessment or the package ("Partly", "En partie",
 * "Je ne sais pas"). Empty text is no answer (`undefined`); unreadable text is `null`.
 * Whether the value is on the scale, or dk/na offered, is for validateResponse to say.
 */
export function parseAnswerText(scale: Pick<Scale, 'min' | 'labels'>, text: string): Answer | null | undefined {
  const wanted = normalize(text);
  if (wanted === '') return undefined;
  if (/^[+-]?\d{1,15}$/.test(wanted)) return Number(wanted) + 0; // + 0 turns -0 into 0.
  if (wanted === 'dk') return 'dk';
  if (wanted === 'na') return 'na';
  const labels = Array.isArray(scale.labels) ? scale.labels : [];
  for (let i = 0; i < labels.length; i += 1) {
    if (textsOf(labels[i]).some((t) => normalize(t) === wanted)) return scale.min + i;
  }
  if (Object.values(DONT_KNOW_LABEL).some((t) => normalize(t) === wanted)) return 'dk';
  if (Object.values(NOT_APPLICABLE_LABEL).some((t) => normalize(t) === wanted)) return 'na';
  return null;
}
