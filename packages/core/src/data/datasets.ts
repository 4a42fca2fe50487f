import type { Dataset } from "../models/dataset.js";
import type { BuiltinEditionId, BuiltinEditionName, NatoEdition } from "../models/edition.js";
import type { KnownOr } from "../models/known.js";
import { dataset2019_06 } from "./dataset-2019-06.js";
import { dataset2023_03 } from "./dataset-2023-03.js";
import { dataset2024_06 } from "./dataset-2024-06.js";
import { dataset2025_08 } from "./dataset-2025-08.js";
import { dataset2026_07 } from "./dataset-2026-07.js";
import { EDITION_IDS, resolveEditionId } from "./editions.js";

const LOADERS: Readonly<Record<BuiltinEditionId, () => Dataset<NatoEdition>>> = {
  "2026-07": dataset2026_07,
  "2025-08": dataset2025_08,
  "2024-06": dataset2024_06,
  "2023-03": dataset2023_03,
  "2019-06": dataset2019_06,
};

/**
 * The dataset of an edition shipped with the package, by id (`2024-06`), alias (`2026`) or `latest`; the
 * latest when none is named, so a new edition moves it while a pinned id never moves. Throws `NatoError`
 * `UNKNOWN_EDITION`, listing the known ids, for any other name.
 *
 * @category Editions
 * @example
 * getDataset().edition.id; // "2026-07"
 * getDataset("2025").edition.id; // "2025-08"
 */
export function getDataset<Name extends string = BuiltinEditionName>(
  edition: KnownOr<Name, BuiltinEditionName> = "latest" as KnownOr<Name, BuiltinEditionName>,
): Dataset<NatoEdition> {
  return LOADERS[resolveEditionId(edition)]();
}

/**
 * Every edition's dataset, newest first, for revisions.
 *
 * @category Editions
 * @example
 * allDatasets().map((d) => d.edition.id); // ["2026-07", "2025-08", "2024-06", "2023-03", "2019-06"]
 */
export function allDatasets(): Dataset<NatoEdition>[] {
  return EDITION_IDS.map((id) => LOADERS[id]());
}

/**
 * @category Editions
 * @deprecated Use `getDataset()` for the latest edition, or `dataset2026_07()` to pin this one.
 * @example
 * dataset2026().edition.id; // "2026-07"
 */
export const dataset2026: () => Dataset<NatoEdition> = dataset2026_07;
/**
 * @category Editions
 * @deprecated Use `dataset2025_08()` or `getDataset("2025-08")`.
 * @example
 * dataset2025().edition.id; // "2025-08"
 */
export const dataset2025: () => Dataset<NatoEdition> = dataset2025_08;
