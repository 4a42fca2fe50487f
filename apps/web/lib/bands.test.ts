import { ALLIES, dataset2026 } from "@nato/core";
import { describe, expect, it } from "vitest";
import { allyBands } from "./bands";

describe("allyBands", () => {
  const bands = new Map(allyBands(dataset2026(), ALLIES, 2026).map((b) => [b.code, b]));

  it("bands each Ally by NATO's 2026 figures (NATO 2026 edition, Table 3)", () => {
    // Poland 4.68% e, Lithuania 5.33% e, Germany 2.69% e in 2026.
    expect(bands.get("POL")).toMatchObject({ band: "3.5", shareOfGdpPct: 4.68, estimate: true });
    expect(bands.get("LTU")).toMatchObject({ band: "5", shareOfGdpPct: 5.33 });
    expect(bands.get("DEU")).toMatchObject({ band: "2", shareOfGdpPct: 2.69 });
  });

  it("says Iceland is not applicable rather than below", () => {
    expect(bands.get("ISL")).toMatchObject({ band: "not-applicable", shareOfGdpPct: null });
  });

  it("puts the one Ally below 2% in 2026 in the lowest band", () => {
    const below = [...bands.values()].filter((b) => b.band === "below-2").map((b) => b.code);
    // Slovenia 1.61% e in 2026 (NATO 2026 edition, Table 3); 30 of 32 meet 2% and Iceland is not applicable.
    expect(below).toEqual(["SVN"]);
  });
});
