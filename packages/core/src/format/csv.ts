/**
 * A CSV value: numbers as JavaScript writes them, booleans as true/false, null as an empty cell.
 *
 * @category Export
 * @example
 * const row: CsvValue[] = ["POL", 2025, true, 4.25, null];
 * row.map(csvCell).join(","); // "POL,2025,true,4.25,"
 */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * One CSV cell, quoted when it holds a comma, a quote or a line break (RFC 4180). A number that is not
 * finite is an empty cell, never "NaN".
 *
 * @category Export
 * @example
 * csvCell("Reuters, 28 Aug 2025"); // '"Reuters, 28 Aug 2025"'
 * csvCell(null); // ""
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "number" ? (Number.isFinite(value) ? String(value) : "") : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A header row and data rows as CSV text, `\n` line ends, ending with a line break. Nothing precedes the
 * header and nothing follows the rows, so the file loads as it is into any tool.
 *
 * @category Export
 * @example
 * formatCsv(["iso3", "note"], [["POL", 'a "b", c']]); // 'iso3,note\nPOL,"a ""b"", c"\n'
 */
export function formatCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return `${[header, ...rows].map((row) => row.map(csvCell).join(",")).join("\n")}\n`;
}
