// Defensive reading of untrusted values: reads that cannot throw, safe writes, short previews.
import { PROTOCOL_LIMITS } from './protocol-data.js';

/** Returned by the readers below when reading threw (a throwing getter, a hostile Proxy...). */
export const UNREADABLE: unique symbol = Symbol('unreadable');
export type Unreadable = typeof UNREADABLE;

/** Longest excerpt of a user's string quoted back in a message: a 10 MB string must not be echoed. */
export const PREVIEW_LENGTH: number = PROTOCOL_LIMITS.previewLength;

/** `value` cut to `max` characters, with an ellipsis when it was longer. */
export function truncate(value: string, max = PREVIEW_LENGTH): string {
  if (value.length <= max) return value;
  // Do not cut a surrogate pair in half: the message would carry a broken character.
  let end = max;
  const code = value.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${value.slice(0, end)}…`;
}

/**
 * A plain object (`{}`, `JSON.parse` output, `Object.create(null)`), from any realm.
 * Arrays, class instances (Date, Map...) and unreadable Proxies are not.
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  try {
    if (Array.isArray(value)) return false;
    const proto: unknown = Object.getPrototypeOf(value);
    // Object.prototype of another realm (an iframe) has a null prototype too.
    return proto === null || Object.getPrototypeOf(proto) === null;
  } catch {
    return false;
  }
}

/** `Array.isArray` that survives a revoked Proxy. */
export function isArray(value: unknown): value is unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/** `obj[key]`, or UNREADABLE when the read throws. Only own properties: inherited ones are not data. */
export function readKey(obj: object, key: string | number): unknown {
  try {
    if (!Object.prototype.hasOwnProperty.call(obj, key)) return undefined;
    return (obj as Record<string | number, unknown>)[key];
  } catch {
    return UNREADABLE;
  }
}

/** The own enumerable string keys of `obj`, or UNREADABLE. */
export function readKeys(obj: object): string[] | Unreadable {
  try {
    return Object.keys(obj);
  } catch {
    return UNREADABLE;
  }
}

/** The length of an array, or UNREADABLE (a Proxy may lie or throw). */
export function readLength(arr: unknown[]): number | Unreadable {
  const length = readKey(arr, 'length');
  return typeof length === 'number' && Number.isSafeInteger(length) && length >= 0 ? length : UNREADABLE;
}

/**
 * Sets an own data property even for a key like `__proto__`, so that copying untrusted keys can
 * never change a prototype.
 */
export function setOwn<T>(target: Record<string, T>, key: string, value: T): void {
  // Only `__proto__` is an accessor on a plain object; plain assignment is much faster for the rest.
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/**
 * A short, language-neutral picture of a value for a message: numbers stay numbers (so they are
 * formatted in the reader's locale), strings are quoted and truncated, containers are elided.
 */
export function preview(value: unknown): string | number {
  switch (typeof value) {
    case 'number':
      return value;
    case 'string':
      return JSON.stringify(truncate(value));
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'undefined':
      return 'undefined';
    case 'symbol':
      return 'Symbol()';
    case 'function':
      return 'function';
    default:
      if (value === null) return 'null';
      return isArray(value) ? '[…]' : '{…}';
  }
}

const SAFE_SEGMENT = new RegExp(PROTOCOL_LIMITS.pathKeyPattern);

/** `base.key`, or `base["key"]` when the key would be ambiguous after a dot. */
export function pathKey(base: string, key: string): string {
  if (SAFE_SEGMENT.test(key) && key.length <= PROTOCOL_LIMITS.pathKeyMaxLength) return base ? `${base}.${key}` : key;
  return `${base}[${JSON.stringify(truncate(key))}]`;
}

/** `base[index]`. */
export function pathIndex(base: string, index: number): string {
  return `${base}[${index}]`;
}
