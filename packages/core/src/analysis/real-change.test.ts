import { describe, expect, it } from "vitest";
import { dataset2026_07 } from "../data/dataset-2026-07.js";
import { realChange } from "./real-change.js";

// Constant 2021 US dollars, NATO's July 2026 edition, Table 2: NATO Europe and Canada 402,342 m in 2023;
// Sweden 14,174 m in 2024, its first year as an Ally; the aggregate's 2024 change is +19.28%.
describe("realChange", () => {
  const dataset = dataset2026_07();

  it("sets Sweden's accession apart from Europe and Canada's 2024 change", () => {
    const change = realChange(dataset, "NATO_EU_CA", 2024);
    expect(change.changePct).toBeCloseTo(19.28, 2);
    expect(change.joined).toEqual(["SWE"]);
    expect(change.accessionPoints).toBeCloseTo((14174 / 402342) * 100, 6);
    expect(change.likeForLikePct).toBeCloseTo(19.2806 - (14174 / 402342) * 100, 2);
    expect(change.note).toBe(
      "NATO Europe and Canada's real change in 2024 (+19.3%) includes Sweden, counted from 2024, when it joined: 3.5 points of it. The Allies counted in both years changed by +15.8%.",
    );
  });

  it("counts Finland in 2023 for both aggregates, and nothing for a year without accession", () => {
    expect(realChange(dataset, "NATO", 2023).joined).toEqual(["FIN"]);
    expect(realChange(dataset, "NATO_EU_CA", 2023).joined).toEqual(["FIN"]);
    const quiet = realChange(dataset, "NATO_EU_CA", 2022);
    expect(quiet).toMatchObject({ joined: [], accessionPoints: null, note: null });
    expect(quiet.likeForLikePct).toBe(quiet.changePct);
  });

  it("mixes nothing into an Ally's own change, even in its year of accession", () => {
    const sweden = realChange(dataset, "SWE", 2024);
    expect(sweden).toMatchObject({ joined: [], note: null });
  });
});
