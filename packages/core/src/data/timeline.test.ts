import { describe, expect, it } from "vitest";
import { TimelineEventSchema } from "../schemas/index.js";
import { TIMELINE } from "./timeline.js";

const byId = (id: string) => {
  const event = TIMELINE.find((e) => e.id === id);
  if (!event) throw new Error(`no timeline event ${id}`);
  return event;
};

describe("the timeline", () => {
  it("validates against its schema, with unique ids and at least one named source per fact", () => {
    for (const event of TIMELINE) expect(TimelineEventSchema.parse(event)).toEqual(event);
    expect(new Set(TIMELINE.map((e) => e.id)).size).toBe(TIMELINE.length);
    for (const event of TIMELINE) expect(event.sources.length).toBeGreaterThan(0);
  });

  it("runs oldest first", () => {
    const dates = TIMELINE.map((e) => e.date);
    expect([...dates].sort()).toEqual(dates);
  });

  it("dates the milestones as agreed (rules-and-facts: 2006 guideline, Wales 5 Sep 2014, Vilnius 11 Jul 2023)", () => {
    expect(byId("two-percent-guideline").date).toBe("2006");
    expect(byId("wales-summit").date).toBe("2014-09-05");
    expect(byId("vilnius-summit").date).toBe("2023-07-11");
    expect(byId("finland-joins").date).toBe("2023-04-04");
    expect(byId("sweden-joins").date).toBe("2024-03-07");
  });

  it("gives The Hague as 24-25 June 2025 with 5% = 3.5% + 1.5%, a review in 2029 and the 2035 deadline", () => {
    const hague = byId("hague-summit");
    expect([hague.date, hague.endDate]).toEqual(["2025-06-24", "2025-06-25"]);
    expect(hague.text).toContain("5% of GDP annually by 2035");
    expect(hague.text).toContain("at least 3.5%");
    expect(hague.text).toContain("up to 1.5%");
    expect(byId("hague-review")).toMatchObject({ date: "2029", milestone: true });
    expect(byId("hague-deadline")).toMatchObject({ date: "2035", milestone: true });
  });

  it("states the Contact Group's facts as sourced: April 2022, about 50 nations, over $126 billion, the UK chair in February 2025", () => {
    expect(byId("udcg-founded").date).toBe("2022-04-26");
    expect(byId("udcg-founded").text).toContain("some 50 nations");
    const total = byId("udcg-126-billion");
    expect(total.text).toContain("about 50 nations");
    expect(total.text).toContain("more than $126 billion");
    // The copy found is dated 9 January 2025: the caveat says so rather than re-dating the figure.
    expect(total.date).toBe("2025-01-09");
    expect(total.caveat).toMatch(/9 January 2025/);
    expect(byId("udcg-uk-chair")).toMatchObject({ date: "2025-02-12" });
    expect(byId("udcg-uk-chair").text).toContain("first not chaired by the United States");
  });

  it("links NATO's own pages only where the compiled sources give their address, and no internal notes", () => {
    const links = (id: string) => byId(id).sources.map((s) => s.url ?? "");
    // Vilnius: NATO Press Release (2023) 001 (rules-and-facts.md); The Hague: NATO's topic page on the 5%
    // commitment (SOURCES.md). No address of NATO's is written in the sources for the Wales and Hague
    // declarations' own texts, so they are named without a link.
    expect(links("vilnius-summit")).toContain("https://www.nato.int/cps/en/natohq/official_texts_217320.htm");
    expect(links("hague-summit")).toContain(
      "https://www.nato.int/en/what-we-do/introduction-to-nato/defence-expenditures-and-natos-5-commitment",
    );
    const allowed = new Set([
      "https://www.nato.int/cps/en/natohq/official_texts_217320.htm",
      "https://www.nato.int/en/what-we-do/introduction-to-nato/defence-expenditures-and-natos-5-commitment",
    ]);
    for (const event of TIMELINE) {
      for (const source of event.sources) if (source.url) expect(allowed).toContain(source.url);
      expect(event.caveat ?? "").not.toMatch(/not verified|sources compiled/i);
    }
  });

  it("names Article 5", () => {
    expect(byId("washington-treaty").text).toContain("Article 5");
  });
});
