import { deepFreeze } from "../internal/freeze.js";
import type { Rule, RuleResult } from "../models/rule.js";
import { evaluateRule, type RuleFigures, type RuleOptions } from "./evaluate.js";

/**
 * The Hague's core commitment: 3.5% of GDP on core defence (NATO's definition) by 2035, on a
 * "credible, incremental path"; the trajectory is reviewed in 2029. "On track" is judged against a
 * linear path from 2025.
 *
 * @category Rules
 * @example
 * allyVerdict(dataset2026_07(), HAGUE_CORE, getAlly("DEU"), 2026).onTrack?.pathValue; // 2.348 (Germany: 2.69, on track)
 */
export const HAGUE_CORE: Rule = /* @__PURE__ */ deepFreeze({
  id: "hague-core",
  name: "The Hague: 3.5% core defence by 2035",
  metric: "shareOfGdpPct",
  threshold: 3.5,
  deadline: 2035,
  baselineYear: 2025,
  adopted: "The Hague Summit Declaration, 25 June 2025",
  description:
    "At least 3.5% of GDP annually on core defence requirements, under NATO's definition of defence expenditure, by 2035, with annual plans on a credible, incremental path; reviewed in 2029.",
});

/**
 * Judges a year's figures against 3.5% of GDP and, given the baseline year's figures, whether the Ally
 * is on a linear path to it by 2035.
 *
 * @category Rules
 * @example
 * checkHagueCore(
 *   { code: "DEU", year: 2026, shareOfGdpPct: 2.69 },
 *   { baseline: { code: "DEU", year: 2025, shareOfGdpPct: 2.22 } },
 * ).onTrack?.onTrack; // true (the path asks 2.348 in 2026)
 */
export function checkHagueCore<Code extends string>(
  figures: RuleFigures<Code>,
  options?: RuleOptions,
): RuleResult<Code> {
  return evaluateRule(HAGUE_CORE, figures, options);
}
