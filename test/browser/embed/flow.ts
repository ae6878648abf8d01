// The no-code workshop as a person does it: answer the survey, submit, set a target on the wheel by keyboard,
// then read what the wheel ranked and what the board suggests. Shared by the wiring, CSP and shadow-root tests.
import { inner, innerAll, settle, until } from './helpers.js';

interface Question { id: string }
interface Dimension { id: string; questions: Question[] }
export type Survey = HTMLElement & {
  response: unknown; submit(): boolean;
  assessment: { id: string; version: string; dimensions: Dimension[] };
};
export type Wheel = HTMLElement & {
  priorities: { dimensionId: string; priority: number }[];
  series: { id: string; kind?: string; values: Record<string, number | null> }[];
};
export type Board = HTMLElement & { priorities?: unknown };

/**
 * Every question of the survey's assessment answered with `value` (the scale's middle, 2 on 0–4, scores 50 on
 * reversed questions too, so 5 on the wheel), by respondent `id`.
 */
export function fullResponse(survey: Survey, value = 2, id?: string): unknown {
  const a = survey.assessment;
  return {
    assessmentId: a.id, assessmentVersion: a.version, ...(id ? { respondent: { id } } : {}),
    answers: Object.fromEntries(a.dimensions.flatMap((d) => d.questions.map((q) => [q.id, value]))),
  };
}

/** The wheel hides the workshop's shape below 5 respondents (minGroupSize): a workshop has at least that many. */
export const WORKSHOP_SIZE = 5;

/** Fills the survey through its `response` property as respondent `id` and submits it; true when it was accepted. */
export async function answerAndSubmit(survey: Survey, root: Document | ShadowRoot, value = 2, id?: string): Promise<boolean> {
  survey.response = fullResponse(survey, value, id);
  await settle(root);
  const ok = survey.submit();
  await settle(root);
  return ok;
}

/** `count` respondents, one after the other on the same survey (a workshop passing a tablet round). */
export async function respondents(survey: Survey, root: Document | ShadowRoot, count = WORKSHOP_SIZE, value = 2): Promise<boolean[]> {
  const accepted: boolean[] = [];
  for (let i = 1; i <= count; i++) accepted.push(await answerAndSubmit(survey, root, value, `respondent-${i}-${Math.random().toString(36).slice(2)}`));
  return accepted;
}

/** Answers by clicking radios, section by section, as a respondent does, then the survey's own submit button. */
export async function answerByClicking(survey: Survey, root: Document | ShadowRoot, value = 2): Promise<void> {
  for (const d of survey.assessment.dimensions) {
    for (const q of d.questions) {
      const radio = await until(() => inner<HTMLInputElement>(survey, `input[name="${q.id}"][value="${value}"]`));
      if (!radio) throw new Error(`no radio for ${q.id}`);
      radio.click();
    }
    await settle(root);
    inner<HTMLButtonElement>(survey, 'button.primary')!.click(); // next section, then submit on the last one
    await settle(root);
  }
}

/** Presses `key` on the wheel's slider for spoke `index` (the edited series), as the keyboard would. */
export async function pressOnSpoke(wheel: Wheel, root: Document | ShadowRoot, index: number, key: string): Promise<void> {
  const slider = await until(() => innerAll(wheel, '.slider')[index]);
  if (!slider) throw new Error(`no slider ${index} on the wheel`);
  slider.focus();
  slider.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
  await settle(root);
}

/** Ids of the dimensions the board offers suggestions for, in order of appearance. */
export function suggestedDimensions(board: Board): string[] {
  return innerAll(board, '[data-act=suggest]').map((b) => b.dataset.suggestion ?? '');
}

/** The wheel's data table (its text alternative): column headers and, per dimension row, the cells' text. */
export function wheelTable(wheel: Wheel): { headers: string[]; rows: string[][] } {
  const table = inner<HTMLTableElement>(wheel, 'table');
  if (!table) return { headers: [], rows: [] };
  const text = (c: Element) => (c.textContent ?? '').replace(/\s+/g, ' ').trim();
  return {
    headers: [...table.tHead?.rows[0]?.cells ?? []].map(text),
    rows: [...table.tBodies[0]?.rows ?? []].map((r) => [...r.cells].map(text)),
  };
}

/** The value the wheel shows for the computed current series on row `row` (the first column after the dimension), or null. */
export function currentValue(wheel: Wheel, row = 0): string | null {
  const { headers, rows } = wheelTable(wheel);
  const col = headers.findIndex((h) => /^(Current|Situation actuelle|Actuel)/i.test(h));
  return col > 0 ? rows[row]?.[col] ?? null : null;
}
