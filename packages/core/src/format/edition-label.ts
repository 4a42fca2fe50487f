import type { Edition, EditionId } from "../models/edition.js";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * Options of `editionLabel`.
 *
 * @category Formatting
 * @example
 * const options: EditionLabelOptions = { month: "short" };
 * editionLabel("2026-07", options); // "Jul 2026"
 */
export interface EditionLabelOptions {
  /**
   * `"long"` (the default) names the month in full ("July 2026"); `"short"` by its first three letters
   * ("Jul 2026"), for a chart's axis or the end of a line, where the full name is in its legend or table.
   */
  readonly month?: "long" | "short";
}

/**
 * An edition named for readers: its release month and year ("July 2026"), or with the month shortened
 * ("Jul 2026") where room is short.
 *
 * @category Formatting
 * @example
 * editionLabel(getEdition("2023-03")); // "March 2023"
 * editionLabel("2026-07", { month: "short" }); // "Jul 2026"
 */
export function editionLabel(
  edition: Pick<Edition, "id"> | EditionId,
  options: EditionLabelOptions = {},
): string {
  const id = typeof edition === "string" ? edition : edition.id;
  const match = /^(\d{4})-(\d{2})$/.exec(id);
  const name = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !name) return id;
  const month = options.month === "short" ? name.slice(0, 3) : name;
  return `${month} ${match[1]}`;
}
