import { describe, expect, it } from "vitest";
import { possessive } from "./possessive.js";

describe("possessive", () => {
  it("adds 's to a name", () => {
    expect(possessive("Poland")).toBe("Poland's");
    expect(possessive("Türkiye")).toBe("Türkiye's");
  });
  it("adds only an apostrophe to a plural name ending in s", () => {
    expect(possessive("United States")).toBe("United States'");
    expect(possessive("Netherlands")).toBe("Netherlands'");
  });
});
