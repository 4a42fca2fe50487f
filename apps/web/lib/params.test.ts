import { describe, expect, it } from "vitest";
import { allyRoute, parseAlliesParams, parseCompareParams, parseScenarioParams } from "./params";

describe("parseAlliesParams", () => {
  it("reads good values and defaults missing ones", () => {
    expect(parseAlliesParams({ year: "2020", sort: "name", order: "asc" })).toEqual({
      values: { year: 2020, sort: "name", order: "asc", show: "all" },
      issues: [],
    });
    // The latest year of NATO's 2026 edition is 2026.
    expect(parseAlliesParams({}).values).toEqual({ year: 2026, sort: "share", order: "desc", show: "all" });
  });

  it("falls back field by field and says what it ignored", () => {
    const { values, issues } = parseAlliesParams({ year: "abc", sort: "name", show: "meets-2" });
    expect(values).toEqual({ year: 2026, sort: "name", order: "desc", show: "meets-2" });
    expect(issues).toEqual([{ name: "year", received: "abc", expected: "a year from 2014 to 2026" }]);
    expect(parseAlliesParams({ year: "1900" }).issues[0]?.name).toBe("year");
    expect(parseAlliesParams({ year: "2020.5" }).values.year).toBe(2026);
  });

  it("takes the first of repeated values", () => {
    expect(parseAlliesParams({ year: ["2019", "2020"] }).values.year).toBe(2019);
  });

  it("ignores inherited names such as __proto__ and constructor", () => {
    const raw = JSON.parse('{"__proto__": ["x"], "sort": "POL"}') as Record<string, string>;
    expect(parseAlliesParams(raw).values.sort).toBe("share");
    expect(parseAlliesParams(Object.create({ year: "2015" })).values.year).toBe(2026);
    // What Next hands over for `?__proto__=&sort=name`: the inherited Array.prototype.sort, then the value.
    const swapped = { sort: [Array.prototype.sort, "name"] } as unknown as Record<string, string[]>;
    expect(parseAlliesParams(swapped).values.sort).toBe("name");
  });
});

describe("parseCompareParams", () => {
  it("accepts forgiving Ally names and drops duplicates", () => {
    expect(parseCompareParams({ allies: "pl, Germany,POL" }).values.allies).toEqual(["POL", "DEU"]);
  });

  it("rejects an unknown Ally and inherited metric names", () => {
    expect(parseCompareParams({ allies: "POL,XYZ" }).values.allies).toEqual(["POL", "DEU", "FRA"]);
    for (const metric of ["constructor", "__proto__", "toString"]) {
      expect(parseCompareParams({ metric }).values.metric).toBe("shareOfGdpPct");
    }
    expect(parseCompareParams({ metric: "equipment" }).values.metric).toBe("equipmentSharePct");
  });
});

describe("parseScenarioParams", () => {
  it("defaults to The Hague's 3.5 % by 2035 and each Ally's own growth", () => {
    expect(parseScenarioParams({ target: "abc" }).values).toEqual({
      target: 3.5,
      deadline: 2035,
      growth: null,
    });
    expect(parseScenarioParams({ target: "3.5%", deadline: "2030", growth: "-1.5" }).values).toEqual({
      target: 3.5,
      deadline: 2030,
      growth: -1.5,
    });
    expect(parseScenarioParams({ deadline: "2026" }).issues[0]?.name).toBe("deadline");
  });
});

describe("allyRoute", () => {
  it("serves codes, redirects other spellings and 404s the rest", () => {
    expect(allyRoute("POL")).toEqual({ kind: "page", code: "POL" });
    expect(allyRoute("pol")).toEqual({ kind: "redirect", code: "POL" });
    expect(allyRoute("T%C3%BCrkiye")).toEqual({ kind: "redirect", code: "TUR" });
    expect(allyRoute("XYZ")).toEqual({ kind: "not-found" });
    expect(allyRoute("%E0%A4%A")).toEqual({ kind: "not-found" });
    expect(allyRoute("constructor")).toEqual({ kind: "not-found" });
  });
});
