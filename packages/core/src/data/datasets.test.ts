import { describe, expect, it } from "vitest";
import { observationOf, seriesOf } from "../models/dataset.js";
import { allDatasets, dataset2025, dataset2026, getDataset } from "./datasets.js";

// Expected figures: NATO, Defence Expenditure of NATO Countries, 2026 edition (Tables 2, 3, 8a) and
// the 2025 edition (Table 3), as compiled in data-sources/.
describe("the 2026 edition", () => {
  const ds = dataset2026();

  it("has 34 series (32 Allies, 2 aggregates) over 13 years", () => {
    expect(ds.observations).toHaveLength(34 * 13);
    expect(ds.edition.id).toBe("2026");
  });

  it("gives Poland 2025 at 4.25 % of GDP, an estimate", () => {
    const pol = observationOf(ds, "POL", 2025);
    expect(pol?.shareOfGdpPct).toBe(4.25);
    expect(pol?.estimate).toBe(true);
    expect(pol?.edition).toBe("2026");
  });

  it("gives Germany 2026 at 2.69 % and Sweden 2026 at 24,186 M USD current, 25.41 % equipment", () => {
    expect(observationOf(ds, "DEU", 2026)?.shareOfGdpPct).toBe(2.69);
    const swe = observationOf(ds, "SWE", 2026);
    expect(swe?.expenditureUsdCurrentM).toBe(24186);
    expect(swe?.expenditureUsdConstant2021M).toBe(21538);
    expect(swe?.shareOfGdpPct).toBe(3.22);
    expect(swe?.equipmentSharePct).toBe(25.41);
  });

  it("marks only 2025 and 2026 as estimates", () => {
    const flagged = new Set(ds.observations.filter((o) => o.estimate).map((o) => o.year));
    expect([...flagged].sort()).toEqual([2025, 2026]);
    expect(ds.observations.filter((o) => o.estimate)).toHaveLength(68);
  });

  it("keeps Iceland with no figures at all, never zero", () => {
    for (const o of seriesOf(ds, "ISL")) {
      expect(o.shareOfGdpPct).toBeNull();
      expect(o.expenditureUsdCurrentM).toBeNull();
      expect(o.realGdpUsdConstant2021Bn).toBeNull();
    }
  });

  it("keeps the cells NATO left empty as no data (Netherlands and Portugal 2026 category shares)", () => {
    const nld = observationOf(ds, "NLD", 2026);
    expect(nld?.equipmentSharePct).toBe(33.69);
    expect(nld?.personnelSharePct).toBeNull();
    expect(observationOf(ds, "PRT", 2026)?.otherSharePct).toBeNull();
    expect(observationOf(ds, "NATO", 2026)?.equipmentSharePct).toBeNull();
  });

  it("gives NATO Total 2014 at 943,257 M USD current", () => {
    expect(observationOf(ds, "NATO", 2014)?.expenditureUsdCurrentM).toBe(943257);
    expect(observationOf(ds, "NATO_EU_CA", 2014)?.expenditureUsdCurrentM).toBe(289315);
  });
});

describe("the 2025 edition", () => {
  it("gives Poland 2025 at 4.48 % (restated to 4.25 in 2026) and 2024 at 3.79, both estimates", () => {
    const ds = dataset2025();
    expect(observationOf(ds, "POL", 2025)?.shareOfGdpPct).toBe(4.48);
    expect(observationOf(ds, "POL", 2025)?.note).toMatch(/Reuters/);
    expect(observationOf(ds, "POL", 2024)).toMatchObject({ shareOfGdpPct: 3.79, estimate: true });
    expect(observationOf(ds, "POL", 2023)).toMatchObject({ shareOfGdpPct: 3.27, estimate: false });
  });

  it("has share of GDP only, and no 2025 figure where no source gave one (Germany)", () => {
    const ds = dataset2025();
    expect(ds.observations).toHaveLength(389);
    expect(observationOf(ds, "DEU", 2025)).toBeUndefined();
    expect(observationOf(ds, "DEU", 2024)?.expenditureUsdCurrentM).toBeNull();
    expect(observationOf(ds, "ISL", 2020)).toBeUndefined();
  });
});

describe("getDataset", () => {
  it("defaults to the latest edition and selects earlier ones", () => {
    expect(getDataset().edition.id).toBe("2026");
    expect(getDataset("2025").edition.id).toBe("2025");
    expect(getDataset(String(" 2026 "))).toBe(dataset2026());
    expect(allDatasets().map((d) => d.edition.id)).toEqual(["2026", "2025"]);
  });

  it("refuses an unknown edition with a typed error naming it", () => {
    expect(() => getDataset(String("2019"))).toThrowError(
      /Unknown edition "2019": expected one of 2026, 2025/,
    );
    try {
      getDataset(String("x"));
    } catch (error) {
      expect(error).toMatchObject({ name: "NatoError", code: "UNKNOWN_EDITION", received: "x" });
    }
  });
});
