import type { TargetGap } from "../analysis/gap.js";
import { entityName } from "../data/lookup.js";
import { listNames } from "./counts.js";
import { editionLabel } from "./edition-label.js";
import { formatThreshold, formatUsdM, formatYear } from "./number.js";

/**
 * The sentences that tell a `TargetGap`, the same in the CLI's `gap` and anywhere else it is shown.
 *
 * @category Formatting
 * @example
 * const sentences: GapSentences = gapSentences(gapToTarget(dataset2026_07(), 3.5, 2026));
 */
export interface GapSentences {
  /** "Gap to 3.5% of GDP in 2026e: 26 of 31 Allies with armed forces below, 5 at or above" */
  readonly title: string;
  /** What closing every shortfall would cost, or why there is no total. */
  readonly total: string;
  /** Who is left out of the count and the total, and why; null when no one is. */
  readonly leftOut: string | null;
}

/**
 * A gap told in words, with the count's denominator (the Allies that can be judged, or those with figures),
 * the total in current and constant prices as far as the edition has them, and who is left out and why:
 * Iceland, which has no armed forces, is not applicable; an Ally without a figure is no data.
 *
 * @category Formatting
 * @example
 * gapSentences(gapToTarget(dataset2026_07(), 3.5, 2026)).title;
 * // "Gap to 3.5% of GDP in 2026e: 26 of 31 Allies with armed forces below, 5 at or above"
 * gapSentences(gapToTarget(dataset2026_07(), 3.5, 2026)).leftOut;
 * // "Iceland has no armed forces: no spending rule applies to it, and it is left out of the count and the total."
 */
export function gapSentences(gap: TargetGap): GapSentences {
  const { count } = gap;
  const year = formatYear(gap.year, gap.estimate);
  const target = formatThreshold(gap.targetPct);
  // The denominator as countPhrase states it: the Allies that can be judged, or those with figures.
  const title =
    count.met + count.below === 0
      ? `Gap to ${target} of GDP in ${year}: no Ally has a figure`
      : count.noData === 0
        ? `Gap to ${target} of GDP in ${year}: ${count.below} of ${count.judged} Allies with armed forces below, ${count.met} at or above`
        : `Gap to ${target} of GDP in ${year}: ${count.below} of ${count.met + count.below} Allies with figures below, ${count.met} at or above (${count.noData} ${count.noData === 1 ? "has" : "have"} none)`;

  const below = gap.allies.filter((r) => r.status === "below");
  const allies = below.length === 1 ? "the one Ally" : `the ${below.length} Allies`;
  const amounts = [
    gap.totalGapUsdCurrentM === null
      ? null
      : `${formatUsdM(gap.totalGapUsdCurrentM)} a year at current prices`,
    gap.totalGapUsdConstant2021M === null
      ? null
      : `${formatUsdM(gap.totalGapUsdConstant2021M)} at constant 2021 prices`,
  ].filter((part): part is string => part !== null);
  let total: string;
  if (count.met + count.below === 0) total = `No figures for ${year}: no gap to add up.`;
  else if (below.length === 0)
    total = `No Ally with a figure is below ${target} in ${year}: no gap to close.`;
  else if (amounts.length > 0) total = `Total gap of ${allies} below: ${amounts.join(", ")}.`;
  else {
    const without = below.filter((r) => r.gapUsdCurrentM === null).map((r) => entityName(r.code));
    total =
      without.length === below.length
        ? `Total gap of ${allies} below: no data; the ${editionLabel(gap.edition)} edition has no spending or GDP figures in US dollars for them.`
        : `Total gap of ${allies} below: no data, since ${listNames(without)} ${without.length === 1 ? "has" : "have"} no spending or GDP figures in US dollars.`;
  }

  const notApplicable = gap.allies
    .filter((r) => r.status === "not-applicable")
    .map((r) => entityName(r.code));
  const noData = count.noDataCodes.map(entityName);
  const parts = [
    notApplicable.length === 0
      ? null
      : `${listNames(notApplicable, { start: true })} ${notApplicable.length === 1 ? "has" : "have"} no armed forces: no spending rule applies to ${notApplicable.length === 1 ? "it" : "them"}, and ${notApplicable.length === 1 ? "it is" : "they are"} left out of the count and the total.`,
    noData.length === 0
      ? null
      : `${listNames(noData, { start: true })} ${noData.length === 1 ? "has" : "have"} no figure for ${year} in the ${editionLabel(gap.edition)} edition (no data), and ${noData.length === 1 ? "is" : "are"} left out of the count and the total.`,
  ].filter((part): part is string => part !== null);
  return { title, total, leftOut: parts.length > 0 ? parts.join(" ") : null };
}
