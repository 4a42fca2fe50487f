/**
 * Codes of NATO's two published aggregates; their rows are looked up like an Ally's.
 *
 * @category Allies
 * @example
 * AGGREGATE_CODES.map((code) => observationOf(dataset2026_07(), code, 2026)?.expenditureUsdCurrentM);
 * // [1809915, 777066] (million US dollars, current prices, 2026e)
 */
export const AGGREGATE_CODES = /* @__PURE__ */ Object.freeze(["NATO", "NATO_EU_CA"] as const);

/**
 * `NATO` is "NATO Total"; `NATO_EU_CA` is "NATO Europe and Canada".
 *
 * @category Allies
 * @example
 * const code: AggregateCode = "NATO_EU_CA";
 * observationOf(dataset2026_07(), code, 2026)?.shareOfGdpPct; // 2.53
 */
export type AggregateCode = (typeof AGGREGATE_CODES)[number];

/**
 * One of NATO's aggregates: its code, NATO's name for it and which Allies it sums.
 *
 * @category Allies
 * @example
 * const total: Aggregate = aggregateByCode("NATO"); // { code: "NATO", name: "NATO Total", members: "all" }
 */
export interface Aggregate {
  readonly code: AggregateCode;
  /** The name as NATO writes it. */
  readonly name: string;
  /** Which Allies it sums, each from its accession year. */
  readonly members: "all" | "europe-and-canada";
}

/**
 * True when `code` names one of NATO's aggregates rather than an Ally.
 *
 * @category Allies
 * @example
 * isAggregateCode("NATO"); // true
 * isAggregateCode("POL"); // false
 */
export function isAggregateCode(code: unknown): code is AggregateCode {
  return code === "NATO" || code === "NATO_EU_CA";
}
