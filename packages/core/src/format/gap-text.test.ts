import { describe, expect, it } from "vitest";
import { gapToTarget } from "../analysis/gap.js";
import { dataset2019_06 } from "../data/dataset-2019-06.js";
import { dataset2025_08 } from "../data/dataset-2025-08.js";
import { dataset2026_07 } from "../data/dataset-2026-07.js";
import { gapSentences } from "./gap-text.js";

describe("gapSentences", () => {
  it("states the denominator NATO uses and leaves Iceland out as not applicable (July 2026 edition, Table 3)", () => {
    // 2026e: five Allies at 3.5% or more (EST 5.10, LTU 5.33, LVA 4.92, POL 4.68, GRC 3.65), Iceland has no
    // armed forces, the other 26 are below.
    const text = gapSentences(gapToTarget(dataset2026_07(), 3.5, 2026));
    expect(text.title).toBe(
      "Gap to 3.5% of GDP in 2026e: 26 of 31 Allies with armed forces below, 5 at or above",
    );
    expect(text.total).toMatch(
      /^Total gap of the 26 Allies below: \$[\d.]+ bn a year at current prices, \$[\d.]+ bn at constant 2021 prices\.$/,
    );
    expect(text.leftOut).toBe(
      "Iceland has no armed forces: no spending rule applies to it, and it is left out of the count and the total.",
    );
  });

  it("says when no Ally is below", () => {
    const text = gapSentences(gapToTarget(dataset2026_07(), 0.5, 2026));
    expect(text.title).toBe(
      "Gap to 0.5% of GDP in 2026e: 0 of 31 Allies with armed forces below, 31 at or above",
    );
    expect(text.total).toBe("No Ally with a figure is below 0.5% in 2026e: no gap to close.");
  });

  it("names the Allies without a figure and gives no total for a share-only edition (August 2025 edition)", () => {
    // The 2025 edition, 2025e: Germany, Finland, Montenegro, the Netherlands, the Slovak Republic, Slovenia
    // and Sweden have no figure (data-sources/README.md); it has share of GDP only, no money.
    const text = gapSentences(gapToTarget(dataset2025_08(), 3.5, 2025));
    expect(text.title).toMatch(
      /^Gap to 3\.5% of GDP in 2025e: \d+ of 24 Allies with figures below, \d+ at or above \(7 have none\)$/,
    );
    expect(text.total).toMatch(
      /: no data; the August 2025 edition has no spending or GDP figures in US dollars/,
    );
    expect(text.leftOut).toContain(
      "Finland, Germany, Montenegro, the Netherlands, the Slovak Republic, Slovenia and Sweden",
    );
    expect(text.leftOut).toContain("(no data)");
  });

  it("gives the current-price total alone where the edition has no 2021 prices (June 2019 edition)", () => {
    const text = gapSentences(gapToTarget(dataset2019_06(), 2, 2019));
    expect(text.total).toMatch(/a year at current prices\.$/);
    expect(text.total).not.toContain("2021");
  });
});
