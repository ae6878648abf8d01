// Where the survey's assessment comes from: the `assessment` property, a `src` URL, an inline JSON
// script child, else the built-in one; each checked by the core before anything is shown.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Assessment, Locale, MessageParams } from '../core/types.js';
import { defaultAssessment } from '../core/default-assessment.js';
import { validateAssessment } from '../core/validate.js';
import { formatValidationMessage } from '../core/validation-message.js';
import { translate } from '../internal/i18n.js';
import { messages } from './messages.js';

/** One problem with the definition, re-rendered in the element's language when it changes. */
export interface DefinitionProblem {
  path: string;
  code: string;
  params?: MessageParams;
}

export type Definition =
  | { state: 'loading' }
  | { state: 'ready'; assessment: Assessment }
  | { state: 'invalid'; problems: DefinitionProblem[] };

/** The message of a problem in `locale`: the core's catalogue, or the survey's own for loading. */
export function problemMessage(p: DefinitionProblem, locale: Locale): string {
  if (p.code === 'load-failed') return translate(messages, locale, 'loadFailed', p.params);
  if (p.code === 'inline-unreadable') return translate(messages, locale, 'inlineUnreadable', p.params);
  return formatValidationMessage(p.code, p.params, locale);
}

const reasonOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export class DefinitionController implements ReactiveController {
  current: Definition = { state: 'ready', assessment: defaultAssessment };
  private abort?: AbortController;
  private lastKey?: unknown[];

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.lastKey) this.host.requestUpdate(); // reconnected: load again (a fetch was aborted on disconnect)
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.lastKey = undefined; // a reconnected element loads again
  }

  /** Settles the definition from the host's inputs; a no-op when they have not changed. */
  resolve(input: unknown, src: string | null): void {
    const inline = input === undefined && !src ? this.inlineText() : null;
    const key = [input, src, inline];
    if (this.lastKey && key.every((k, i) => k === this.lastKey![i])) return;
    this.lastKey = key;
    this.abort?.abort();
    if (input !== undefined) this.check(input);
    else if (src) void this.fetch(src);
    else if (inline != null) this.parse(inline);
    else this.current = { state: 'ready', assessment: defaultAssessment };
  }

  private inlineText(): string | null {
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    return script ? script.textContent ?? '' : null;
  }

  private check(input: unknown): void {
    if (input === defaultAssessment) {
      this.current = { state: 'ready', assessment: defaultAssessment };
      return;
    }
    const result = validateAssessment(input);
    this.current = result.ok
      ? { state: 'ready', assessment: result.value }
      : { state: 'invalid', problems: result.errors.map(({ path, code, params }) => ({ path, code, params })) };
  }

  private parse(text: string): void {
    try {
      this.check(JSON.parse(text));
    } catch (e) {
      this.current = { state: 'invalid', problems: [{ path: '', code: 'inline-unreadable', params: { reason: reasonOf(e) } }] };
    }
  }

  private async fetch(url: string): Promise<void> {
    const abort = (this.abort = new AbortController());
    this.current = { state: 'loading' };
    try {
      const res = await fetch(url, { signal: abort.signal });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const data: unknown = await res.json();
      if (abort.signal.aborted) return;
      this.check(data);
    } catch (e) {
      if (abort.signal.aborted) return;
      this.current = { state: 'invalid', problems: [{ path: '', code: 'load-failed', params: { url, reason: reasonOf(e) } }] };
    }
    this.host.requestUpdate();
  }
}
