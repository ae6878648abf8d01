// Guarding free text in CSV cells against spreadsheet formula injection, reversibly.

/*
 * A cell starting with = + - @ tab or CR is run as a formula by Excel and LibreOffice: a comment
 * like "=HYPERLINK(...)" would become a live link in the facilitator's sheet. The OWASP advice is
 * to prefix such cells with a single quote, which spreadsheets show as text. To keep the
 * round trip exact, a text that already starts with quotes before such a character gets one
 * more quote, and reading removes exactly one quote from any cell of that shape.
 */
const NEEDS_GUARD = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

/** `text` as written to a cell: prefixed with `'` when a spreadsheet could take it for a formula. */
export function guardFormula(text: string): string {
  return NEEDS_GUARD.test(text) ? `'${text}` : text;
}

/** The text of a cell written by guardFormula. */
export function unguardFormula(cell: string): string {
  return GUARDED.test(cell) ? cell.slice(1) : cell;
}
