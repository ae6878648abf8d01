// Internal: who the respondents are: one response each, and the group each belongs to.
import type { SurveyResponse } from './types.js';

/** A response's group; no group given is the group `''`, kept apart so the total cannot reveal it. */
export function groupOf(r: SurveyResponse): string {
  const g = r.respondent?.group;
  return typeof g === 'string' ? g : '';
}

/** Alphabetical by code unit (the same in every locale, whatever the input order), `''` last. */
export function groupOrder(a: string, b: string): number {
  if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Each respondent counts once (API rule 3): among responses sharing a `respondent.id`, the one
 * submitted last is kept (on a tie or without dates, the later in the list). Responses without an
 * id are distinct respondents; null entries are skipped.
 */
export function onePerRespondent(responses: readonly SurveyResponse[]): { kept: SurveyResponse[]; duplicates: boolean } {
  const kept: SurveyResponse[] = [];
  const at = new Map<string, number>();
  let duplicates = false;
  for (const r of responses) {
    if (r == null) continue;
    const id = r.respondent?.id;
    const i = typeof id === 'string' && id !== '' ? at.get(id) : undefined;
    if (i === undefined) {
      if (typeof id === 'string' && id !== '') at.set(id, kept.length);
      kept.push(r);
    } else {
      duplicates = true;
      if (!(Date.parse(r.submittedAt ?? '') < Date.parse(kept[i].submittedAt ?? ''))) kept[i] = r;
    }
  }
  return { kept, duplicates };
}
