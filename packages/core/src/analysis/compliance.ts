import type { AllyCode } from "../models/ally.js";
import { type Dataset, datasetYears } from "../models/dataset.js";
import type { Rule, RuleStatus } from "../models/rule.js";
import { type VerdictOptions, yearVerdicts } from "./verdicts.js";

/**
 * How many Allies met a rule in one year, among the members of that year.
 *
 * @example
 * const first: ComplianceCount | undefined = complianceByYear(dataset2026(), TWO_PERCENT)[0];
 * // { year: 2014, estimate: false, members: 28, met: 3, below: 24, notApplicable: 1, noData: 0, metCodes: ["GRC", "GBR", "USA"] }
 */
export interface ComplianceCount {
  readonly year: number;
  readonly estimate: boolean;
  /** Allies that were members that year. */
  readonly members: number;
  readonly met: number;
  readonly below: number;
  readonly notApplicable: number;
  readonly noData: number;
  /** Codes of the Allies that met the rule. */
  readonly metCodes: readonly AllyCode[];
}

/**
 * Membership-aware compliance counts per year: "Allies meeting 2 % in 2016" counts the 28 members of 2016.
 *
 * @example
 * complianceByYear(dataset2026(), TWO_PERCENT)[0]; // { year: 2014, members: 28, met: 3, ... }
 */
export function complianceByYear(
  dataset: Dataset,
  rule: Rule,
  options: VerdictOptions = {},
): ComplianceCount[] {
  return datasetYears(dataset).map((year) => {
    const results = yearVerdicts(dataset, rule, year, { ...options, allies: "members" });
    const count = (status: RuleStatus) => results.filter((r) => r.status === status).length;
    return {
      year,
      estimate: dataset.edition.estimateYears.includes(year),
      members: results.length,
      met: count("met"),
      below: count("below"),
      notApplicable: count("not-applicable"),
      noData: count("no-data"),
      metCodes: results.filter((r) => r.status === "met").map((r) => r.code),
    };
  });
}
