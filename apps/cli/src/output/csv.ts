/** A CSV value: numbers as JavaScript writes them, booleans as true/false, null as an empty cell. */
export type CsvValue = string | number | boolean | null | undefined;

/** Quotes a cell when it holds a comma, a quote or a line break (RFC 4180). */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "number" ? (Number.isFinite(value) ? String(value) : "") : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A header row and data rows as CSV text, `\n` line endings, ending with a line break. Nothing precedes the
 * header and nothing follows the rows, so the file loads as it is into any tool.
 *
 * @example
 * toCsv(["iso3", "note"], [["POL", 'a "b", c']]); // 'iso3,note\nPOL,"a ""b"", c"\n'
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return `${[header, ...rows].map((row) => row.map(csvCell).join(",")).join("\n")}\n`;
}
