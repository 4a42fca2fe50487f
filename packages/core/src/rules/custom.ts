import { deepFreeze } from "../internal/freeze.js";
import { NatoError } from "../models/error.js";
import type { KnownOr } from "../models/known.js";
import { isMetric, METRIC_INFO, type Metric } from "../models/metric.js";
import { RULE_IDS, type Rule } from "../models/rule.js";

/**
 * What a rule of your own is made of.
 *
 * @category Rules
 * @example
 * const input: CustomRuleInput = { threshold: 3, deadline: 2030, baselineYear: 2025 };
 * customRule(input).name; // "Share of GDP at least 3% by 2030"
 */
export interface CustomRuleInput {
  /**
   * The rule's id, in lower case letters, digits and hyphens (`"three-by-2030"`), so that results name
   * it; written from the metric, threshold and deadline when omitted (`"custom-share-3-by-2030"`). The
   * ids of the built-in rules are taken.
   */
  readonly id?: string;
  /**
   * The metric's full name (`"equipmentSharePct"`); share of GDP when omitted. A literal must be a
   * `Metric`; a string read at run time is checked when the rule is made (`UNKNOWN_METRIC`).
   */
  readonly metric?: string;
  /** The value to reach, in the metric's unit (percent for shares). */
  readonly threshold: number;
  /** Year by which to reach it; makes the rule judge "on track" given a baseline. */
  readonly deadline?: number;
  /** First year of the linear "on track" path. */
  readonly baselineYear?: number;
  /** Written from the metric, threshold and deadline when omitted. */
  readonly name?: string;
}

/**
 * A rule of your own: any threshold on any metric, with an optional deadline. Judge figures with
 * `evaluateRule`. Throws `NatoError` `INVALID_ARGUMENT` or `UNKNOWN_METRIC` for input that cannot make a rule.
 *
 * @category Rules
 * @example
 * const threePct = customRule({ threshold: 3 });
 * evaluateRule(threePct, { code: "FRA", year: 2026, shareOfGdpPct: 2.22 }).marginPp; // -0.78
 */
export function customRule<M extends string = Metric>(
  input: CustomRuleInput & { readonly metric?: KnownOr<M, Metric> },
): Rule {
  const metric = input.metric ?? "shareOfGdpPct";
  if (!isMetric(metric)) {
    throw new NatoError(
      "UNKNOWN_METRIC",
      `Unknown metric "${metric}": expected one of ${Object.keys(METRIC_INFO).join(", ")}.`,
      {
        received: metric,
        expected: Object.keys(METRIC_INFO).join(" | "),
      },
    );
  }
  const unit = METRIC_INFO[metric].unit;
  const isPct = unit === "pct-of-gdp" || unit === "pct-of-expenditure";
  const { threshold, deadline, baselineYear } = input;
  if (
    typeof threshold !== "number" ||
    !Number.isFinite(threshold) ||
    threshold < 0 ||
    (isPct && threshold > 100)
  ) {
    throw new NatoError(
      "INVALID_ARGUMENT",
      `Invalid threshold ${String(threshold)}: expected a number ${isPct ? "from 0 to 100 (a percentage)" : "of 0 or more"}.`,
      { received: threshold, expected: isPct ? "0-100" : ">= 0" },
    );
  }
  for (const [name, year] of [
    ["deadline", deadline],
    ["baseline year", baselineYear],
  ] as const) {
    if (year !== undefined && (!Number.isInteger(year) || year < 1949 || year > 2100)) {
      throw new NatoError(
        "INVALID_ARGUMENT",
        `Invalid ${name} ${String(year)}: expected a year from 1949 to 2100.`,
        {
          received: year,
          expected: "a year from 1949 to 2100",
        },
      );
    }
  }
  if (deadline !== undefined && baselineYear !== undefined && deadline <= baselineYear) {
    throw new NatoError(
      "INVALID_ARGUMENT",
      `Deadline ${deadline} is not after the baseline year ${baselineYear}: expected a later deadline.`,
      { received: deadline, expected: `a year after ${baselineYear}` },
    );
  }
  const id = input.id ?? defaultId(metric, threshold, deadline);
  if (typeof id !== "string" || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) || id.length > 64) {
    throw new NatoError(
      "INVALID_ARGUMENT",
      `Invalid rule id ${JSON.stringify(id)}: expected lower-case letters, digits and single hyphens, such as "three-by-2030".`,
      { received: id, expected: "lower-case letters, digits and hyphens (at most 64)" },
    );
  }
  if ((RULE_IDS as readonly string[]).includes(id)) {
    throw new NatoError(
      "INVALID_ARGUMENT",
      `Rule id "${id}" is the id of a built-in rule: expected another id for a rule of your own.`,
      { received: id, expected: `an id other than ${RULE_IDS.join(", ")}` },
    );
  }
  const rule: Rule = {
    id,
    name:
      input.name ??
      `${METRIC_INFO[metric].label} at least ${threshold}${isPct ? " %" : ""}${deadline ? ` by ${deadline}` : ""}`,
    metric,
    threshold,
    adopted: "User-defined",
    description: `${METRIC_INFO[metric].label} of at least ${threshold}${isPct ? " %" : ""}${deadline ? ` by ${deadline}` : ""}.`,
  };
  if (deadline !== undefined) {
    return deepFreeze({ ...rule, deadline, baselineYear: baselineYear ?? Math.min(2025, deadline - 1) });
  }
  return deepFreeze(rule);
}

/** "custom-share-3p5-by-2035": the metric's short name, the threshold (3.5 as 3p5) and the deadline. */
function defaultId(metric: Metric, threshold: number, deadline: number | undefined): string {
  const value = String(threshold)
    .replace(".", "p")
    .replace(/[^a-z0-9p]/g, "");
  return `custom-${METRIC_INFO[metric].slug}-${value}${deadline === undefined ? "" : `-by-${deadline}`}`;
}
