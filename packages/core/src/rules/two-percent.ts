import { deepFreeze } from "../internal/freeze.js";
import type { Rule, RuleResult } from "../models/rule.js";
import { evaluateRule, type RuleFigures, type RuleOptions } from "./evaluate.js";

/**
 * NATO's 2% of GDP guideline: agreed 2006, the Wales pledge of 2014, a floor since Vilnius 2023.
 *
 * @category Rules
 * @example
 * const counts = complianceByYear(dataset2026_07(), TWO_PERCENT);
 * [counts[0]?.met, counts.at(-1)?.met]; // [3, 30]: 3 of 28 Allies in 2014, 30 of 32 in 2026e
 */
export const TWO_PERCENT: Rule = /* @__PURE__ */ deepFreeze({
  id: "two-percent",
  name: "2% of GDP guideline",
  metric: "shareOfGdpPct",
  threshold: 2,
  adopted:
    "Defence ministers, 2006; Wales Summit pledge, 5 September 2014; Vilnius Summit, 11 July 2023 (at least 2%, a floor)",
  description:
    "Defence expenditure of at least 2% of GDP. At Wales, Allies below it pledged to move towards it within a decade; at Vilnius it became an enduring floor.",
});

/**
 * Judges a year's figures against the 2% guideline.
 *
 * @category Rules
 * @example
 * checkTwoPercent({ code: "DEU", year: 2026, shareOfGdpPct: 2.69 }).marginPp; // 0.69
 */
export function checkTwoPercent<Code extends string>(
  figures: RuleFigures<Code>,
  options?: RuleOptions,
): RuleResult<Code> {
  return evaluateRule(TWO_PERCENT, figures, options);
}
