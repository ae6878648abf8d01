// With `endpoint`: the form that asks for an invitation code (docs/PROTOCOL.md, "Who is who").
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { Translate } from './parts.js';

export interface CodeFormView {
  /** Why the last code was not taken, in the survey's language; null before any. */
  problem: string | null;
  /** Counts the refusals, so that the same message said twice is announced twice. */
  attempt: number;
  /** A code is being checked. */
  busy: boolean;
}

/**
 * A labelled text input and a button. The input is not auto-corrected or auto-filled (a code is no
 * word and no password); the problem is tied to it (`aria-describedby`, `aria-invalid`) and said
 * in a polite live region.
 */
export function renderCodeForm(t: Translate, v: CodeFormView, onSubmit: (e: Event) => void): TemplateResult {
  const problem = v.problem;
  return html`<form class="code-form" novalidate @submit=${onSubmit} aria-busy=${v.busy ? 'true' : 'false'}>
    <label for="code">${t('codeLabel')}</label>
    <p class="help" id="code-help">${t('codeHelp')}</p>
    <input id="code" name="code" type="text" part="code-input" autocomplete="off" autocapitalize="characters" spellcheck="false"
      aria-describedby=${problem ? 'code-help code-error' : 'code-help'} aria-invalid=${problem ? 'true' : 'false'} />
    <div aria-live="polite">${problem ? keyed(v.attempt, html`<p class="error" id="code-error">${problem}</p>`) : nothing}</div>
    <div class="round-actions"><button type="submit" class="primary" part="code-submit" aria-disabled=${v.busy ? 'true' : 'false'}
      >${t(v.busy ? 'codeChecking' : 'codeSubmit')}</button></div>
  </form>`;
}
