import { describe, expect, it } from "vitest";
import { complianceTrendTitle, pathTitle, seriesTrendTitle } from "./chart-titles.js";
import { formatMetricValue } from "./metric-value.js";

describe("chart titles", () => {
  it("writes the compliance trend out of each year's members", () => {
    expect(
      complianceTrendTitle("2 %", [
        { year: 2014, estimate: false, met: 3, members: 28 },
        { year: 2026, estimate: true, met: 31, members: 32 },
      ]),
    ).toBe("Allies meeting 2 % rose from 3 of 28 in 2014 to 31 of 32 in 2026e");
    expect(complianceTrendTitle("2 %", [])).toBe("Allies meeting 2 %: no data");
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
});
