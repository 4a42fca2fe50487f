import { describe, expect, it } from "vitest";
import { burdenSharing } from "../analysis/burden.js";
import { dataset2026_07 } from "../data/dataset-2026-07.js";
import { burdenTrendTitle } from "./burden-title.js";

describe("burdenTrendTitle", () => {
  it("says how the United States' share of NATO's total moved, from NATO's figures", () => {
    const d = dataset2026_07();
    const first = burdenSharing(d, 2014);
    const last = burdenSharing(d, 2026);
    // NATO 2026 edition, Table 2 (current prices): the US against the NATO total.
    const title = burdenTrendTitle([first, last]);
    expect(title).toMatch(
      /^The United States' share of NATO's defence spending has fallen from \d+% in 2014 to 57% in 2026e$/,
    );
  });
  it("says when there is nothing to compare", () => {
    expect(burdenTrendTitle([])).toBe("The United States against Europe and Canada: no data to compare");
  });
});
