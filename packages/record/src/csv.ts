import { parse } from 'csv-parse/sync';

/**
 * Reads CSV text (RFC 4180: quoted fields, doubled quotes, CRLF or LF) into rows of fields, with
 * `csv-parse`; rows may have different lengths, and a stray quote inside a field is kept as text.
 * Throws a `CsvError` (with `lines`) on text that is not CSV at all, such as an unclosed quote.
 * @example readCsv('a,b\n"x, y",2\n') // [['a', 'b'], ['x, y', '2']]
 */
export function readCsv(text: string): string[][] {
  return parse(text, { relax_column_count: true, relax_quotes: true }) as string[][];
}

/**
 * Writes rows as CSV, quoting fields that hold a comma, quote or line break.
 * @example writeCsv([['symbol', 'topic'], ['S/2011/612', 'Syria, Middle East']])
 */
export function writeCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  const field = (v: string | number | null) => {
    const s = v === null ? '' : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `${rows.map((r) => r.map(field).join(',')).join('\n')}\n`;
}
