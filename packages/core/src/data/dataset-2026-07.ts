import { deepFreeze } from "../internal/freeze.js";
import type { Dataset } from "../models/dataset.js";
import type { NatoEdition } from "../models/edition.js";
import { FIELDS_2026_07, ROWS_2026_07 } from "./editions/nato-2026-07.js";
import { EDITION_2026_07 } from "./editions.js";
import { expandRows } from "./rows.js";

let cached: Dataset<NatoEdition> | undefined;

/**
 * NATO's July 2026 edition: every Ally and aggregate, 2014-2026, every published metric. Importing this
 * function alone bundles this edition's figures and no other's.
 *
 * @category Editions
 * @example
 * const ds = dataset2026_07();
 * ds.observations.length; // 442
 */
export function dataset2026_07(): Dataset<NatoEdition> {
  cached ??= deepFreeze({
    edition: EDITION_2026_07,
    observations: expandRows(EDITION_2026_07, FIELDS_2026_07, ROWS_2026_07),
  });
  return cached;
}
