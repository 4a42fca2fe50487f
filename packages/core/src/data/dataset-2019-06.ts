import { deepFreeze } from "../internal/freeze.js";
import type { Dataset } from "../models/dataset.js";
import type { NatoEdition } from "../models/edition.js";
import { FIELDS_2019_06, ROWS_2019_06 } from "./editions/nato-2019-06.js";
import { EDITION_2019_06 } from "./editions.js";
import { expandRows } from "./rows.js";

let cached: Dataset<NatoEdition> | undefined;

/**
 * NATO's 2019-06 edition (2012-2019). Importing this function alone bundles this
 * edition's figures and no other's.
 *
 * @category Editions
 * @example
 * dataset2019_06().edition.id; // "2019-06"
 */
export function dataset2019_06(): Dataset<NatoEdition> {
  cached ??= deepFreeze({
    edition: EDITION_2019_06,
    observations: expandRows(EDITION_2019_06, FIELDS_2019_06, ROWS_2019_06),
  });
  return cached;
}
