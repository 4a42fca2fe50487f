import { INPUT_LIMITS, safeParseDeadline, safeParseGrowthPct, safeParsePercent } from "@nato/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  allyRoute,
  MAX_PARAM_LENGTH,
  parseAlliesParams,
  parseCompareParams,
  parseScenarioParams,
} from "./params";

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
  it("defaults to The Hague's 3.5% by 2035 and each Ally's own growth", () => {
    expect(parseScenarioParams({ target: "abc" }).values).toEqual({
      target: 3.5,
      deadline: 2035,
      growth: null,
      baseline: "base-year",
      prices: "constant-2021",
    });
    expect(parseScenarioParams({ target: "3.5%", deadline: "2030", growth: "-1.5" }).values).toEqual({
      target: 3.5,
      deadline: 2030,
      growth: -1.5,
      baseline: "base-year",
      prices: "constant-2021",
    });
    expect(parseScenarioParams({ deadline: "2026" }).issues[0]?.name).toBe("deadline");
  });

  it("accepts what core's parsers accept, within core's bounds, for the target, deadline and growth", () => {
    const number = fc.oneof(
      fc.integer({ min: -30, max: 2200 }).map(String),
      fc.double({ min: -40, max: 120, noNaN: true }).map((n) => n.toFixed(2)),
    );
    fc.assert(
      fc.property(number, (text) => {
        const { values, issues } = parseScenarioParams({ target: text, deadline: text, growth: text });
        const failed = new Set(issues.map((issue) => issue.name));
        const target = safeParsePercent(text);
        expect(failed.has("target")).toBe(!target.success);
        if (target.success) expect(values.target).toBe(target.data);
        const growth = safeParseGrowthPct(text);
        expect(failed.has("growth")).toBe(!growth.success);
        if (growth.success) expect(values.growth).toBe(growth.data);
        const deadline = safeParseDeadline(text, 2026);
        expect(failed.has("deadline")).toBe(!/^\d+$/.test(text) || !deadline.success);
      }),
      { numRuns: 500 },
    );
    // The message names core's bounds (the July 2026 edition's base year is 2026).
    expect(parseScenarioParams({ growth: "25" }).issues[0]?.expected).toBe(
      `a yearly real GDP growth in percent from ${INPUT_LIMITS.growthPct.min} to ${INPUT_LIMITS.growthPct.max}, such as 1.5`,
    );
    expect(parseScenarioParams({ deadline: "2101" }).issues[0]?.expected).toBe("a year from 2027 to 2100");
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

describe("long parameters", () => {
  /** Milliseconds one call takes, the best of five (a busy machine only ever makes a run slower). */
  function fastest(run: () => unknown): number {
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      run();
      best = Math.min(best, performance.now() - started);
    }
    return best;
  }

  // The attack that used to take 0.4-0.5 s: a long run of digits followed by a letter, which made the
  // number pattern try every split of the run (quadratic in its length).
  const digitsThenLetter = (length: number) => `${"1".repeat(length - 1)}x`;

  it("a 16 KB value is ignored as too long, before any pattern, within 50 ms", () => {
    const value = digitsThenLetter(16_384);
    for (const name of ["target", "growth", "deadline"] as const) {
      let parsed: ReturnType<typeof parseScenarioParams> | undefined;
      const ms = fastest(() => {
        parsed = parseScenarioParams({ [name]: value });
      });
      expect(ms, name).toBeLessThan(50);
      expect(parsed?.issues).toHaveLength(1);
      expect(parsed?.issues[0]?.name).toBe(name);
      expect(parsed?.issues[0]?.expected).toContain(`at most ${MAX_PARAM_LENGTH} characters`);
      // What is shown back is cut to 80 characters and marked as cut.
      expect(parsed?.issues[0]?.received).toBe(`${"1".repeat(80)}…`);
    }
  });

  it("the number pattern is linear: a value just under the cap costs no more than a short one", () => {
    const value = digitsThenLetter(MAX_PARAM_LENGTH);
    const short = fastest(() => {
      for (let i = 0; i < 500; i++) parseScenarioParams({ target: "1x", growth: "1x" });
    });
    const long = fastest(() => {
      for (let i = 0; i < 500; i++) parseScenarioParams({ target: value, growth: value });
    });
    // 1,000 values of 400 characters: the quadratic pattern alone took about 0.16 ms for each (160 ms in
    // all), the linear one about 1 µs, so the long values cost about what short ones do.
    expect(long).toBeLessThan(short * 2 + 40);
    expect(long).toBeLessThan(100);
    expect(parseScenarioParams({ target: value }).values.target).toBe(3.5);
  });

  it("the number pattern accepts exactly what it accepted before", () => {
    const before = /^[-+]?(\d+\.?\d*|\.\d+)%?$/;
    const text = fc.string({ unit: fc.constantFrom("1", "0", ".", "%", "-", "+", "e", " "), maxLength: 12 });
    fc.assert(
      fc.property(text, (value) => {
        const { values, issues } = parseScenarioParams({ growth: value });
        const trimmed = value.trim();
        if (trimmed === "") return;
        const accepted = before.test(trimmed) && Math.abs(Number(trimmed.replace(/%$/, ""))) <= 20;
        expect(issues.length === 0, JSON.stringify(value)).toBe(accepted);
        if (accepted) expect(values.growth).toBe(Number(trimmed.replace(/%$/, "")));
      }),
      { numRuns: 2000 },
    );
  });
});
