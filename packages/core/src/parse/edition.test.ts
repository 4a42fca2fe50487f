import { describe, expect, it } from "vitest";
import { EDITION_2026 } from "../data/editions.js";
import { sourceLine } from "../format/source.js";
import { NatoError } from "../models/error.js";
import { datasetFromText, safeDatasetFromText } from "./dataset.js";
import { safeUserEdition, userEdition } from "./edition.js";

const mine = {
  id: "budget-2027",
  title: "Draft defence budget 2027",
  publisher: "Ministry of Finance",
  source: "Budget bill, annex 4, as tabled",
};
const CSV = "iso3,year,estimate,share_gdp_pct\nPOL,2026,false,4.7\nPOL,2027,true,4.8\n";

describe("a user's own edition", () => {
  it("credits the user, never NATO, under any id", () => {
    const dataset = datasetFromText(CSV, mine);
    expect(dataset.edition).toEqual({
      ...mine,
      publishedOn: null,
      dataCutOff: null,
      url: null,
      firstYear: 2026,
      lastYear: 2027,
      estimateYears: [],
      metrics: expect.arrayContaining(["shareOfGdpPct"]),
      notes: [],
    });
    expect(dataset.observations.map((o) => o.edition)).toEqual(["budget-2027", "budget-2027"]);
    const line = sourceLine(dataset.edition);
    expect(line).toBe("Source: Ministry of Finance, Draft defence budget 2027 (budget-2027). e = estimate.");
    expect(line).not.toMatch(/NATO/);
    expect(Object.isFrozen(dataset.edition) && Object.isFrozen(dataset.observations)).toBe(true);
  });

  it("keeps NATO's credit line for NATO's editions", () => {
    expect(sourceLine(EDITION_2026)).toBe(
      "Source: NATO, Defence Investment of NATO Countries (2014-2026), July 2026 edition. e = estimate.",
    );
  });

  it("lists every problem of an edition at once, with codes and paths", () => {
    const result = safeUserEdition({ id: "my figures", title: "", publisher: "Me" } as never);
    expect(result.success).toBe(false);
    expect(result.error?.code).toBe("INVALID_EDITION");
    expect(result.error?.issues.map((i) => [i.code, i.path[0]])).toEqual([
      ["invalid_format", "id"],
      ["invalid_type", "title"],
      ["missing", "source"],
      ["missing", "firstYear"],
      ["missing", "lastYear"],
    ]);
    expect(result.error?.message).toMatch(
      /^The edition is not valid \(5 problems\):\n {2}Edition field "id": expected/,
    );
  });

  it("refuses a partial edition with a clear error, not 'Source: NATO, undefined' or a TypeError", () => {
    expect(() => sourceLine({ id: "2027" } as never)).toThrow(
      "Cannot credit an edition without publisher, title: expected an edition from EDITIONS or userEdition().",
    );
    const result = safeDatasetFromText(CSV, { id: "2027", title: "Mine" } as never);
    expect(result.error).toBeInstanceOf(NatoError);
    expect(result.error?.issues.map((i) => i.path[0])).toEqual(["publisher", "source"]);
  });

  it("checks the years, the address and the dates it is given", () => {
    expect(() => userEdition({ ...mine, firstYear: 2030, lastYear: 2027, url: "ftp://x" })).toThrow(
      expect.objectContaining({
        issues: [
          expect.objectContaining({ path: ["lastYear"], code: "out_of_range" }),
          expect.objectContaining({ path: ["url"], code: "invalid_format" }),
        ],
      }),
    );
  });
});
