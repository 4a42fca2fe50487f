import { describe, expect, it } from "vitest";
import { dataset2026_07 } from "../data/dataset-2026-07.js";
import { seriesOf } from "../models/dataset.js";
import { comparisonTitle } from "./comparison-title.js";
import { formatPercent } from "./number.js";

const share = (code: "POL" | "DEU" | "FRA" | "ISL") =>
  seriesOf(dataset2026_07(), code).map((o) => ({
    year: o.year,
    value: o.shareOfGdpPct,
    estimate: o.estimate,
  }));
const pct = (v: number) => formatPercent(v);

describe("a comparison's title", () => {
  it("names the highest and lowest in the latest year all have (NATO 2026 edition, Table 3: POL 4.68, FRA 2.22 in 2026e)", () => {
    const title = comparisonTitle(
      "share of GDP",
      [
        { name: "Poland", points: share("POL") },
        { name: "Germany", points: share("DEU") },
        { name: "France", points: share("FRA") },
      ],
      pct,
    );
    expect(title).toBe(
      "Of Poland, Germany and France, Poland's share of GDP is the highest in 2026e: 4.68%, against 2.22% for France",
    );
  });

  it("reads one series as its trend", () => {
    expect(comparisonTitle("share of GDP", [{ name: "Poland", points: share("POL") }], pct)).toMatch(
      /^Poland's share of GDP has risen from .* to 4\.68% in 2026e$/,
    );
  });

  it("leaves out a series without figures (Iceland) and says when nothing is left", () => {
    expect(
      comparisonTitle(
        "share of GDP",
        [
          { name: "Iceland", points: share("ISL") },
          { name: "France", points: share("FRA") },
        ],
        pct,
      ),
    ).toBe("Of Iceland and France, only France has figures: 2.22% in 2026e");
    expect(
      comparisonTitle(
        "share of GDP",
        [
          { name: "Iceland", points: share("ISL") },
          { name: "Iceland", points: [] },
        ],
        pct,
      ),
    ).toBe("Iceland and Iceland: no data on share of GDP");
  });

  it('says "these 4" rather than listing more than three names', () => {
    const entry = (name: string, value: number) => ({
      name,
      points: [{ year: 2026, value, estimate: true }],
    });
    expect(
      comparisonTitle("share of GDP", [entry("A", 2), entry("B", 3), entry("C", 4), entry("D", 5)], pct),
    ).toBe("Of these 4, D's share of GDP is the highest in 2026e: 5.00%, against 2.00% for A");
  });

  it("says when the values are level", () => {
    const a = { name: "A", points: [{ year: 2020, value: 2 }] };
    const b = { name: "B", points: [{ year: 2020, value: 2 }] };
    expect(comparisonTitle("share of GDP", [a, b], pct)).toBe("A and B are level in 2020: 2.00% each");
  });
});
