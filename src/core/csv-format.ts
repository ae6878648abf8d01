// RFC 4180 CSV text: writing rows, detecting the separator, and a lenient reader that never throws.

export type CsvSeparator = ',' | ';' | '\t';

const BOM = '\ufeff';

/**
 * The field as written: quoted when it holds any of the three separators (not only its own: a
 * spreadsheet may read the file with another one), a quote, CR/LF or edge whitespace.
 */
export function formatCsvField(value: string, _separator: CsvSeparator): string {
  const needsQuotes = /[,;\t"\r\n]/.test(value) || /^\s|\s$/.test(value);
  return needsQuotes ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows as CSV text: CRLF after every row (as RFC 4180 and Excel do), optional byte-order mark. */
export function formatCsv(rows: readonly (readonly string[])[], separator: CsvSeparator, bom = false): string {
  const lines = rows.map((row) => row.map((field) => formatCsvField(field, separator)).join(separator));
  return (bom ? BOM : '') + lines.map((line) => `${line}\r\n`).join('');
}

/** `text` without its byte-order mark. */
export function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/**
 * The separator of a file: whichever of `,` `;` tab occurs most in the header line outside
 * quotes (French-locale Excel writes `;`, since `,` is its decimal mark). A tie, or a one-column
 * file, gives `,`.
 */
export function detectSeparator(text: string): CsvSeparator {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c] += 1;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

export interface CsvRecord {
  /** Spreadsheet row number: 1-based, blank lines counted, a multi-line cell counting once. */
  row: number;
  fields: string[];
}

export interface CsvParse {
  records: CsvRecord[];
  /** Set when a quoted field never closes: where it opened. The records before it are kept. */
  unterminated?: { row: number; column: number };
}

/** Index of the next separator, CR or LF from `i`, or `text.length`. */
function fieldEnd(text: string, i: number, separator: string): number {
  let k = i;
  while (k < text.length) {
    const c = text[k];
    if (c === separator || c === '\n' || c === '\r') return k;
    k += 1;
  }
  return k;
}

/**
 * Splits CSV text (without BOM) into records. Accepts CRLF, LF and CR line ends and quoted fields
 * across lines. Leniently, a quote inside an unquoted field is kept as a character, and text
 * after a closing quote is appended to the field, as spreadsheets do. Runs in linear time.
 */
export function parseCsv(text: string, separator: CsvSeparator): CsvParse {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let row = 1;
  let i = 0;
  for (;;) {
    let value: string;
    if (text[i] === '"') {
      const parts: string[] = [];
      let j = i + 1;
      for (;;) {
        const close = text.indexOf('"', j);
        if (close < 0) return { records, unterminated: { row, column: fields.length + 1 } };
        parts.push(text.slice(j, close));
        if (text[close + 1] !== '"') {
          i = close + 1;
          break;
        }
        parts.push('"');
        j = close + 2;
      }
      const end = fieldEnd(text, i, separator);
      value = parts.join('') + text.slice(i, end);
      i = end;
    } else {
      const end = fieldEnd(text, i, separator);
      value = text.slice(i, end);
      i = end;
    }
    fields.push(value);
    if (i >= text.length) {
      records.push({ row, fields });
      return { records };
    }
    const c = text[i];
    i += 1;
    if (c === separator) continue;
    if (c === '\r' && text[i] === '\n') i += 1;
    records.push({ row, fields });
    if (i >= text.length) return { records };
    fields = [];
    row += 1;
  }
}
