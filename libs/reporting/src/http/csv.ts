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

/** Quotes a cell when needed, and defuses text a spreadsheet would run as a formula (OWASP CSV injection). */
function cell(value: string | number | boolean | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(value: object): string {
  const lines = ['field,value'];
  for (const [path, item] of rows(value as Json, '')) lines.push(`${cell(path)},${cell(item)}`);
  return `${lines.join('\r\n')}\r\n`;
}
