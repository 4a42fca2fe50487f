import type { Edition } from "../models/edition.js";

/**
 * The credit line every table, chart, download and CLI output of NATO's figures carries.
 *
 * @example
 * sourceLine(EDITION_2026);
 * // "Source: NATO, Defence Investment of NATO Countries (2014-2026), 2026 edition. e = estimate."
 */
export function sourceLine(
  edition: Pick<Edition, "title" | "id">,
  options: { estimates?: boolean } = {},
): string {
  const mark = options.estimates === false ? "" : " e = estimate.";
  return `Source: NATO, ${edition.title}, ${edition.id} edition.${mark}`;
}
