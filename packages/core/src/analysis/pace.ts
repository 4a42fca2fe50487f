import { ALLIES } from "../data/allies.js";
import { type Dataset, seriesOf } from "../models/dataset.js";
import type { Metric } from "../models/metric.js";
import type { EntityCode } from "../models/observation.js";
import { clean } from "../rules/evaluate.js";

/**
 * When a series reaches a threshold if it keeps its recent pace, or why it does not: `"not-at-recent-pace"`
 * when the series is flat or falling, `"no-data"` when there are too few figures.
 *
 * @category Analyses
 * @example
 * const pace: PaceResult = yearReachingThreshold(dataset2026_07(), "DEU", 3.5);
 * // { status: "reaches", year: 2030, pacePerYear: 0.252, fromYear: 2021, toYear: 2026 } (share of GDP, pp a year)
 */
export interface PaceResult {
  readonly status: "already-met" | "reaches" | "not-at-recent-pace" | "no-data" | "not-applicable";
  /** The first year the threshold is reached at the recent pace ("reaches"), or the year judged ("already-met"). */
  readonly year: number | null;
  /** Average change per year over the window, in the metric's unit. */
  readonly pacePerYear: number | null;
  /** The window the pace was measured over. */
  readonly fromYear: number | null;
  readonly toYear: number | null;
}

/**
 * The year a series reaches a threshold if it keeps its recent pace: the average yearly change over the
 * last `window` years, carried forward in a straight line. Pure: works on any series.
 *
 * @category Analyses
 * @example
 * yearAtPace([{ year: 2021, value: 1 }, { year: 2026, value: 2 }], 3.5); // { status: "reaches", year: 2034, ... }
 */
export function yearAtPace(
  series: readonly { readonly year: number; readonly value: number | null }[],
  threshold: number,
  window = 5,
): PaceResult {
  const points = series.filter((p): p is { year: number; value: number } => typeof p.value === "number");
  const last = points[points.length - 1];
  if (!last) return { status: "no-data", year: null, pacePerYear: null, fromYear: null, toYear: null };
  if (last.value >= threshold) {
    return { status: "already-met", year: last.year, pacePerYear: null, fromYear: null, toYear: last.year };
  }
  const first = points.find((p) => p.year >= last.year - window);
  if (!first || first.year === last.year) {
    return { status: "no-data", year: null, pacePerYear: null, fromYear: null, toYear: last.year };
  }
  const pace = (last.value - first.value) / (last.year - first.year);
  const window_ = { pacePerYear: clean(pace), fromYear: first.year, toYear: last.year };
  if (pace <= 0) return { status: "not-at-recent-pace", year: null, ...window_ };
  return {
    status: "reaches",
    year: last.year + Math.ceil((threshold - last.value) / pace - 1e-9),
    ...window_,
  };
}

/**
 * The year an Ally reaches a threshold at its recent pace, from a dataset.
 *
 * @category Analyses
 * @example
 * yearReachingThreshold(dataset2026_07(), "DEU", 3.5).year;
 */
export function yearReachingThreshold(
  dataset: Dataset,
  code: EntityCode,
  threshold: number,
  options: { metric?: Metric; window?: number; toYear?: number } = {},
): PaceResult {
  if (ALLIES.find((a) => a.code === code)?.hasArmedForces === false) {
    return { status: "not-applicable", year: null, pacePerYear: null, fromYear: null, toYear: null };
  }
  const metric = options.metric ?? "shareOfGdpPct";
  const series = seriesOf(dataset, code)
    .filter((o) => options.toYear === undefined || o.year <= options.toYear)
    .map((o) => ({ year: o.year, value: o[metric] }));
  return yearAtPace(series, threshold, options.window ?? 5);
}
