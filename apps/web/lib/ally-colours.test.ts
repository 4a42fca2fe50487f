import { ALLY_CODES, type AllyCode } from "@nato/core";
import { describe, expect, it } from "vitest";
import { compareSeries } from "@/components/compare/view";
import { ALLY_COLOURS, allyColour } from "./ally-colours";

describe("one colour per Ally", () => {
  it("gives every Ally a palette slot that globals.css defines, never the grey of context lines", () => {
    expect(Object.keys(ALLY_COLOURS).sort()).toEqual([...ALLY_CODES].sort());
    for (const code of ALLY_CODES) {
      expect(allyColour(code)).toBeGreaterThanOrEqual(1);
      expect(allyColour(code)).toBeLessThanOrEqual(10);
      expect(allyColour(code)).not.toBe(8);
    }
  });

  it("tells apart the Allies most often read together", () => {
    const groups: AllyCode[][] = [
      ["USA", "DEU", "FRA", "GBR", "POL", "ITA", "CAN", "ESP", "TUR"],
      ["POL", "EST", "LVA", "LTU"],
      ["NOR", "SWE", "FIN", "DNK"],
      ["NLD", "BEL", "LUX"],
      ["CZE", "SVK", "HUN", "POL"],
      ["GRC", "ALB", "MNE", "MKD", "HRV", "SVN", "BGR", "ROU"],
    ];
    for (const group of groups) expect(new Set(group.map(allyColour)).size).toBe(group.length);
  });

  it("keeps an Ally's colour whatever else is chosen, and in whatever order", () => {
    const alone = compareSeries(["POL"], "shareOfGdpPct")[0]?.colour;
    const withOthers = compareSeries(["DEU", "FRA", "POL"], "shareOfGdpPct").find((s) => s.id === "POL");
    const reordered = compareSeries(["POL", "USA"], "shareOfGdpPct")[0];
    expect(alone).toBe(4);
    expect(withOthers?.colour).toBe(4);
    expect(reordered?.colour).toBe(4);
  });
});
