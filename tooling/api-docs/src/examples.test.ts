// Every public export of @nato/core has a JSDoc comment with an `@example` (house style), checked on the
// source the API reference is generated from. Every export has one today, so the lists below are empty;
// they may only shrink: the test fails when a new export comes without an example, and when one listed
// here gains one (then delete its line).
import { describe, expect, it } from "vitest";
import { publicExports } from "./public-api.js";

// Constants, schemas and lists without an example (none today; keep it that way).
const VALUES_WITHOUT_EXAMPLE: string[] = [];

// Types and interfaces without an example (none today; keep it that way).
const TYPES_WITHOUT_EXAMPLE: string[] = [];

const exports = publicExports();
const missing = exports.filter((e) => !e.hasExample).map((e) => e.name);
const known = new Set([...VALUES_WITHOUT_EXAMPLE, ...TYPES_WITHOUT_EXAMPLE]);

describe("the JSDoc of @nato/core's public API", () => {
  it("reads every export of src/index.ts", () => {
    // A floor: the public index has well over a hundred names; an empty read must not pass.
    expect(exports.length).toBeGreaterThan(100);
    expect(exports.map((e) => e.name)).toEqual(
      expect.arrayContaining(["checkTwoPercent", "getDataset", "Observation"]),
    );
  });

  it("gives every function an example", () => {
    const functions = exports.filter((e) => e.kind === "value" && !/^[A-Z]/.test(e.name));
    expect(functions.filter((e) => !e.hasExample).map((e) => `${e.name} (${e.file})`)).toEqual([]);
  });

  it("gives every new export a JSDoc with an example", () => {
    const unexpected = exports
      .filter((e) => !e.hasExample && !known.has(e.name))
      .map((e) => `${e.name} (${e.file})`);
    expect(unexpected, "add an @example to the JSDoc of these exports").toEqual([]);
  });

  it("lists only exports that still lack an example", () => {
    const stale = [...known].filter((name) => !missing.includes(name));
    expect(stale, "these now have an example (or are gone): delete them from the lists above").toEqual([]);
  });

  it("reports what is left to document", () => {
    const values = VALUES_WITHOUT_EXAMPLE.length;
    const types = TYPES_WITHOUT_EXAMPLE.length;
    console.log(`${exports.length} public exports; without an @example: ${values} values, ${types} types`);
    expect(values + types).toBe(missing.length);
  });
});
