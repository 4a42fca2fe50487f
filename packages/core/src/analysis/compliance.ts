import type { AllyCode } from "../models/ally.js";
import { type Dataset, datasetYears } from "../models/dataset.js";
import type { Rule, RuleResult, RuleStatus } from "../models/rule.js";
import { type VerdictOptions, yearVerdicts } from "./verdicts.js";

/**
 * How many Allies met a rule in one year, among the members of that year, with the denominator a count
 * should state: the members that can be judged (those with armed forces; Iceland has none).
 *
 * @category Analyses
 * @example
 * const last: ComplianceCount | undefined = complianceByYear(dataset2026_07(), TWO_PERCENT).at(-1);
 * // { year: 2026, estimate: true, members: 32, judged: 31, met: 30, below: 1, notApplicable: 1, noData: 0,
 * //   metCodes: [...], belowCodes: ["SVN"], noDataCodes: [] }
 */
export interface ComplianceCount {
  readonly year: number;
  readonly estimate: boolean;
  /** The edition the figures come from. */
  readonly edition: string;
  /** Allies that were members that year. */
  readonly members: number;
  /** Members that can be judged: those with armed forces. The denominator every count states. */
  readonly judged: number;
  readonly met: number;
  readonly below: number;
  /** Members without armed forces (Iceland). */
  readonly notApplicable: number;
  /** Members with armed forces but no figure in this edition. */
  readonly noData: number;
  /** Codes of the Allies that met the rule. */
  readonly metCodes: readonly AllyCode[];
  /** Codes of the Allies below it. */
  readonly belowCodes: readonly AllyCode[];
  /** Codes of the members with armed forces but no figure. */
  readonly noDataCodes: readonly AllyCode[];
}

/**
 * Counts one year's verdicts, as `complianceByYear` does for each year. Non-members are left out of every
 * number; Iceland is counted as a member but not as an Ally that can be judged.
 *
 * @category Analyses
 * @example
 * countVerdicts(yearVerdicts(dataset2026_07(), TWO_PERCENT, 2026), 2026, true, "2026").judged; // 31
 */
export function countVerdicts(
  results: readonly RuleResult<AllyCode>[],
  year: number,
  estimate: boolean,
  edition: string,
): ComplianceCount {
  const members = results.filter((r) => r.year === year && r.status !== "not-member");
  const codes = (status: RuleStatus) => members.filter((r) => r.status === status).map((r) => r.code);
  const metCodes = codes("met");
  const belowCodes = codes("below");
  const noDataCodes = codes("no-data");
  const notApplicable = codes("not-applicable").length;
  return {
    year,
    estimate,
    edition,
    members: members.length,
    judged: members.length - notApplicable,
    met: metCodes.length,
    below: belowCodes.length,
    notApplicable,
    noData: noDataCodes.length,
    metCodes,
    belowCodes,
    noDataCodes,
  };
}

/**
 * Membership-aware compliance counts per year: "Allies meeting 2% in 2016" counts the 28 members of 2016,
 * of which 27 have armed forces and can be judged.
 *
 * @category Analyses
 * @example
 * const first = complianceByYear(dataset2026_07(), TWO_PERCENT)[0];
 * [first?.met, first?.judged, first?.members]; // [3, 27, 28] (2014: Greece, the UK, the US)
 */
export function complianceByYear(
  dataset: Dataset,
  rule: Rule,
  options: VerdictOptions = {},
): ComplianceCount[] {
  return datasetYears(dataset).map((year) =>
    countVerdicts(
      yearVerdicts(dataset, rule, year, { ...options, allies: "members" }),
      year,
      dataset.edition.estimateYears.includes(year),
      dataset.edition.id,
    ),
  );
}
