import type { Dataset } from "../models/dataset.js";
import { observationOf } from "../models/dataset.js";
import type { Metric } from "../models/metric.js";
import type { EntityCode } from "../models/observation.js";
import { clean } from "../rules/evaluate.js";

/**
 * One edition's value of a figure for one year.
 *
 * @example
 * const older: RevisionValue | undefined = revisions([dataset2026_07(), dataset2025_08()], "POL").find((r) => r.year === 2025)
 *   ?.values[1];
 * older?.value; // 4.48 (the 2025 edition's 2025e; the 2026 edition says 4.25)
 */
export interface RevisionValue {
  readonly edition: string;
  readonly value: number | null;
  readonly estimate: boolean;
  /** Where this value's source differs from the edition's main source. */
  readonly note?: string;
}

/**
 * How NATO restated one Ally's figure for one year between editions.
 *
 * @example
 * const poland2025: Revision | undefined = revisions([dataset2026_07(), dataset2025_08()], "POL").find((r) => r.year === 2025);
 * poland2025?.changePp; // -0.23 (share of GDP: 4.48% in the 2025 edition, 4.25% in 2026's)
 */
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
 * revisions([dataset2026_07(), dataset2025_08()], "POL").find((r) => r.year === 2025);
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
