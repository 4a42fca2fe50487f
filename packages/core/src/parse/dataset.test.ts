import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EDITION_2026 } from "../data/editions.js";
import { isNatoError, NatoError } from "../models/error.js";
import { safeParseDeadline, safeParseGrowthPct, safeParsePercent, safeParseYear } from "./arguments.js";
import { datasetFromText, parseDataset, safeParseDataset } from "./dataset.js";

const reference = readFileSync(new URL("../../data-sources/nato-2026-edition.csv", import.meta.url), "utf8");
const HEADER = "iso3,year,edition,estimate,share_gdp_pct,equipment_share_pct";

describe("parseDataset (CSV)", () => {
  it("accepts NATO's compiled table as it is, with the edition given", () => {
    const result = safeParseDataset(reference, { edition: "2026-07" });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data).toHaveLength(442);
    expect(result.data.find((o) => o.code === "POL" && o.year === 2025)).toMatchObject({
      shareOfGdpPct: 4.25,
      estimate: true,
      edition: "2026-07",
    });
  });

  it("accepts a BOM, CRLF line ends and missing metric columns (no data)", () => {
    const result = safeParseDataset(`\uFEFF${HEADER}\r\nPOL,2025,2026,true,4.25,\r\n`);
    expect(result).toMatchObject({ success: true });
    if (result.success)
      expect(result.data[0]).toMatchObject({
        shareOfGdpPct: 4.25,
        equipmentSharePct: null,
        expenditureUsdCurrentM: null,
      });
  });

  it("names the row, the column, what was expected and what was found", () => {
    const result = safeParseDataset(`${HEADER}\nPOL,2025,2026,true,4.25,\nDEU,2025,2026,maybe,abc,120\n`);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((i) => [i.row, i.column])).toEqual([
      [2, "estimate"],
      [2, "share_gdp_pct"],
      [2, "equipment_share_pct"],
    ]);
    expect(result.error.issues[1]?.message).toBe(
      'Row 2, column "share_gdp_pct": expected a number from 0 to 100, or empty for no data, found "abc".',
    );
  });

  it("reports unknown, duplicate and missing columns, ragged rows, duplicate rows and unknown Allies", () => {
    const issues = (text: string) => {
      const r = safeParseDataset(text, text.includes("edition") ? {} : { edition: "2026" });
      return r.success ? [] : r.error.issues.map((i) => i.message);
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
      /column "edition": expected an edition id such as 2026-07 or budget-2027/,
    );
    expect(issues("")).toEqual(["The file is empty."]);
    expect(issues(`${HEADER}\nPOL,2025,2026,true,"4.25,\n`)).toEqual([
      "Line 2: quoted field unterminated; expected fields quoted in pairs of double quotes.",
    ]);
    expect(issues(`${HEADER}\n`)).toEqual(["The file has no data rows."]);
  });

  it("applies nothing when anything is wrong: all rows or none", () => {
    const result = safeParseDataset(`${reference.trim()}\nPOL,Poland,2030,abc,,,,,,,,,,,false\n`, {
      edition: "2026-07",
    });
    expect(result.success).toBe(false);
    expect("observations" in result).toBe(false);
  });

  it("never throws on arbitrary text, and never accepts a non-finite number", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const result = safeParseDataset(text);
        if (result.success) {
          for (const o of result.data) expect(Number.isFinite(o.year)).toBe(true);
        } else {
          expect(result.error.issues.length).toBeGreaterThan(0);
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
          const result = safeParseDataset(mutated, { edition: "2026" });
          if (result.success) {
            for (const o of result.data) {
              for (const v of Object.values(o))
                if (typeof v === "number") expect(Number.isFinite(v)).toBe(true);
            }
          } else {
            expect(result.error.issues[0]?.message.length).toBeGreaterThan(0);
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
      const result = safeParseDataset(text);
      expect(result.success).toBe(true);
      if (result.success)
        expect(result.data[0]).toMatchObject({
          code: "POL",
          shareOfGdpPct: 4.25,
          otherSharePct: null,
        });
    }
  });

  it("names the row and field of every problem", () => {
    const result = safeParseDataset(
      JSON.stringify([{ code: "POL", year: "2025", edition: "2026", estimate: true, colour: "red" }, 7]),
    );
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((i) => [i.row, i.column])).toEqual([
      [1, "year"],
      [1, "colour"],
      [2, null],
    ]);
  });

  it("says when the JSON does not parse or holds no list", () => {
    const bad = safeParseDataset("{ nope", { format: "json" });
    expect(bad.success === false && bad.error.issues[0]?.message).toMatch(/^The file is not valid JSON/);
    const notList = safeParseDataset('{"a":1}');
    expect(notList.success === false && notList.error.issues[0]?.message).toBe(
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
      expect((error as Error).message).toMatch(/^The figures do not validate \(1 problem\):/);
      expect((error as NatoError).issues).toEqual([
        {
          code: "out_of_range",
          path: [1, "share_gdp_pct"],
          expected: "a number from 0 to 100, or empty for no data",
          found: "500",
          received: "500",
          message:
            'Row 1, column "share_gdp_pct": expected a number from 0 to 100, or empty for no data, found 500.',
          row: 1,
          column: "share_gdp_pct",
        },
      ]);
    }
  });
});

describe("one error model: parseX throws, safeParseX returns", () => {
  const text = `${HEADER}\nPOL,2025,2026,maybe,abc,\nXYZ,2025.5,a b,true,,\nPOL,2025,2026,true,4.25,x\n`;

  it("gives every issue a machine-readable code, a path, what was expected and what was found", () => {
    const result = safeParseDataset(text);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(NatoError);
    expect(result.error.code).toBe("INVALID_DATASET");
    expect(result.error.issues.map((i) => [i.code, i.path, i.found])).toEqual([
      ["invalid_type", [1, "estimate"], '"maybe"'],
      // Non-numeric text in a figure is an error, never "no data".
      ["invalid_type", [1, "share_gdp_pct"], '"abc"'],
      ["unknown_value", [2, "iso3"], '"XYZ"'],
      ["invalid_type", [2, "year"], "2025.5"],
      ["invalid_format", [2, "edition"], '"a b"'],
      ["invalid_type", [3, "equipment_share_pct"], '"x"'],
    ]);
    for (const issue of result.error.issues) {
      expect(issue.expected.length).toBeGreaterThan(3);
      expect(issue.message.length).toBeGreaterThan(10);
    }
    expect(() => parseDataset(text)).toThrow(result.error.message);
  });

  it("returns data on success and the same observations parseDataset returns", () => {
    const ok = `${HEADER}\nPOL,2025,2026,true,4.25,\n`;
    const result = safeParseDataset(ok);
    expect(result).toEqual({ success: true, data: parseDataset(ok) });
    // NATO 2026 edition, Table 3: Poland 2025e.
    expect(result.data?.[0]?.shareOfGdpPct).toBe(4.25);
  });

  it("has a safe form of every parser of arguments, with the issue the throwing form raises", () => {
    expect(safeParsePercent("3.5%")).toEqual({ success: true, data: 3.5 });
    const target = safeParsePercent("120", "target");
    expect(target.success).toBe(false);
    expect(target.error?.issues).toEqual([
      {
        code: "out_of_range",
        path: ["target"],
        expected: "a number from 0 to 100",
        found: '"120"',
        message: 'Invalid target "120": expected a number from 0 to 100.',
      },
    ]);
    expect(safeParseGrowthPct("abc").error?.issues[0]?.code).toBe("invalid_type");
    expect(safeParseYear("2030", { min: 2014, max: 2026 }).error?.code).toBe("YEAR_OUT_OF_RANGE");
    expect(safeParseYear("2030", { min: 2014, max: 2026 }).error?.issues[0]?.code).toBe("out_of_range");
    expect(safeParseDeadline("2035", 2026)).toEqual({ success: true, data: 2035 });
    expect(safeParseDeadline("soon", 2026).error?.issues[0]).toMatchObject({
      code: "invalid_type",
      path: ["deadline"],
      found: '"soon"',
    });
  });
});
