/**
 * CSV (RFC 4180) without a library: the csv project's writer (csv-stringify) is not among the
 * installed packages and only its parser is; the rules for writing are these few lines.
 */

/** Spreadsheets run a cell that starts like a formula: such text is written with a leading quote mark. */
const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvCell = string | number | boolean | null;

/** One cell: numbers as they are, text protected from formula injection and quoted when it must be. */
export function csvCell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of cells as CSV text, CRLF between records as RFC 4180 says, ending with one. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
