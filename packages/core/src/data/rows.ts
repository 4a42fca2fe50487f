import type { Edition } from "../models/edition.js";
import type { Metric } from "../models/metric.js";
import type { EntityCode, Observation } from "../models/observation.js";

/**
 * A compact row of an edition module: code, year, estimate flag, metric values, optional note.
 *
 * @category Editions
 */
export type EditionRow = readonly [string, number, 0 | 1, ...(number | null | string)[]];

/**
 * Expands an edition module's rows into observations; metrics the edition lacks are `null`. The rows come as
 * JSON text (one row per line in the generated module) and are parsed here, when an edition is first asked
 * for: JSON parses faster than the same figures written as code, and the editions a program never asks for
 * cost it only their text, not the objects, when the module loads.
 * @category Editions
 */
export function expandRows(edition: Edition, fields: readonly Metric[], rowsJson: string): Observation[] {
  const rows = JSON.parse(rowsJson) as EditionRow[];
  return rows.map((row) => {
    const observation: Record<string, unknown> = {
      code: row[0] as EntityCode,
      year: row[1],
      edition: edition.id,
      estimate: row[2] === 1,
      shareOfGdpPct: null,
      equipmentSharePct: null,
      personnelSharePct: null,
      infrastructureSharePct: null,
      otherSharePct: null,
      expenditureUsdCurrentM: null,
      expenditureUsdConstant2021M: null,
      realGdpUsdConstant2021Bn: null,
      expenditurePerCapitaUsd2021: null,
      militaryPersonnelThousands: null,
      expenditureUsdConstant2015M: null,
      realGdpUsdConstant2015Bn: null,
      expenditurePerCapitaUsd2015: null,
      expenditureNcCurrentM: null,
      expenditureNcConstant2015M: null,
      annualRealChangePct: null,
      gdpUsdCurrentBn: null,
      gdpPerCapitaUsd2015: null,
    };
    fields.forEach((field, i) => {
      observation[field] = row[3 + i] ?? null;
    });
    const note = row[3 + fields.length];
    if (typeof note === "string") observation.note = note;
    // Frozen here, where it is made: an observation holds only numbers, strings, booleans and nulls, so this
    // is all deepFreeze would do for it, without walking its twenty keys.
    return Object.freeze(observation) as unknown as Observation;
  });
}
