// A rule's verdicts on the figures as NATO first published them, as restated on the same basis, and in the
// latest edition: the Wales pledge's 2024 deadline as it was known in June 2024 and as it reads today.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ALLIES } from "../data/allies.js";
import { isNatoError } from "../models/error.js";
import { HAGUE_CORE } from "../rules/hague-core.js";
import { TWO_PERCENT } from "../rules/two-percent.js";
import { verdictsAsFirstPublished, WALES_PLEDGE_YEAR } from "./first-published-verdicts.js";

describe("the Wales pledge's 2024 as first published", () => {
  const wales = verdictsAsFirstPublished(TWO_PERCENT, WALES_PLEDGE_YEAR);

  it("counts 23 of 31 in the June 2024 edition, 18 in August 2025's and 17 in July 2026's", () => {
    // June 2024 workbook (nato-2024-06-def-exp-2024-tables.xlsx, Table 3, 2024e): 23 Allies at 2% or more,
    // the count of NATO's own press release of 17 June 2024. August 2025 edition (2024 column of
    // nato-2025-edition-share-gdp.csv): 18. July 2026 edition (nato-defence-expenditure.csv, core defence
    // expenditure): 17. Sweden is counted (joined March 2024); Iceland has no armed forces.
    expect(
      wales.views.map((v) => [v.kind, v.editions, v.basis, v.estimate, v.firstRelease, v.count.met]),
    ).toEqual([
      ["first-published", ["2024-06"], "defence-expenditure", true, true, 23],
      ["restated", ["2025-08"], "defence-expenditure", true, false, 18],
      ["latest", ["2026-07"], "core-defence-expenditure", false, false, 17],
    ]);
    for (const v of wales.views) {
      expect(v.count).toMatchObject({ members: 32, judged: 31, notApplicable: 1, noData: 0 });
    }
  });

  it("names the Allies whose verdict moved, with the figures NATO gave", () => {
    expect(wales.changedCodes).toEqual(["ALB", "BGR", "CZE", "MNE", "MKD", "SVK"]);
    const slovakia = wales.allies.find((a) => a.code === "SVK");
    // Slovakia: 2.00% e in June 2024 (exactly 2 in the workbook), 1.96% e in August 2025, 1.99% in July 2026.
    expect(slovakia?.firstPublished).toMatchObject({ edition: "2024-06", value: 2, status: "met" });
    expect(slovakia?.restated).toMatchObject({ edition: "2025-08", value: 1.96, status: "below" });
    expect(slovakia?.latest).toMatchObject({ edition: "2026-07", value: 1.99, status: "below" });
    // Czechia stays at 2% on the old basis (2.10% e, then 2.08% e) and falls below on the new (1.99%).
    const czechia = wales.allies.find((a) => a.code === "CZE");
    expect([czechia?.firstPublished?.status, czechia?.restated?.status, czechia?.latest?.status]).toEqual([
      "met",
      "met",
      "below",
    ]);
    const iceland = wales.allies.find((a) => a.code === "ISL");
    expect(iceland).toMatchObject({ firstPublished: null, changed: false });
  });

  it("says it in one sentence, with the change of basis named", () => {
    expect(wales.sentence).toBe(
      "As NATO first published its 2024 figures (June 2024 edition, estimates), 23 of 31 Allies with armed forces were estimated at 2% or more; as restated in the August 2025 edition (estimates), 18 of 31; in the July 2026 edition, on NATO's new basis of core defence expenditure, 17 of 31.",
    );
  });

  it("says what the editions said of each Ally's year", () => {
    const sentence = (code: string) => wales.allies.find((a) => a.code === code)?.sentence;
    expect(sentence("ALB")).toBe(
      "NATO first published Albania's 2024 figure in the June 2024 edition: 2.03%\u00a0e, at 2% or more; the August 2025 edition restated it as 1.70%\u00a0e, below 2%; the July 2026 edition, on NATO's new basis of core defence expenditure, gives 1.35%, below 2%.",
    );
    expect(sentence("ISL")).toBe(
      "Iceland has no armed forces: NATO publishes no defence expenditure for it.",
    );
  });

  it("keeps to the editions released up to `until`: what was known then", () => {
    const known = verdictsAsFirstPublished(TWO_PERCENT, 2022, { until: "2023-03" });
    // March 2023 workbook, 2022e: Greece, Estonia, Lithuania, Poland, the UK, the US and Latvia.
    expect(known.views.map((v) => [v.editions, v.count.met, v.count.judged])).toEqual([[["2023-03"], 7, 29]]);
    expect(known.sentence).toBe(
      "As NATO first published its 2022 figures (March 2023 edition, estimates), 7 of 29 Allies with armed forces were estimated at 2% or more.",
    );
  });

  it("says when the oldest edition at hand is not the year's first publication", () => {
    expect(verdictsAsFirstPublished(TWO_PERCENT, 2014).sentence).toMatch(
      /^In the oldest edition here to carry 2014 \(June 2019 edition\), 3 of 27 Allies/,
    );
  });

  it("writes the threshold as agreed: 3.5% for The Hague's core defence expenditure", () => {
    expect(verdictsAsFirstPublished(HAGUE_CORE, 2026).sentence).toMatch(/ at 3\.5% or more\.$/);
  });

  it("refuses a year outside the editions, naming the range", () => {
    try {
      verdictsAsFirstPublished(TWO_PERCENT, 2031);
      expect.unreachable();
    } catch (e) {
      expect(isNatoError(e) && e.code).toBe("YEAR_OUT_OF_RANGE");
    }
  });

  it("counts every member once per view, and the met count is the figures at the threshold", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2012, max: 2026 }), (year) => {
        const r = verdictsAsFirstPublished(TWO_PERCENT, year);
        const members = ALLIES.filter((a) => a.accessionYear <= year).length;
        expect(r.allies).toHaveLength(members);
        for (const v of r.views) {
          const c = v.count;
          expect(c.members).toBe(members);
          expect(c.met + c.below + c.noData + c.notApplicable).toBe(members);
        }
        const first = r.views[0];
        const atTwo = r.allies.filter((a) => (a.firstPublished?.value ?? -1) >= 2).length;
        expect(first?.count.met).toBe(atTwo);
      }),
      { numRuns: 15 },
    );
  });
});
