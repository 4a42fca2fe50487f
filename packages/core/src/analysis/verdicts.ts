import { ALLIES } from "../data/allies.js";
import type { Ally, AllyCode } from "../models/ally.js";
import { type Dataset, observationOf } from "../models/dataset.js";
import type { Rule, RuleResult } from "../models/rule.js";
import { evaluateRule } from "../rules/evaluate.js";

/**
 * What `allyVerdict` and `yearVerdicts` need beyond the dataset and the rule.
 *
 * @category Analyses
 * @example
 * const options: VerdictOptions = { relatedSpendingPct: 0.5 };
 * allyVerdict(dataset2026_07(), HAGUE_TOTAL, getAlly("POL"), 2026, options).status; // "met" (4.68% + 0.5%)
 */
export interface VerdictOptions {
  /** For The Hague's 5% total: related spending in % of GDP, per Ally code or one figure for all. */
  readonly relatedSpendingPct?: number | Readonly<Record<string, number>>;
  /** `"members"` (default): only Allies that were members that year; `"all"`: every Ally row. */
  readonly allies?: "members" | "all";
}

function relatedFor(options: VerdictOptions, code: string): number | null {
  const related = options.relatedSpendingPct;
  if (typeof related === "number") return related;
  return related?.[code] ?? null;
}

/**
 * One Ally's verdict on a rule for one year of a dataset, with the baseline taken from the same
 * edition. Iceland is "not-applicable"; a missing figure is "no-data".
 *
 * @category Analyses
 * @example
 * allyVerdict(dataset2026_07(), HAGUE_CORE, getAlly("POL"), 2025).status; // "met"
 */
export function allyVerdict(
  dataset: Dataset,
  rule: Rule,
  ally: Ally,
  year: number,
  options: VerdictOptions = {},
): RuleResult<AllyCode> {
  const figures = observationOf(dataset, ally.code, year) ?? {
    code: ally.code,
    year,
    edition: dataset.edition.id,
    estimate: dataset.edition.estimateYears.includes(year),
  };
  const baselineYear = rule.baselineYear;
  const baseline =
    baselineYear === undefined ? null : (observationOf(dataset, ally.code, baselineYear) ?? null);
  const result = evaluateRule(rule, figures, {
    hasArmedForces: ally.hasArmedForces,
    baseline,
    relatedSpendingPct: relatedFor(options, ally.code),
  });
  // The figures judged are the Ally's own row, so the code is the Ally's.
  return result as RuleResult<AllyCode>;
}

/**
 * Every Ally's verdict on a rule for one year, in NATO's table order. By default only Allies that were
 * members that year are judged (Finland from 2023, Sweden from 2024).
 *
 * @category Analyses
 * @example
 * yearVerdicts(dataset2026_07(), TWO_PERCENT, 2014).filter((r) => r.status === "met").map((r) => r.code);
 * // ["GRC", "GBR", "USA"]
 */
export function yearVerdicts(
  dataset: Dataset,
  rule: Rule,
  year: number,
  options: VerdictOptions = {},
): RuleResult<AllyCode>[] {
  const allies = options.allies === "all" ? ALLIES : ALLIES.filter((a) => a.accessionYear <= year);
  return allies.map((ally) => allyVerdict(dataset, rule, ally, year, options));
}
