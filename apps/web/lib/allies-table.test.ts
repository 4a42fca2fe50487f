import { dataset2026 } from "@nato/core";
import { describe, expect, it } from "vitest";
import { allyRows, filterRows, sortRows } from "./allies-table";

const rows = allyRows(dataset2026(), 2026);

describe("allyRows", () => {
  it("has one row per member, with NATO's 2026 figures (NATO 2026 edition, Table 3)", () => {
    expect(rows).toHaveLength(32);
    expect(rows.find((r) => r.code === "POL")).toMatchObject({ shareOfGdpPct: 4.68, estimate: true });
  });

  it("counts only members of the year (Finland joined in 2023, Sweden in 2024)", () => {
    const codes = allyRows(dataset2026(), 2022).map((r) => r.code);
    expect(codes).toHaveLength(30);
    expect(codes).not.toContain("FIN");
    expect(codes).not.toContain("SWE");
  });
});

describe("sortRows", () => {
  it("sorts by share of GDP, highest first, Iceland last", () => {
    const sorted = sortRows(rows, "share", "desc");
    // Lithuania has the highest share of GDP in 2026e: 5.33%.
    expect(sorted[0]?.code).toBe("LTU");
    expect(sorted[sorted.length - 1]?.code).toBe("ISL");
    const ascending = sortRows(rows, "share", "asc");
    expect(ascending[0]?.code).toBe("SVN");
    expect(ascending[ascending.length - 1]?.code).toBe("ISL");
  });

  it("sorts names alphabetically", () => {
    expect(sortRows(rows, "name", "asc")[0]?.name).toBe("Albania");
    expect(sortRows(rows, "name", "desc")[0]?.name).toBe("United States");
  });
});

describe("filterRows", () => {
  it("keeps the Allies a verdict names", () => {
    // 2026e: five Allies at 3.5% or more (core's complianceByYear): EST, GRC, LVA, LTU, POL.
    expect(filterRows(rows, "meets-3.5").map((r) => r.code)).toEqual(["EST", "GRC", "LVA", "LTU", "POL"]);
    expect(filterRows(rows, "below-2").map((r) => r.code)).toEqual(["SVN"]);
    expect(filterRows(rows, "all")).toHaveLength(32);
  });
});
