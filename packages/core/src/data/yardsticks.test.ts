import { describe, expect, it } from "vitest";
import { HAGUE_CORE } from "../rules/hague-core.js";
import { HAGUE_TOTAL } from "../rules/hague-total.js";
import { TWO_PERCENT } from "../rules/two-percent.js";
import { YardstickSchema } from "../schemas/index.js";
import { YARDSTICKS } from "./yardsticks.js";

const pctOf = (id: string) => YARDSTICKS.find((y) => y.id === id)?.pct;

describe("the yardsticks of the debate", () => {
  it("validate against their schema, each with a source", () => {
    for (const y of YARDSTICKS) expect(YardstickSchema.parse(y)).toEqual(y);
    expect(new Set(YARDSTICKS.map((y) => y.id)).size).toBe(YARDSTICKS.length);
  });

  it("run lowest first: 2%, 3%, 3.5%, 3.7%, 5% (rules-and-facts §4 and §10)", () => {
    expect(YARDSTICKS.map((y) => y.pct)).toEqual([2, 3, 3.5, 3.7, 5]);
  });

  it("agree with the rules they name", () => {
    expect(pctOf("two-percent-floor")).toBe(TWO_PERCENT.threshold);
    expect(pctOf("hague-core")).toBe(HAGUE_CORE.threshold);
    expect(pctOf("hague-total")).toBe(HAGUE_TOTAL.threshold);
    expect(YARDSTICKS.find((y) => y.id === "hague-core")?.deadline).toBe(HAGUE_CORE.deadline);
  });

  it("keep the officials' estimate as the range 3.5-3.7% they gave (ifpnews.com, June 2025)", () => {
    const estimate = YARDSTICKS.find((y) => y.id === "officials-estimate");
    expect(estimate?.rangePct).toEqual({ low: 3.5, high: 3.7 });
    expect(estimate?.text).toContain("between 3.5 and 3.7");
  });

  it("say that NATO publishes no figures for the 1.5% part of the 5%", () => {
    expect(YARDSTICKS.find((y) => y.id === "hague-total")?.caveat).toContain("no figures for the 1.5% part");
  });
});
