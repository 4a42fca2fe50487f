import { describe, expect, it } from "vitest";
import { parseScenarioSearch } from "./params";

describe("reading /scenarios parameters", () => {
  it("defaults to The Hague's 3.5% by 2035 with each Ally's own growth", () => {
    expect(parseScenarioSearch({})).toEqual({
      values: { target: 3.5, deadline: 2035, growth: null, baseline: "base-year", prices: "constant-2021" },
      issues: [],
    });
  });

  it("reads the canonical link", () => {
    expect(parseScenarioSearch({ target: "5", deadline: "2030", growth: "auto" }).values).toEqual({
      target: 5,
      deadline: 2030,
      growth: null,
      baseline: "base-year",
      prices: "constant-2021",
    });
    expect(parseScenarioSearch({ target: "3.5%", deadline: "2035", growth: "1.5" }).values.growth).toBe(1.5);
  });

  it("reads what the plain form submits: growth=rate with the rate in rate", () => {
    expect(parseScenarioSearch({ growth: "rate", rate: "-0.5" }).values.growth).toBe(-0.5);
    expect(parseScenarioSearch({ growth: "auto", rate: "2" }).values.growth).toBeNull();
  });

  it("falls back to the default for nonsense and names what it ignored", () => {
    const parsed = parseScenarioSearch({ target: "abc", deadline: "2020", growth: "fast" });
    expect(parsed.values).toEqual({
      target: 3.5,
      deadline: 2035,
      growth: null,
      baseline: "base-year",
      prices: "constant-2021",
    });
    expect(parsed.issues.map((i) => [i.name, i.received])).toEqual([
      ["target", "abc"],
      ["deadline", "2020"],
      ["growth", "fast"],
    ]);
  });

  it("names a missing rate when one rate for all was chosen", () => {
    const parsed = parseScenarioSearch({ growth: "rate", rate: "" });
    expect(parsed.values.growth).toBeNull();
    expect(parsed.issues.map((i) => i.name)).toEqual(["rate"]);
  });

  it("reads the baseline and the price basis, and names a baseline outside the edition", () => {
    const parsed = parseScenarioSearch({ baseline: "two-percent", prices: "current" });
    expect(parsed.values.baseline).toBe("two-percent");
    expect(parsed.values.prices).toBe("current");
    expect(parseScenarioSearch({ baseline: "2024" }).values.baseline).toBe(2024);
    // NATO's 2026 edition runs from 2014 to 2026e: a baseline must be an earlier year of it.
    const outside = parseScenarioSearch({ baseline: "2026", prices: "euros" });
    expect(outside.values).toMatchObject({ baseline: "base-year", prices: "constant-2021" });
    expect(outside.issues.map((i) => i.name)).toEqual(["baseline", "prices"]);
    expect(outside.issues[0]?.expected).toBe('"base-year", "two-percent" or a year from 2014 to 2025');
  });

  it("takes the first of repeated parameters", () => {
    expect(parseScenarioSearch({ target: ["4", "5"] }).values.target).toBe(4);
  });
});
