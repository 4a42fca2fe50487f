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
 * An edition named for readers: its release month and year ("July 2026").
 *
 * @category Formatting
 * @example
 * editionLabel(getEdition("2023-03")); // "March 2023"
 */
export function editionLabel(edition: Pick<Edition, "id"> | EditionId): string {
  const id = typeof edition === "string" ? edition : edition.id;
  const match = /^(\d{4})-(\d{2})$/.exec(id);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && month ? `${month} ${match[1]}` : id;
}
