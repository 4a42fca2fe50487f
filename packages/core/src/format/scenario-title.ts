import type { Scenario } from "../analysis/scenario.js";
import { formatPercent, formatUsdM } from "./number.js";

const target = (pct: number): string =>
  formatPercent(pct, { digits: Number.isInteger(pct) ? 0 : Number.isInteger(pct * 10) ? 1 : 2 });

/**
 * A chart title for an alliance scenario's extra spending by year, written from the figures: how much
 * more the deadline year asks and how it splits between Europe and Canada and the United States.
 *
 * @example
 * scenarioTitle(allianceScenario(dataset2026_07(), { targetPct: 3.5, deadline: 2035 }));
 * // "Every Ally at 3.5% of GDP by 2035 means $408 bn more in 2035 alone, 73% of it from Europe and Canada"
 */
export function scenarioTitle(
  scenario: Pick<Scenario, "targetPct" | "deadline" | "years" | "totalExtraUsdConstant2021M">,
): string {
  const head = `Every Ally at ${target(scenario.targetPct)} of GDP by ${scenario.deadline}`;
  const last = scenario.years[scenario.years.length - 1];
  if (!last || last.extraUsdConstant2021M <= 0)
    return `${head} adds nothing: every Ally with figures is already there`;
  const europeShare = Math.round(
    (last.europeAndCanadaExtraUsdConstant2021M / last.extraUsdConstant2021M) * 100,
  );
  const split =
    europeShare >= 50
      ? `${europeShare}% of it from Europe and Canada`
      : `${100 - europeShare}% of it from the United States`;
  return `${head} means ${formatUsdM(last.extraUsdConstant2021M)} more in ${last.year} alone, ${split}`;
}
