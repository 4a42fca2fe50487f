import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RuleResult } from "../models/rule.js";
import { customRule } from "./custom.js";
import { evaluateRule, type RuleFigures } from "./evaluate.js";
import { HAGUE_CORE } from "./hague-core.js";
import { RULES } from "./registry.js";

const share = fc.double({ min: 0, max: 15, noNaN: true });
const money = fc.option(fc.double({ min: 0, max: 2e6, noNaN: true }), { nil: null });
const figures = fc.record({
  code: fc.constantFrom("POL", "DEU", "USA", "X"),
  year: fc.integer({ min: 2014, max: 2035 }),
  shareOfGdpPct: fc.option(share, { nil: null }),
  equipmentSharePct: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }),
  expenditureUsdCurrentM: money,
  expenditureUsdConstant2021M: money,
  realGdpUsdConstant2021Bn: fc.option(fc.double({ min: 0.1, max: 40_000, noNaN: true }), { nil: null }),
}) satisfies fc.Arbitrary<RuleFigures>;
const anyNumber = fc.oneof(
  fc.double(),
  fc.constant(Number.NaN),
  fc.constant(Number.POSITIVE_INFINITY),
  fc.constant(-0),
);

const finiteOrNull = (v: number | null) => v === null || Number.isFinite(v);
const wellFormed = (r: RuleResult<string>) =>
  finiteOrNull(r.value) &&
  finiteOrNull(r.marginPp) &&
  finiteOrNull(r.gapUsdCurrentM) &&
  finiteOrNull(r.gapUsdConstant2021M);

describe("rule invariants", () => {
  it("treats text as a mistake, not as no data", () => {
    const figures = { code: "POL", year: 2025, shareOfGdpPct: "4.25" as unknown as number };
    expect(() => evaluateRule(RULES["two-percent"], figures)).toThrow(
      'Invalid shareOfGdpPct "4.25" in the figures for POL 2025: expected a finite number, or null for no data.',
    );
    expect(evaluateRule(RULES["two-percent"], { code: "POL", year: 2025, shareOfGdpPct: null }).status).toBe(
      "no-data",
    );
  });

  it("returns finite figures for finite input and refuses NaN, Infinity or text with a NatoError", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.values(RULES)),
        fc.record({
          code: fc.string(),
          year: fc.integer(),
          shareOfGdpPct: anyNumber,
          equipmentSharePct: anyNumber,
        }),
        fc.option(anyNumber, { nil: undefined }),
        (rule, f, related) => {
          const inputs = [f.shareOfGdpPct, f.equipmentSharePct, related ?? null];
          const allFinite = inputs.every((v) => v === null || Number.isFinite(v));
          if (!allFinite) {
            expect(() => evaluateRule(rule, f, { relatedSpendingPct: related ?? null })).toThrow(
              expect.objectContaining({ name: "NatoError", code: "INVALID_ARGUMENT" }),
            );
            return;
          }
          const r = evaluateRule(rule, f, { relatedSpendingPct: related ?? null });
          expect(wellFormed(r)).toBe(true);
          expect(["met", "below", "no-data", "not-applicable"]).toContain(r.status);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("never reports a negative gap, and reports zero gap when met", () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.values(RULES)), figures, (rule, f) => {
        const r = evaluateRule(rule, f, { relatedSpendingPct: 1 });
        for (const gap of [r.gapUsdCurrentM, r.gapUsdConstant2021M])
          if (gap !== null) expect(gap).toBeGreaterThanOrEqual(0);
        if (r.status === "met") expect([r.gapUsdCurrentM ?? 0, r.gapUsdConstant2021M ?? 0]).toEqual([0, 0]);
      }),
      { numRuns: 500 },
    );
  });

  it("is met exactly when the margin is not negative", () => {
    fc.assert(
      fc.property(figures, fc.double({ min: 0, max: 15, noNaN: true }), (f, threshold) => {
        const r = evaluateRule(customRule({ threshold }), f);
        if (r.status === "met") expect(r.marginPp).toBeGreaterThanOrEqual(-1e-9);
        if (r.status === "below") expect(r.marginPp).toBeLessThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it("never turns below into met when the threshold rises", () => {
    fc.assert(
      fc.property(figures, share, share, (f, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const atLow = evaluateRule(customRule({ threshold: low }), f);
        const atHigh = evaluateRule(customRule({ threshold: high }), f);
        if (atLow.status === "below") expect(atHigh.status).toBe("below");
        if (atHigh.status === "met") expect(atLow.status).toBe("met");
      }),
      { numRuns: 500 },
    );
  });

  it("grows the gap as the threshold rises", () => {
    fc.assert(
      fc.property(figures, share, share, (f, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const g1 = evaluateRule(customRule({ threshold: low }), f).gapUsdConstant2021M;
        const g2 = evaluateRule(customRule({ threshold: high }), f).gapUsdConstant2021M;
        if (g1 !== null && g2 !== null) expect(g2).toBeGreaterThanOrEqual(g1 - 1e-6);
      }),
      { numRuns: 500 },
    );
  });

  it("is on track at the baseline year and, at the deadline, exactly when the threshold is met", () => {
    fc.assert(
      fc.property(share, share, (base, now) => {
        const baseline = { code: "X", year: 2025, shareOfGdpPct: base };
        const atBase = evaluateRule(HAGUE_CORE, baseline, { baseline });
        expect(atBase.onTrack?.onTrack).toBe(true);
        const atDeadline = evaluateRule(
          HAGUE_CORE,
          { code: "X", year: 2035, shareOfGdpPct: now },
          { baseline },
        );
        expect(atDeadline.onTrack?.onTrack).toBe(atDeadline.status === "met");
      }),
      { numRuns: 500 },
    );
  });
});
