// Small inline assessments and responses for the validation and CSV tests (fresh copies each call).
import fc from 'fast-check';
import type { Assessment, SurveyResponse } from '../../src/core/types.js';
import { validateResponse } from '../../src/core/validate.js';

/** Two dimensions, a bilingual 0–4 scale with dk/na offered (the default), mixed text forms. */
export function sampleAssessment(): Assessment {
  return {
    id: 'test-ge',
    version: '1.0',
    title: { en: 'Test assessment', fr: 'Évaluation test' },
    scale: {
      min: 0,
      max: 4,
      labels: [
        { en: 'Not at all', fr: 'Pas du tout' },
        { en: 'To a small extent', fr: 'Dans une faible mesure' },
        { en: 'Partly', fr: 'En partie' },
        { en: 'To a large extent', fr: 'Dans une large mesure' },
        { en: 'Fully', fr: 'Entièrement' },
      ],
    },
    dimensions: [
      {
        id: 'political-will',
        label: { en: 'Political will', fr: 'Volonté politique' },
        description: 'Leaders champion GE.',
        questions: [
          { id: 'pw-1', text: { en: 'Leaders speak of GE.', fr: 'La direction parle d’ÉG.' }, required: true },
          { id: 'pw-2', text: 'GE is the focal point’s job.', reverse: true, weight: 2, help: { en: 'Reverse item' } },
        ],
      },
      {
        id: 'budget',
        label: 'Budget',
        questions: [
          { id: 'fr-1', text: 'A budget line exists.', required: true },
          { id: 'fr-2', text: 'Costs are tracked.' },
        ],
      },
    ],
  };
}

/** A 1–5 scale without "don't know" or "not applicable". */
export function strictAssessment(): Assessment {
  return {
    id: 'strict',
    version: '2',
    title: 'Strict',
    scale: { min: 1, max: 5, labels: ['1', '2', '3', '4', '5'], dontKnow: false, notApplicable: false },
    dimensions: [{ id: 'd', label: 'D', questions: [{ id: 'q1', text: 'Q1' }, { id: 'q2', text: 'Q2' }] }],
  };
}

export function sampleResponse(): SurveyResponse {
  return {
    assessmentId: 'test-ge',
    assessmentVersion: '1.0',
    respondent: { id: 'r-7f3a', group: 'staff' },
    answers: { 'pw-1': 3, 'pw-2': 'dk', 'fr-1': 0, 'fr-2': 'na' },
    comments: { 'pw-1': 'Mostly in speeches, "not" in budgets.' },
    submittedAt: '2025-03-14T09:30:00.000Z',
  };
}

/** Every path of a JSON-like value, as key lists, the root included. */
export function allPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const paths = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => paths.push(...allPaths(v, [...prefix, i])));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) paths.push(...allPaths(v, [...prefix, k]));
  }
  return paths;
}

/** Passed as a replacement to delete the property instead. */
export const DELETE: unique symbol = Symbol('delete');
type Path = readonly (string | number)[];

/** Sets (or with DELETE removes) the value at `path` inside `target`, in place; returns `target`. */
export function setIn<T>(target: T, path: Path, replacement: unknown): T {
  let node = target as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (replacement === DELETE) delete node[last];
  else node[last] = replacement;
  return target;
}

/** A copy of `value` with `replacement` at `path` (the root path replaces everything). */
export function replaceAt(value: unknown, path: Path, replacement: unknown): unknown {
  return path.length === 0 ? replacement : setIn(structuredClone(value), path, replacement);
}

/** The value at `path` inside `target`. */
export function getIn(target: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], target);
}

/** Text full of what breaks CSV files and spreadsheets: separators, quotes, line ends, formulas, emoji. */
export const trickyText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(',', ';', '\t', '"', "'", '\n', '\r', '\r\n', ' ', '=', '+', '-', '@', 'é', 'É', '«', '»', '😀', '\u00a0', '\ufeff'),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }),
  ),
  maxLength: 40,
});

/** Responses to `assessment` as validateResponse returns them (clean, normalised). */
export function arbValidResponse(assessment: Assessment): fc.Arbitrary<SurveyResponse> {
  const ids = assessment.dimensions.flatMap((d) => d.questions.map((q) => q.id));
  const { min, max } = assessment.scale;
  const answer = fc.oneof(fc.integer({ min, max }), fc.constantFrom('dk' as const, 'na' as const));
  const date = fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true });
  return fc
    .record(
      {
        assessmentVersion: trickyText,
        respondent: fc.record({ id: trickyText, group: trickyText }, { requiredKeys: [] }),
        answers: fc.dictionary(fc.constantFrom(...ids), answer),
        comments: fc.dictionary(fc.constantFrom(...ids), trickyText),
        submittedAt: fc.oneof(date.map((d) => d.toISOString()), fc.constant('2025-03-14'), fc.constant('2025-03-14T09:30-05:00')),
      },
      { requiredKeys: ['assessmentVersion', 'answers'] },
    )
    .map((raw) => validateResponse(assessment, { assessmentId: assessment.id, ...raw }))
    .filter((result) => result.ok)
    .map((result) => (result.ok ? result.value : (undefined as never)));
}
