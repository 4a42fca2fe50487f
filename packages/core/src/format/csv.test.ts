import { describe, expect, it } from "vitest";
import { csvCell, formatCsv } from "./csv.js";

describe("csvCell", () => {
  it("writes numbers, booleans and empty cells for missing values", () => {
    expect(csvCell(4.25)).toBe("4.25");
    expect(csvCell(true)).toBe("true");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(Number.NaN)).toBe("");
  });

  it("quotes commas, quotes and line breaks (RFC 4180)", () => {
    expect(csvCell("Reuters, 28 Aug 2025")).toBe('"Reuters, 28 Aug 2025"');
    expect(csvCell('a "b"')).toBe('"a ""b"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
  });
});

describe("formatCsv", () => {
  it("is a header and rows, nothing before or after", () => {
    expect(
      formatCsv(
        ["iso3", "share_gdp_pct"],
        [
          ["POL", 4.25],
          ["ISL", null],
        ],
      ),
    ).toBe("iso3,share_gdp_pct\nPOL,4.25\nISL,\n");
  });
});
