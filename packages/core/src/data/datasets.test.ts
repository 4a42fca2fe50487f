import { describe, expect, it } from "vitest";
import { observationOf, seriesOf } from "../models/dataset.js";
import { NatoEditionSchema } from "../schemas/index.js";
import { dataset2025_08 } from "./dataset-2025-08.js";
import { dataset2026_07 } from "./dataset-2026-07.js";
import { allDatasets, getDataset } from "./datasets.js";
import { EDITION_IDS, EDITIONS, getEdition, previousEdition, resolveEditionId } from "./editions.js";

// Expected figures: NATO, Defence Expenditure of NATO Countries, 2026 edition (Tables 2, 3, 8a) and
// the 2025 edition (Table 3), as compiled in data-sources/.
describe("the 2026 edition", () => {
  const ds = dataset2026_07();

  it("has 34 series (32 Allies, 2 aggregates) over 13 years", () => {
    expect(ds.observations).toHaveLength(34 * 13);
    expect(ds.edition.id).toBe("2026-07");
  });

  it("gives Poland 2025 at 4.25% of GDP, an estimate", () => {
    const pol = observationOf(ds, "POL", 2025);
    expect(pol?.shareOfGdpPct).toBe(4.25);
    expect(pol?.estimate).toBe(true);
    expect(pol?.edition).toBe("2026-07");
  });

  it("gives Germany 2026 at 2.69% and Sweden 2026 at 24,186 M USD current, 25.41% equipment", () => {
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
  it("gives Poland 2025 at 4.48% (restated to 4.25 in 2026) and 2024 at 3.79, both estimates", () => {
    const ds = dataset2025_08();
    expect(observationOf(ds, "POL", 2025)?.shareOfGdpPct).toBe(4.48);
    expect(observationOf(ds, "POL", 2025)?.note).toMatch(/Reuters/);
    expect(observationOf(ds, "POL", 2024)).toMatchObject({ shareOfGdpPct: 3.79, estimate: true });
    expect(observationOf(ds, "POL", 2023)).toMatchObject({ shareOfGdpPct: 3.27, estimate: false });
  });

  it("has share of GDP only, and no 2025 figure where no source gave one (Germany)", () => {
    const ds = dataset2025_08();
    expect(ds.observations).toHaveLength(389);
    expect(observationOf(ds, "DEU", 2025)).toBeUndefined();
    expect(observationOf(ds, "DEU", 2024)?.expenditureUsdCurrentM).toBeNull();
    expect(observationOf(ds, "ISL", 2020)).toBeUndefined();
  });
});

describe("getDataset", () => {
  it("defaults to the latest edition and selects earlier ones", () => {
    expect(getDataset().edition.id).toBe("2026-07");
    expect(getDataset("2025").edition.id).toBe("2025-08");
    expect(getDataset(String(" 2026 "))).toBe(dataset2026_07());
    expect(getDataset("latest")).toBe(getDataset());
    expect(getDataset("2026-07")).toBe(dataset2026_07());
    expect(allDatasets().map((d) => d.edition.id)).toEqual([...EDITION_IDS]);
  });

  it("refuses an unknown edition with a typed error naming it", () => {
    // 2022 had two editions (June 2022 and March 2023): a bare year names neither.
    expect(() => getDataset(String("2022"))).toThrowError(
      /^Unknown edition "2022": expected one of 2026-07, 2025-08/,
    );
    expect(() => getDataset(String("2026-7"))).toThrowError(
      /aliases 2026 = 2026-07, 2025 = 2025-08; latest = 2026-07/,
    );
    try {
      getDataset(String("x"));
    } catch (error) {
      expect(error).toMatchObject({ name: "NatoError", code: "UNKNOWN_EDITION", received: "x" });
    }
  });
});

describe("the edition registry", () => {
  it("names each edition by its release month, newest first, with the 2026 and 2025 aliases", () => {
    expect(EDITION_IDS[0]).toBe("2026-07");
    expect(resolveEditionId("2026")).toBe("2026-07");
    expect(resolveEditionId("2025")).toBe("2025-08");
    expect(resolveEditionId("LATEST")).toBe(EDITION_IDS[0]);
    expect(previousEdition("2026-07")?.id).toBe("2025-08");
    for (const id of EDITION_IDS) {
      expect(EDITIONS[id].id).toBe(id);
      expect(NatoEditionSchema.safeParse(EDITIONS[id]).success).toBe(true);
      expect(getEdition(id)).toBe(EDITIONS[id]);
      const dates = [EDITIONS[id].dataCutOff, EDITIONS[id].publishedOn].filter(Boolean) as string[];
      for (const d of dates) expect(d.slice(0, 4) >= String(EDITIONS[id].lastYear - 1)).toBe(true);
    }
    // Release months are ordered: the registry's order is the order of publication.
    expect([...EDITION_IDS].sort().reverse()).toEqual([...EDITION_IDS]);
  });

  it("records the 2026 edition's title, basis and price base (SOURCES.md section 0)", () => {
    const e = getEdition("2026");
    expect(e.title).toBe("Defence Investment of NATO Countries (2014-2026)");
    expect(e.basis).toBe("core-defence-expenditure");
    expect(e.priceBase).toBe(2021);
    expect(e.coverage).toBe("full");
    expect(getEdition("2025").coverage).toBe("share-of-gdp");
    expect(getEdition("2025").creditNote).toMatch(/third parties/);
  });
});

describe("getLatestDataset, the light path to the latest edition", () => {
  it("is the edition getDataset() and LATEST_EDITION_ID name, the same cached object", async () => {
    const { getLatestDataset } = await import("./latest.js");
    const { LATEST_EDITION_ID } = await import("./editions.js");
    // A new edition that moves LATEST_EDITION_ID without moving getLatestDataset fails here.
    expect(getLatestDataset().edition.id).toBe(LATEST_EDITION_ID);
    expect(getLatestDataset()).toBe(getDataset());
    expect(getLatestDataset()).toBe(getDataset("latest"));
  });
});

describe("the aliases beside the ids", () => {
  it("are the aliases of each edition's record", async () => {
    const { BUILTIN_EDITION_ALIASES } = await import("../models/edition-ids.js");
    for (const id of EDITION_IDS) expect(BUILTIN_EDITION_ALIASES[id], id).toEqual(EDITIONS[id].aliases);
    expect(Object.keys(BUILTIN_EDITION_ALIASES)).toEqual([...EDITION_IDS]);
  });
});
