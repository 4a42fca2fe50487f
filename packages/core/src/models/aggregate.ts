import * as z from "zod";

/** Codes of NATO's two published aggregates. */
export const AGGREGATE_CODES = ["NATO", "NATO_EU_CA"] as const;

/** `NATO` is "NATO Total"; `NATO_EU_CA` is "NATO Europe and Canada". */
export type AggregateCode = (typeof AGGREGATE_CODES)[number];

/** One of NATO's published aggregates. */
export const AggregateSchema = /* @__PURE__ */ z.object({
  code: z.enum(AGGREGATE_CODES),
  /** The name as NATO writes it. */
  name: z.string().min(1),
  /** Which Allies it sums, each from its accession year. */
  members: z.enum(["all", "europe-and-canada"]),
});

export type Aggregate = z.infer<typeof AggregateSchema>;

/**
 * True when `code` names one of NATO's aggregates rather than an Ally.
 *
 * @example
 * isAggregateCode("NATO"); // true
 * isAggregateCode("POL"); // false
 */
export function isAggregateCode(code: string): code is AggregateCode {
  return (AGGREGATE_CODES as readonly string[]).includes(code);
}
