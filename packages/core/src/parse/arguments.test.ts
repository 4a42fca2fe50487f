import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isNatoError } from "../models/error.js";
import { METRIC_INFO, METRICS } from "../models/metric.js";
import { parseDeadline, parseGrowthPct, parseMetric, parsePercent, parseYear } from "./arguments.js";

describe("parsing user arguments", () => {
  it("reads percentages, with or without the sign", () => {
    expect(parsePercent("3.5")).toBe(3.5);
    expect(parsePercent(" 3.5% ")).toBe(3.5);
    expect(parsePercent(5)).toBe(5);
    for (const bad of ["abc", "", "0x10", "101", "-1", "NaN", "Infinity", null, undefined]) {
      expect(() => parsePercent(bad, "target")).toThrowError(
        /^Invalid target .*: expected a number from 0 to 100\.$/,
      );
    }
  });

  it("reads years within the data and says which years there are", () => {
    expect(parseYear("2025", { min: 2014, max: 2026 })).toBe(2025);
    expect(() => parseYear("2030", { min: 2014, max: 2026 })).toThrowError(
      "No data for year 2030: expected a year from 2014 to 2026.",
    );
    expect(() => parseYear("20x5", { min: 2014, max: 2026 })).toThrowError(
      'Invalid year "20x5": expected a year such as 2026.',
    );
  });

  it("reads deadlines after the base year and growth rates within reason", () => {
    expect(parseDeadline("2035", 2026)).toBe(2035);
    expect(() => parseDeadline("2026", 2026)).toThrowError(/not after the baseline year 2026/);
    expect(parseGrowthPct("-1.5")).toBe(-1.5);
    expect(() => parseGrowthPct("25")).toThrowError(/from -20 to 20/);
  });

  it("returns a finite number or throws a NatoError for any input", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.integer(), fc.constant(null)), (input) => {
        for (const parse of [
          () => parsePercent(input),
          () => parseGrowthPct(input),
          () => parseYear(input, { min: 2014, max: 2026 }),
          () => parseDeadline(input, 2026),
        ]) {
          try {
            expect(Number.isFinite(parse())).toBe(true);
          } catch (error) {
            expect(isNatoError(error)).toBe(true);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe("parseMetric: the options' names for a figure are its JSON names", () => {
  it("reads the JSON name and the short name, in any case", () => {
    expect(parseMetric("share")).toBe("shareOfGdpPct");
    expect(parseMetric(" SHARE ")).toBe("shareOfGdpPct");
    expect(parseMetric("shareOfGdpPct")).toBe("shareOfGdpPct");
    expect(parseMetric("spend-2021")).toBe("expenditureUsdConstant2021M");
    expect(parseMetric("expenditureusdcurrentm")).toBe("expenditureUsdCurrentM");
  });

  it("names the closest metric and every accepted name when it knows none", () => {
    expect(() => parseMetric("shar")).toThrowError(
      /^Unknown metric "shar"\. Did you mean "share"\? Expected one of share \(shareOfGdpPct\), equipment \(equipmentSharePct\),/,
    );
    try {
      parseMetric("gross", "sort key");
    } catch (error) {
      expect(isNatoError(error) && error.code).toBe("UNKNOWN_METRIC");
      expect(String((error as Error).message)).toMatch(/^Unknown sort key "gross"\./);
    }
  });

  it("maps every metric's two names to it, and never accepts anything else silently", () => {
    for (const m of METRICS) {
      expect(parseMetric(m)).toBe(m);
      expect(parseMetric(METRIC_INFO[m].slug.toUpperCase())).toBe(m);
    }
    const names = new Set(METRICS.flatMap((m) => [m.toLowerCase(), METRIC_INFO[m].slug]));
    fc.assert(
      fc.property(fc.string(), (input) => {
        try {
          const metric = parseMetric(input);
          expect(names.has(input.trim().toLowerCase())).toBe(true);
          expect(METRICS).toContain(metric);
        } catch (error) {
          expect(isNatoError(error) && error.code).toBe("UNKNOWN_METRIC");
        }
      }),
      { numRuns: 500 },
    );
  });
});
