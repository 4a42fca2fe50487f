import { describe, expect, it } from "vitest";
import { dataset2025_08 } from "../data/dataset-2025-08.js";
import { dataset2026_07 } from "../data/dataset-2026-07.js";
import { getAlly } from "../data/lookup.js";
import { EQUIPMENT_20 } from "../rules/equipment-20.js";
import { HAGUE_CORE } from "../rules/hague-core.js";
import { HAGUE_TOTAL } from "../rules/hague-total.js";
import { TWO_PERCENT } from "../rules/two-percent.js";
import { burdenSharing } from "./burden.js";
import { complianceByYear } from "./compliance.js";
import { yearAtPace, yearReachingThreshold } from "./pace.js";
import { rankAllies } from "./ranking.js";
import { realChangePct } from "./real-change.js";
import { revisions } from "./revisions.js";
import { allyVerdict, yearVerdicts } from "./verdicts.js";

// Figures: NATO, Defence Expenditure of NATO Countries, 2026 edition (default) and 2025 edition.
const ds = dataset2026_07();

describe("verdicts on the dataset", () => {
  it("finds exactly the United States, Greece and the United Kingdom at 2% in 2014 (US 3.71, GRC 2.24, GBR 2.13)", () => {
    const met = yearVerdicts(ds, TWO_PERCENT, 2014).filter((r) => r.status === "met");
    expect(met.map((r) => [r.code, r.value])).toEqual([
      ["GRC", 2.24],
      ["GBR", 2.13],
      ["USA", 3.71],
    ]);
  });

  it("judges only the members of the year: 28 in 2014, without Finland or Sweden", () => {
    const codes = yearVerdicts(ds, TWO_PERCENT, 2014).map((r) => r.code);
    expect(codes).toHaveLength(28);
    expect(codes).not.toContain("FIN");
    expect(yearVerdicts(ds, TWO_PERCENT, 2014, { allies: "all" })).toHaveLength(32);
  });

  it("finds POL, LTU, EST and LVA at or above 3.5% in 2025e", () => {
    const met = yearVerdicts(ds, HAGUE_CORE, 2025).filter((r) => r.status === "met");
    expect(met.map((r) => r.code).sort()).toEqual(["EST", "LTU", "LVA", "POL"]);
    expect(met.every((r) => r.estimate)).toBe(true);
  });

  it("takes the Hague baseline from the same edition", () => {
    const r = allyVerdict(ds, HAGUE_CORE, getAlly("DEU"), 2026);
    expect(r.onTrack).toMatchObject({
      baselineYear: 2025,
      baselineValue: 2.22,
      pathValue: 2.348,
      onTrack: true,
    });
    expect(r).toMatchObject({
      value: 2.69,
      marginPp: -0.81,
      status: "below",
      edition: "2026-07",
      estimate: true,
    });
    expect(r.gapUsdConstant2021M).toBeGreaterThan(0);
  });

  it("says Iceland is not applicable, and the Hague total needs related spending", () => {
    expect(allyVerdict(ds, TWO_PERCENT, getAlly("ISL"), 2026).status).toBe("not-applicable");
    expect(allyVerdict(ds, HAGUE_TOTAL, getAlly("POL"), 2026).status).toBe("no-data");
    expect(
      allyVerdict(ds, HAGUE_TOTAL, getAlly("POL"), 2026, { relatedSpendingPct: { POL: 0.4 } }).value,
    ).toBe(5.08);
    expect(allyVerdict(ds, EQUIPMENT_20, getAlly("NLD"), 2026).status).toBe("met");
  });
});

describe("compliance counts", () => {
  it("counts Allies at 2% per year among that year's members", () => {
    const counts = complianceByYear(ds, TWO_PERCENT);
    expect(counts[0]).toMatchObject({
      year: 2014,
      members: 28,
      met: 3,
      notApplicable: 1,
      metCodes: ["GRC", "GBR", "USA"],
    });
    expect(counts.find((c) => c.year === 2024)).toMatchObject({ members: 32, estimate: false });
    expect(counts.find((c) => c.year === 2025)).toMatchObject({ members: 32, met: 28, estimate: true });
    for (const c of counts) expect(c.met + c.below + c.notApplicable + c.noData).toBe(c.members);
  });

  it("counts in the 2025 edition too, where 2025e is missing for some Allies", () => {
    const c2025 = complianceByYear(dataset2025_08(), TWO_PERCENT).find((c) => c.year === 2025);
    expect(c2025?.noData).toBe(7); // DEU, FIN, MNE, NLD, SVK, SVN, SWE
  });
});

describe("rankings", () => {
  it("ranks by share of GDP, highest first, with Iceland unranked last", () => {
    const ranking = rankAllies(ds, "shareOfGdpPct", 2025);
    expect(ranking[0]).toMatchObject({ rank: 1, code: "POL", value: 4.25, estimate: true });
    expect(ranking.at(-1)).toMatchObject({ rank: null, code: "ISL", value: null });
    // Albania 2025e: 1.48%, the lowest.
    expect(rankAllies(ds, "shareOfGdpPct", 2025, { order: "asc" })[0]).toMatchObject({
      code: "ALB",
      value: 1.48,
    });
  });

  it("gives equal values the same rank", () => {
    const ranking = rankAllies(ds, "shareOfGdpPct", 2025).filter((r) => r.value === 2.0);
    expect(ranking.length).toBeGreaterThan(1);
    expect(new Set(ranking.map((r) => r.rank)).size).toBe(1);
  });

  it("ranks by real change", () => {
    const ranking = rankAllies(ds, "realChangePct", 2026);
    expect(ranking[0]?.value).toBe(realChangePct(ds, ranking[0]?.code as never, 2026));
  });
});

describe("real change", () => {
  it("is the change of constant-price spend over the year before, in percent", () => {
    // Sweden: 21,538 M (2026e) against its 2025e constant-price spend in the same edition.
    const swe2025 = ds.observations.find((o) => o.code === "SWE" && o.year === 2025)
      ?.expenditureUsdConstant2021M as number;
    expect(realChangePct(ds, "SWE", 2026)).toBeCloseTo((21538 / swe2025 - 1) * 100, 9);
    expect(realChangePct(ds, "SWE", 2014)).toBeNull();
    expect(realChangePct(ds, "ISL", 2020)).toBeNull();
  });
});

describe("burden sharing", () => {
  it("shares NATO's total of 2026 between the United States and Europe and Canada", () => {
    const b = burdenSharing(ds, 2026);
    expect(b.natoTotalUsdM).toBe(1809915);
    expect(b.unitedStates).toMatchObject({ code: "USA", spendUsdM: 1032849 });
    expect(b.unitedStates.sharePct).toBeCloseTo((1032849 / 1809915) * 100, 9);
    expect(b.europeAndCanada.spendUsdM).toBe(777066);
    expect(b.allies[0]?.code).toBe("USA");
    expect(b.allies).toHaveLength(32);
    expect(b.estimate).toBe(true);
  });

  it("counts only that year's members", () => {
    expect(burdenSharing(ds, 2016).allies).toHaveLength(28);
    expect(burdenSharing(ds, 2016, "constant-2021").prices).toBe("constant-2021");
  });
});

describe("pace", () => {
  it("extrapolates the recent average change", () => {
    expect(
      yearAtPace(
        [
          { year: 2021, value: 1 },
          { year: 2026, value: 2 },
        ],
        3.5,
      ),
    ).toEqual({
      status: "reaches",
      year: 2034,
      pacePerYear: 0.2,
      fromYear: 2021,
      toYear: 2026,
    });
    expect(
      yearAtPace(
        [
          { year: 2021, value: 2 },
          { year: 2026, value: 1.5 },
        ],
        2,
      ).status,
    ).toBe("not-at-recent-pace");
    expect(yearAtPace([{ year: 2026, value: 4 }], 3.5).status).toBe("already-met");
    expect(yearAtPace([], 3.5).status).toBe("no-data");
  });

  it("answers for Allies in the dataset", () => {
    expect(yearReachingThreshold(ds, "POL", 3.5).status).toBe("already-met");
    expect(yearReachingThreshold(ds, "ISL", 2).status).toBe("not-applicable");
    // Germany 2021 -> 2026e: from its 2021 share to 2.69; reaching 3.5 takes ceil(0.81 / pace) more years.
    const deu = yearReachingThreshold(ds, "DEU", 3.5);
    expect(deu.status).toBe("reaches");
    expect(deu.fromYear).toBe(2021);
    expect(deu.year).toBe(2026 + Math.ceil(0.81 / (deu.pacePerYear as number) - 1e-9));
  });
});

describe("revisions", () => {
  it("shows Poland 2025 restated from 4.48 (2025 edition) to 4.25 (2026 edition)", () => {
    const r = revisions([dataset2026_07(), dataset2025_08()], "POL").find((x) => x.year === 2025);
    expect(r?.values.map((v) => [v.edition, v.value, v.estimate])).toEqual([
      ["2026-07", 4.25, true],
      ["2025-08", 4.48, true],
    ]);
    expect(r?.changePp).toBe(-0.23);
  });

  it("shows a missing edition value as no data, without a change", () => {
    const r = revisions([dataset2026_07(), dataset2025_08()], "DEU").find((x) => x.year === 2026);
    expect(r?.values[1]?.value).toBeNull();
    expect(r?.changePp).toBeNull();
  });
});
