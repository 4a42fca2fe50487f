import { deepFreeze } from "../internal/freeze.js";
import type { Dataset } from "../models/dataset.js";
import type { BuiltinEditionId, NatoEdition } from "../models/edition.js";
import { NatoError } from "../models/error.js";
import type { KnownOr } from "../models/known.js";
import { FIELDS_2025, ROWS_2025 } from "./editions/nato-2025.js";
import { FIELDS_2026, ROWS_2026 } from "./editions/nato-2026.js";
import { EDITION_2025, EDITION_2026, EDITION_IDS, LATEST_EDITION_ID } from "./editions.js";
import { expandRows } from "./rows.js";

let cached2026: Dataset<NatoEdition> | undefined;
let cached2025: Dataset<NatoEdition> | undefined;

/**
 * NATO's 2026 edition: every Ally and aggregate, 2014-2026, every published metric. The default.
 *
 * @example
 * const ds = dataset2026();
 * ds.observations.length; // 442
 */
export function dataset2026(): Dataset<NatoEdition> {
  cached2026 ??= deepFreeze({
    edition: EDITION_2026,
    observations: expandRows(EDITION_2026, FIELDS_2026, ROWS_2026),
  });
  return cached2026;
}

/**
 * NATO's 2025 edition, superseded: share of GDP 2014-2025, for showing how NATO revised its figures.
 *
 * @example
 * observationOf(dataset2025(), "POL", 2025)?.shareOfGdpPct; // 4.48
 */
export function dataset2025(): Dataset<NatoEdition> {
  cached2025 ??= deepFreeze({
    edition: EDITION_2025,
    observations: expandRows(EDITION_2025, FIELDS_2025, ROWS_2025),
  });
  return cached2025;
}

/**
 * The dataset of an edition shipped with the package; the latest when none is named. A literal id must be
 * one the package ships (`getDataset("2062")` does not compile); a string read at run time is checked then,
 * and throws `NatoError` `UNKNOWN_EDITION` for any other id.
 *
 * @example
 * getDataset().edition.id; // "2026"
 * getDataset("2025").edition.id; // "2025"
 */
export function getDataset<Id extends string = BuiltinEditionId>(
  edition: KnownOr<Id, BuiltinEditionId> = LATEST_EDITION_ID as KnownOr<Id, BuiltinEditionId>,
): Dataset<NatoEdition> {
  const id = String(edition).trim();
  if (id === "2026") return dataset2026();
  if (id === "2025") return dataset2025();
  throw new NatoError(
    "UNKNOWN_EDITION",
    `Unknown edition "${edition}": expected one of ${EDITION_IDS.join(", ")}.`,
    {
      received: edition,
      expected: EDITION_IDS.join(" | "),
    },
  );
}

/**
 * Every edition's dataset, newest first, for revisions.
 *
 * @example
 * allDatasets().map((d) => d.edition.id); // ["2026", "2025"]
 */
export function allDatasets(): Dataset<NatoEdition>[] {
  return EDITION_IDS.map((id: BuiltinEditionId) => getDataset(id));
}
