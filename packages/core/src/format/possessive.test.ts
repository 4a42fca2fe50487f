import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ALLIES } from "../data/allies.js";
import { possessive, proseName } from "./possessive.js";

describe("possessive", () => {
  it("adds 's to a name", () => {
    expect(possessive("Poland")).toBe("Poland's");
    expect(possessive("Türkiye")).toBe("Türkiye's");
  });
  it("adds only an apostrophe to a plural name ending in s, with its article", () => {
    expect(possessive("United States")).toBe("the United States'");
    expect(possessive("Netherlands", { start: true })).toBe("The Netherlands'");
    expect(possessive("United Kingdom")).toBe("the United Kingdom's");
  });
});

describe("proseName", () => {
  it("gives the article to the four Allies whose names take it, and to no other", () => {
    const withArticle = ALLIES.filter((a) => proseName(a.name) !== a.name).map((a) => a.code);
    expect(withArticle).toEqual(["NLD", "SVK", "GBR", "USA"]);
    expect(proseName("United States", { start: true })).toBe("The United States");
    expect(proseName("United States")).toBe("the United States");
  });
  it("leaves any other text as it is, at the start of a sentence or not", () => {
    fc.assert(
      fc.property(fc.string(), fc.boolean(), (name, start) => {
        if (["United States", "United Kingdom", "Netherlands", "Slovak Republic"].includes(name)) return;
        expect(proseName(name, { start })).toBe(name);
      }),
    );
  });
});
