import { describe, expect, it } from "vitest";
import { EDITION_2026 } from "../data/editions.js";
import { editionDateLine, sourceLine } from "./source.js";

describe("editionDateLine", () => {
  it("names the edition, NATO's release date and the data cut-off", () => {
    // NATO, Defence Investment of NATO Countries (2014-2026): published 10 July 2026, cut-off 3 July 2026.
    expect(editionDateLine(EDITION_2026)).toBe(
      "NATO's July 2026 edition, released 10 July 2026; data cut-off 3 July 2026. Estimates are marked e.",
    );
  });
});

describe("sourceLine", () => {
  it("credits NATO's edition", () => {
    expect(sourceLine(EDITION_2026)).toBe(
      "Source: NATO, Defence Investment of NATO Countries (2014-2026), July 2026 edition. e = estimate.",
    );
  });
});
