// Checkers for single fields of untrusted input, each returning a clean copy or undefined.
import type { LocalizedText } from './types.js';
import type { Issues } from './validate-context.js';
import { COMMENT_PREFIX } from './csv-columns.js';
import { UNREADABLE, isArray, isPlainObject, pathKey, preview, readKey, readKeys, readLength, setOwn, truncate } from './safe-read.js';
import { PROTOCOL_LIMITS } from './protocol-data.js';

/** Ids name CSV columns, element ids and storage keys: a small safe charset avoids quoting anywhere. */
export const ID_PATTERN = new RegExp(PROTOCOL_LIMITS.idPattern);
export const ID_MAX_LENGTH: number = PROTOCOL_LIMITS.idMaxLength;
const LANGUAGE_TAG = new RegExp(PROTOCOL_LIMITS.languageTagPattern);
/** Names that `record[id]` would find on every object: an id like `constructor` would fool lookups. */
const OBJECT_NAMES: ReadonlySet<string> = new Set(PROTOCOL_LIMITS.objectNames);

/**
 * `obj[key]`, read once (a getter may answer differently each time). Records `unreadable` when
 * reading throws and, with `required`, `required` when absent; the result is then undefined.
 */
export function readField(issues: Issues, obj: object, key: string | number, path: string, required = false): unknown {
  const value = readKey(obj, key);
  if (value === UNREADABLE) return issues.add(path, 'unreadable');
  if (value === undefined && required) return issues.add(path, 'required');
  return value;
}

/** A string, non-empty once trimmed; `required` says whether absence is an error. */
export function readString(issues: Issues, obj: object, key: string, path: string, required: boolean): string | undefined {
  const value = readField(issues, obj, key, path, required);
  if (value === undefined) return undefined;
  if (typeof value !== 'string') return issues.add(path, 'not-string', { found: preview(value) });
  if (value.trim() === '') return issues.add(path, 'empty-string');
  return value;
}

/** An id (see ID_PATTERN), not one of `reservedNames` nor a name every object inherits. */
export function readId(issues: Issues, obj: object, key: string, path: string, reservedNames?: ReadonlySet<string>): string | undefined {
  const value = readString(issues, obj, key, path, true);
  if (value === undefined) return undefined;
  if (value.length > ID_MAX_LENGTH || !ID_PATTERN.test(value)) {
    return issues.add(path, 'invalid-id', { found: truncate(value), max: ID_MAX_LENGTH });
  }
  if (OBJECT_NAMES.has(value) || reservedNames?.has(value) || value.startsWith(COMMENT_PREFIX)) {
    return issues.add(path, 'reserved-id', { found: value });
  }
  return value;
}

/** An optional boolean. */
export function readBoolean(issues: Issues, obj: object, key: string, path: string): boolean | undefined {
  const value = readField(issues, obj, key, path);
  if (value === undefined || typeof value === 'boolean') return value;
  return issues.add(path, 'not-boolean', { found: preview(value) });
}

/** A number that is finite and, with `integer`, whole. */
export function readNumber(issues: Issues, obj: object, key: string, path: string, integer: boolean): number | undefined {
  const value = readField(issues, obj, key, path, true);
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) return issues.add(path, 'not-number', { found: preview(value) });
  if (integer && !Number.isSafeInteger(value)) return issues.add(path, 'not-integer', { found: value });
  return value + 0; // + 0 turns -0 into 0, which deep equality tells apart.
}

/** A LocalizedText given as a value (array items have no key to read). */
export function checkText(issues: Issues, value: unknown, path: string): LocalizedText | undefined {
  if (typeof value === 'string') {
    if (value.trim() === '') return issues.add(path, 'empty-string');
    return value;
  }
  if (!isPlainObject(value)) return issues.add(path, 'not-text', { found: preview(value) });
  const keys = readKeys(value);
  if (keys === UNREADABLE) return issues.add(path, 'unreadable');
  if (keys.length === 0) return issues.add(path, 'not-text', { found: '{}' });
  const copy: Record<string, string> = {};
  let ok = true;
  for (const lang of keys) {
    const at = pathKey(path, lang);
    if (!LANGUAGE_TAG.test(lang)) {
      issues.add(at, 'invalid-language', { found: truncate(lang) });
      ok = false;
      continue;
    }
    const text = readString(issues, value, lang, at, true);
    if (text === undefined) ok = false;
    else setOwn(copy, lang, text);
  }
  return ok ? copy : undefined;
}

/** A LocalizedText field; optional ones may be absent. */
export function readText(issues: Issues, obj: object, key: string, path: string, required: boolean): LocalizedText | undefined {
  const value = readField(issues, obj, key, path, required);
  return value === undefined ? undefined : checkText(issues, value, path);
}

/** A plain object field, or undefined after an error. */
export function readObject(issues: Issues, obj: object, key: string, path: string, required: boolean): Record<string, unknown> | undefined {
  const value = readField(issues, obj, key, path, required);
  if (value === undefined) return undefined;
  if (!isPlainObject(value)) return issues.add(path, 'not-object', { found: preview(value) });
  return value;
}

/** A required array field with its length (read once: a Proxy could change its answer). */
export function readList(issues: Issues, obj: object, key: string, path: string): { list: unknown[]; length: number } | undefined {
  const value = readField(issues, obj, key, path, true);
  if (value === undefined) return undefined;
  if (!isArray(value)) return issues.add(path, 'not-array', { found: preview(value) });
  const length = readLength(value);
  if (length === UNREADABLE) return issues.add(path, 'unreadable');
  return { list: value, length };
}
