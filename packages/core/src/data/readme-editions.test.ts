// The README's list of editions is the registry's, not a copy: the 2025 edition's second-hand sourcing,
// Albania's hand-typed values and every credit line read as EDITIONS states them.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { editionsBlock, withBlock } from "../../../../scripts/readme-editions.mjs";
import { editionLabel } from "../format/edition-label.js";
import { BASIS_LABELS } from "../format/revision.js";
import { sourceLine } from "../format/source.js";
import { EDITION_IDS, EDITIONS, editionSpan } from "./editions.js";

const readme = readFileSync(new URL("../../../../README.md", import.meta.url), "utf8");

describe("the README's editions", () => {
  const block = editionsBlock({ EDITION_IDS, EDITIONS, editionLabel, editionSpan, sourceLine, BASIS_LABELS });

  it("are written from the registry (node scripts/readme-editions.mjs --write after a change)", () => {
    expect(withBlock(readme, block)).toBe(readme);
  });

  it("state the 2025 edition's second-hand sourcing and its credit line", () => {
    const e = EDITIONS["2025-08"];
    expect(e.notes.some((n) => /news reports for 2025e/.test(n))).toBe(true);
    expect(e.notes.some((n) => /Albania's 2023 and 2024e values \(1\.75 and 1\.70\)/.test(n))).toBe(true);
    for (const note of e.notes.slice(0, 3)) expect(readme).toContain(note);
    expect(readme).toContain(sourceLine(e, { estimates: false }));
    expect(sourceLine(e)).toMatch(/as transcribed by third parties and news reports/);
  });
});
