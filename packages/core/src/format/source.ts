import type { Edition, NatoEdition } from "../models/edition.js";
import { NatoError } from "../models/error.js";
import { formatFactDate } from "./date.js";
import { editionLabel } from "./edition-label.js";

/**
 * The credit line every table, chart, download and CLI output carries. It names the edition's publisher:
 * NATO for NATO's editions, with the edition's title and release month and how the figures were obtained
 * where they are not NATO's own file; the user's own credit for a user's edition (`userEdition`). Throws
 * `NatoError` `INVALID_EDITION` for an edition without a publisher, a title or an id, rather than print
 * "undefined".
 *
 * @category Formatting
 * @example
 * sourceLine(getEdition("2026-07"));
 * // "Source: NATO, Defence Investment of NATO Countries (2014-2026), July 2026 edition. e = estimate."
 * sourceLine(userEdition({ id: "plan", title: "Budget plan", publisher: "Jane Doe", source: "My sums", firstYear: 2025, lastYear: 2030 }));
 * // "Source: Jane Doe, Budget plan (plan). e = estimate."
 */
export function sourceLine(
  edition: Pick<Edition, "title" | "id" | "publisher"> & Partial<Pick<Edition, "creditNote">>,
  options: { estimates?: boolean } = {},
): string {
  const missing = (["publisher", "title", "id"] as const).filter(
    (field) => typeof edition?.[field] !== "string" || edition[field].trim() === "",
  );
  if (missing.length > 0) {
    throw new NatoError(
      "INVALID_EDITION",
      `Cannot credit an edition without ${missing.join(", ")}: expected an edition from EDITIONS or userEdition().`,
      {
        received: edition,
        expected: "an edition with a publisher, a title and an id",
        issues: missing.map((field) => ({
          code: "missing" as const,
          path: [field],
          expected: "a non-empty text",
          found: String(edition?.[field]),
          message: `The edition has no ${field}.`,
        })),
      },
    );
  }
  const mark = options.estimates === false ? "" : " e = estimate.";
  const how = edition.creditNote ? ` (${edition.creditNote})` : "";
  const which = edition.publisher === "NATO" ? `, ${editionLabel(edition)} edition` : ` (${edition.id})`;
  return `Source: ${edition.publisher}, ${edition.title}${which}${how}.${mark}`;
}

/**
 * The date line every page of NATO's figures carries: which edition, when NATO released it and its data
 * cut-off, so a reader knows how current the figures are.
 *
 * @category Formatting
 * @example
 * editionDateLine(getEdition("2026-07"));
 * // "NATO's July 2026 edition, released 10 July 2026; data cut-off 3 July 2026. Estimates are marked e."
 */
export function editionDateLine(edition: Pick<NatoEdition, "id" | "publishedOn" | "dataCutOff">): string {
  const cutOff = edition.dataCutOff
    ? `data cut-off ${formatFactDate(edition.dataCutOff)}`
    : "cut-off not stated";
  return `NATO's ${editionLabel(edition)} edition, released ${formatFactDate(edition.publishedOn)}; ${cutOff}. Estimates are marked e.`;
}
