// With a connection: its status lines in the survey's words, their action buttons, and a refused submission.
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate } from '../internal/i18n.js';
import { messages, type MessageKey } from './messages.js';
import type { Translate } from './parts.js';
import type { GeErrorItem } from '../events.js';
import type { SurveyConnected, SurveyRefusal, SurveyStatus } from './types.js';

/** Our own text for the codes we know, else undefined. */
function knownCode(t: Translate, code: string): string | undefined {
  const key = `code:${code}`;
  return key in messages ? t(key as MessageKey) : undefined;
}

/** Why a submission was refused: our own text for a code we know, else the server's message, else a generic one. */
export const refusalText = (t: Translate, code: string, message: string): string => knownCode(t, code) ?? (message || t('rejectedIntro'));

function loadFailureText(t: Translate, code: string, message: string): string {
  if (code === 'unreadable') return `${t('roundUnreadable')} ${message}`.trim();
  const said = knownCode(t, code) ?? (message ? t('serverSays', { message }) : '');
  return `${t('roundLoadFailed')} ${said}`.trim();
}

/** One status line in the survey's language (`tag`: the language tag, for dates). */
export function statusText(t: Translate, line: SurveyStatus, tag: string): string {
  const code = String(line.params?.code ?? '');
  const message = line.message ?? '';
  switch (line.state) {
    case 'load-failed': return loadFailureText(t, code, message);
    case 'refused': return `${t('rejectedTitle')}. ${refusalText(t, code, message)}`;
    case 'sent-earlier': {
      const at = new Date(String(line.params?.sentAt ?? ''));
      return Number.isNaN(at.getTime()) ? message : t('sentEarlier', { date: formatDate(at, tag, { dateStyle: 'long', timeStyle: 'short' }) });
    }
  }
  const key = `status:${line.state}`;
  return key in messages ? t(key as MessageKey) : message;
}

/** The status lines a connection set: one, or several said in order. */
export function statusLines(c: SurveyConnected | null): readonly SurveyStatus[] {
  const s = c?.status;
  return !s ? [] : 'state' in s ? [s] : s;
}

/** `ge-error` items for the lines that report a failure to load (`path`: where from). */
export const statusErrors = (t: Translate, tag: string, lines: readonly SurveyStatus[], path: string): GeErrorItem[] => lines
  .filter((l) => l.state === 'load-failed').map((l) => ({ path, code: String(l.params?.code ?? ''), message: statusText(t, l, tag) }));

/** `ge-error` items for a refused submission: why, in our words or the server's, then each problem it listed. */
export const refusalErrors = (t: Translate, r: SurveyRefusal): GeErrorItem[] => [{ path: r.path, code: r.code, message: refusalText(t, r.code, r.message) },
  ...r.errors.map((e) => ({ path: `response.${e.path}`.replace(/\.$/, ''), code: e.code, message: e.message }))];

/** The live region stays in place whatever is shown below it, so that each change is announced. */
export const renderStatus = (texts: string[]): TemplateResult =>
  html`<div class="round-status" part="round-status" role="status">${texts.map((n) => html`<p class="notice">${n}</p>`)}</div>`;

/** The status lines' buttons, each a part named after its action (`retry`). */
export function renderActions(t: Translate, lines: readonly SurveyStatus[], onClick: (e: Event) => void): TemplateResult | typeof nothing {
  const actions = [...new Set(lines.flatMap((l) => l.actions ?? []))];
  if (!actions.length) return nothing;
  return html`<div class="round-actions">${actions.map((a) => html`<button type="button" class="primary" part=${a}
    data-status-action=${a} @click=${onClick}>${a === 'retry' ? t('retry') : a}</button>`)}</div>`;
}

/** A refused submission above the form: why, the server's list of problems, and that the answers are still here. */
export function renderRefusal(t: Translate, r: SurveyRefusal): TemplateResult {
  return html`<div class="error-summary" part="error-summary" id="round-errors" aria-labelledby="round-errors-title">
    <h3 id="round-errors-title" tabindex="-1">${t('rejectedTitle')}</h3>
    <p>${refusalText(t, r.code, r.message)}</p>
    ${r.errors.length ? html`<ul>${r.errors.map((e) => html`<li>${e.path ? html`<code>${e.path}</code> ` : nothing}${e.message}</li>`)}</ul>` : nothing}
    <p>${t('rejectedIntro')}</p>
  </div>`;
}
