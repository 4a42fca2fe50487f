import type { Ally } from "../models/ally.js";
import { proseName } from "./possessive.js";

/**
 * That an Ally joined NATO within the years shown, and what that means for the totals; null when it was a
 * member before `firstYear`.
 *
 * @category Formatting
 * @example
 * accessionSentence(getAlly("SWE"), 2014); // "Sweden joined NATO in 2024; NATO's totals count it from that year."
 * accessionSentence(getAlly("POL"), 2014); // null
 */
export function accessionSentence(
  ally: Pick<Ally, "name" | "accessionYear">,
  firstYear: number,
): string | null {
  return ally.accessionYear > firstYear
    ? `${proseName(ally.name, { start: true })} joined NATO in ${ally.accessionYear}; NATO's totals count it from that year.`
    : null;
}
