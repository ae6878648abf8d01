// Moving one's own answers to another device: a small JSON file out, the same file back in.
import type { Assessment, SurveyResponse } from '../core/types.js';
import { validateResponse } from '../core/validate.js';

/** Offers `response` as a download named after the assessment; nothing leaves the device otherwise. */
export function downloadResponse(response: SurveyResponse): void {
  const blob = new Blob([JSON.stringify(response, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `${response.assessmentId}-${response.assessmentVersion}-answers.json`.replace(/[^\w.-]+/g, '_');
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * The response in the file chosen in `input` (which is emptied, so the same file can be chosen
 * again), checked by the core; error messages otherwise (in `locale`); null when no file was chosen.
 */
export async function readResponseFile(input: HTMLInputElement, assessment: Assessment, locale: string, notJson: (reason: string) => string):
  Promise<{ ok: true; value: SurveyResponse } | { ok: false; errors: string[] } | null> {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return null;
  let data: unknown;
  try {
    data = JSON.parse(await file.text());
  } catch (e) {
    return { ok: false, errors: [notJson(e instanceof Error ? e.message : String(e))] };
  }
  const result = validateResponse(assessment, data, { locale });
  return result.ok ? result : { ok: false, errors: result.errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)) };
}
