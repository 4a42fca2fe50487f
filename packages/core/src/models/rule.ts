import * as z from "zod";
import { METRICS } from "./metric.js";

/** The rules NATO's Allies have agreed, by id. */
export const RULE_IDS = ["two-percent", "equipment-20", "hague-core", "hague-total"] as const;
export type BuiltinRuleId = (typeof RULE_IDS)[number];

/** A spending rule: a figure that must reach a threshold, optionally by a deadline. */
export const RuleSchema = /* @__PURE__ */ z.object({
  /** `two-percent`, `equipment-20`, `hague-core`, `hague-total`, or `custom`. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  /** The figure the rule tests. `hague-total` tests share of GDP plus the part the caller supplies. */
  metric: z.enum(METRICS),
  /** The figure must be at least this (same unit as the metric). */
  threshold: z.number().finite(),
  /** Year by which the threshold is to be reached, for deadline rules. */
  deadline: z.number().int().optional(),
  /** First year of the linear path used for "on track", for deadline rules. */
  baselineYear: z.number().int().optional(),
  /** Where and when Allies agreed it. */
  adopted: z.string(),
  /** What it says, in one or two sentences. */
  description: z.string(),
});

export type Rule = z.infer<typeof RuleSchema>;

/** A rule's verdict: the figure reaches the threshold, falls short, cannot apply, or is missing. */
export type RuleStatus = "met" | "below" | "not-applicable" | "no-data";

/** Where an Ally stands on the linear path from a baseline year to a rule's deadline. */
export interface OnTrack {
  readonly onTrack: boolean;
  readonly baselineYear: number;
  readonly baselineValue: number;
  readonly deadline: number;
  /** The value the linear path asks for in the year judged. */
  readonly pathValue: number;
  /** Value minus path value, in the metric's unit (percentage points for shares). */
  readonly marginPp: number;
}

/** The answer of a rule for one Ally and year. */
export interface RuleResult {
  readonly rule: string;
  readonly code: string;
  readonly year: number;
  readonly edition: string | null;
  readonly estimate: boolean;
  readonly status: RuleStatus;
  /** The figure judged, or null when there is none. */
  readonly value: number | null;
  readonly threshold: number;
  /** Value minus threshold (percentage points for shares); null without a value. */
  readonly marginPp: number | null;
  /** Extra spending needed to reach the threshold that year, in million US dollars; 0 when met. */
  readonly gapUsdCurrentM: number | null;
  readonly gapUsdConstant2021M: number | null;
  /** For deadline rules, whether the Ally is on a linear path to the threshold; null when not judged. */
  readonly onTrack: OnTrack | null;
  /** Why the status is what it is, in a sentence, for "not-applicable", "no-data" and path notes. */
  readonly reason: string | null;
}
