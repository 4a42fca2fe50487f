import type { Edition } from "../models/edition.js";
import { formatFactDate } from "./date.js";

/**
 * The credit line every table, chart, download and CLI output of NATO's figures carries.
 *
 * @example
 * sourceLine(EDITION_2026);
 * // "Source: NATO, Defence Expenditure of NATO Countries (2014-2026), 2026 edition. e = estimate."
 */
export function sourceLine(
  edition: Pick<Edition, "title" | "id">,
  options: { estimates?: boolean } = {},
): string {
  const mark = options.estimates === false ? "" : " e = estimate.";
  return `Source: NATO, ${edition.title}, ${edition.id} edition.${mark}`;
}

/**
 * The date line every page of NATO's figures carries: which edition, when NATO released it and its data
 * cut-off, so a reader knows how current the figures are.
 *
 * @example
 * editionDateLine(EDITION_2026);
 * // "NATO's 2026 edition, released 10 July 2026; data cut-off 3 July 2026. Estimates are marked e."
 */
export function editionDateLine(edition: Pick<Edition, "id" | "publishedOn" | "dataCutOff">): string {
  return `NATO's ${edition.id} edition, released ${formatFactDate(edition.publishedOn)}; data cut-off ${formatFactDate(edition.dataCutOff)}. Estimates are marked e.`;
}
