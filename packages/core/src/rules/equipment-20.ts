import { deepFreeze } from "../internal/freeze.js";
import type { Rule, RuleResult } from "../models/rule.js";
import { evaluateRule, type RuleFigures, type RuleOptions } from "./evaluate.js";

/**
 * The Wales guideline of 20% of defence expenditure on major equipment, including related R&D.
 *
 * @category Rules
 * @example
 * complianceByYear(dataset2026_07(), EQUIPMENT_20).at(-1)?.met; // 30 (of 32 Allies in 2026e)
 */
export const EQUIPMENT_20: Rule = /* @__PURE__ */ deepFreeze({
  id: "equipment-20",
  name: "20% on major equipment",
  metric: "equipmentSharePct",
  threshold: 20,
  adopted: "Wales Summit, 5 September 2014",
  description:
    "At least 20% of defence expenditure on major equipment, including research and development devoted to it.",
});

/**
 * Judges a year's figures against the 20% equipment guideline. The gap is money spent on equipment.
 *
 * @category Rules
 * @example
 * checkEquipment20({ code: "SWE", year: 2026, equipmentSharePct: 25.41 }).status; // "met"
 */
export function checkEquipment20<Code extends string>(
  figures: RuleFigures<Code>,
  options?: RuleOptions,
): RuleResult<Code> {
  return evaluateRule(EQUIPMENT_20, figures, options);
}
