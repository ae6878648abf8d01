// Collecting validation errors: capped in number, with messages in the caller's language.
import type { Locale, MessageParams, ValidationError, ValidationResult } from './types.js';
import { formatValidationMessage } from './validation-message.js';
import { baseLocale } from './text.js';
import { PROTOCOL_LIMITS } from './protocol-data.js';

/** Past this many errors, one `too-many-errors` error is added and checking stops. */
export const MAX_ERRORS: number = PROTOCOL_LIMITS.maxErrors;

/** Thrown (and caught by the validators) to stop walking a huge broken input. */
export const STOP: { readonly stop: true } = Object.freeze({ stop: true });

export interface Issues {
  readonly locale: Locale;
  readonly errors: ValidationError[];
  /**
   * Records an error at `path` (also put into the params, so the message can quote it).
   * Returns undefined so that a checker can `return issues.add(...)` for "no clean value".
   */
  add(path: string, code: string, params?: MessageParams): undefined;
}

/** Words a problem: the validators' catalogue by default (`formatMessage`'s words for those codes); a server's validators also know the protocol's own codes. */
export type MessageFormatter = (code: string, params: MessageParams, locale: Locale) => string;

export function createIssues(locale: Locale, format: MessageFormatter = formatValidationMessage): Issues {
  const errors: ValidationError[] = [];
  return {
    locale,
    errors,
    add(path, code, params = {}) {
      if (errors.length >= MAX_ERRORS) {
        const tooMany = { max: MAX_ERRORS };
        errors.push({ path: '', code: 'too-many-errors', message: formatValidationMessage('too-many-errors', tooMany, locale), params: tooMany });
        throw STOP;
      }
      const all: MessageParams = { ...params, path };
      errors.push({ path, code, message: format(code, all, locale), params: all });
      return undefined;
    },
  };
}

/** The error list of a validator that hit a throw it did not expect: the last line of defence. */
export function unreadableResult(locale: Locale, path = ''): ValidationError[] {
  const params = { path };
  return [{ path, code: 'unreadable', message: formatValidationMessage('unreadable', params, locale), params }];
}

export interface ValidateOptions {
  /** Language of the error messages (`en`, `fr`, `fr-CA`...); default English. */
  locale?: string;
}

function localeOf(options: unknown): Locale {
  try {
    const locale: unknown = (options as ValidateOptions | undefined)?.locale;
    return baseLocale(typeof locale === 'string' ? locale : 'en');
  } catch {
    return 'en';
  }
}

/** Runs a checker with the error cap and the last line of defence around it. */
export function runChecks<T>(options: unknown, check: (issues: Issues) => T | undefined, format?: MessageFormatter): ValidationResult<T> {
  const locale = localeOf(options);
  const issues = createIssues(locale, format);
  try {
    const value = check(issues);
    if (value !== undefined && issues.errors.length === 0) return { ok: true, value };
  } catch (error) {
    // STOP ends a walk past the error cap; anything else is a hostile input we failed to foresee.
    if (error !== STOP) return { ok: false, errors: [...issues.errors, ...unreadableResult(locale)] };
  }
  return { ok: false, errors: issues.errors.length > 0 ? issues.errors : unreadableResult(locale) };
}
