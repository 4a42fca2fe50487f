import type { Scenario } from "../analysis/scenario.js";
import { editionLabel } from "./edition-label.js";
import { formatUsdM, formatThreshold as target } from "./number.js";

/**
 * A chart title for an alliance scenario's extra spending, written from the figures: how much more the
 * deadline year asks over the baseline, at which prices, and how it splits between Europe and Canada and
 * the United States. Says "no data" with the reason when the edition lacks the figures.
 *
 * @category Formatting
 * @example
 * scenarioTitle(allianceScenario(dataset2026_07(), { targetPct: 3.5, deadline: 2035 }));
 * // "Every Ally at 3.5% of GDP by 2035 means $408 bn more in 2035 alone than at 2026e shares of GDP (constant 2021 US dollars), 73% of it from Europe and Canada"
 */
export function scenarioTitle(
  scenario: Pick<
    Scenario,
    "status" | "targetPct" | "deadline" | "years" | "baselineLabel" | "priceLabel" | "edition"
  >,
): string {
  const head = `Every Ally at ${target(scenario.targetPct)} of GDP by ${scenario.deadline}`;
  if (scenario.status === "no-data")
    return `${head}: no data (the ${editionLabel(scenario.edition)} edition lacks the figures a path needs)`;
  const last = scenario.years[scenario.years.length - 1];
  const frame = `than at ${scenario.baselineLabel} (${scenario.priceLabel})`;
  if (!last) return `${head}: no years to project`;
  if (last.extraUsdM <= 0)
    return `${head} adds nothing in ${last.year} over ${scenario.baselineLabel} (${scenario.priceLabel}): every Ally is already there`;
  const europeShare = Math.round((last.europeAndCanadaExtraUsdM / last.extraUsdM) * 100);
  const split =
    europeShare >= 50
      ? `${europeShare}% of it from Europe and Canada`
      : `${100 - europeShare}% of it from the United States`;
  return `${head} means ${formatUsdM(last.extraUsdM)} more in ${last.year} alone ${frame}, ${split}`;
}
