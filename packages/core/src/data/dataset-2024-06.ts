import { deepFreeze } from "../internal/freeze.js";
import type { Dataset } from "../models/dataset.js";
import type { NatoEdition } from "../models/edition.js";
import { FIELDS_2024_06, ROWS_2024_06 } from "./editions/nato-2024-06.js";
import { EDITION_2024_06 } from "./editions.js";
import { expandRows } from "./rows.js";

let cached: Dataset<NatoEdition> | undefined;

/**
 * NATO's 2024-06 edition (2014-2024). Importing this function alone bundles this
 * edition's figures and no other's.
 *
 * @category Editions
 * @example
 * dataset2024_06().edition.id; // "2024-06"
 */
export function dataset2024_06(): Dataset<NatoEdition> {
  cached ??= deepFreeze({
    edition: EDITION_2024_06,
    observations: expandRows(EDITION_2024_06, FIELDS_2024_06, ROWS_2024_06),
  });
  return cached;
}
