import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EDITION_2025, EDITION_2026 } from "../data/editions.js";
import { shareTrendTitle } from "./chart-titles.js";
import { formatChangeBetween, formatMetricValue } from "./metric-value.js";
import {
  ESTIMATE_SEPARATOR,
  estimateMarkHtml,
  formatChangePct,
  formatHtml,
  formatNumber,
  formatPercent,
  formatPp,
  formatThreshold,
  formatUsdM,
  formatYear,
  MINUS_SIGN,
  noDataLabel,
  priceBasisLabel,
  STATUS_LABELS,
} from "./number.js";

/** A no-break space (before the estimate mark) and a narrow no-break space (French), written visibly. */
const NBSP = "\u00a0";
const NNBSP = "\u202f";

import { sourceLine } from "./source.js";

describe("formatting", () => {
  it("prints percentages as NATO does, with the estimate mark", () => {
    expect(formatPercent(4.25)).toBe("4.25%");
    expect(formatPercent(2)).toBe("2.00%");
    expect(formatPercent(4.25, { estimate: true })).toBe(`4.25%${NBSP}e`);
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
    expect(formatNumber(3440.5, { digits: 1 })).toBe("3,440.5");
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
    expect(formatNumber(-2.5)).toBe("−3");
    expect(formatNumber(1e-7, { digits: 2 })).toBe("0.00");
    expect(formatNumber(-0.001, { digits: 2 })).toBe("0.00");
    expect(formatNumber(1234567.891, { digits: 2 })).toBe("1,234,567.89");
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
          // Intl prints "-0.00" and an ASCII hyphen; the product prints no sign on zero and U+2212.
          const expected = (intl === `-${(0).toFixed(digits)}` ? (0).toFixed(digits) : intl).replace(
            "-",
            MINUS_SIGN,
          );
          expect(formatNumber(value, { digits })).toBe(expected);
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe("targets", () => {
  it("writes a target as typed, not padded", () => {
    expect([formatThreshold(5), formatThreshold(3.5), formatThreshold(3.75)]).toEqual([
      "5%",
      "3.5%",
      "3.75%",
    ]);
    expect(formatThreshold(3.5, { locale: "fr" })).toBe(`3,5${NNBSP}%`);
    expect(formatThreshold(Number.NaN)).toBe("no data");
  });
});

describe("the estimate mark", () => {
  it("is set apart from every unit by a no-break space, in the same way for every formatter", () => {
    // Germany's gap to 3.5% in 2026e, NATO 2026 edition: $44.2 bn (the CLI's `check` prints it).
    expect(formatUsdM(44186, { estimate: true })).toBe(`$44.2 bn${NBSP}e`);
    // Personnel of Germany 2026e as a CLI column would show it (238.2 thousand).
    expect(formatMetricValue(238.2, "thousands", { estimate: true })).toBe(`238.2k${NBSP}e`);
    // NATO Total 2026e, current prices: 1,809,915 million US dollars.
    expect(formatUsdM(1809915, { estimate: true })).toBe(`$1.81 tn${NBSP}e`);
    expect(formatMetricValue(1015.3, "usd", { estimate: true })).toBe(`$1,015${NBSP}e`);
    expect(formatMetricValue(4.25, "pct-of-gdp", { estimate: true })).toBe(`4.25%${NBSP}e`);
    expect(formatUsdM(24186, { estimate: true, basis: "constant-2021" })).toBe(
      `$24.2 bn${NBSP}e (constant 2021 prices)`,
    );
    expect(ESTIMATE_SEPARATOR).toBe(NBSP);
  });

  it("never follows a letter directly, whatever the unit and value", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e13, max: 1e13, noNaN: true }),
        fc.constantFrom("pct-of-gdp", "pct-of-expenditure", "usd-m", "usd-bn", "usd", "thousands" as const),
        fc.constantFrom("en", "fr" as const),
        (value, unit, locale) => {
          const text = formatMetricValue(value, unit, { estimate: true, locale });
          expect(text.endsWith(`${NBSP}e`)).toBe(true);
          expect(text).not.toMatch(/[A-Za-z%$]e$/);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("is an element the page can style in HTML", () => {
    expect(estimateMarkHtml()).toBe('<abbr class="estimate" title="estimate">e</abbr>');
    expect(formatHtml(formatUsdM(44186, { estimate: true }))).toBe(
      '$44.2 bn&nbsp;<abbr class="estimate" title="estimate">e</abbr>',
    );
    expect(formatHtml(formatUsdM(24186, { estimate: true, basis: "current" }))).toBe(
      '$24.2 bn&nbsp;<abbr class="estimate" title="estimate">e</abbr> (current prices)',
    );
    expect(formatHtml(formatPercent(2.5, { digits: 1, estimate: true, locale: "fr" }), "fr")).toBe(
      `2,5${NNBSP}%&nbsp;<abbr class="estimate" title="estimation">e</abbr>`,
    );
    expect(formatHtml("$178 m")).toBe("$178 m");
    expect(formatHtml("<b> & e")).toBe("&lt;b&gt; &amp; e");
  });
});

describe("scale boundaries of money", () => {
  it("moves to the next scale when rounding reaches it", () => {
    expect(formatUsdM(999.4)).toBe("$999 m");
    expect(formatUsdM(999.5)).toBe("$1.00 bn");
    expect(formatUsdM(999.96)).toBe("$1.00 bn");
    expect(formatUsdM(1000)).toBe("$1.00 bn");
    expect(formatUsdM(9994)).toBe("$9.99 bn");
    expect(formatUsdM(9996)).toBe("$10.0 bn");
    expect(formatUsdM(99949)).toBe("$99.9 bn");
    expect(formatUsdM(99960)).toBe("$100 bn");
    expect(formatUsdM(999_499)).toBe("$999 bn");
    expect(formatUsdM(999_960)).toBe("$1.00 tn");
    expect(formatUsdM(9_996_000)).toBe("$10.0 tn");
    expect(formatUsdM(1_234_567_000)).toBe("$1,235 tn");
    expect(formatUsdM(-999_960)).toBe("−$1.00 tn");
  });

  it("never prints 1,000 of a scale below trillions, and keeps three significant figures", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), (valueM) => {
        const text = formatUsdM(valueM);
        const match = /^\$([\d,]+(?:\.\d+)?) (m|bn|tn)$/.exec(text);
        expect(match, text).not.toBeNull();
        const [, number = "", unit = ""] = match ?? [];
        const shown = Number(number.replace(/,/g, ""));
        const decimals = number.split(".")[1]?.length ?? 0;
        if (unit !== "tn") expect(shown, text).toBeLessThan(1000);
        if (unit !== "m") {
          expect(shown, text).toBeGreaterThanOrEqual(1);
          // 2 decimals below 10, 1 below 100, none from 100: "$9.99 bn", "$10.0 bn", "$100 bn".
          expect(decimals, text).toBe(shown < 10 ? 2 : shown < 100 ? 1 : 0);
        } else expect(decimals, text).toBe(0);
        // What it prints is the value, rounded to the last digit shown.
        const scale = unit === "tn" ? 1e6 : unit === "bn" ? 1e3 : 1;
        expect(Math.abs(shown * scale - valueM), text).toBeLessThanOrEqual(
          0.5 * 10 ** -decimals * scale + 1e-9 * valueM,
        );
      }),
      { numRuns: 5000 },
    );
  });

  it("checks every boundary exactly: just below rounds down, the boundary itself goes up", () => {
    // Each boundary b (in millions) where the printed form changes, and what is printed just below and at it.
    const boundaries: [number, string, string][] = [
      [999.5, "$999 m", "$1.00 bn"],
      [9995, "$9.99 bn", "$10.0 bn"],
      [99950, "$99.9 bn", "$100 bn"],
      [999_500, "$999 bn", "$1.00 tn"],
      [9_995_000, "$9.99 tn", "$10.0 tn"],
      [99_950_000, "$99.9 tn", "$100 tn"],
    ];
    for (const [b, below, at] of boundaries) {
      expect(formatUsdM(b - 0.001)).toBe(below);
      expect(formatUsdM(b)).toBe(at);
      expect(formatUsdM(-b)).toBe(`${MINUS_SIGN}${at}`);
    }
  });
});

describe("one minus sign, and no negative zero", () => {
  it("prints U+2212 for every negative figure and no sign on a figure that rounds to zero", () => {
    expect(formatPercent(-1.5)).toBe("−1.50%");
    expect(formatNumber(-1234.5)).toBe("−1,235");
    expect(formatUsdM(-2500)).toBe("−$2.50 bn");
    // Poland's extra spend in a scenario where it is already above the target: a tiny negative number.
    expect(formatUsdM(-0.3)).toBe("$0 m");
    expect(formatUsdM(-0)).toBe("$0 m");
    expect(formatPercent(-0.001)).toBe("0.00%");
    expect(formatMetricValue(-0.2, "usd")).toBe("$0");
    expect(formatMetricValue(-0.01, "thousands")).toBe("0.0k");
    expect(formatChangePct(-0.01)).toBe("±0.0%");
  });

  it("never prints a hyphen-minus or a signed zero, whatever the number", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e14, max: 1e14, noNaN: true }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom("en", "fr" as const),
        (value, digits, locale) => {
          const outputs = [
            formatPercent(value, { digits, locale }),
            formatNumber(value, { digits, locale }),
            formatUsdM(value, { locale }),
            formatUsdM(value, { digits, locale }),
            formatPp(value, { digits, locale }),
            formatChangePct(value, { digits, locale }),
            formatMetricValue(value, "usd", { locale }),
            formatMetricValue(value, "thousands", { locale }),
            formatMetricValue(value, "usd-bn", { locale }),
          ];
          for (const text of outputs) {
            expect(text).not.toContain("-");
            // A minus is followed, after the currency sign, by a number with a non-zero digit.
            if (text.startsWith(MINUS_SIGN)) expect(text, text).toMatch(/^−\$?[\d,.\u202f]*[1-9]/);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe("French", () => {
  it("writes NATO's figures as a French reader expects", () => {
    expect(formatNumber(3440.5, { digits: 1, locale: "fr" })).toBe(`3${NNBSP}440,5`);
    expect(formatNumber(-1234567.891, { digits: 2, locale: "fr" })).toBe(`−1${NNBSP}234${NNBSP}567,89`);
    expect(formatPercent(2.5, { digits: 1, locale: "fr" })).toBe(`2,5${NNBSP}%`);
    expect(formatPercent(4.25, { estimate: true, locale: "fr" })).toBe(`4,25${NNBSP}%${NBSP}e`);
    expect(formatPp(-1.25, { locale: "fr" })).toBe(`−1,25${NNBSP}pt`);
    expect(formatChangePct(36.08, { locale: "fr" })).toBe(`+36,1${NNBSP}%`);
    // Germany 2026e gap, NATO 2026 edition: 44,186 million US dollars.
    expect(formatUsdM(44186, { locale: "fr" })).toBe(`44,2${NNBSP}Md${NNBSP}$`);
    expect(formatUsdM(178, { locale: "fr" })).toBe(`178${NNBSP}M${NNBSP}$`);
    // NATO Total 2026e: 1,809,915 million; French keeps milliards rather than "billion" (10^12).
    expect(formatUsdM(1809915, { locale: "fr" })).toBe(`1${NNBSP}810${NNBSP}Md${NNBSP}$`);
    expect(formatUsdM(999.6, { locale: "fr" })).toBe(`1,00${NNBSP}Md${NNBSP}$`);
    expect(formatUsdM(24186, { basis: "constant-2021", locale: "fr" })).toBe(
      `24,2${NNBSP}Md${NNBSP}$ (prix constants de 2021)`,
    );
    expect(formatMetricValue(1015.3, "usd", { locale: "fr" })).toBe(`1${NNBSP}015${NNBSP}$`);
    expect(formatMetricValue(216.1, "thousands", { locale: "fr" })).toBe(`216,1${NNBSP}k`);
    expect(formatChangeBetween(0.88, 5.33, "pct-of-gdp", { locale: "fr" })).toBe(`+4,45${NNBSP}pt`);
    expect(formatPercent(null, { locale: "fr" })).toBe("pas de données");
    expect(noDataLabel("fr")).toBe("pas de données");
    expect(priceBasisLabel("current", "fr")).toBe("prix courants");
    expect(formatYear(2025, true)).toBe("2025e");
  });

  it("rounds the digits themselves, so a figure past 2^53 once scaled keeps its last digits", () => {
    // Scaled by 1000 first, 500499260760.61847 became 500499260760618.5 and rounded up to ...,619.
    expect(formatNumber(500499260760.61847, { digits: 3, locale: "fr" })).toBe(
      "500\u202f499\u202f260\u202f760,618",
    );
    expect(formatNumber(0.0005, { digits: 3 })).toBe("0.001");
    expect(formatNumber(999.9996, { digits: 3 })).toBe("1,000.000");
    expect(formatNumber(308.445, { digits: 2 })).toBe("308.45");
  });

  it("agrees with Intl.NumberFormat (fr-FR) on any number, but for the minus sign and negative zero", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        fc.integer({ min: 0, max: 3 }),
        (value, digits) => {
          const intl = new Intl.NumberFormat("fr-FR", {
            minimumFractionDigits: digits,
            maximumFractionDigits: digits,
          }).format(value);
          const zero = `-0${digits ? `,${"0".repeat(digits)}` : ""}`;
          const expected = (intl === zero ? intl.slice(1) : intl).replace("-", MINUS_SIGN);
          expect(formatNumber(value, { digits, locale: "fr" })).toBe(expected);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
