import type { Dataset } from "../models/dataset.js";
import { observationOf } from "../models/dataset.js";
import type { Metric } from "../models/metric.js";
import type { EntityCode } from "../models/observation.js";
import { clean } from "../rules/evaluate.js";

export interface RevisionValue {
  readonly edition: string;
  readonly value: number | null;
  readonly estimate: boolean;
  readonly note?: string;
}

export interface Revision {
  readonly year: number;
  /** One entry per edition given, in the order given (newest first by convention). */
  readonly values: readonly RevisionValue[];
  /** First edition's value minus the last's (newest minus oldest), when both exist. */
  readonly changePp: number | null;
}

/**
 * One figure of one Ally across editions, year by year: how NATO restated it.
 *
 * @example
 * revisions([dataset2026(), dataset2025()], "POL").find((r) => r.year === 2025);
 * // { year: 2025, values: [{ edition: "2026", value: 4.25, ... }, { edition: "2025", value: 4.48, ... }], changePp: -0.23 }
 */
export function revisions(
  datasets: readonly Dataset[],
  code: EntityCode,
  metric: Metric = "shareOfGdpPct",
): Revision[] {
  const years = [
    ...new Set(datasets.flatMap((d) => d.observations.filter((o) => o.code === code).map((o) => o.year))),
  ].sort((a, b) => a - b);
  return years.map((year) => {
    const values = datasets.map((d) => {
      const o = observationOf(d, code, year);
      const entry: RevisionValue = {
        edition: d.edition.id,
        value: o?.[metric] ?? null,
        estimate: o?.estimate ?? false,
      };
      return o?.note ? { ...entry, note: o.note } : entry;
    });
    const present = values.filter((v) => v.value !== null);
    const newest = present[0]?.value;
    const oldest = present[present.length - 1]?.value;
    const changePp =
      present.length >= 2 && typeof newest === "number" && typeof oldest === "number"
        ? clean(newest - oldest)
        : null;
    return { year, values, changePp };
  });
}
