import { describe, expect, it } from "vitest";
import { allianceScenario } from "../analysis/scenario.js";
import { dataset2026_07 } from "../data/dataset-2026-07.js";
import { scenarioTitle } from "./scenario-title.js";

// Figures: allianceScenario on NATO's 2026 edition, constant 2021 US dollars.
describe("a scenario's chart title", () => {
  it("says what the deadline year asks and who pays most: 3.5 % by 2035", () => {
    const s = allianceScenario(dataset2026_07(), { targetPct: 3.5, deadline: 2035 });
    const last = s.years[s.years.length - 1];
    const share = Math.round(
      ((last?.europeAndCanadaExtraUsdConstant2021M ?? 0) / (last?.extraUsdConstant2021M ?? 1)) * 100,
    );
    expect(share).toBe(73);
    expect(scenarioTitle(s)).toBe(
      "Every Ally at 3.5% of GDP by 2035 means $408 bn more in 2035 alone, 73% of it from Europe and Canada",
    );
  });

  it("names the United States when it pays the larger part", () => {
    const title = scenarioTitle({
      targetPct: 5,
      deadline: 2030,
      totalExtraUsdConstant2021M: 100,
      years: [
        {
          year: 2030,
          extraUsdConstant2021M: 100,
          unitedStatesExtraUsdConstant2021M: 60,
          europeAndCanadaExtraUsdConstant2021M: 40,
        },
      ],
    });
    expect(title).toBe(
      "Every Ally at 5% of GDP by 2030 means $100 m more in 2030 alone, 60% of it from the United States",
    );
  });

  it("says so when nothing is added", () => {
    const s = allianceScenario(dataset2026_07(), { targetPct: 1, deadline: 2030 });
    expect(scenarioTitle(s)).toBe(
      "Every Ally at 1% of GDP by 2030 adds nothing: every Ally with figures is already there",
    );
  });
});
