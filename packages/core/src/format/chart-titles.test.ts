import { describe, expect, it } from "vitest";
import { complianceByYear } from "../analysis/compliance.js";
import { dataset2026_07 } from "../data/dataset-2026-07.js";
import { HAGUE_CORE } from "../rules/hague-core.js";
import { TWO_PERCENT } from "../rules/two-percent.js";
import {
  complianceTrendTitle,
  pathTitle,
  revisionTitle,
  seriesTrendTitle,
  yearSummaryTitle,
} from "./chart-titles.js";
import { formatMetricValue } from "./metric-value.js";

describe("chart titles", () => {
  it("writes the compliance trend out of each year's members", () => {
    // NATO 2026 edition, Table 3: 3 Allies at 2% in 2014 (Greece, the UK, the US) of the 27 members of
    // 2014 with armed forces; 30 of 31 in 2026e (all but Slovenia).
    expect(complianceTrendTitle("2%", complianceByYear(dataset2026_07(), TWO_PERCENT))).toBe(
      "Allies meeting 2% rose from 3 of 27 Allies with armed forces in 2014 to an estimated 30 of 31 in 2026e",
    );
    expect(complianceTrendTitle("2%", [])).toBe("Allies meeting 2%: no data");
  });

  it("writes any series' trend with the caller's formatter", () => {
    const title = seriesTrendTitle(
      "Poland",
      "military personnel",
      [
        { year: 2014, value: 99.3 },
        { year: 2020, value: null },
        { year: 2026, value: 216, estimate: true },
      ],
      (v) => formatMetricValue(v, "thousands"),
    );
    expect(title).toBe("Poland's military personnel has risen from 99.3k in 2014 to 216.0k in 2026e");
    expect(seriesTrendTitle("Iceland", "spend", [{ year: 2014, value: null }], String)).toBe(
      "Iceland's spend: no data",
    );
    expect(
      seriesTrendTitle(
        "X",
        "y",
        [
          { year: 2014, value: 3 },
          { year: 2015, value: 1 },
        ],
        String,
      ),
    ).toBe("X's y has fallen from 3 in 2014 to 1 in 2015");
  });

  it("titles a path to a target", () => {
    expect(pathTitle("Germany", 2.69, 3.5, 2026, 2035, true)).toBe(
      "Germany: from 2.69% in 2026e to 3.5% by 2035",
    );
    expect(pathTitle("Poland", 4.68, 3.5, 2026, 2035, true)).toBe(
      "Poland is already above 3.5% (4.68% in 2026e)",
    );
    expect(pathTitle("Iceland", null, 3.5, 2026, 2035)).toBe("Iceland: no figures to project from");
  });

  it("takes its input as one object, named, with the same titles", () => {
    const germany = {
      name: "Germany",
      baseSharePct: 2.69,
      baseYear: 2026,
      baseEstimate: true,
      targetPct: 3.5,
      deadline: 2035,
    };
    expect(pathTitle(germany)).toBe("Germany: from 2.69% in 2026e to 3.5% by 2035");
    expect(pathTitle({ ...germany, name: "Poland", baseSharePct: 4.68 })).toBe(
      "Poland is already above 3.5% (4.68% in 2026e)",
    );
    expect(pathTitle({ ...germany, baseEstimate: false })).toBe(
      "Germany: from 2.69% in 2026 to 3.5% by 2035",
    );
    expect(pathTitle({ ...germany, name: "Iceland", baseSharePct: null })).toBe(
      "Iceland: no figures to project from",
    );
  });
});

describe("summary and revision titles", () => {
  it("summarises a year's compliance", () => {
    // NATO 2026 edition, Table 3: 2026e, every Ally with armed forces at 2% but Slovenia; five at 3.5%
    // or more (EST, GRC, LVA, LTU, POL). 2024: 17 of 31 (not an estimate in this edition).
    const two = complianceByYear(dataset2026_07(), TWO_PERCENT);
    const core = complianceByYear(dataset2026_07(), HAGUE_CORE);
    expect(yearSummaryTitle(two.at(-1)!, core.at(-1)!)).toBe(
      "In 2026e, 30 of 31 Allies with armed forces are estimated to spend at least 2% of GDP on defence (all but Slovenia); 5 are estimated to spend 3.5% or more",
    );
    expect(yearSummaryTitle(two.at(-2)!, core.at(-2)!)).toBe(
      "In 2025e, 28 of 31 Allies with armed forces are estimated to spend at least 2% of GDP on defence (all but Albania, Czechia and Slovenia); 4 are estimated to spend 3.5% or more",
    );
    const y2024 = two.find((c) => c.year === 2024)!;
    expect(yearSummaryTitle(y2024, core.find((c) => c.year === 2024)!)).toMatch(
      /^In 2024, 17 of 31 Allies with armed forces spent at least 2% of GDP on defence; \d+ spent 3.5% or more$/,
    );
  });

  it("names the largest revision between editions", () => {
    // Poland 2025: 4.48% in the 2025 edition, 4.25% in the 2026 edition (both estimates).
    const title = revisionTitle("Poland", [
      {
        year: 2024,
        changePp: -0.04,
        values: [
          { edition: "2026-07", value: 4.08, estimate: false },
          { edition: "2025-08", value: 4.12, estimate: true },
        ],
      },
      {
        year: 2025,
        changePp: -0.23,
        values: [
          { edition: "2026-07", value: 4.25, estimate: true },
          { edition: "2025-08", value: 4.48, estimate: true },
        ],
      },
      {
        year: 2026,
        changePp: null,
        values: [
          { edition: "2026-07", value: 4.68, estimate: true },
          { edition: "2025-08", value: null, estimate: false },
        ],
      },
    ]);
    // The 2026 edition counts core defence expenditure: the difference is not called a revision.
    expect(title).toBe(
      "NATO's largest change in Poland's share of GDP between editions: 2025e, from 4.48% (August 2025 edition) to 4.25% (July 2026 edition), across its change to core defence expenditure",
    );
    expect(revisionTitle("Iceland", [{ year: 2025, changePp: null, values: [] }])).toBe(
      "Iceland's share of GDP: no figures to compare between editions",
    );
  });
});
