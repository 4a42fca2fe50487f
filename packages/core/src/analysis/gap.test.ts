import { describe, expect, it } from "vitest";
import { dataset2025_08 } from "../data/dataset-2025-08.js";
import { dataset2026_07 } from "../data/dataset-2026-07.js";
import { NatoError } from "../models/error.js";
import { gapToTarget } from "./gap.js";

describe("gapToTarget", () => {
  it("gives Germany's 2026 shortfall to 3.5% in points and in 2021 dollars", () => {
    // NATO 2026 edition: Germany 2026e share of GDP 2.69 (Table 3), real GDP 4,422,594 million 2021 US$ (Table 5).
    const gap = gapToTarget(dataset2026_07(), 3.5, 2026);
    const deu = gap.allies.find((r) => r.code === "DEU");
    expect(deu?.status).toBe("below");
    expect(deu?.marginPp).toBeCloseTo(-0.81, 9);
    expect(deu?.gapUsdConstant2021M).toBeCloseTo(0.0081 * 4422594, 3);
    expect(gap.estimate).toBe(true);
  });

  it("counts the members of the year and sums only the shortfalls", () => {
    const gap = gapToTarget(dataset2026_07(), 3.5, 2026);
    expect(gap.allies).toHaveLength(32);
    expect(gap.met + gap.below + gap.withoutFigure).toBe(32);
    const below = gap.allies.filter((r) => r.status === "below");
    const sum = below.reduce((acc, r) => acc + (r.gapUsdCurrentM ?? 0), 0);
    expect(gap.totalGapUsdCurrentM).toBeCloseTo(sum, 6);
    expect(gap.allies.find((r) => r.code === "ISL")?.status).toBe("not-applicable");
    expect(gap.allies.filter((r) => r.status === "met").every((r) => r.gapUsdCurrentM === 0)).toBe(true);
  });

  it("finds exactly Greece, the United Kingdom and the United States at 2% in 2014", () => {
    // NATO 2026 edition, Table 3: the three Allies at or above 2% among the 28 members of 2014.
    const gap = gapToTarget(dataset2026_07(), 2, 2014);
    expect(gap.allies).toHaveLength(28);
    expect(gap.allies.filter((r) => r.status === "met").map((r) => r.code)).toEqual(["GRC", "GBR", "USA"]);
  });

  it("gives no total rather than a partial one when money figures are missing (2025 edition: share of GDP only)", () => {
    const gap = gapToTarget(dataset2025_08(), 3.5, 2024);
    expect(gap.below).toBeGreaterThan(0);
    expect(gap.allies.find((r) => r.status === "below")?.gapUsdCurrentM).toBeNull();
    expect(gap.totalGapUsdCurrentM).toBeNull();
    expect(gap.totalGapUsdConstant2021M).toBeNull();
  });

  it("refuses a target that is not a percentage", () => {
    expect(() => gapToTarget(dataset2026_07(), 120, 2026)).toThrow(NatoError);
    expect(() => gapToTarget(dataset2026_07(), Number.NaN, 2026)).toThrow(/from 0 to 100/);
  });
});

describe("gapToTarget outside the data", () => {
  it("answers no data rather than a gap of zero", () => {
    const gap = gapToTarget(dataset2026_07(), 3.5, 2030);
    expect([gap.met, gap.below, gap.withoutFigure]).toEqual([0, 0, 32]);
    expect(gap.totalGapUsdCurrentM).toBeNull();
    expect(gap.totalGapUsdConstant2021M).toBeNull();
    expect(gapToTarget(dataset2026_07(), 3.5, Number.NaN).totalGapUsdCurrentM).toBeNull();
  });
});
