import { describe, expect, it } from "vitest";
import { marginCell, metricText, statusCell } from "./cells.js";

describe("metricText", () => {
  it("prints each unit with core's formatters", () => {
    // NATO 2026 edition: Poland 2025e share of GDP 4.25 (Table 3), spend $44,154 m (Table 2),
    // real GDP $778.397 bn (Table 5), per capita $885 (Table 6), personnel 238.2 thousand (Table 7).
    expect(metricText("shareOfGdpPct", 4.25, true)).toBe("4.25%\u00a0e");
    expect(metricText("expenditureUsdCurrentM", 44154)).toBe("$44.2 bn");
    expect(metricText("realGdpUsdConstant2021Bn", 778.397)).toBe("$778 bn");
    expect(metricText("expenditurePerCapitaUsd2021", 885)).toBe("$885");
    expect(metricText("expenditureUsdCurrentM", 44154, true)).toBe("$44.2 bn");
    expect(metricText("militaryPersonnelThousands", 238.2)).toBe("238.2k");
    expect(metricText("equipmentSharePct", null)).toBe("no data");
  });
});

describe("statusCell and marginCell", () => {
  it("use the product's words and tones", () => {
    expect(statusCell("met")).toEqual({ text: "meets", tone: "meets" });
    expect(statusCell("not-applicable")).toEqual({ text: "not applicable", tone: "muted" });
    expect(marginCell(-0.81, "below")).toEqual({ text: "−0.81 pp", tone: "below" });
  });

  it("gives a money margin in money, not in points", () => {
    expect(marginCell(-1500, "below", "expenditureUsdCurrentM")).toEqual({
      text: "−$1.50 bn",
      tone: "below",
    });
  });
});
