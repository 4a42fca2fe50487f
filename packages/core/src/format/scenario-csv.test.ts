import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { allianceScenario } from "../analysis/scenario.js";
import { dataset2026_07 } from "../data/dataset-2026-07.js";
import { SCENARIO_CSV_COLUMNS, scenarioToCsv } from "./scenario-csv.js";

const scenario = allianceScenario(dataset2026_07(), { targetPct: 3.5, deadline: 2035 });
const rows = Papa.parse<string[]>(scenarioToCsv(scenario), { skipEmptyLines: true }).data;
const col = (name: string) => SCENARIO_CSV_COLUMNS.indexOf(name);

describe("a scenario as CSV", () => {
  it("has one row per Ally and year of its path, and one for Iceland", () => {
    expect(rows[0]).toEqual([...SCENARIO_CSV_COLUMNS]);
    // 31 Allies with figures, 2026-2035 (10 years each), plus Iceland's single row.
    expect(rows.length - 1).toBe(31 * 10 + 1);
    expect(rows.find((r) => r[0] === "ISL")?.[col("status")]).toBe("not-applicable");
  });

  it("starts Germany at NATO's 2.69% in 2026e and ends it at 3.5% in 2035 (NATO 2026 edition, Table 3)", () => {
    const germany = rows.filter((r) => r[0] === "DEU");
    expect(germany[0]?.[col("year")]).toBe("2026");
    expect(germany[0]?.[col("base_year_estimate")]).toBe("true");
    expect(germany[0]?.[col("share_gdp_pct")]).toBe("2.69");
    expect(germany.at(-1)?.[col("share_gdp_pct")]).toBe("3.5");
    expect(germany.at(-1)?.[col("gdp_growth_source")]).toBe("recent-median");
  });

  it("adds up to the scenario's total extra spending", () => {
    const sum = rows
      .slice(1)
      .filter((r) => Number(r[col("year")]) > scenario.baseYear)
      .reduce((acc, r) => acc + Number(r[col("extra_usd_constant_2021_m")] || 0), 0);
    expect(sum).toBeCloseTo(scenario.totalExtraUsdM ?? Number.NaN, 3);
  });
});
