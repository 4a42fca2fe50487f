import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isNatoError } from "../models/error.js";
import { parseDeadline, parseGrowthPct, parsePercent, parseYear } from "./arguments.js";

describe("parsing user arguments", () => {
  it("reads percentages, with or without the sign", () => {
    expect(parsePercent("3.5")).toBe(3.5);
    expect(parsePercent(" 3.5 % ")).toBe(3.5);
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
