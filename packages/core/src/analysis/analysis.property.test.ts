// Property tests of the analyses and formatters at their boundary: whatever a caller passes (NaN,
// Infinity, negatives, huge numbers, strings that look like numbers, null, codes that are not Allies), each
// function either answers with finite numbers only, with the input it was given applied exactly, or throws
// a NatoError naming what was wrong. Never an uncaught TypeError, never NaN, never a partial answer.
// (Rules are covered in rules/rules.property.test.ts, argument parsing in parse/arguments.test.ts.)
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { ALLIES } from "../data/allies.js";
import { dataset2025_08 } from "../data/dataset-2025-08.js";
import { dataset2026_07 } from "../data/dataset-2026-07.js";
import { allDatasets } from "../data/datasets.js";
import { formatMetricValue } from "../format/metric-value.js";
import { formatNumber, formatPercent, formatPp, formatUsdM } from "../format/number.js";
import { isNatoError } from "../models/error.js";
import { METRIC_INFO, METRICS } from "../models/metric.js";
import { customRule } from "../rules/custom.js";
import { RULES } from "../rules/registry.js";
import { burdenSharing } from "./burden.js";
import { complianceByYear } from "./compliance.js";
import { gapToTarget } from "./gap.js";
import { yearReachingThreshold } from "./pace.js";
import { projectAlly } from "./projection.js";
import { rankAllies } from "./ranking.js";
import { realChangePct } from "./real-change.js";
import { revisions } from "./revisions.js";
import { allianceScenario } from "./scenario.js";

const runs: Record<string, number> = {};
const outcomes = { answered: 0, refused: 0 };
afterAll(() => {
  const total = Object.values(runs).reduce((a, b) => a + b, 0);
  console.log(
    `Analysis properties: ${total} cases (${Object.entries(runs)
      .map(([name, n]) => `${name} ${n}`)
      .join(", ")}); calls answered ${outcomes.answered}, refused with a NatoError ${outcomes.refused}.`,
  );
});
const count = (name: string) => {
  runs[name] = (runs[name] ?? 0) + 1;
};

/** What a JavaScript caller might pass where a number is expected. */
const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    1e308,
    -1e308,
    Number.MIN_VALUE,
    Number.MAX_SAFE_INTEGER + 2,
  ),
  fc.constantFrom("3.5", " 2035 ", "1e3", "0x10", "", "NaN", "Infinity", "3,5", "٣٫٥"),
  fc.constantFrom(null, undefined, true, [], {}, [3.5]),
);
/** Plausible values, so that many cases get past validation and test the answer itself. */
const plausibleTarget = fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), fc.constantFrom(2, 3.5, 5));
const plausibleYear = fc.integer({ min: 2010, max: 2110 });
const plausibleGrowth = fc.double({ min: -20, max: 20, noNaN: true });
const maybe = <T>(plausible: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 3, arbitrary: plausible as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: hostile });

const code = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ALLIES.map((a) => a.code)) },
  {
    weight: 1,
    arbitrary: fc.constantFrom("NATO", "NATO_EU_CA", "XXX", "pol", "", "__proto__", "constructor"),
  },
);
// Editions by id, so that a failing case prints "2026-07" rather than the whole dataset.
const DATASETS = { "2026-07": dataset2026_07(), "2025-08": dataset2025_08() } as const;
const edition = fc.constantFrom<keyof typeof DATASETS>("2026-07", "2025-08");

/** Every number anywhere in a value, with its path, that is not finite. */
function nonFinite(value: unknown, path = "$", found: string[] = []): string[] {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) found.push(`${path} = ${value}`);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => {
      nonFinite(v, `${path}[${i}]`, found);
    });
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) nonFinite(v, `${path}.${k}`, found);
  } else if (typeof value === "string" && /\b(NaN|undefined|Infinity)\b/.test(value)) {
    found.push(`${path} = "${value}"`);
  }
  return found;
}

/** Calls `fn`: a result must be all finite; an error must be a NatoError. Returns the result or undefined. */
function answerOrNatoError<T>(fn: () => T): T | undefined {
  let result: T;
  try {
    result = fn();
  } catch (error) {
    if (!isNatoError(error))
      throw new Error(`threw a ${(error as Error)?.constructor?.name}: ${String(error)}`);
    expect(error.message.length).toBeGreaterThan(10);
    outcomes.refused++;
    return undefined;
  }
  outcomes.answered++;
  expect(nonFinite(result)).toEqual([]);
  return result;
}

describe("projectAlly", () => {
  it("applies the target, deadline and growth exactly as given, or refuses them", () => {
    fc.assert(
      fc.property(
        edition,
        code,
        maybe(plausibleTarget),
        maybe(plausibleYear),
        fc.option(maybe(plausibleGrowth), { nil: undefined }),
        (e, c, targetPct, deadline, gdpGrowthPct) => {
          const ds = DATASETS[e];
          count("projectAlly");
          const input = { targetPct, deadline, ...(gdpGrowthPct === undefined ? {} : { gdpGrowthPct }) };
          const p = answerOrNatoError(() => projectAlly(ds, c as never, input as never));
          if (p === undefined) return;
          // Only numbers get through, and exactly as given: no silent clamping or rounding.
          expect(p.targetPct).toBe(Number(targetPct));
          expect(typeof targetPct === "number" || typeof targetPct === "string").toBe(true);
          expect(p.deadline).toBe(Number(deadline));
          expect(p.deadline).toBeGreaterThan(p.baseYear);
          if (gdpGrowthPct !== undefined && p.gdpGrowth) expect(p.gdpGrowth.pct).toBe(Number(gdpGrowthPct));
          if (p.status === "projected") {
            expect(p.path.at(-1)?.year).toBe(p.deadline);
            expect(p.path.at(-1)?.shareOfGdpPct).toBeCloseTo(
              Math.max(p.targetPct, p.baseShareOfGdpPct ?? 0),
              9,
            );
          } else if (p.status === "already-met") {
            expect(p.cumulativeExtraUsdConstant2021M).toBe(0);
          } else {
            // No path: no data (with a reason), never a silent zero.
            expect(p.cumulativeExtraUsdConstant2021M).toBeNull();
            expect(p.reason).not.toBeNull();
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe("allianceScenario", () => {
  it("adds up: the US and Europe and Canada make the total, the years make the total", () => {
    fc.assert(
      fc.property(
        edition,
        maybe(plausibleTarget),
        maybe(fc.integer({ min: 2027, max: 2060 })),
        fc.option(maybe(plausibleGrowth), { nil: undefined }),
        (e, targetPct, deadline, gdpGrowthPct) => {
          const ds = DATASETS[e];
          count("allianceScenario");
          const input = { targetPct, deadline, ...(gdpGrowthPct === undefined ? {} : { gdpGrowthPct }) };
          const s = answerOrNatoError(() => allianceScenario(ds, input as never));
          if (s === undefined) return;
          if (s.status === "no-data") {
            // No silent zero: without figures every total is null and the reason says why.
            expect(s.totalExtraUsdM).toBeNull();
            expect(s.years).toHaveLength(0);
            expect(s.reason).toMatch(/lacks the figures/);
            return;
          }
          if (
            s.totalExtraUsdM === null ||
            s.unitedStatesExtraUsdM === null ||
            s.europeAndCanadaExtraUsdM === null
          )
            throw new Error("a computed scenario has totals");
          const tolerance = Math.max(1e-6, Math.abs(s.totalExtraUsdM) * 1e-9);
          expect(
            Math.abs(s.unitedStatesExtraUsdM + s.europeAndCanadaExtraUsdM - s.totalExtraUsdM),
          ).toBeLessThanOrEqual(tolerance);
          const byYear = s.years.reduce((sum, y) => sum + y.extraUsdM, 0);
          expect(Math.abs(byYear - s.totalExtraUsdM)).toBeLessThanOrEqual(tolerance);
          expect(s.totalExtraUsdM).toBeGreaterThanOrEqual(-1e-6);
          expect(s.targetPct).toBe(Number(targetPct));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("gapToTarget", () => {
  it("counts every member once and totals only the shortfalls, or refuses the input", () => {
    fc.assert(
      fc.property(
        edition,
        maybe(plausibleTarget),
        fc.integer({ min: 2012, max: 2028 }),
        (e, target, year) => {
          const ds = DATASETS[e];
          count("gapToTarget");
          const g = answerOrNatoError(() => gapToTarget(ds, target as never, year as never));
          if (g === undefined) return;
          expect(g.met + g.below + g.withoutFigure).toBe(g.allies.length);
          for (const r of g.allies) expect(["met", "below", "not-applicable", "no-data"]).toContain(r.status);
          if (g.totalGapUsdConstant2021M !== null)
            expect(g.totalGapUsdConstant2021M).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("the other analyses, given any year, metric or code", () => {
  const metric = fc.oneof(fc.constantFrom(...METRICS), fc.constantFrom("share", "", "__proto__", "toString"));
  // Whole years only, in and out of the data: a year that is not a whole number is reported separately.
  const year = fc.oneof(fc.integer({ min: 2010, max: 2030 }), fc.integer({ min: -10_000, max: 10_000 }));

  it("rank, share the burden, count compliance, measure change and revisions with finite figures or a NatoError", () => {
    fc.assert(
      fc.property(
        edition,
        metric,
        year,
        code,
        fc.constantFrom(...Object.values(RULES)),
        (e, m, y, c, rule) => {
          const ds = DATASETS[e];
          count("others");
          answerOrNatoError(() => rankAllies(ds, m as never, y as never));
          answerOrNatoError(() => burdenSharing(ds, y as never));
          answerOrNatoError(() => burdenSharing(ds, y as never, "constant-2021"));
          answerOrNatoError(() => realChangePct(ds, c as never, y as never));
          answerOrNatoError(() => revisions(allDatasets(), c as never, m as never));
          answerOrNatoError(() => yearReachingThreshold(ds, c as never, 3.5, { metric: m as never }));
          const counts = answerOrNatoError(() => complianceByYear(ds, rule));
          for (const entry of counts ?? []) expect(nonFinite(entry)).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("builds a custom rule from any threshold, metric and deadline, or refuses it", () => {
    fc.assert(
      fc.property(
        maybe(plausibleTarget),
        metric,
        fc.option(maybe(plausibleYear), { nil: undefined }),
        (t, m, d) => {
          count("customRule");
          const input = { threshold: t, metric: m, ...(d === undefined ? {} : { deadline: d }) };
          const rule = answerOrNatoError(() => customRule(input as never));
          if (rule === undefined) return;
          expect(rule.threshold).toBe(Number(t));
          answerOrNatoError(() => complianceByYear(dataset2026_07(), rule));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("formatters", () => {
  const anyNumber = fc.oneof(
    fc.double(),
    fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 1e308, -1e-308),
    fc.constantFrom(null, undefined),
  );

  it("never print NaN, Infinity, undefined or null, whatever number they get", () => {
    fc.assert(
      fc.property(
        anyNumber,
        fc.integer({ min: 0, max: 6 }),
        fc.boolean(),
        fc.constantFrom(...METRICS),
        (value, digits, estimate, m) => {
          count("formatters");
          const v = value as number | null | undefined;
          const outputs = [
            formatPercent(v, { digits, estimate }),
            formatPp(v, { digits }),
            formatUsdM(v),
            formatUsdM(v, { basis: "constant-2021", digits }),
            formatNumber(v, { digits }),
            formatMetricValue(v, METRIC_INFO[m].unit, { estimate }),
          ];
          for (const text of outputs) {
            expect(typeof text).toBe("string");
            expect(text).not.toMatch(/NaN|Infinity|undefined|null/);
            // Exponent notation only where it is deliberate: magnitudes no real figure reaches (1e15 and up).
            if (typeof v === "number" && Math.abs(v) < 1e15) expect(text).not.toMatch(/e[+-]\d/);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
