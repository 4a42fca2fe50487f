import { deepFreeze } from "../internal/freeze.js";
import type { Aggregate } from "../models/aggregate.js";

/**
 * NATO's two published aggregates. Each counts an Ally only from its accession year.
 *
 * @category Allies
 * @example
 * AGGREGATES.map((a) => a.name); // ["NATO Total", "NATO Europe and Canada"]
 */
export const AGGREGATES: readonly Aggregate[] = /* @__PURE__ */ deepFreeze([
  { code: "NATO", name: "NATO Total", members: "all" },
  { code: "NATO_EU_CA", name: "NATO Europe and Canada", members: "europe-and-canada" },
]);
