import { describe, expect, it } from "vitest";
import { compareRows, compareSeries, compareThresholds, compareTitle } from "./view";

// Expected shares are NATO's, 2026 edition, Table 3.
describe("the comparison", () => {
  it("draws one series per Ally, estimates marked", () => {
    const [poland] = compareSeries(["POL"], "shareOfGdpPct");
    expect(poland?.label).toBe("Poland");
    expect(poland?.points.find((p) => p.year === 2025)).toEqual({ year: 2025, value: 4.25, estimate: true });
    expect(poland?.points.find((p) => p.year === 2014)?.estimate).toBe(false);
  });

  it("titles the chart from the data", () => {
    expect(compareTitle(compareSeries(["POL", "DEU", "FRA"], "shareOfGdpPct"), "shareOfGdpPct")).toBe(
      "Of Poland, Germany and France, Poland's share of GDP is the highest in 2026e: 4.68%, against 2.22% for France",
    );
  });

  it("tabulates first and latest figures with the verdicts of 2026e", () => {
    const [poland, france] = compareRows(["POL", "FRA"], "shareOfGdpPct");
    expect(poland).toMatchObject({
      last: "4.68%",
      lastYear: 2026,
      lastEstimate: true,
      twoPercent: "met",
      hagueCore: "met",
    });
    expect(france).toMatchObject({ last: "2.22%", twoPercent: "met", hagueCore: "below" });
    expect(poland?.change.startsWith("+")).toBe(true);
  });

  it("says why Iceland has no figures", () => {
    const [iceland] = compareRows(["ISL"], "shareOfGdpPct");
    expect(iceland).toMatchObject({ last: "no data", twoPercent: "not-applicable" });
    expect(iceland?.note).toMatch(/No armed forces/);
  });

  it("labels the rules' thresholds on share of GDP and equipment only", () => {
    expect(compareThresholds("shareOfGdpPct").map((t) => t.value)).toEqual([2, 3.5, 5]);
    expect(compareThresholds("equipmentSharePct").map((t) => t.value)).toEqual([20]);
    expect(compareThresholds("militaryPersonnelThousands")).toEqual([]);
  });
});
