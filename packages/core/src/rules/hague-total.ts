import { deepFreeze } from "../internal/freeze.js";
import type { Rule, RuleResult } from "../models/rule.js";
import { evaluateRule, type RuleFigures, type RuleOptions } from "./evaluate.js";

/**
 * The Hague's total: 5% of GDP by 2035, core defence (3.5%) plus up to 1.5% on defence- and
 * security-related spending. NATO publishes no figures for the 1.5% part, so the rule is judged only
 * when the caller supplies them (`relatedSpendingPct`); otherwise it answers "no-data" and says why. As the
 * Declaration says "up to 1.5%", no more than 1.5% of related spending counts (`RELATED_SPENDING_CAP_PCT`),
 * so the 5% is met only with at least 3.5% of core defence.
 *
 * @category Rules
 * @example
 * allyVerdict(dataset2026_07(), HAGUE_TOTAL, getAlly("POL"), 2026).status; // "no-data"
 * allyVerdict(dataset2026_07(), HAGUE_TOTAL, getAlly("POL"), 2026, { relatedSpendingPct: 0.5 }).status; // "met"
 */
export const HAGUE_TOTAL: Rule = /* @__PURE__ */ deepFreeze({
  id: "hague-total",
  name: "The Hague: 5% total by 2035",
  metric: "shareOfGdpPct",
  threshold: 5,
  deadline: 2035,
  baselineYear: 2025,
  adopted: "The Hague Summit Declaration, 25 June 2025",
  description:
    "5% of GDP annually by 2035: at least 3.5% on core defence plus up to 1.5% to protect critical infrastructure, defend networks, ensure civil preparedness and resilience, unleash innovation and strengthen the defence industrial base.",
});

/**
 * Judges core defence plus the related spending the caller supplies against 5% of GDP.
 *
 * @category Rules
 * @example
 * checkHagueTotal({ code: "POL", year: 2026, shareOfGdpPct: 4.68 }).status; // "no-data"
 * checkHagueTotal({ code: "POL", year: 2026, shareOfGdpPct: 4.68 }, { relatedSpendingPct: 0.5 }).status; // "met"
 */
export function checkHagueTotal<Code extends string>(
  figures: RuleFigures<Code>,
  options?: RuleOptions,
): RuleResult<Code> {
  return evaluateRule(HAGUE_TOTAL, figures, options);
}
