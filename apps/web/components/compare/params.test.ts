import { describe, expect, it } from "vitest";
import { compareHref, describeCompareIssues, parseCompareSearch } from "./params";

describe("reading /compare parameters", () => {
  it("defaults to Poland, Germany and France on share of GDP", () => {
    expect(parseCompareSearch({})).toEqual({
      values: { allies: ["POL", "DEU", "FRA"], metric: "shareOfGdpPct" },
      issues: [],
    });
  });

  it("reads a comma-separated list, forgiving about case and names, without repeats", () => {
    expect(parseCompareSearch({ allies: "pl,Germany,FRA,POL" }).values.allies).toEqual(["POL", "DEU", "FRA"]);
  });

  it("reads the checkboxes of the plain form", () => {
    expect(parseCompareSearch({ allies: ["LTU", "LVA", "EST"] }).values.allies).toEqual([
      "LTU",
      "LVA",
      "EST",
    ]);
  });

  it("leaves out unknown names, keeps the rest, and says what it left out", () => {
    const parsed = parseCompareSearch({ allies: "POL,XYZ,deu,Ukraine" });
    expect(parsed.values.allies).toEqual(["POL", "DEU"]);
    expect(describeCompareIssues(parsed.issues)).toBe(
      "Ignored XYZ,Ukraine: not an Ally we know (expected Ally codes or names such as POL, DEU or France).",
    );
  });

  it("does not echo control characters back", () => {
    expect(parseCompareSearch({ allies: "POL,X\u0000Y" }).issues[0]?.received).toBe("XY");
  });

  it("shows the default when nothing is usable", () => {
    const parsed = parseCompareSearch({ allies: "abc" });
    expect(parsed.values.allies).toEqual(["POL", "DEU", "FRA"]);
    expect(parsed.issues).toHaveLength(1);
  });

  it("keeps more than eight, in the order chosen, with no issue", () => {
    const parsed = parseCompareSearch({ allies: "FRA,ALB,BEL,BGR,CAN,HRV,CZE,DNK,EST,FIN" });
    expect(parsed.values.allies).toEqual([
      "FRA",
      "ALB",
      "BEL",
      "BGR",
      "CAN",
      "HRV",
      "CZE",
      "DNK",
      "EST",
      "FIN",
    ]);
    expect(parsed.issues).toEqual([]);
    expect(describeCompareIssues(parsed.issues)).toBeNull();
  });

  it("reads a metric by name or slug and ignores an unknown one", () => {
    expect(parseCompareSearch({ metric: "equipment" }).values.metric).toBe("equipmentSharePct");
    const bad = parseCompareSearch({ metric: "abc" });
    expect(bad.values.metric).toBe("shareOfGdpPct");
    expect(bad.issues.map((i) => i.name)).toEqual(["metric"]);
  });

  it("writes the canonical link", () => {
    expect(compareHref(["POL", "DEU"], "shareOfGdpPct")).toBe("/compare?allies=POL,DEU");
    expect(compareHref(["POL"], "equipmentSharePct")).toBe("/compare?allies=POL&metric=equipmentSharePct");
  });
});

describe("long /compare parameters", () => {
  it("a 16 KB list is ignored whole, before it is split, and the default selection is shown", () => {
    const value = `${"POL,".repeat(4096)}`;
    const started = performance.now();
    const { values, issues } = parseCompareSearch({ allies: value });
    expect(performance.now() - started).toBeLessThan(50);
    expect(values.allies).toEqual(["POL", "DEU", "FRA"]);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.expected).toContain("at most 400 characters");
  });
});
