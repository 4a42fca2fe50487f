// The formatting examples of the package's README (`call` → `"result"` and `call` is `"result"`), run
// against the formatters: the README shows what they print, to the character.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as core from "../index.js";

const README = readFileSync(join(import.meta.dirname, "..", "..", "README.md"), "utf8");
const section = README.slice(README.indexOf("## Formatting"), README.indexOf("## Errors"));
const EXAMPLE = /`(format\w+\([^`]*\))`\s+(?:→|is)\s+`("[^`]*")`/g;
const examples = [...section.matchAll(EXAMPLE)].map((m) => ({ call: m[1] ?? "", expected: m[2] ?? "" }));
const names = Object.keys(core);
const run = (call: string): unknown =>
  new Function(...names, `return ${call};`)(...names.map((n) => core[n as keyof typeof core]));

describe("the README's formatting examples", () => {
  it("are found", () => {
    expect(examples.length).toBeGreaterThanOrEqual(8);
  });

  it.each(examples)("$call prints $expected", ({ call, expected }) => {
    // The README writes the no-break and narrow no-break spaces as plain spaces.
    const printed = String(run(call)).replace(/[\u00a0\u202f]/g, " ");
    expect(printed).toBe(JSON.parse(expected));
  });
});
