import { describe, expect, it } from "vitest";
import { customRule } from "./custom.js";
import { checkEquipment20 } from "./equipment-20.js";
import { evaluateRule } from "./evaluate.js";
import { checkHagueCore, HAGUE_CORE } from "./hague-core.js";
import { checkHagueTotal } from "./hague-total.js";
import { getRule, RULES } from "./registry.js";
import { checkTwoPercent } from "./two-percent.js";

// Figures: NATO, Defence Expenditure of NATO Countries, 2026 edition.
const DEU_2026 = {
  code: "DEU",
  year: 2026,
  edition: "2026-07",
  estimate: true,
  shareOfGdpPct: 2.69,
  expenditureUsdCurrentM: 135_400,
  expenditureUsdConstant2021M: 110_000,
  realGdpUsdConstant2021Bn: 4_089.2,
};

describe("the 2% guideline", () => {
  it("is met at exactly 2.00 (a floor, not a ceiling)", () => {
    expect(checkTwoPercent({ code: "BEL", year: 2025, shareOfGdpPct: 2.0 }).status).toBe("met");
  });

  it("reports Albania 2025 (1.48%) below by 0.52 pp, with a money gap", () => {
    const r = checkTwoPercent({
      code: "ALB",
      year: 2025,
      edition: "2026-07",
      estimate: true,
      shareOfGdpPct: 1.48,
      expenditureUsdCurrentM: 400,
      expenditureUsdConstant2021M: 300,
      realGdpUsdConstant2021Bn: 20,
    });
    expect(r).toMatchObject({
      status: "below",
      value: 1.48,
      threshold: 2,
      marginPp: -0.52,
      estimate: true,
      edition: "2026-07",
    });
    // 0.52 pp of real GDP $20 bn = $104 m (2021 prices); current GDP = 20,000 x 400/300.
    expect(r.gapUsdConstant2021M).toBeCloseTo(104, 9);
    expect(r.gapUsdCurrentM).toBeCloseTo((0.52 / 100) * ((20_000 * 400) / 300), 9);
  });

  it("says not applicable for an Ally without armed forces, and no data for a missing figure", () => {
    expect(checkTwoPercent({ code: "ISL", year: 2024 }, { hasArmedForces: false })).toMatchObject({
      status: "not-applicable",
      value: null,
      marginPp: null,
      gapUsdCurrentM: null,
    });
    const missing = checkTwoPercent({ code: "DEU", year: 2025, edition: "2025-08", shareOfGdpPct: null });
    expect(missing.status).toBe("no-data");
    expect(missing.reason).toBe("No share of gdp figure for DEU in 2025 (August 2025 edition).");
  });

  it("derives GDP from spend and share when real GDP is not given", () => {
    const r = checkTwoPercent({ code: "X", year: 2020, shareOfGdpPct: 1, expenditureUsdConstant2021M: 1000 });
    expect(r.gapUsdConstant2021M).toBe(1000);
    expect(r.gapUsdCurrentM).toBeNull();
  });
});

describe("the 20% equipment guideline", () => {
  it("is met by Sweden 2026 (25.41%)", () => {
    expect(checkEquipment20({ code: "SWE", year: 2026, equipmentSharePct: 25.41 }).marginPp).toBe(5.41);
  });

  it("prices the gap as equipment spending", () => {
    const r = checkEquipment20({
      code: "X",
      year: 2024,
      equipmentSharePct: 15,
      expenditureUsdCurrentM: 2000,
      expenditureUsdConstant2021M: 1600,
    });
    expect(r).toMatchObject({ status: "below", marginPp: -5, gapUsdCurrentM: 100, gapUsdConstant2021M: 80 });
  });
});

describe("The Hague core (3.5% by 2035)", () => {
  it("finds Germany 2026 below 3.5% but on its linear path from 2025 (2.22%)", () => {
    const r = checkHagueCore(DEU_2026, { baseline: { code: "DEU", year: 2025, shareOfGdpPct: 2.22 } });
    expect(r.status).toBe("below");
    expect(r.marginPp).toBe(-0.81);
    // Path: 2.22 + (3.5 - 2.22) x 1/10 = 2.348 in 2026.
    expect(r.onTrack).toEqual({
      status: "on-line",
      onTrack: true,
      baselineYear: 2025,
      baselineValue: 2.22,
      deadline: 2035,
      pathValue: 2.348,
      marginPp: 0.342,
    });
  });

  it("says off track when the share falls below the path", () => {
    const r = checkHagueCore(
      { code: "X", year: 2030, shareOfGdpPct: 2.5 },
      { baseline: { code: "X", year: 2025, shareOfGdpPct: 2 } },
    );
    expect(r.onTrack?.pathValue).toBe(2.75);
    expect(r.onTrack?.onTrack).toBe(false);
  });

  it("does not judge the path without a baseline or outside 2025-2035, and says why", () => {
    expect(checkHagueCore({ code: "X", year: 2026, shareOfGdpPct: 3 }).reason).toMatch(/No baseline/);
    const before = checkHagueCore(
      { code: "X", year: 2020, shareOfGdpPct: 3 },
      { baseline: { code: "X", year: 2025, shareOfGdpPct: 3 } },
    );
    expect(before.onTrack).toBeNull();
    expect(before.reason).toMatch(/outside/);
  });

  it("says an Ally above the threshold is already there and measures no margin against a falling line", () => {
    // Poland: 4.25% in 2025e, 4.68% in 2026e (NATO 2026 edition, Table 3).
    const r = checkHagueCore(
      { code: "POL", year: 2026, shareOfGdpPct: 4.68 },
      { baseline: { code: "POL", year: 2025, shareOfGdpPct: 4.25 } },
    );
    expect(r.status).toBe("met");
    expect(r.marginPp).toBe(1.18);
    expect(r.onTrack).toMatchObject({
      status: "already-at-target",
      onTrack: true,
      pathValue: null,
      marginPp: null,
    });
  });

  it("measures a fallen Ally against the flat line at the threshold", () => {
    const r = checkHagueCore(
      { code: "X", year: 2027, shareOfGdpPct: 3.2 },
      { baseline: { code: "X", year: 2025, shareOfGdpPct: 3.6 } },
    );
    expect(r.onTrack).toMatchObject({ status: "below-line", pathValue: 3.5, marginPp: -0.3 });
  });
});

describe("The Hague total (5% by 2035)", () => {
  it("answers no data without the related spending NATO does not publish, and says so", () => {
    const r = checkHagueTotal({ code: "POL", year: 2026, shareOfGdpPct: 4.68 });
    expect(r.status).toBe("no-data");
    expect(r.reason).toMatch(/NATO publishes no figures for defence- and security-related spending/);
  });

  it("judges core plus the supplied related spending", () => {
    expect(
      checkHagueTotal({ code: "POL", year: 2026, shareOfGdpPct: 4.68 }, { relatedSpendingPct: 0.5 }),
    ).toMatchObject({
      status: "met",
      value: 5.18,
      marginPp: 0.18,
    });
    expect(checkHagueTotal(DEU_2026, { relatedSpendingPct: 1.5 })).toMatchObject({
      status: "below",
      value: 4.19,
      marginPp: -0.81,
    });
  });
});

describe("custom rules", () => {
  it("judges any threshold on any metric", () => {
    const rule = customRule({ metric: "expenditurePerCapitaUsd2021", threshold: 1000 });
    expect(evaluateRule(rule, { code: "X", year: 2026, expenditurePerCapitaUsd2021: 1620 }).status).toBe(
      "met",
    );
    expect(customRule({ threshold: 3 }).metric).toBe("shareOfGdpPct");
  });

  it("takes a deadline and judges on track from its baseline", () => {
    const rule = customRule({ threshold: 3, deadline: 2030, baselineYear: 2025 });
    const r = evaluateRule(
      rule,
      { code: "X", year: 2026, shareOfGdpPct: 2.3 },
      { baseline: { code: "X", year: 2025, shareOfGdpPct: 2 } },
    );
    expect(r.onTrack?.pathValue).toBe(2.2);
  });

  it("refuses input that cannot make a rule, naming it", () => {
    expect(() => customRule({ threshold: 120 })).toThrowError(
      /Invalid threshold 120: expected a number from 0 to 100/,
    );
    expect(() => customRule({ threshold: Number.NaN })).toThrowError(/Invalid threshold NaN/);
    expect(() => customRule({ threshold: 3, metric: String("gdp") })).toThrowError(/Unknown metric "gdp"/);
    expect(() => customRule({ threshold: 3, deadline: 2020, baselineYear: 2025 })).toThrowError(
      /Deadline 2020 is not after/,
    );
  });
});

describe("the rule registry", () => {
  it("holds the four agreed rules and refuses others", () => {
    expect(Object.keys(RULES)).toEqual(["two-percent", "equipment-20", "hague-core", "hague-total"]);
    expect(getRule(String("HAGUE-CORE"))).toBe(HAGUE_CORE);
    expect(() => getRule(String("three-percent"))).toThrowError(
      /Unknown rule "three-percent": expected one of two-percent/,
    );
    expect(() => getRule("two-percnt" as string)).toThrowError(
      /^Unknown rule "two-percnt"\. Did you mean "two-percent"\? Expected one of two-percent, equipment-20, hague-core, hague-total\.$/,
    );
    expect(() => getRule("hague_cor" as string)).toThrowError(/Did you mean "hague-core"\?/);
  });
});
