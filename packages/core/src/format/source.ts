import type { Edition } from "../models/edition.js";
import { editionLabel } from "./edition-label.js";

/**
 * The credit line every table, chart, download and CLI output of NATO's figures carries: NATO, the
 * edition's title and release month, and how the figures were obtained where they are not NATO's own file.
 *
 * @example
 * sourceLine(getEdition("2026-07"));
 * // "Source: NATO, Defence Investment of NATO Countries (2014-2026), July 2026 edition. e = estimate."
 */
export function sourceLine(
  edition: Pick<Edition, "title" | "id"> & Partial<Pick<Edition, "creditNote">>,
  options: { estimates?: boolean } = {},
): string {
  const mark = options.estimates === false ? "" : " e = estimate.";
  const how = edition.creditNote ? ` (${edition.creditNote})` : "";
  return `Source: NATO, ${edition.title}, ${editionLabel(edition)} edition${how}.${mark}`;
}
