import { describe, expect, it } from "vitest";
import { getAlly } from "../data/lookup.js";
import { accessionSentence } from "./accession.js";

// Accession years from NATO's member list: Sweden 2024, Finland 2023, Poland 1999.
describe("accessionSentence", () => {
  it("names the year an Ally joined within the years shown", () => {
    expect(accessionSentence(getAlly("SWE"), 2014)).toBe(
      "Sweden joined NATO in 2024; NATO's totals count it from that year.",
    );
    expect(accessionSentence(getAlly("FIN"), 2014)).toContain("in 2023");
  });
  it("says nothing of an Ally that was a member from the first year shown", () => {
    expect(accessionSentence(getAlly("POL"), 2014)).toBeNull();
    expect(accessionSentence(getAlly("FIN"), 2023)).toBeNull();
  });
});
