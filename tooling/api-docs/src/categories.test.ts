// Every public export of @nato/core names its category (`@category` in its JSDoc), so that the API
// reference groups the exports by what they are for instead of listing them in one run of names.
import { describe, expect, it } from "vitest";
import typedoc from "../typedoc.json" with { type: "json" };
import { publicExports } from "./public-api.js";

const exports = publicExports();
const ORDER = typedoc.categoryOrder.filter((name) => name !== "*");

describe("the categories of @nato/core's public API", () => {
  it("gives every export a category", () => {
    expect(
      exports.filter((e) => !e.category).map((e) => `${e.name} (${e.file})`),
      "add `@category <one of typedoc.json's categoryOrder>` to the JSDoc of these exports",
    ).toEqual([]);
  });

  it("uses only the categories the reference orders", () => {
    const used = [...new Set(exports.map((e) => e.category))].sort();
    expect(used).toEqual([...ORDER].sort());
  });

  it("prints how many exports each category holds", () => {
    const counts = ORDER.map((name) => `${name} ${exports.filter((e) => e.category === name).length}`);
    console.log(`${exports.length} public exports: ${counts.join(", ")}`);
    expect(exports.length).toBeGreaterThan(100);
  });
});
