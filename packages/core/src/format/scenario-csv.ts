import { type Scenario, scenarioAllyExtra } from "../analysis/scenario.js";
import { ALLIES } from "../data/allies.js";
import { deepFreeze } from "../internal/freeze.js";
import { formatCsv } from "./csv.js";

/**
 * The columns of a scenario's CSV, one row per Ally and year of its path; money in million constant 2021
 * US dollars, GDP in billions.
 *
 * @category Export
 * @example
 * const csv = scenarioToCsv(allianceScenario(dataset2026_07(), { targetPct: 3.5, deadline: 2035 }));
 * csv.split("\n")[0] === SCENARIO_CSV_COLUMNS.join(","); // true
 */
export const SCENARIO_CSV_COLUMNS: readonly string[] = /* @__PURE__ */ deepFreeze([
  "iso3",
  "name",
  "edition",
  "target_pct",
  "deadline",
  "gdp_growth_pct",
  "gdp_growth_source",
  "baseline",
  "price_basis",
  "status",
  "year",
  "base_year_estimate",
  "share_gdp_pct",
  "real_gdp_usd_constant_2021_bn",
  "spend_usd_constant_2021_m",
  "hold_share_spend_usd_constant_2021_m",
  "extra_usd_constant_2021_m",
  "baseline_share_gdp_pct",
  "extra_over_baseline_usd_m",
]);

const cell = (value: number | null | undefined): string => (typeof value === "number" ? String(value) : "");

/**
 * An alliance scenario as tidy CSV: one row per Ally and year of its path, from the base year (NATO's
 * figures) to the deadline (the projection), with the assumptions, the baseline and the price basis on every
 * row; `extra_over_baseline_usd_m` is the extra over the baseline at the price basis. Allies without a path
 * (Iceland, missing figures) get one row naming their status. Money in million constant 2021 US dollars.
 *
 * @category Export
 * @example
 * scenarioToCsv(allianceScenario(dataset2026_07(), { targetPct: 3.5, deadline: 2035 })).split("\n")[0];
 * // "iso3,name,edition,target_pct,deadline,gdp_growth_pct,gdp_growth_source,status,year,..."
 */
export function scenarioToCsv(scenario: Scenario): string {
  const rows: string[][] = [];
  for (const p of scenario.allies) {
    const name = ALLIES.find((a) => a.code === p.code)?.name ?? p.code;
    const head = [
      p.code,
      name,
      p.edition,
      String(p.targetPct),
      String(p.deadline),
      cell(p.gdpGrowth?.pct),
      p.gdpGrowth?.source ?? "",
      scenario.baselineLabel,
      scenario.priceLabel,
      p.status,
    ];
    if (p.path.length === 0) {
      rows.push([
        ...head,
        String(p.baseYear),
        p.baseEstimate ? "true" : "false",
        cell(p.baseShareOfGdpPct),
        "",
        "",
        "",
        "",
        "",
        "",
      ]);
      continue;
    }
    const frame = scenario.allyFrames[p.code] ?? null;
    for (const y of p.path) {
      rows.push([
        ...head,
        String(y.year),
        y.year === p.baseYear && p.baseEstimate ? "true" : "false",
        cell(y.shareOfGdpPct),
        cell(y.realGdpUsdConstant2021Bn),
        cell(y.spendUsdConstant2021M),
        cell(y.holdShareSpendUsdConstant2021M),
        cell(y.extraUsdConstant2021M),
        cell(frame?.baselineSharePct),
        frame ? cell(scenarioAllyExtra(scenario, p.code, y.year)) : "",
      ]);
    }
  }
  return formatCsv(SCENARIO_CSV_COLUMNS, rows);
}
