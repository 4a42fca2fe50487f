import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ALLIES } from "../data/allies.js";
import { dataset2025_08 } from "../data/dataset-2025-08.js";
import { dataset2026_07 } from "../data/dataset-2026-07.js";
import { getAlly } from "../data/lookup.js";
import { countPhrase, countSentence, exceptionPhrase } from "../format/counts.js";
import { RULE_STATUSES } from "../models/rule.js";
import { checkEquipment20 } from "../rules/equipment-20.js";
import { checkHagueCore, HAGUE_CORE } from "../rules/hague-core.js";
import { checkTwoPercent, TWO_PERCENT } from "../rules/two-percent.js";
import { complianceByYear } from "./compliance.js";
import { gapToTarget } from "./gap.js";
import { allyVerdict, yearVerdicts } from "./verdicts.js";

const ds = dataset2026_07();

describe("one set of statuses, applied the same way by every rule and helper", () => {
  it("answers not applicable for Iceland's row without the caller saying anything", () => {
    const r = checkTwoPercent({ code: "ISL", year: 2026, shareOfGdpPct: null });
    expect(r.status).toBe("not-applicable");
    expect(r.reason).toMatch(/Iceland has no armed forces/);
    expect(allyVerdict(ds, TWO_PERCENT, getAlly("ISL"), 2026).status).toBe("not-applicable");
  });

  it("answers not a member for Finland in 2014 and Sweden in 2023, in rules and helpers alike", () => {
    // Finland 2014: 1.46% of GDP; Sweden 2023: 1.71% (NATO 2026 edition, Table 3): not judged.
    expect(checkTwoPercent({ code: "FIN", year: 2014, shareOfGdpPct: 1.46 }).status).toBe("not-member");
    expect(checkHagueCore({ code: "SWE", year: 2023, shareOfGdpPct: 1.71 }).status).toBe("not-member");
    expect(allyVerdict(ds, TWO_PERCENT, getAlly("FIN"), 2014).status).toBe("not-member");
    expect(allyVerdict(ds, HAGUE_CORE, getAlly("SWE"), 2023).reason).toBe(
      "Sweden joined NATO in 2024; it was not a member in 2023, so NATO's rules did not apply to it.",
    );
    expect(allyVerdict(ds, TWO_PERCENT, getAlly("SWE"), 2024).status).toBe("met");
    // A caller can judge a candidate's figures on purpose.
    expect(checkTwoPercent({ code: "FIN", year: 2014, shareOfGdpPct: 1.46 }, { member: true }).status).toBe(
      "below",
    );
  });

  it("lists every Ally with `all`, non-members marked, and leaves them out of counts", () => {
    const all = yearVerdicts(ds, TWO_PERCENT, 2016, { allies: "all" });
    expect(all).toHaveLength(32);
    expect(all.filter((r) => r.status === "not-member").map((r) => r.code)).toEqual([
      "FIN",
      "MNE",
      "MKD",
      "SWE",
    ]);
    expect(yearVerdicts(ds, TWO_PERCENT, 2016)).toHaveLength(28);
  });

  it("gives every rule, Ally and year one of the five statuses, the same from rule and helper", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ALLIES),
        fc.integer({ min: 2014, max: 2026 }),
        fc.constantFrom(TWO_PERCENT, HAGUE_CORE),
        (ally, year, rule) => {
          const viaHelper = allyVerdict(ds, rule, ally, year);
          expect(RULE_STATUSES).toContain(viaHelper.status);
          const obs = ds.observations.find((o) => o.code === ally.code && o.year === year);
          const viaRule =
            rule === TWO_PERCENT
              ? checkTwoPercent({ code: ally.code, year, shareOfGdpPct: obs?.shareOfGdpPct ?? null })
              : checkHagueCore({ code: ally.code, year, shareOfGdpPct: obs?.shareOfGdpPct ?? null });
          expect(viaRule.status).toBe(viaHelper.status);
          if (year < ally.accessionYear) expect(viaHelper.status).toBe("not-member");
          if (!ally.hasArmedForces) expect(viaHelper.status).toBe("not-applicable");
        },
      ),
      { numRuns: 300 },
    );
    expect(checkEquipment20({ code: "ISL", year: 2020, equipmentSharePct: null }).status).toBe(
      "not-applicable",
    );
  });
});

describe("counts that state their denominator", () => {
  const two = complianceByYear(ds, TWO_PERCENT);
  it("counts 30 of 31 Allies with armed forces in 2026e, all but Slovenia (NATO 2026 edition, Table 3)", () => {
    const last = two.at(-1);
    expect(last).toMatchObject({ year: 2026, members: 32, judged: 31, met: 30, below: 1, notApplicable: 1 });
    expect(last?.belowCodes).toEqual(["SVN"]);
    expect(countPhrase(last!)).toBe("30 of 31 Allies with armed forces");
    expect(exceptionPhrase(last!)).toBe("all but Slovenia");
  });

  it("counts three below in 2025e, not four (Albania 1.48, Czechia 1.86, Slovenia 1.57)", () => {
    const y = two.find((c) => c.year === 2025)!;
    expect(exceptionPhrase(y)).toBe("all but Albania, Czechia and Slovenia");
    expect(countSentence(y, "at least 2% of GDP on defence")).toBe(
      "In 2025e, 28 of 31 Allies with armed forces are estimated to spend at least 2% of GDP on defence (all but Albania, Czechia and Slovenia)",
    );
  });

  it("names the Allies without figures in an edition that lacks some (2025 edition, 2025e)", () => {
    const y = complianceByYear(dataset2025_08(), TWO_PERCENT).find((c) => c.year === 2025)!;
    expect(y.noData).toBe(7);
    expect(countPhrase(y)).toBe("24 of 24 Allies with figures (7 have none)");
    expect(exceptionPhrase(y)).toBeNull();
  });

  it("keeps the denominator honest in every year: met + below + no data = judged", () => {
    for (const c of [...two, ...complianceByYear(dataset2025_08(), HAGUE_CORE)]) {
      expect(c.met + c.below + c.noData).toBe(c.judged);
      expect(c.judged + c.notApplicable).toBe(c.members);
    }
  });

  it("gap totals never turn missing figures into zero", () => {
    const g = gapToTarget(dataset2025_08(), 3.5, 2025);
    expect(g.totalGapUsdCurrentM).toBeNull();
  });
});
