import { describe, expect, it } from "vitest";
import { EDITION_IDS } from "../data/editions.js";
import { editionLabel } from "./edition-label.js";

describe("editionLabel", () => {
  it("names an edition by its release month and year", () => {
    expect(editionLabel("2026-07")).toBe("July 2026");
    expect(editionLabel("2023-03")).toBe("March 2023");
    expect(editionLabel({ id: "2019-06" })).toBe("June 2019");
  });

  it("shortens the month to three letters on request", () => {
    expect(editionLabel("2026-07", { month: "short" })).toBe("Jul 2026");
    expect(editionLabel("2025-08", { month: "short" })).toBe("Aug 2025");
    expect(editionLabel("2024-06", { month: "long" })).toBe("June 2024");
  });

  it("keeps every built-in edition's short label apart from the others'", () => {
    const short = EDITION_IDS.map((id) => editionLabel(id, { month: "short" }));
    expect(new Set(short).size).toBe(EDITION_IDS.length);
  });

  it("returns an id that is not a release month as it is", () => {
    expect(editionLabel("custom", { month: "short" })).toBe("custom");
  });
});
