import type { AllyCode } from "../models/ally.js";
import type { Dataset } from "../models/dataset.js";
import type { RuleResult } from "../models/rule.js";
import { customRule } from "../rules/custom.js";
import { clean } from "../rules/evaluate.js";
import { type ComplianceCount, countVerdicts } from "./compliance.js";
import { yearVerdicts } from "./verdicts.js";

/**
 * How far the Allies are from one share of GDP in one year: each member's verdict, how many are below,
 * and what closing every shortfall would cost.
 *
 * @category Analyses
 * @example
 * const gap: TargetGap = gapToTarget(dataset2026_07(), 3.5, 2026);
 * [gap.met, gap.below, gap.count.judged, gap.count.notApplicable]; // [5, 26, 31, 1] (Iceland: no armed forces)
 */
export interface TargetGap {
  readonly year: number;
  readonly edition: string;
  readonly estimate: boolean;
  /** The share of GDP every Ally is measured against, in percent. */
  readonly targetPct: number;
  /** One verdict per Ally that was a member that year, in NATO's table order. */
  readonly allies: readonly RuleResult[];
  /** Allies at or above the target. */
  readonly met: number;
  /** Allies below it; their gaps make the totals. */
  readonly below: number;
  /**
   * Allies without a figure or without armed forces, left out of the totals.
   * @deprecated Use `count.noData` (members with armed forces but no figure) and `count.notApplicable`
   * (members without armed forces, Iceland), which say which is which.
   */
  readonly withoutFigure: number;
  /**
   * The year's count with its denominator, as every count of the package states it: members, the Allies
   * that can be judged (with armed forces), met, below, not applicable and no data, with their codes.
   */
  readonly count: ComplianceCount;
  /**
   * Sum of the gaps of the Allies below the target, million US dollars at current prices; null when an Ally
   * below has no money figures (the 2025 edition ships share of GDP only), since a partial sum would mislead,
   * and when no Ally has a figure that year.
   */
  readonly totalGapUsdCurrentM: number | null;
  /** The same at constant 2021 prices. */
  readonly totalGapUsdConstant2021M: number | null;
}

/**
 * How far each member is from a share of GDP in one year, in percentage points and in US dollars, and
 * what closing every shortfall would cost in total. Throws `NatoError` `INVALID_ARGUMENT` for a target
 * outside 0-100.
 *
 * @category Analyses
 * @example
 * const gap = gapToTarget(dataset2026_07(), 3.5, 2026);
 * gap.allies.find((r) => r.code === "DEU")?.marginPp; // -0.81 (2.69% against 3.5%)
 * gap.totalGapUsdCurrentM; // what the Allies below 3.5% would add in 2026, current prices
 */
export function gapToTarget(dataset: Dataset, targetPct: number, year: number): TargetGap {
  const rule = customRule({ metric: "shareOfGdpPct", threshold: targetPct });
  const allies = yearVerdicts(dataset, rule, year) as RuleResult<AllyCode>[];
  const estimate = dataset.edition.estimateYears.includes(year);
  const below = allies.filter((r) => r.status === "below");
  const met = allies.filter((r) => r.status === "met").length;
  // No figure at all (a year outside the data) is no data, not a gap of zero.
  const sum = (pick: (r: RuleResult) => number | null): number | null =>
    met + below.length === 0 || below.some((r) => pick(r) === null)
      ? null
      : clean(below.reduce((acc, r) => acc + (pick(r) ?? 0), 0));
  return {
    year,
    edition: dataset.edition.id,
    estimate,
    targetPct,
    allies,
    met,
    below: below.length,
    withoutFigure: allies.filter((r) => r.status === "no-data" || r.status === "not-applicable").length,
    count: countVerdicts(allies, year, estimate, dataset.edition.id),
    totalGapUsdCurrentM: sum((r) => r.gapUsdCurrentM),
    totalGapUsdConstant2021M: sum((r) => r.gapUsdConstant2021M),
  };
}
