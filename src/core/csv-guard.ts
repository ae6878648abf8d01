// Guarding free text in CSV cells against spreadsheet formula injection, reversibly.

/*
 * A cell starting with = + - @ tab or CR is run as a formula by Excel and LibreOffice: a comment
 * like "=HYPERLINK(...)" would become a live link in the facilitator's sheet. The OWASP advice is
 * to prefix such cells with a single quote, which spreadsheets show as text. To keep the
 * round trip exact, a text that already starts with quotes before such a character gets one
 * more quote, and reading removes exactly one quote from any cell of that shape.
 *
 * A spreadsheet may also split a file on another separator than the one it was written with
 * (French Excel splits a comma file on `;`), or start a new row at a line break inside a quoted
 * field that it did not read as quoted: then the text after a `,` `;` tab or line break inside a
 * field starts a cell of its own. So the same guard is applied after each of those characters:
 * `ok;=cmd` is written `ok;'=cmd`, and reading removes exactly one quote there too.
 */
const NEEDS_GUARD = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;
const INNER = /([,;\t\r\n])(?='*[=+\-@])/g;
const INNER_GUARDED = /([,;\t\r\n])'(?='*[=+\-@])/g;

/** `text` as written to a cell: a quote before anything a spreadsheet could take for the start of a formula. */
export function guardFormula(text: string): string {
  const inner = text.replace(INNER, "$1'");
  return NEEDS_GUARD.test(inner) ? `'${inner}` : inner;
}

/** The text of a cell written by guardFormula. */
export function unguardFormula(cell: string): string {
  return (GUARDED.test(cell) ? cell.slice(1) : cell).replace(INNER_GUARDED, '$1');
}
