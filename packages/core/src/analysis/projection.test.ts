import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dataset2025_08 } from "../data/dataset-2025-08.js";
import { dataset2026_07 } from "../data/dataset-2026-07.js";
import { isNatoError } from "../models/error.js";
import { projectAlly, projectPath, recentGdpGrowth } from "./projection.js";
import { allianceScenario } from "./scenario.js";

const ds = dataset2026_07();

describe("projectPath", () => {
  it("rises in a straight line to the target and adds up the extra spend", () => {
    const p = projectPath({ year: 2026, shareOfGdpPct: 2, realGdpUsdConstant2021Bn: 1000 }, 3, 2030, 0);
    expect(p.path.map((y) => y.shareOfGdpPct)).toEqual([2, 2.25, 2.5, 2.75, 3]);
    expect(p.path.map((y) => y.extraUsdConstant2021M)).toEqual([0, 2500, 5000, 7500, 10000]);
    expect(p.cumulativeExtraUsdConstant2021M).toBe(25000);
    // Spend goes from $20 bn to $30 bn in four years: (1.5)^(1/4) - 1 = 10.668 % a year.
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
  it("takes Germany from 2.69 % in 2026e to 3.5 % in 2035 at its own recent GDP growth, and says so", () => {
    const p = projectAlly(ds, "DEU", { targetPct: 3.5, deadline: 2035 });
    expect(p).toMatchObject({
      status: "projected",
      baseYear: 2026,
      baseEstimate: true,
      baseShareOfGdpPct: 2.69,
      edition: "2026-07",
    });
    expect(p.gdpGrowth).toMatchObject({ source: "recent-average", fromYear: 2021, toYear: 2026 });
    expect(p.gdpGrowth?.label).toMatch(
      /^Germany's own average real GDP growth 2021-2026: \d+\.\d % a year \(NATO's figures\)$/,
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
      fromYear: null,
      toYear: null,
      label: "Assumed real GDP growth: 1.5 % a year",
    });
  });

  it("derives growth from NATO's real GDP: the 5-year compound rate", () => {
    const g = recentGdpGrowth(ds, "POL", 2026);
    const gdp = (y: number) =>
      ds.observations.find((o) => o.code === "POL" && o.year === y)?.realGdpUsdConstant2021Bn as number;
    expect(g?.pct).toBeCloseTo(((gdp(2026) / gdp(2021)) ** (1 / 5) - 1) * 100, 6);
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
    expect(s.totalExtraUsdConstant2021M).toBeCloseTo(
      s.unitedStatesExtraUsdConstant2021M + s.europeAndCanadaExtraUsdConstant2021M,
      3,
    );
    const byAlly = s.allies.reduce((acc, p) => acc + p.cumulativeExtraUsdConstant2021M, 0);
    expect(s.totalExtraUsdConstant2021M).toBeCloseTo(byAlly, 3);
    expect(s.alreadyMet + s.below + 1).toBe(32); // Iceland is neither
  });

  it("asks nothing of Allies already at the target", () => {
    for (const p of s.allies.filter((a) => a.status === "already-met"))
      expect(p.cumulativeExtraUsdConstant2021M).toBe(0);
    // 2026e at or above 3.5 %: POL 4.68 and the Baltic states, among others.
    expect(s.allies.find((p) => p.code === "POL")?.status).toBe("already-met");
  });

  it("asks more for 5 % than for 3.5 %, and the US is under 3.5 % in 2026e (3.17 %)", () => {
    const five = allianceScenario(ds, { targetPct: 5, deadline: 2035, gdpGrowthPct: 1 });
    expect(five.totalExtraUsdConstant2021M).toBeGreaterThan(s.totalExtraUsdConstant2021M);
    expect(s.unitedStatesExtraUsdConstant2021M).toBeGreaterThan(0);
  });
});
