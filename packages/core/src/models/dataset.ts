import type { Edition } from "./edition.js";
import type { EntityCode, Observation } from "./observation.js";

/**
 * One edition's figures: every Ally and aggregate, every year it covers. Every analysis takes one, so it
 * works as well on a user's own figures (`datasetFromText`) as on NATO's.
 *
 * @category Editions
 * @example
 * const ds: Dataset = getDataset("2026-07");
 * observationOf(ds, "DEU", 2026)?.shareOfGdpPct; // 2.69
 */
export interface Dataset<E extends Edition = Edition> {
  readonly edition: E;
  readonly observations: readonly Observation[];
}

// Look-ups are indexed once per dataset; a WeakMap keeps datasets collectable and modules pure.
const indexes = new WeakMap<Dataset, Map<string, Observation>>();

function indexOf(dataset: Dataset): Map<string, Observation> {
  let index = indexes.get(dataset);
  if (!index) {
    index = new Map(dataset.observations.map((o) => [`${o.code}:${o.year}`, o]));
    indexes.set(dataset, index);
  }
  return index;
}

/**
 * One Ally's or aggregate's figures for one year, or `undefined` when the edition has no row for it.
 *
 * @category Editions
 * @example
 * observationOf(dataset2026_07(), "POL", 2025)?.shareOfGdpPct; // 4.25
 */
export function observationOf(dataset: Dataset, code: EntityCode, year: number): Observation | undefined {
  return indexOf(dataset).get(`${code}:${year}`);
}

/**
 * Every row of one Ally or aggregate, oldest year first.
 *
 * @category Editions
 * @example
 * seriesOf(dataset2026_07(), "LTU").map((o) => o.shareOfGdpPct);
 */
export function seriesOf(dataset: Dataset, code: EntityCode): Observation[] {
  return dataset.observations.filter((o) => o.code === code).sort((a, b) => a.year - b.year);
}

/**
 * The years a dataset covers, oldest first.
 *
 * @category Editions
 * @example
 * datasetYears(dataset2026_07()); // [2014, 2015, ..., 2026]
 */
export function datasetYears(dataset: Dataset): number[] {
  return [...new Set(dataset.observations.map((o) => o.year))].sort((a, b) => a - b);
}
