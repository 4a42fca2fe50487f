import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isNatoError } from "../models/error.js";
import { entityName, findAlly, getAlly, membersIn, searchAllies, suggestAlly } from "./lookup.js";

describe("finding an Ally", () => {
  it.each([
    ["pl", "POL"],
    ["POL", "POL"],
    ["Poland", "POL"],
    ["poland", "POL"],
    ["  Poland ", "POL"],
    ["Türkiye", "TUR"],
    ["turkiye", "TUR"],
    ["Turkey", "TUR"],
    ["slovakia", "SVK"],
    ["Slovak Republic", "SVK"],
    ["uk", "GBR"],
    ["U.K.", "GBR"],
    ["United States", "USA"],
    ["us", "USA"],
    ["north macedonia", "MKD"],
    ["Czech Republic", "CZE"],
  ])("finds %s as %s", (query, code) => {
    expect(getAlly(query).code).toBe(code);
  });

  it("answers undefined for what is not an Ally, and an aggregate is not an Ally", () => {
    expect(findAlly("Ukraine")).toBeUndefined();
    expect(findAlly("")).toBeUndefined();
    expect(findAlly("NATO")).toBeUndefined();
  });

  it("suggests the nearest Ally in the error it throws", () => {
    try {
      getAlly("Polnd");
      expect.unreachable();
    } catch (error) {
      expect(isNatoError(error, "UNKNOWN_ALLY")).toBe(true);
      expect(error).toMatchObject({ suggestion: "POL", received: "Polnd" });
      expect((error as Error).message).toBe(
        'Unknown Ally "Polnd". Did you mean Poland (POL)? Expected an ISO code (POL, PL) or a name (Poland).',
      );
    }
    expect(suggestAlly("germny")?.code).toBe("DEU");
    expect(suggestAlly("nether")?.code).toBe("NLD");
    expect(suggestAlly("qqqqqqqq")).toBeUndefined();
  });

  it("either finds an Ally or throws UNKNOWN_ALLY for any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (query) => {
        try {
          expect(getAlly(query).code).toMatch(/^[A-Z]{3}$/);
        } catch (error) {
          expect(isNatoError(error, "UNKNOWN_ALLY")).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe("membership and names", () => {
  it("counts 28 members in 2016, 30 in 2020, 32 from 2024", () => {
    expect(membersIn(2016)).toHaveLength(28);
    expect(membersIn(2017)).toHaveLength(29);
    expect(membersIn(2020)).toHaveLength(30);
    expect(membersIn(2023)).toHaveLength(31);
    expect(membersIn(2024)).toHaveLength(32);
  });

  it("names Allies and aggregates as NATO does", () => {
    expect(entityName("NATO_EU_CA")).toBe("NATO Europe and Canada");
    expect(entityName("TUR")).toBe("Türkiye");
  });
});

describe("searchAllies", () => {
  it("goes straight to the Ally a visitor types: a code, the start of a name, an alias", () => {
    expect(searchAllies("pol").map((a) => a.code)).toEqual(["POL"]);
    expect(searchAllies("Türk").map((a) => a.code)).toEqual(["TUR"]);
    expect(searchAllies("turk").map((a) => a.code)).toEqual(["TUR"]);
    expect(searchAllies("UK").map((a) => a.code)).toEqual(["GBR"]);
  });
  it("lists every Ally a prefix fits, and nothing for nothing", () => {
    // The Slovak Republic and Slovenia both start with "slov".
    expect(
      searchAllies("slov")
        .map((a) => a.code)
        .sort(),
    ).toEqual(["SVK", "SVN"]);
    expect(searchAllies("")).toEqual([]);
    expect(searchAllies("zzzzzz")).toEqual([]);
  });
});
