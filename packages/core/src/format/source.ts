import type { Edition } from "../models/edition.js";
import { formatFactDate } from "./date.js";
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

/**
 * The date line every page of NATO's figures carries: which edition, when NATO released it and its data
 * cut-off, so a reader knows how current the figures are.
 *
 * @example
 * editionDateLine(getEdition("2026-07"));
 * // "NATO's July 2026 edition, released 10 July 2026; data cut-off 3 July 2026. Estimates are marked e."
 */
export function editionDateLine(edition: Pick<Edition, "id" | "publishedOn" | "dataCutOff">): string {
  const cutOff = edition.dataCutOff
    ? `data cut-off ${formatFactDate(edition.dataCutOff)}`
    : "cut-off not stated";
  return `NATO's ${editionLabel(edition)} edition, released ${formatFactDate(edition.publishedOn)}; ${cutOff}. Estimates are marked e.`;
}
