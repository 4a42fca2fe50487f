import { describe, expect, it } from "vitest";
import { allianceScenario } from "../analysis/scenario.js";
import { dataset2025_08 } from "../data/dataset-2025-08.js";
import { dataset2026_07 } from "../data/dataset-2026-07.js";
import { scenarioTitle } from "./scenario-title.js";

// Figures: allianceScenario on NATO's 2026 edition, constant 2021 US dollars.
describe("a scenario's chart title", () => {
  it("says what the deadline year asks and who pays most: 3.5% by 2035", () => {
    const s = allianceScenario(dataset2026_07(), { targetPct: 3.5, deadline: 2035 });
    const last = s.years[s.years.length - 1];
    const share = Math.round(((last?.europeAndCanadaExtraUsdM ?? 0) / (last?.extraUsdM ?? 1)) * 100);
    expect(share).toBe(73);
    expect(scenarioTitle(s)).toBe(
      "Every Ally at 3.5% of GDP by 2035 means $407 bn more in 2035 alone than at 2026e shares of GDP (constant 2021 US dollars), 73% of it from Europe and Canada",
    );
  });

  it("names the United States when it pays the larger part", () => {
    const title = scenarioTitle({
      status: "computed",
      edition: "2026",
      targetPct: 5,
      deadline: 2030,
      baselineLabel: "the 2% floor",
      priceLabel: "constant 2021 US dollars",
      years: [
        {
          year: 2030,
          extraUsdM: 100,
          unitedStatesExtraUsdM: 60,
          europeAndCanadaExtraUsdM: 40,
          euMembersExtraUsdM: 30,
        },
      ],
    });
    expect(title).toBe(
      "Every Ally at 5% of GDP by 2030 means $100 m more in 2030 alone than at the 2% floor (constant 2021 US dollars), 60% of it from the United States",
    );
  });

  it("says so when nothing is added", () => {
    const s = allianceScenario(dataset2026_07(), { targetPct: 1, deadline: 2030 });
    expect(scenarioTitle(s)).toBe(
      "Every Ally at 1% of GDP by 2030 adds nothing in 2030 over 2026e shares of GDP (constant 2021 US dollars): every Ally is already there",
    );
  });

  it("says no data, not nothing, on an edition without GDP figures (the 2025 edition ships shares only)", () => {
    const s = allianceScenario(dataset2025_08(), { targetPct: 3.5, deadline: 2035 });
    expect(s.status).toBe("no-data");
    expect(s.totalExtraUsdM).toBeNull();
    expect(s.noData).toBe(31);
    expect(scenarioTitle(s)).toBe(
      "Every Ally at 3.5% of GDP by 2035: no data (the August 2025 edition lacks the figures a path needs)",
    );
  });
});
