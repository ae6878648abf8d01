// Shared by the wheel's round tests (socratic-wheel-remote, socratic-wheel-connected): the in-memory
// round server's controls (test/browser/round-server.mjs), responses to the built-in assessment, and reading the wheel.
import { defaultAssessment } from '../../src/core/default-assessment.js';
import type { Answer, SurveyResponse } from '../../src/core/types.js';
import type { SocraticWheel } from '../../src/socratic-wheel/socratic-wheel.js';

export const ids = defaultAssessment.dimensions.map((d) => d.id);
let seq = 0;
export const newRound = (name: string) => `wheel-${name}-${Date.now().toString(36)}-${seq++}`;
export const R = (round: string) => `/__round/${round}`;

interface LogEntry { method: string; segment: string; nonce: string; lang: string }
interface ServerState { targets: Record<string, number> | null; log: LogEntry[] }

export async function control(round: string, body: Record<string, unknown>): Promise<void> {
  const r = await fetch(`${R(round)}/__control`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  if (!r.ok) throw new Error(`control ${r.status}`);
}
/** A response sent as a member (or a facilitator: a nonce starting with "fac") would send it. */
export async function putResponse(round: string, nonce: string, response: SurveyResponse): Promise<void> {
  const r = await fetch(`${R(round)}/response`, { method: 'PUT', headers: { 'Content-Type': 'application/json', 'X-WP-Nonce': nonce }, body: JSON.stringify(response) });
  if (!r.ok) throw new Error(`put ${r.status}`);
}
export const serverState = async (round: string): Promise<ServerState> => (await fetch(`${R(round)}/__control`)).json();
export const seed = (round: string, body: Record<string, unknown>) => control(round, { reset: true, ...body });

/** A response to the built-in assessment: every question at `level` (reverse ones mirrored). */
export function respond(level: number, group = 'staff'): SurveyResponse {
  const answers: Record<string, Answer> = {};
  for (const d of defaultAssessment.dimensions) for (const q of d.questions) answers[q.id] = q.reverse ? 4 - level : level;
  return { assessmentId: defaultAssessment.id, assessmentVersion: defaultAssessment.version, respondent: { group }, answers };
}
export const responses = (n: number, level = 3) => Array.from({ length: n }, () => respond(level));

export async function until(check: () => boolean | Promise<boolean>, what: string, timeout = 5000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
export const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
export const text = (node: Element | null) => (node?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim(); // a no-break space stays
export const statusLine = (el: SocraticWheel) => text($(el, '.round-status'));
export const releaseLine = (el: SocraticWheel) => text($(el, '.round-release'));
export const nextLine = (el: SocraticWheel) => text($(el, '.round-next'));
export const alertText = (el: SocraticWheel) => text($(el, '.round [role="alert"]'));
export const notes = (el: SocraticWheel) => $$(el, '[part="notes"] li').map(text);
/** The targets as drawn: the values of the target series' sliders (with `editable="target"`). */
export const sliderValues = (el: SocraticWheel) => $$(el, '.slider').map((s) => Number(s.getAttribute('aria-valuenow')));
