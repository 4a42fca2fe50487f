import { deepFreeze } from "../internal/freeze.js";
import type { Dataset } from "../models/dataset.js";
import type { NatoEdition } from "../models/edition.js";
import { FIELDS_2025_08, ROWS_2025_08 } from "./editions/nato-2025-08.js";
import { EDITION_2025_08 } from "./editions.js";
import { expandRows } from "./rows.js";

let cached: Dataset<NatoEdition> | undefined;

/**
 * NATO's August 2025 edition, superseded: share of GDP 2014-2025 (second-hand sources; see its notes).
 *
 * @category Editions
 * @example
 * observationOf(dataset2025_08(), "POL", 2025)?.shareOfGdpPct; // 4.48
 */
export function dataset2025_08(): Dataset<NatoEdition> {
  cached ??= deepFreeze({
    edition: EDITION_2025_08,
    observations: expandRows(EDITION_2025_08, FIELDS_2025_08, ROWS_2025_08),
  });
  return cached;
}
