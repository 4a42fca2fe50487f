import type { Metric } from "./metric.js";
import type { EntityCode } from "./observation.js";

/**
 * The rules NATO's Allies have agreed, by id.
 *
 * @category Rules
 * @example
 * RULE_IDS.map((id) => getRule(id).threshold); // [2, 20, 3.5, 5]
 */
export const RULE_IDS = /* @__PURE__ */ Object.freeze([
  "two-percent",
  "equipment-20",
  "hague-core",
  "hague-total",
] as const);
/**
 * The id of a rule shipped with the package.
 *
 * @category Rules
 * @example
 * const id: BuiltinRuleId = "hague-core";
 * RULES[id].deadline; // 2035
 */
export type BuiltinRuleId = (typeof RULE_IDS)[number];

/**
 * A spending rule as data: the metric it tests, the threshold in that metric's unit and, for deadline
 * rules, the deadline and the baseline year of the "on track" path. Built-in or from `customRule`.
 *
 * @category Rules
 * @example
 * const rule: Rule = getRule("two-percent");
 * evaluateRule(rule, { code: "DEU", year: 2026, shareOfGdpPct: 2.69 }).status; // "met"
 */
export interface Rule {
  /** `two-percent`, `equipment-20`, `hague-core`, `hague-total`, or the id given to `customRule`. */
  readonly id: string;
  readonly name: string;
  /** The figure the rule tests. `hague-total` tests share of GDP plus the part the caller supplies. */
  readonly metric: Metric;
  /** The figure must be at least this (same unit as the metric). */
  readonly threshold: number;
  /** Year by which the threshold is to be reached, for deadline rules. */
  readonly deadline?: number;
  /** First year of the linear path used for "on track", for deadline rules. */
  readonly baselineYear?: number;
  /** Where and when Allies agreed it. */
  readonly adopted: string;
  /** What it says, in one or two sentences. */
  readonly description: string;
}

/**
 * A rule's verdict: the figure reaches the threshold, falls short, cannot apply, or is missing.
 *
 * @category Rules
 * @example
 * const status: RuleStatus = checkTwoPercent({ code: "DEU", year: 2026, shareOfGdpPct: 2.69 }).status; // "met"
 * STATUS_LABELS[status]; // "meets"
 */
export type RuleStatus = "met" | "below" | "not-applicable" | "not-member" | "no-data";

/**
 * Every verdict a rule can give, in the order counts list them: met, below, not applicable (no armed
 * forces), not a member that year, no data.
 *
 * @category Rules
 * @example
 * RULE_STATUSES.length; // 5
 */
export const RULE_STATUSES: readonly RuleStatus[] = /* @__PURE__ */ Object.freeze([
  "met",
  "below",
  "not-applicable",
  "not-member",
  "no-data",
] as RuleStatus[]);

/**
 * Where an Ally stands against this project's straight-line yardstick for a deadline rule:
 * `"already-at-target"` (at or above the threshold in the year judged: no path needed), `"on-line"` (at or
 * above the straight line from the baseline to the threshold at the deadline), `"below-line"`.
 *
 * @category Rules
 * @example
 * const status: PathStatus = "already-at-target";
 * PATH_LABELS[status]; // "already at target"
 */
export type PathStatus = "already-at-target" | "on-line" | "below-line";

/**
 * Where an Ally stands against this project's yardstick for a deadline rule: a straight line from the
 * baseline year's figure to the threshold at the deadline. NATO itself asks for "annual plans showing a
 * credible, incremental path" and reviews the trajectory in 2029; the straight line is the project's own
 * reading of that, not NATO's verdict.
 *
 * @category Rules
 * @example
 * checkHagueCore(
 *   { code: "DEU", year: 2026, shareOfGdpPct: 2.69 },
 *   { baseline: { code: "DEU", year: 2025, shareOfGdpPct: 2.22 } },
 * ).onTrack;
 * // { status: "on-line", onTrack: true, baselineYear: 2025, baselineValue: 2.22, deadline: 2035, pathValue: 2.348, marginPp: 0.342 }
 */
export interface OnTrack {
  readonly status: PathStatus;
  /** True when already at the target or at or above the line. */
  readonly onTrack: boolean;
  readonly baselineYear: number;
  readonly baselineValue: number;
  readonly deadline: number;
  /** The value the straight line asks for in the year judged; null when already at the target. */
  readonly pathValue: number | null;
  /** Value minus the line's value, in the metric's unit (percentage points for shares); null when already at the target. */
  readonly marginPp: number | null;
}

/**
 * What every verdict holds, whatever its status.
 *
 * @category Rules
 * @example
 * const base: RuleResultBase = checkTwoPercent({ code: "DEU", year: 2026, shareOfGdpPct: 2.69 });
 * base.threshold; // 2
 */
export interface RuleResultBase<Code extends string = EntityCode> {
  /** The id of the rule that judged. */
  readonly rule: string;
  /** The code of the figures judged: an `AllyCode` for NATO's figures, whatever code a user's figures give. */
  readonly code: Code;
  readonly year: number;
  /** The edition of the figures judged; null when they name none (a user's own figures). */
  readonly edition: string | null;
  /** The figure judged is NATO's estimate ("2025e"). */
  readonly estimate: boolean;
  readonly status: RuleStatus;
  readonly threshold: number;
  /** Why the status is what it is, in a sentence, for "not-applicable", "no-data" and path notes. */
  readonly reason: string | null;
}

/**
 * A verdict with a figure judged: "met" or "below". The value and the margin are numbers here.
 *
 * @category Rules
 * @example
 * const r = checkTwoPercent({ code: "DEU", year: 2026, shareOfGdpPct: 2.69 });
 * if (r.status === "met") r.value.toFixed(2); // "2.69": no null check needed
 */
export interface RuleResultJudged<
  Code extends string = EntityCode,
  Status extends "met" | "below" = "met" | "below",
> extends RuleResultBase<Code> {
  readonly status: Status;
  /** The figure judged. */
  readonly value: number;
  /** Value minus threshold (percentage points for shares). */
  readonly marginPp: number;
  /** Extra spending needed to reach the threshold that year, in million US dollars; 0 when met; null when the figures do not give it. */
  readonly gapUsdCurrentM: number | null;
  /** The same at constant 2021 prices. */
  readonly gapUsdConstant2021M: number | null;
  /** For deadline rules, whether the Ally is on a linear path to the threshold; null when not judged. */
  readonly onTrack: OnTrack | null;
}

/**
 * A verdict without a figure: "not-applicable" (no armed forces) or "no-data". Every figure is null and
 * `reason` says why.
 *
 * @category Rules
 * @example
 * const r = checkTwoPercent({ code: "ISL", year: 2026, shareOfGdpPct: null }, { hasArmedForces: false });
 * if (r.status === "not-applicable") r.reason; // "Has no armed forces; ..."
 */
export interface RuleResultUnjudged<
  Code extends string = EntityCode,
  Status extends "not-applicable" | "not-member" | "no-data" = "not-applicable" | "not-member" | "no-data",
> extends RuleResultBase<Code> {
  readonly status: Status;
  readonly value: null;
  readonly marginPp: null;
  readonly gapUsdCurrentM: null;
  readonly gapUsdConstant2021M: null;
  readonly onTrack: null;
  readonly reason: string;
}

/**
 * The answer of a rule for one Ally and year: a union that narrows on `status`, so that after
 * `status === "met"` or `"below"` the value and margin are numbers, and after `"no-data"` they are null.
 *
 * @category Rules
 * @example
 * const result: RuleResult = checkTwoPercent({ code: "DEU", year: 2026, shareOfGdpPct: 2.69 });
 * if (result.status === "met") result.marginPp; // 0.69 (a number)
 */
export type RuleResult<Code extends string = EntityCode> =
  | RuleResultJudged<Code, "met">
  | RuleResultJudged<Code, "below">
  | RuleResultUnjudged<Code, "not-applicable">
  | RuleResultUnjudged<Code, "not-member">
  | RuleResultUnjudged<Code, "no-data">;
