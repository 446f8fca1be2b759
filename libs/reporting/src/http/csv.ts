/*
 * The same content as the JSON, as CSV: one row per field, named by its path (incidents.byCategory.USE_OF_FORCE,
 * useOfForce.0.publicSummary), so nothing is lost and a spreadsheet can pivot it.
 */

type Json = string | number | boolean | null | undefined | Json[] | { [key: string]: Json };

function* rows(value: Json, path: string): Generator<[string, string | number | boolean | null]> {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* rows(item, path ? `${path}.${index}` : String(index));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) yield* rows(item, path ? `${path}.${key}` : key);
  } else if (value !== undefined) {
    yield [path, value];
  }
}

/**
 * Text a spreadsheet would run as a formula, by OWASP's CSV injection guidance: a cell starting with = + - @, tab
 * or CR, also after leading whitespace or control characters (Excel and LibreOffice skip them) and in the
 * full-width and small forms (＝ ＋ － ＠, ﹢ ﹣ ﹫) that East Asian input methods type and spreadsheets read alike.
 */
const FORMULA = /^(?:[\t\r]|[\s\p{Cc}\p{Cf}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE62\uFE63\uFE6B])/u;

/** Separators (comma, and semicolon for a Dutch spreadsheet), quotes and line breaks need the cell quoted. */
const NEEDS_QUOTES = /[",;\r\n]/;

/**
 * Quotes a cell when needed; defuses a formula as OWASP advises: a leading single quote, inside double quotes, so
 * the quote is kept as text whatever separator the spreadsheet assumes.
 */
function cell(value: string | number | boolean | null): string {
  if (value === null) return '';
  const text = String(value);
  const quoted = (inner: string) => `"${inner.replace(/"/g, '""')}"`;
  if (typeof value === 'string' && FORMULA.test(text)) return quoted(`'${text}`);
  return NEEDS_QUOTES.test(text) || text !== text.trim() ? quoted(text) : text;
}

export function toCsv(value: object): string {
  const lines = ['field,value'];
  for (const [path, item] of rows(value as Json, '')) lines.push(`${cell(path)},${cell(item)}`);
  return `${lines.join('\r\n')}\r\n`;
}
