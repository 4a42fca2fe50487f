import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ALLIES } from "../data/allies.js";
import { dataset2025_08 } from "../data/dataset-2025-08.js";
import { dataset2026_07 } from "../data/dataset-2026-07.js";
import { isNatoError } from "../models/error.js";
import { projectAlly, projectionVerdict, projectPath, recentGdpGrowth } from "./projection.js";
import { allianceScenario } from "./scenario.js";

const ds = dataset2026_07();

describe("projectPath", () => {
  it("rises in a straight line to the target and adds up the extra spend", () => {
    const p = projectPath({ year: 2026, shareOfGdpPct: 2, realGdpUsdConstant2021Bn: 1000 }, 3, 2030, 0);
    expect(p.path.map((y) => y.shareOfGdpPct)).toEqual([2, 2.25, 2.5, 2.75, 3]);
    expect(p.path.map((y) => y.extraUsdConstant2021M)).toEqual([0, 2500, 5000, 7500, 10000]);
    expect(p.cumulativeExtraUsdConstant2021M).toBe(25000);
    // Spend goes from $20 bn to $30 bn in four years: (1.5)^(1/4) - 1 = 10.668% a year.
    expect(p.requiredRealGrowthPct).toBeCloseTo(10.668, 3);
    expect(p.path[0]?.realGrowthPct).toBeNull();
  });

  it("holds the share of an Ally already above the target", () => {
    const p = projectPath({ year: 2026, shareOfGdpPct: 4.68, realGdpUsdConstant2021Bn: 800 }, 3.5, 2035, 2);
    expect(new Set(p.path.map((y) => y.shareOfGdpPct))).toEqual(new Set([4.68]));
    expect(p.cumulativeExtraUsdConstant2021M).toBe(0);
    expect(p.requiredRealGrowthPct).toBeCloseTo(2, 9);
  });

  const base = fc.record({
    year: fc.integer({ min: 2014, max: 2030 }),
    shareOfGdpPct: fc.double({ min: 0.01, max: 15, noNaN: true }),
    realGdpUsdConstant2021Bn: fc.double({ min: 1, max: 40_000, noNaN: true }),
  });

  it("reaches its target exactly at its deadline (or holds a higher share), never below", () => {
    fc.assert(
      fc.property(
        base,
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.integer({ min: 1, max: 40 }),
        fc.double({ min: -20, max: 20, noNaN: true }),
        (b, target, years, growth) => {
          const { path, cumulativeExtraUsdConstant2021M } = projectPath(b, target, b.year + years, growth);
          const last = path[path.length - 1];
          expect(path).toHaveLength(years + 1);
          expect(last?.year).toBe(b.year + years);
          expect(last?.shareOfGdpPct).toBeCloseTo(Math.max(target, b.shareOfGdpPct), 9);
          expect(cumulativeExtraUsdConstant2021M).toBeGreaterThanOrEqual(0);
          for (const y of path) {
            expect(y.extraUsdConstant2021M).toBeGreaterThanOrEqual(-1e-6);
            expect(Number.isFinite(y.spendUsdConstant2021M)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never asks less when the target is higher", () => {
    fc.assert(
      fc.property(
        base,
        fc.double({ min: 0, max: 20, noNaN: true }),
        fc.double({ min: 0, max: 20, noNaN: true }),
        (b, t1, t2) => {
          const [low, high] = t1 <= t2 ? [t1, t2] : [t2, t1];
          const a = projectPath(b, low, b.year + 9, 1).cumulativeExtraUsdConstant2021M;
          const c = projectPath(b, high, b.year + 9, 1).cumulativeExtraUsdConstant2021M;
          expect(c).toBeGreaterThanOrEqual(a - 1e-6);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("projectAlly", () => {
  it("takes Germany from 2.69% in 2026e to 3.5% in 2035 at its own recent GDP growth, and says so", () => {
    const p = projectAlly(ds, "DEU", { targetPct: 3.5, deadline: 2035 });
    expect(p).toMatchObject({
      status: "projected",
      baseYear: 2026,
      baseEstimate: true,
      baseShareOfGdpPct: 2.69,
      edition: "2026-07",
    });
    expect(p.gdpGrowth).toMatchObject({ source: "recent-median", fromYear: 2016, toYear: 2026 });
    expect(p.gdpGrowth?.label).toMatch(
      /^Germany's median real GDP growth 2016-2026: \d+\.\d% a year \(NATO's figures\)$/,
    );
    expect(p.path).toHaveLength(10);
    expect(p.path.at(-1)?.shareOfGdpPct).toBe(3.5);
    expect(p.cumulativeExtraUsdConstant2021M).toBeGreaterThan(0);
  });

  it("uses the growth it is given and labels it as an assumption", () => {
    const p = projectAlly(ds, "POL", { targetPct: 5, deadline: 2035, gdpGrowthPct: 1.5 });
    expect(p.gdpGrowth).toEqual({
      pct: 1.5,
      source: "given",
      breaksLeftOut: [],
      fromYear: null,
      toYear: null,
      label: "Assumed real GDP growth: 1.5% a year",
    });
  });

  it("derives growth from NATO's real GDP: the median of the ten yearly changes to 2026e", () => {
    const g = recentGdpGrowth(ds, "POL", 2026);
    const gdp = (y: number) =>
      ds.observations.find((o) => o.code === "POL" && o.year === y)?.realGdpUsdConstant2021Bn as number;
    const changes = [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]
      .map((y) => (gdp(y) / gdp(y - 1) - 1) * 100)
      .sort((a, b) => a - b);
    const median = ((changes[4] as number) + (changes[5] as number)) / 2;
    expect(g?.pct).toBeCloseTo(Math.round(median * 100) / 100, 9);
  });

  it("survives Luxembourg's 2023 GDP series break (NATO 2026 edition, Table 5: $85.3 bn in 2022, $58.0 bn in 2023)", () => {
    const gdp = (y: number) =>
      ds.observations.find((o) => o.code === "LUX" && o.year === y)?.realGdpUsdConstant2021Bn;
    expect(gdp(2022)).toBe(85.331);
    expect(gdp(2023)).toBe(58.042);
    const g = recentGdpGrowth(ds, "LUX", 2026);
    expect(g?.breaksLeftOut).toEqual([2023]);
    expect(g?.label).toMatch(/the 2022-2023 series break left out/);
    expect(g?.pct).toBeGreaterThan(0);
    const p = projectAlly(ds, "LUX", { targetPct: 3.5, deadline: 2035 });
    // 2.01% in 2026e to 3.5% in 2035: spending must rise, so its required real growth is positive.
    expect(p.requiredRealGrowthPct).toBeGreaterThan(0);
    expect(p.notes.map((n) => n.id)).toContain("lux-gdp-break-2023");
    expect((p.path.at(-1)?.realGdpUsdConstant2021Bn ?? 0) > (p.path[0]?.realGdpUsdConstant2021Bn ?? 0)).toBe(
      true,
    );
  });

  it("gives every Ally of every edition with GDP a plausible default, and positive required growth whenever spending must rise", () => {
    let checked = 0;
    for (const dataset of [ds, dataset2025_08()]) {
      const last = dataset.edition.lastYear;
      for (const ally of ALLIES) {
        const g = recentGdpGrowth(dataset, ally.code, last);
        const p = projectAlly(dataset, ally.code, { targetPct: 3.5, deadline: 2035 });
        if (g === null) {
          // No GDP in this edition (the 2025 edition ships shares only; Iceland has none): no data, said so.
          expect(["no-data", "not-applicable"]).toContain(p.status);
          expect(p.cumulativeExtraUsdConstant2021M).toBeNull();
          continue;
        }
        checked++;
        // Plausible: between -1% and +6% a year for an economy of the Alliance.
        expect(g.pct, `${ally.code} ${dataset.edition.id}`).toBeGreaterThanOrEqual(-1);
        expect(g.pct, `${ally.code} ${dataset.edition.id}`).toBeLessThanOrEqual(6);
        if (p.status === "projected")
          expect(p.requiredRealGrowthPct, `${ally.code} ${dataset.edition.id}`).toBeGreaterThan(0);
      }
    }
    expect(checked).toBe(31);
  });

  it("answers not applicable for Iceland and no data where the edition lacks GDP", () => {
    expect(projectAlly(ds, "ISL", { targetPct: 2, deadline: 2035 }).status).toBe("not-applicable");
    expect(projectAlly(dataset2025_08(), "POL", { targetPct: 3.5, deadline: 2035 }).status).toBe("no-data");
  });

  it("says already met for an Ally above the target", () => {
    expect(projectAlly(ds, "POL", { targetPct: 3.5, deadline: 2035 }).status).toBe("already-met");
  });

  it.each([
    [{ targetPct: Number.NaN, deadline: 2035 }, /Invalid target NaN: expected a number from 0 to 100/],
    [{ targetPct: 120, deadline: 2035 }, /Invalid target 120/],
    [{ targetPct: 3.5, deadline: 2020 }, /Deadline 2020 is not after the baseline year 2026/],
    [{ targetPct: 3.5, deadline: 2035.5 }, /Invalid deadline 2035.5/],
    [{ targetPct: 3.5, deadline: 2035, gdpGrowthPct: 90 }, /Invalid GDP growth 90/],
    [
      { targetPct: 3.5, deadline: 2035, baseYear: 2010 },
      /No data for base year 2010: expected a year from 2014 to 2026/,
    ],
  ])("refuses %o with a clear message", (input, message) => {
    expect(() => projectAlly(ds, "DEU", input)).toThrowError(message);
    try {
      projectAlly(ds, "DEU", input);
    } catch (error) {
      expect(isNatoError(error)).toBe(true);
    }
  });
});

describe("allianceScenario", () => {
  const s = allianceScenario(ds, { targetPct: 3.5, deadline: 2035 });

  it("projects every member from 2026e and splits the extra spend between the US and Europe and Canada", () => {
    expect(s.allies).toHaveLength(32);
    expect(s.baseYear).toBe(2026);
    expect(s.years.map((y) => y.year)).toEqual([2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035]);
    expect(s.totalExtraUsdM).toBeCloseTo(
      (s.unitedStatesExtraUsdM ?? Number.NaN) + (s.europeAndCanadaExtraUsdM ?? Number.NaN),
      3,
    );
    const byAlly = s.allies.reduce((acc, p) => acc + (p.cumulativeExtraUsdConstant2021M ?? 0), 0);
    expect(s.totalExtraUsdM).toBeCloseTo(byAlly, 3);
    expect(s.alreadyMet + s.below + 1).toBe(32); // Iceland is neither
    expect(s.baselineLabel).toBe("2026e shares of GDP");
    expect(s.priceLabel).toBe("constant 2021 US dollars");
    const last = s.years.at(-1);
    expect(last?.euMembersExtraUsdM).toBeGreaterThan(0);
    expect(last?.euMembersExtraUsdM).toBeLessThan(last?.europeAndCanadaExtraUsdM ?? 0);
  });

  it("asks nothing of Allies already at the target", () => {
    for (const p of s.allies.filter((a) => a.status === "already-met"))
      expect(p.cumulativeExtraUsdConstant2021M).toBe(0);
    // 2026e at or above 3.5%: POL 4.68 and the Baltic states, among others.
    expect(s.allies.find((p) => p.code === "POL")?.status).toBe("already-met");
  });

  it("asks more for 5% than for 3.5%, and the US is under 3.5% in 2026e (3.17%)", () => {
    const five = allianceScenario(ds, { targetPct: 5, deadline: 2035, gdpGrowthPct: 1 });
    expect(five.totalExtraUsdM).toBeGreaterThan(s.totalExtraUsdM ?? Number.POSITIVE_INFINITY);
    expect(s.unitedStatesExtraUsdM).toBeGreaterThan(0);
  });
});

describe("allianceScenario's frame", () => {
  const constant = allianceScenario(ds, { targetPct: 3.5, deadline: 2035, baseline: "two-percent" });
  const current = allianceScenario(ds, {
    targetPct: 3.5,
    deadline: 2035,
    baseline: "two-percent",
    priceBasis: "current",
  });

  it("measures from the 2% floor when asked, and names it", () => {
    expect(constant.baselineLabel).toBe("the 2% floor");
    // From 2% every Ally's whole path above 2% counts, so it asks more than from 2026e shares.
    const fromToday = allianceScenario(ds, { targetPct: 3.5, deadline: 2035 });
    expect(constant.totalExtraUsdM).toBeGreaterThan(fromToday.totalExtraUsdM ?? Number.POSITIVE_INFINITY);
  });

  it("converts to current dollars at the base year's prices, Ally by Ally", () => {
    expect(current.priceLabel).toBe("US dollars at 2026e prices and exchange rates");
    // Germany 2026e: $147,002 m current against $119,159 m at 2021 prices (NATO 2026 edition, Table 2).
    const deu = current.allyFrames.DEU;
    const obs = ds.observations.find((o) => o.code === "DEU" && o.year === 2026);
    expect(deu?.priceFactor).toBeCloseTo(
      (obs?.expenditureUsdCurrentM as number) / (obs?.expenditureUsdConstant2021M as number),
      9,
    );
    expect(current.totalExtraUsdM).toBeGreaterThan(constant.totalExtraUsdM ?? Number.POSITIVE_INFINITY);
  });

  it("measures from a past year's shares, and refuses a year after the base year", () => {
    const from2024 = allianceScenario(ds, { targetPct: 3.5, deadline: 2035, baseline: { year: 2024 } });
    expect(from2024.baselineLabel).toBe("2024 shares of GDP");
    expect(from2024.allyFrames.DEU?.baselineSharePct).toBe(2);
    expect(() =>
      allianceScenario(ds, { targetPct: 3.5, deadline: 2035, baseline: { year: 2030 } }),
    ).toThrowError(/Invalid baseline year 2030/);
  });
});

describe("projectionVerdict", () => {
  const input = { targetPct: 3.5, deadline: 2035 };
  it("reads a projection as a verdict: Poland meets 3.5% (4.68% in 2026e, NATO July 2026), Germany is below (2.69%)", () => {
    expect(projectionVerdict(projectAlly(dataset2026_07(), "POL", input))).toBe("met");
    expect(projectionVerdict(projectAlly(dataset2026_07(), "DEU", input))).toBe("below");
    expect(projectionVerdict(projectAlly(dataset2026_07(), "ISL", input))).toBe("not-applicable");
  });

  it("is met exactly when the base-year share reaches the target, for any target", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 10, noNaN: true }), (targetPct) => {
        for (const ally of ALLIES) {
          const p = projectAlly(dataset2026_07(), ally.code, { targetPct, deadline: 2035 });
          const verdict = projectionVerdict(p);
          if (!ally.hasArmedForces) expect(verdict).toBe("not-applicable");
          else if (p.baseShareOfGdpPct === null) expect(verdict).toBe("no-data");
          else expect(verdict).toBe(p.baseShareOfGdpPct >= targetPct ? "met" : "below");
        }
      }),
      { numRuns: 40 },
    );
  });
});
