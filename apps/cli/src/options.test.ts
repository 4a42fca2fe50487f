import { describe, expect, it } from "vitest";
import { exampleLines } from "./options.js";

describe("examples in help", () => {
  it("stay on one line when they fit", () => {
    expect(exampleLines("nato allies --sort share", 60)).toEqual(["  $ nato allies --sort share"]);
  });

  it("continue after a backslash when too long, every line within the width, the command whole", () => {
    const example = "nato project ESP --target 3.5 --deadline 2035 --gdp-growth 1.5 --format json";
    const lines = exampleLines(example, 40);
    expect(lines).toEqual([
      "  $ nato project ESP --target 3.5 \\",
      "      --deadline 2035 --gdp-growth 1.5 \\",
      "      --format json",
    ]);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
    const rejoined = lines.map((l) => l.replace(/^ {2}\$ | {6}/, "").replace(/ \\$/, "")).join(" ");
    expect(rejoined).toBe(example);
  });
});
