export type CsvValue = string | number | null;

/**
 * One CSV field as RFC 4180 writes it: quoted when it holds a comma, a quote, a line break or
 * edge spaces, with quotes doubled. Text that a spreadsheet would run as a formula (=, +, -, @ at
 * the start) gets a leading apostrophe, so an option's text can never become a live formula.
 */
export function csvField(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows to CSV text with CRLF line ends, as spreadsheets expect. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
