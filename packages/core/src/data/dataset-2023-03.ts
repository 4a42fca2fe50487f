import { deepFreeze } from "../internal/freeze.js";
import type { Dataset } from "../models/dataset.js";
import type { NatoEdition } from "../models/edition.js";
import { FIELDS_2023_03, ROWS_2023_03 } from "./editions/nato-2023-03.js";
import { EDITION_2023_03 } from "./editions.js";
import { expandRows } from "./rows.js";

let cached: Dataset<NatoEdition> | undefined;

/**
 * NATO's 2023-03 edition (2014-2022). Importing this function alone bundles this
 * edition's figures and no other's.
 *
 * @category Editions
 * @example
 * dataset2023_03().edition.id; // "2023-03"
 */
export function dataset2023_03(): Dataset<NatoEdition> {
  cached ??= deepFreeze({
    edition: EDITION_2023_03,
    observations: expandRows(EDITION_2023_03, FIELDS_2023_03, ROWS_2023_03),
  });
  return cached;
}
