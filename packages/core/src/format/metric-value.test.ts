import { describe, expect, it } from "vitest";
import { formatChangeBetween, formatMetricValue } from "./metric-value.js";
import { formatChangePct } from "./number.js";

describe("formatMetricValue", () => {
  it("formats each unit the way the site and CLI print it", () => {
    // Poland 2025 share of GDP, NATO 2026 edition, Table 3: 4.25 (estimate).
    expect(formatMetricValue(4.25, "pct-of-gdp", { estimate: true })).toBe("4.25%\u00a0e");
    expect(formatMetricValue(20, "pct-of-expenditure", { digits: 0 })).toBe("20%");
    expect(formatMetricValue(38214, "usd-m")).toBe("$38.2 bn");
    expect(formatMetricValue(38214, "usd-m", { estimate: true })).toBe("$38.2 bn\u00a0e");
    expect(formatMetricValue(812.4, "usd-bn")).toBe("$812 bn");
    expect(formatMetricValue(1015.3, "usd")).toBe("$1,015");
    expect(formatMetricValue(216.1, "thousands")).toBe("216.1k");
    expect(formatMetricValue(216.1, "thousands", { digits: 0 })).toBe("216k");
  });

  it("says no data instead of printing a wrong number", () => {
    expect(formatMetricValue(null, "usd-m")).toBe("no data");
    expect(formatMetricValue(Number.NaN, "pct-of-gdp")).toBe("no data");
  });
});

describe("formatChangePct", () => {
  it("signs a change in percent", () => {
    expect(formatChangePct(36.08)).toBe("+36.1%");
    expect(formatChangePct(-2.04)).toBe("−2.0%");
    expect(formatChangePct(0.01)).toBe("±0.0%");
    expect(formatChangePct(null)).toBe("no data");
  });
});

describe("formatChangeBetween", () => {
  it("compares shares in points and other figures in percent", () => {
    // Lithuania's share of GDP, NATO 2026 edition: 0.88 in 2014, 5.33 in 2026e.
    expect(formatChangeBetween(0.88, 5.33, "pct-of-gdp")).toBe("+4.45 pp");
    expect(formatChangeBetween(100, 150, "usd-m", { digits: 0 })).toBe("+50%");
    expect(formatChangeBetween(200, 150, "usd")).toBe("−25%");
    expect(formatChangeBetween(0, 150, "usd")).toBe("no data");
    expect(formatChangeBetween(null, 150, "usd")).toBe("no data");
  });
});
