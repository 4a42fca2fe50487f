import type { BurdenSharing } from "../analysis/burden.js";
import { formatPercent, formatYear } from "./number.js";

/**
 * The title of a burden-sharing chart over time, written from the data: how the United States' share of
 * NATO's total defence spending moved between the first and the last year given.
 *
 * @category Formatting
 * @example
 * burdenTrendTitle([burdenSharing(dataset2026_07(), 2014), burdenSharing(dataset2026_07(), 2026)]);
 * // "The United States' share of NATO's defence spending has fallen from 69% in 2014 to 57% in 2026e"
 */
export function burdenTrendTitle(
  years: readonly Pick<BurdenSharing, "year" | "estimate" | "unitedStates">[],
): string {
  const known = years.filter((b) => typeof b.unitedStates.sharePct === "number");
  const first = known[0];
  const last = known[known.length - 1];
  if (!first || !last || first === last)
    return "The United States against Europe and Canada: no data to compare";
  const from = first.unitedStates.sharePct as number;
  const to = last.unitedStates.sharePct as number;
  const a = formatPercent(from, { digits: 0 });
  const b = formatPercent(to, { digits: 0 });
  const when = (x: typeof first) => formatYear(x.year, x.estimate);
  if (a === b)
    return `The United States' share of NATO's defence spending has held at ${b} from ${when(first)} to ${when(last)}`;
  const verb = to > from ? "risen" : "fallen";
  return `The United States' share of NATO's defence spending has ${verb} from ${a} in ${when(first)} to ${b} in ${when(last)}`;
}
