import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EDITION_2026 } from "../data/editions.js";
import { isNatoError } from "../models/error.js";
import { datasetFromText, parseDataset } from "./dataset.js";

const reference = readFileSync(new URL("../../data-sources/nato-2026-edition.csv", import.meta.url), "utf8");
const HEADER = "iso3,year,edition,estimate,share_gdp_pct,equipment_share_pct";

describe("parseDataset (CSV)", () => {
  it("accepts NATO's compiled table as it is, with the edition given", () => {
    const result = parseDataset(reference, { edition: "2026" });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.observations).toHaveLength(442);
    expect(result.observations.find((o) => o.code === "POL" && o.year === 2025)).toMatchObject({
      shareOfGdpPct: 4.25,
      estimate: true,
      edition: "2026-07",
    });
  });

  it("accepts a BOM, CRLF line ends and missing metric columns (no data)", () => {
    const result = parseDataset(`\uFEFF${HEADER}\r\nPOL,2025,2026,true,4.25,\r\n`);
    expect(result).toMatchObject({ success: true });
    if (result.success)
      expect(result.observations[0]).toMatchObject({
        shareOfGdpPct: 4.25,
        equipmentSharePct: null,
        expenditureUsdCurrentM: null,
      });
  });

  it("names the row, the column, what was expected and what was found", () => {
    const result = parseDataset(`${HEADER}\nPOL,2025,2026,true,4.25,\nDEU,2025,2026,maybe,abc,120\n`);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((i) => [i.row, i.column])).toEqual([
      [2, "estimate"],
      [2, "share_gdp_pct"],
      [2, "equipment_share_pct"],
    ]);
    expect(result.issues[1]?.message).toBe(
      'Row 2, column "share_gdp_pct": expected a number from 0 to 100, or empty for no data, found "abc".',
    );
  });

  it("reports unknown, duplicate and missing columns, ragged rows, duplicate rows and unknown Allies", () => {
    const issues = (text: string) => {
      const r = parseDataset(text, text.includes("edition") ? {} : { edition: "2026" });
      return r.success ? [] : r.issues.map((i) => i.message);
    };
    expect(issues("iso3,year,estimate,colour\nPOL,2025,true,red\n")).toEqual([
      'Unknown column "colour" (column 4).',
    ]);
    expect(issues("year,estimate\n2025,true\n")).toContain('Missing column "iso3".');
    expect(issues("iso3,year,estimate,year\nPOL,2025,true,2025\n")).toContain('Column "year" appears twice.');
    expect(issues(`${HEADER}\nPOL,2025,2026,true\n`)).toEqual(["Row 1 has 4 cells; the header has 6."]);
    expect(issues(`${HEADER}\nPOL,2025,2026,true,4.25,\nPOL,2025,2026,true,4.25,\n`)).toEqual([
      "Row 2 repeats POL 2025, edition 2026-07, first given at row 1.",
    ]);
    expect(issues(`${HEADER}\nUKR,2025,2026,true,4.25,\n`)[0]).toMatch(
      /^Row 1, column "iso3": expected an Ally's ISO alpha-3 code/,
    );
    expect(issues(`${HEADER}\nPOL,2025,,true,4.25,\n`)[0]).toMatch(
      /column "edition": expected an edition id, the release month as YYYY-MM/,
    );
    expect(issues("")).toEqual(["The file is empty."]);
    expect(issues(`${HEADER}\nPOL,2025,2026,true,"4.25,\n`)).toEqual([
      "Line 2: quoted field unterminated; expected fields quoted in pairs of double quotes.",
    ]);
    expect(issues(`${HEADER}\n`)).toEqual(["The file has no data rows."]);
  });

  it("applies nothing when anything is wrong: all rows or none", () => {
    const result = parseDataset(`${reference.trim()}\nPOL,Poland,2030,abc,,,,,,,,,,,false\n`, {
      edition: "2026-07",
    });
    expect(result.success).toBe(false);
    expect("observations" in result).toBe(false);
  });

  it("never throws on arbitrary text, and never accepts a non-finite number", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const result = parseDataset(text);
        if (result.success) {
          for (const o of result.observations) expect(Number.isFinite(o.year)).toBe(true);
        } else {
          expect(result.issues.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("survives mutated copies of the reference table", () => {
    const lines = reference.trim().split("\n");
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: lines.length - 1 }),
        fc.integer({ min: 0, max: 13 }),
        fc.oneof(fc.string(), fc.constantFrom("NaN", "Infinity", "-1", "1e999", "", '"', "0x10", " 4.2 ")),
        (line, column, value) => {
          const cells = (lines[line] as string).split(",");
          cells[column] = value;
          const mutated = [...lines.slice(0, line), cells.join(","), ...lines.slice(line + 1)].join("\n");
          const result = parseDataset(mutated, { edition: "2026" });
          if (result.success) {
            for (const o of result.observations) {
              for (const v of Object.values(o))
                if (typeof v === "number") expect(Number.isFinite(v)).toBe(true);
            }
          } else {
            expect(result.issues[0]?.message.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("parseDataset (JSON)", () => {
  it("accepts an array or { observations }, with iso3 or code, omitted metrics as no data", () => {
    const one = { iso3: "POL", year: 2025, edition: "2026", estimate: true, shareOfGdpPct: 4.25 };
    for (const text of [JSON.stringify([one]), JSON.stringify({ observations: [one] })]) {
      const result = parseDataset(text);
      expect(result.success).toBe(true);
      if (result.success)
        expect(result.observations[0]).toMatchObject({
          code: "POL",
          shareOfGdpPct: 4.25,
          otherSharePct: null,
        });
    }
  });

  it("names the row and field of every problem", () => {
    const result = parseDataset(
      JSON.stringify([{ code: "POL", year: "2025", edition: "2026", estimate: true, colour: "red" }, 7]),
    );
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((i) => [i.row, i.column])).toEqual([
      [1, "year"],
      [1, "colour"],
      [2, null],
    ]);
  });

  it("says when the JSON does not parse or holds no list", () => {
    const bad = parseDataset("{ nope", { format: "json" });
    expect(bad.success === false && bad.issues[0]?.message).toMatch(/^The file is not valid JSON/);
    const notList = parseDataset('{"a":1}');
    expect(notList.success === false && notList.issues[0]?.message).toBe(
      "The JSON holds no list of observations.",
    );
  });
});

describe("datasetFromText", () => {
  it("returns a dataset or throws INVALID_DATASET listing the problems", () => {
    const edition = { ...EDITION_2026, id: "2027-07", title: "My figures" };
    expect(datasetFromText(`${HEADER}\nPOL,2027,,true,5.1,\n`, edition).observations[0]?.edition).toBe(
      "2027-07",
    );
    try {
      datasetFromText(`${HEADER}\nPOL,2027,,true,500,\n`, edition);
      expect.unreachable();
    } catch (error) {
      expect(isNatoError(error, "INVALID_DATASET")).toBe(true);
      expect((error as Error).message).toMatch(/1 problem\(s\)/);
    }
  });
});
