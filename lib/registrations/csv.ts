import { stringify } from "csv-stringify/sync";

/**
 * Spreadsheet apps run a cell that starts with = + - @ (or tab / carriage return, which some strip first) as a
 * formula, so a registrant could plant `=HYPERLINK(...)` in their job title. A leading apostrophe makes Excel
 * and LibreOffice show the text as typed (OWASP "CSV injection").
 */
export function neutraliseCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = value instanceof Date ? value.toISOString() : String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** UTF-8 with a byte-order mark (so Excel reads accents and non-Latin names), CRLF rows, every cell quoted. */
export function toCsv(header: string[], rows: unknown[][]): string {
  const body = stringify([header, ...rows.map((r) => r.map(neutraliseCell))], {
    quoted: true,
    quoted_empty: true,
    record_delimiter: "\r\n",
  });
  return `\uFEFF${body}`;
}
