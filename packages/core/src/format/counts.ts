import type { ComplianceCount } from "../analysis/compliance.js";
import { entityName } from "../data/lookup.js";
import { formatYear } from "./number.js";
import { type ProseOptions, proseName } from "./possessive.js";

/** What a count phrase reads of a year's count: a `ComplianceCount` will do. */
type CountLike = Pick<
  ComplianceCount,
  "year" | "estimate" | "met" | "below" | "judged" | "noData" | "belowCodes"
>;

/**
 * Names joined as a reader writes them: "A", "A and B", "A, B and C", with "the" where a name takes it.
 *
 * @category Formatting
 * @example
 * listNames(["Albania", "Czechia", "Slovenia"]); // "Albania, Czechia and Slovenia"
 * listNames(["United States", "Poland"], { start: true }); // "The United States and Poland"
 */
export function listNames(names: readonly string[], options: ProseOptions = {}): string {
  const prose = names.map((name, i) => proseName(name, { start: i === 0 && options.start === true }));
  if (prose.length <= 1) return prose.join("");
  return `${prose.slice(0, -1).join(", ")} and ${prose[prose.length - 1]}`;
}

/**
 * A count with its denominator: the Allies that can be judged that year (members with armed forces), or,
 * when some have no figure, the Allies with figures and how many have none.
 *
 * @category Formatting
 * @example
 * countPhrase(complianceByYear(dataset2026_07(), TWO_PERCENT).at(-1)!); // "30 of 31 Allies with armed forces"
 * countPhrase(complianceByYear(dataset2025_08(), TWO_PERCENT).at(-1)!); // "21 of 24 Allies with figures (7 have none)"
 */
export function countPhrase(count: CountLike): string {
  if (count.noData === 0) return `${count.met} of ${count.judged} Allies with armed forces`;
  const withFigures = count.met + count.below;
  return `${count.met} of ${withFigures} Allies with figures (${count.noData} ${count.noData === 1 ? "has" : "have"} none)`;
}

/**
 * The exceptions, when they are few enough to name: "all but Slovenia", "all but Albania, Czechia and
 * Slovenia", "all 31 Allies with armed forces"; null when more than three are below or some have no figure.
 *
 * @category Formatting
 * @example
 * exceptionPhrase(complianceByYear(dataset2026_07(), TWO_PERCENT).at(-1)!); // "all but Slovenia"
 */
export function exceptionPhrase(count: CountLike): string | null {
  if (count.noData > 0 || count.judged === 0) return null;
  if (count.below === 0) return `all ${count.judged} Allies with armed forces`;
  if (count.below > 3) return null;
  return `all but ${listNames(count.belowCodes.map(entityName))}`;
}

/**
 * The count with its exceptions named where they are few: the line the CLI's `check` prints and its JSON
 * `count` holds.
 *
 * @category Formatting
 * @example
 * countWithExceptions(complianceByYear(dataset2026_07(), TWO_PERCENT).at(-1)!);
 * // "30 of 31 Allies with armed forces (all but Slovenia)"
 */
export function countWithExceptions(count: CountLike): string {
  const exceptions = exceptionPhrase(count);
  return exceptions ? `${countPhrase(count)} (${exceptions})` : countPhrase(count);
}

/**
 * The verb for what Allies spent in a year: "spent" for NATO's reported figures, "are estimated to spend"
 * for an estimate year ("2026e"), so an estimate never reads as an outcome.
 *
 * @category Formatting
 * @example
 * spendVerb(false); // "spent"
 * spendVerb(true); // "are estimated to spend"
 */
export function spendVerb(estimate: boolean): string {
  return estimate ? "are estimated to spend" : "spent";
}

/**
 * One sentence for a rule's count in one year, with its denominator and, when few, the exceptions named.
 * `what` says what the Allies spent ("at least 2% of GDP on defence").
 *
 * @category Formatting
 * @example
 * countSentence(complianceByYear(dataset2026_07(), TWO_PERCENT).at(-1)!, "at least 2% of GDP on defence");
 * // "In 2026e, 30 of 31 Allies with armed forces are estimated to spend at least 2% of GDP on defence (all but Slovenia)"
 */
export function countSentence(count: CountLike, what: string): string {
  const exceptions = exceptionPhrase(count);
  return `In ${formatYear(count.year, count.estimate)}, ${countPhrase(count)} ${spendVerb(count.estimate)} ${what}${exceptions ? ` (${exceptions})` : ""}`;
}
