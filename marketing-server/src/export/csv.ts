/** One column of an export: the field of a row, and the header a spreadsheet shows for it. */
export type CsvColumn = { key: string; header?: string };

// A spreadsheet runs a cell that starts with one of these as a formula (CSV injection, OWASP).
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One cell, RFC 4180 escaped. Text that a spreadsheet would take for a formula gets a leading
 * apostrophe; numbers are written as they are (a negative amount is a number, not a formula).
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')
    return String(value);
  let s =
    value instanceof Date
      ? value.toISOString()
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(cells: unknown[]): string {
  return cells.map(csvCell).join(',') + '\r\n';
}

export function csvHeader(columns: CsvColumn[]): string {
  return csvLine(columns.map((c) => c.header ?? c.key));
}

export function csvRow(columns: CsvColumn[], row: Record<string, unknown>): string {
  return csvLine(columns.map((c) => row[c.key]));
}
