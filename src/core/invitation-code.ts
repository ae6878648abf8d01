// Invitation codes (docs/PROTOCOL.md, "Who is who"): how a typed code is read, and the storage scope it gives. Pure.

/** Longest code accepted, after normalising: a code is short; a pasted paragraph is not one. */
export const CODE_MAX_LENGTH = 64;

/**
 * The code as the server compares it: letters and digits only, upper case (case, spaces and
 * dashes are ignored, as PROTOCOL.md says). `''` when nothing was typed; null when what was typed
 * holds anything else (it can never be a code, and a header could not carry it).
 */
export function normaliseCode(typed: string): string | null {
  const code = typed.replace(/[\s\-\u2010-\u2015]+/g, '').toUpperCase();
  return /^[A-Z0-9]*$/.test(code) && code.length <= CODE_MAX_LENGTH ? code : null;
}

/**
 * A short tag of a code (FNV-1a, 32 bits, base 36) to scope what the survey keeps on a device:
 * two code holders on one device never share a draft, an outbox or an offline copy. Not a secret
 * and not meant to be one (the code itself is short and guessable offline from it); it only
 * keeps each holder's storage apart and avoids writing the code into a key.
 */
export function codeTag(code: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < code.length; i++) {
    hash ^= code.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** The storage scope of a code holder: the survey's own key (its `storage-key`, else the round's) and the code's tag. */
export const codeScope = (base: string, code: string): string => `${base}:code-${codeTag(code)}`;
