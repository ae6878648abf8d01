// With a connection that asks for it (`connected.codePrompt`): the form for an invitation code
// (docs/PROTOCOL.md, "Who is who"), which says why a code was not taken and hands a good one on.
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { normaliseCode } from '../core/invitation-code.js';
import type { Translate } from './parts.js';
import type { SurveyCodePrompt } from './types.js';

export interface CodeFormOptions {
  t: Translate;
  /** A code was not taken (here or by the connection): the host re-renders and focuses the field (`#code`). */
  refused(): void;
  /** A well-formed code, normalised: the host fires `ge-code-submit`. */
  submit(code: string): void;
  /** The prompt went away (the code was taken): the host moves focus to what replaces the form. */
  taken(): void;
}

export class CodeForm {
  /** The prompt shown, as the connection gave it; null when none. */
  prompt: SurveyCodePrompt | null = null;
  /** Why the last code was not taken, in the survey's language; null before any. */
  #problem: string | null = null;
  /** Counts the refusals, so that the same message said twice is announced twice. */
  #attempt = 0;

  readonly #options: CodeFormOptions;

  constructor(options: CodeFormOptions) {
    this.#options = options;
  }

  /** Takes the connection's prompt: a new one with an error is a new refusal; one that checks a code clears the last problem. */
  take(prompt: SurveyCodePrompt | null): void {
    if (prompt === this.prompt) return;
    if (this.prompt && !prompt) this.#options.taken();
    this.prompt = prompt;
    if (prompt?.error) this.#refuse(prompt.error === 'too-many-attempts' ? this.#options.t('codeWait', { wait: this.#waitText(prompt.retryAfter) }) : this.#options.t('codeInvalid'));
    else this.#problem = null;
  }

  /** "90 seconds" is said "2 minutes": a person waits in minutes. */
  #waitText(seconds: number | undefined): string {
    const { t } = this.#options;
    if (seconds === undefined || !Number.isFinite(seconds)) return t('waitSome');
    if (seconds <= 60) return seconds <= 1 ? t('waitSecondsOne') : t('waitSeconds', { n: Math.ceil(seconds) });
    const minutes = Math.ceil(seconds / 60);
    return minutes === 1 ? t('waitMinutesOne') : t('waitMinutes', { n: minutes });
  }

  #refuse(problem: string): void {
    this.#problem = problem;
    this.#attempt += 1;
    this.#options.refused();
  }

  readonly #onSubmit = (e: Event): void => {
    e.preventDefault();
    if (this.prompt?.checking) return; // one code at a time
    const input = (e.currentTarget as HTMLFormElement).querySelector<HTMLInputElement>('#code');
    const code = normaliseCode(input?.value ?? '');
    if (!code) {
      this.#refuse(this.#options.t(code === '' ? 'codeEmpty' : 'codeMalformed')); // never asks the server
      return;
    }
    this.#problem = null;
    this.#options.submit(code);
  };

  /**
   * A labelled text input and a button. The input is not auto-corrected or auto-filled (a code is no
   * word and no password); the problem is tied to it (`aria-describedby`, `aria-invalid`) and said
   * in a polite live region.
   */
  render(): TemplateResult {
    const { t } = this.#options;
    const problem = this.#problem;
    const busy = !!this.prompt?.checking;
    return html`<form class="code-form" novalidate @submit=${this.#onSubmit} aria-busy=${busy ? 'true' : 'false'}>
      <label for="code">${t('codeLabel')}</label>
      <p class="help" id="code-help">${t('codeHelp')}</p>
      <input id="code" name="code" type="text" part="code-input" autocomplete="off" autocapitalize="characters" spellcheck="false"
        aria-describedby=${problem ? 'code-help code-error' : 'code-help'} aria-invalid=${problem ? 'true' : 'false'} />
      <div aria-live="polite">${problem ? keyed(this.#attempt, html`<p class="error" id="code-error">${problem}</p>`) : nothing}</div>
      <div class="round-actions"><button type="submit" class="primary" part="code-submit" aria-disabled=${busy ? 'true' : 'false'}
        >${t(busy ? 'codeChecking' : 'codeSubmit')}</button></div>
    </form>`;
  }
}
