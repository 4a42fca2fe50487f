import { describe, expect, it } from "vitest";
import { yearReachingThreshold } from "../analysis/pace.js";
import { allyVerdict } from "../analysis/verdicts.js";
import { dataset2026_07 } from "../data/dataset-2026-07.js";
import { getAlly } from "../data/lookup.js";
import { HAGUE_CORE } from "../rules/hague-core.js";
import { describePath, paceSentence } from "./path.js";

// Shares of GDP from NATO's July 2026 edition, Table 3: Poland 2.19% in 2021 and 4.68% in 2026e, a pace of
// (4.68 - 2.19) / 5 = +0.498 pp a year, which reaches 5% in 2027; Iceland has no armed forces.
describe("paceSentence", () => {
  const dataset = dataset2026_07();

  it("says when an Ally reaches a threshold at its recent pace, the threshold in the house form", () => {
    const pace = yearReachingThreshold(dataset, "POL", 5);
    expect(paceSentence("Poland", 5, pace)).toBe(
      "At its recent pace (+0.50 pp a year over 2021-2026), Poland reaches 5% in 2027.",
    );
  });

  it("says an Ally already there is there, and has nothing to say without a pace", () => {
    expect(paceSentence("Poland", 3.5, yearReachingThreshold(dataset, "POL", 3.5))).toBe(
      "Poland is already at 3.5%.",
    );
    expect(paceSentence("Iceland", 3.5, yearReachingThreshold(dataset, "ISL", 3.5))).toBeNull();
  });
});

describe("describePath and paceSentence give names their article", () => {
  it("writes the Netherlands with 'the', capitalised at a sentence's start (July 2026 edition, Table 3)", () => {
    const dataset = dataset2026_07();
    const path = describePath(
      "Netherlands",
      allyVerdict(dataset, HAGUE_CORE, getAlly("NLD"), 2026),
      yearReachingThreshold(dataset, "NLD", 3.5),
    );
    // The Netherlands: 2.53% in 2025, 2.58% in 2026e (NATO, July 2026 edition).
    expect(path.lineSentence).toMatch(
      /^The Netherlands is 0\.05 pp below this project's straight line from 2\.53% in 2025/,
    );
    expect(path.lineSentence).toContain("the Netherlands is at 2.58%");
    expect(path.disagreement).toMatch(
      /^The two readings disagree: the Netherlands is below the line in 2026e/,
    );
    expect(paceSentence("United States", 5, yearReachingThreshold(dataset, "USA", 5))).toMatch(
      /, the United States does not reach 5%\.$/,
    );
  });
});
