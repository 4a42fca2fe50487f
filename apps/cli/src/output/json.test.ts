import { describe, expect, it } from "vitest";
import { toJson } from "./json.js";

describe("toJson", () => {
  it("pretty-prints with a final line break, keeps null and leaves out undefined", () => {
    expect(toJson({ shareOfGdpPct: 4.25, note: undefined, equipmentSharePct: null })).toBe(
      '{\n  "shareOfGdpPct": 4.25,\n  "equipmentSharePct": null\n}\n',
    );
  });

  it("round-trips what it prints", () => {
    const value = { code: "TUR", name: "Türkiye", observations: [{ year: 2026, estimate: true }] };
    expect(JSON.parse(toJson(value))).toEqual(value);
  });
});
