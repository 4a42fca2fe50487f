import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EDITION_2025, EDITION_2026 } from "../data/editions.js";
import { shareTrendTitle } from "./chart-titles.js";
import { formatNumber, formatPercent, formatPp, formatUsdM, formatYear, STATUS_LABELS } from "./number.js";
import { sourceLine } from "./source.js";

describe("formatting", () => {
  it("prints percentages as NATO does, with the estimate mark", () => {
    expect(formatPercent(4.25)).toBe("4.25%");
    expect(formatPercent(2)).toBe("2.00%");
    expect(formatPercent(4.25, { estimate: true })).toBe("4.25%e");
    expect(formatPercent(33.6912, { digits: 1 })).toBe("33.7%");
    expect(formatPercent(null)).toBe("no data");
    expect(formatPercent(Number.NaN)).toBe("no data");
  });

  it("signs percentage points", () => {
    expect(formatPp(0.69)).toBe("+0.69 pp");
    expect(formatPp(-1.25)).toBe("−1.25 pp");
    expect(formatPp(0)).toBe("±0.00 pp");
    expect(formatPp(-0.001)).toBe("±0.00 pp");
    expect(formatPp(undefined)).toBe("no data");
  });

  it("scales money given in millions", () => {
    expect(formatUsdM(1032849)).toBe("$1.03 tn");
    expect(formatUsdM(24186)).toBe("$24.2 bn");
    expect(formatUsdM(943257)).toBe("$943 bn");
    expect(formatUsdM(178)).toBe("$178 m");
    expect(formatUsdM(-2500)).toBe("−$2.50 bn");
    expect(formatUsdM(24186, { basis: "constant-2021" })).toBe("$24.2 bn (constant 2021 prices)");
    expect(formatUsdM(null)).toBe("no data");
  });

  it("groups thousands and marks estimate years", () => {
    expect(formatNumber(3440.5, 1)).toBe("3,440.5");
    expect(formatYear(2025, true)).toBe("2025e");
    expect(formatYear(2024)).toBe("2024");
    expect(STATUS_LABELS.met).toBe("meets");
  });

  it("credits NATO with the edition", () => {
    expect(sourceLine(EDITION_2026)).toBe(
      "Source: NATO, Defence Investment of NATO Countries (2014-2026), July 2026 edition. e = estimate.",
    );
    expect(sourceLine(EDITION_2025, { estimates: false })).toBe(
      "Source: NATO, Defence Expenditure of NATO Countries (2014-2025), August 2025 edition (share of GDP as transcribed by third parties and news reports).",
    );
  });
});

describe("chart titles", () => {
  it("says what the series shows", () => {
    expect(
      shareTrendTitle("Lithuania", [
        { year: 2014, value: 0.88 },
        { year: 2020, value: null },
        { year: 2026, value: 5.33, estimate: true },
      ]),
    ).toBe("Lithuania's share of GDP has risen from 0.88% in 2014 to 5.33% in 2026e");
    expect(
      shareTrendTitle("X", [
        { year: 2014, value: 2 },
        { year: 2026, value: 1.5 },
      ]),
    ).toBe("X's share of GDP has fallen from 2.00% in 2014 to 1.50% in 2026");
    expect(shareTrendTitle("Iceland", [{ year: 2014, value: null }])).toBe("Iceland's share of GDP: no data");
  });
});

describe("rounding", () => {
  it("rounds half away from zero on the decimal a reader sees", () => {
    expect(formatPercent(308.445)).toBe("308.45%");
    expect(formatPercent(1.005)).toBe("1.01%");
    expect(formatPercent(999.995)).toBe("1,000.00%");
    expect(formatNumber(-2.5)).toBe("-3");
    expect(formatNumber(1e-7, 2)).toBe("0.00");
    expect(formatNumber(-0.001, 2)).toBe("0.00");
    expect(formatNumber(1234567.891, 2)).toBe("1,234,567.89");
  });

  it("agrees with Intl.NumberFormat (en-US) on any number", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        fc.integer({ min: 0, max: 3 }),
        (value, digits) => {
          const intl = new Intl.NumberFormat("en-US", {
            minimumFractionDigits: digits,
            maximumFractionDigits: digits,
          }).format(value);
          const expected = intl === `-${(0).toFixed(digits)}` ? (0).toFixed(digits) : intl;
          expect(formatNumber(value, digits)).toBe(expected);
        },
      ),
      { numRuns: 5000 },
    );
  });
});
