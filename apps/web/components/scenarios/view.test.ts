import { describe, expect, it } from "vitest";
import { parseScenarioSearch } from "./params";
import {
  allyRows,
  baseYearLabel,
  computeScenario,
  inputsOf,
  PRESETS,
  readInputs,
  readScenarioForm,
  scenarioCsvHref,
  scenarioEmbedHref,
  scenarioHeadline,
  scenarioHref,
  scenarioInputsText,
  yearRows,
} from "./view";

// Figures below are @nato/core's allianceScenario on NATO's 2026 edition (base year 2026e); shares of
// GDP in 2026e are NATO's, Table 3 of the 2026 edition.
const hague = computeScenario({ target: 3.5, deadline: 2035, growth: null });

describe("the scenario's link", () => {
  it("writes the state into the URL and reads it back unchanged", () => {
    const state = { target: 3.7, deadline: 2032, growth: 1.2 };
    expect(scenarioHref(state)).toBe("/scenarios?target=3.7&deadline=2032&growth=1.2");
    const query = Object.fromEntries(new URLSearchParams(scenarioHref(state).split("?")[1]));
    expect(parseScenarioSearch(query).values).toEqual({
      ...state,
      baseline: "base-year",
      prices: "constant-2021",
    });
    const framed = { target: 3.5, deadline: 2035, growth: null, baseline: 2024, prices: "current" } as const;
    expect(scenarioHref(framed)).toBe(
      "/scenarios?target=3.5&deadline=2035&growth=auto&baseline=2024&prices=current",
    );
    const back = Object.fromEntries(new URLSearchParams(scenarioHref(framed).split("?")[1]));
    expect(parseScenarioSearch(back).values).toEqual(framed);
    expect(scenarioHref({ target: 3.5, deadline: 2035, growth: null })).toBe(
      "/scenarios?target=3.5&deadline=2035&growth=auto",
    );
    expect(scenarioCsvHref(state)).toBe("/scenarios/data.csv?target=3.7&deadline=2032&growth=1.2");
    // The chart to frame carries the same parameters, read back by the same parser.
    expect(scenarioEmbedHref(framed)).toBe(
      "/embed/scenarios?target=3.5&deadline=2035&growth=auto&baseline=2024&prices=current",
    );
  });
});

describe("reading what a person types", () => {
  it("accepts a target, a deadline and a growth choice", () => {
    expect(readInputs({ target: "4", deadline: "2030", growthMode: "auto", rate: "9" })).toEqual({
      state: { target: 4, deadline: 2030, growth: null },
    });
    expect(readInputs({ target: "4", deadline: "2030", growthMode: "rate", rate: "1.5" }).state?.growth).toBe(
      1.5,
    );
  });

  it("answers one message per field that says what was expected, and no state", () => {
    const read = readInputs({ target: "abc", deadline: "2026", growthMode: "rate", rate: "30" });
    expect(read.state).toBeUndefined();
    expect(read.errors?.target).toBe('Invalid target "abc": expected a number from 0 to 100.');
    expect(read.errors?.deadline).toBe(
      "Deadline 2026 is not after the baseline year 2026: expected a year from 2027 to 2100.",
    );
    expect(read.errors?.rate).toMatch(/expected a yearly rate in percent from -20 to 20/);
  });

  it("fills the form from a state", () => {
    expect(inputsOf({ target: 3.5, deadline: 2035, growth: null }, 2.5)).toEqual({
      target: "3.5",
      deadline: "2035",
      growthMode: "auto",
      rate: "2.5",
      baseline: "base-year",
      prices: "constant-2021",
    });
  });
});

describe("the form as it submits itself", () => {
  it("keeps every field as typed and names each wrong one with core's words, with no state", () => {
    const { inputs, read } = readScenarioForm({
      form: "1",
      target: "150",
      deadline: "2035",
      growth: "rate",
      rate: "",
      baseline: "base-year",
      prices: "constant-2021",
    });
    expect(inputs).toEqual({
      target: "150",
      deadline: "2035",
      growthMode: "rate",
      rate: "",
      baseline: "base-year",
      prices: "constant-2021",
    });
    expect(read.state).toBeUndefined();
    expect(read.errors?.target).toBe('Invalid target "150": expected a number from 0 to 100.');
    expect(read.errors?.rate).toMatch(/expected a yearly rate in percent from -20 to 20/);
    expect(read.errors?.deadline).toBeUndefined();
  });

  it("reads the form's growth=rate&rate=… and a link's growth=1.5 alike, and growth=auto as each Ally's own", () => {
    const form = readScenarioForm({ target: "5", deadline: "2030", growth: "rate", rate: "1.5" });
    const link = readScenarioForm({ target: "5", deadline: "2030", growth: "1.5" });
    expect(form.read.state).toEqual({ target: 5, deadline: 2030, growth: 1.5 });
    expect(link.read.state).toEqual(form.read.state);
    const auto = readScenarioForm({ target: "3.5", deadline: "2035", growth: "auto", rate: "9" });
    expect(auto.read.state).toEqual({ target: 3.5, deadline: 2035, growth: null });
    // The rate typed while "each Ally's own" is chosen stays in its field.
    expect(auto.inputs.rate).toBe("9");
  });

  it("quotes a field longer than 400 characters cut to 80, and keeps it whole in the field", () => {
    const long = `${"9".repeat(3_000)}x`;
    const { inputs, read } = readScenarioForm({ form: "1", target: long, deadline: "2035" });
    expect(inputs.target).toBe(long);
    expect(read.errors?.target).toBe(`Invalid target "${"9".repeat(80)}…": expected a number from 0 to 100.`);
  });

  it("treats a missing field as empty, and so as wrong, not as the default", () => {
    const { read } = readScenarioForm({ form: "1", deadline: "2035" });
    expect(read.errors?.target).toBe('Invalid target "": expected a number from 0 to 100.');
  });
});

describe("the baseline and the price basis", () => {
  it("measures against the 2% floor or a past year, at constant or current prices, in core's words", () => {
    const floor = computeScenario({ target: 3.5, deadline: 2035, growth: null, baseline: "two-percent" });
    expect(floor.baselineLabel).toBe("the 2% floor");
    // Over the 2% floor rather than today's higher shares, the same target costs more.
    expect(floor.totalExtraUsdM).toBeGreaterThan(hague.totalExtraUsdM ?? Number.POSITIVE_INFINITY);
    const current = computeScenario({ target: 3.5, deadline: 2035, growth: null, prices: "current" });
    expect(current.priceLabel).toBe("US dollars at 2026e prices and exchange rates");
    expect(
      scenarioInputsText({ target: 3.5, deadline: 2035, growth: null, baseline: 2024, prices: "current" }),
    ).toBe(
      "Figures for a target of 3.5% of GDP by 2035, with each Ally's GDP growing at its own recent rate, measured against 2024 shares of GDP, in US dollars at 2026e prices and exchange rates.",
    );
  });

  it("reads the choices from the form and refuses a baseline the edition does not have", () => {
    const read = readInputs({
      target: "3.5",
      deadline: "2035",
      growthMode: "auto",
      rate: "",
      baseline: "2019",
      prices: "current",
    });
    expect(read.state).toEqual({
      target: 3.5,
      deadline: 2035,
      growth: null,
      baseline: 2019,
      prices: "current",
    });
    const wrong = readInputs({
      target: "3.5",
      deadline: "2035",
      growthMode: "auto",
      rate: "",
      baseline: "1999",
    });
    expect(wrong.state).toBeUndefined();
    expect(wrong.errors?.baseline).toMatch(/Invalid baseline "1999": expected .* a year from 2014 to 2025/);
  });
});

describe("each Ally's verdict against the target", () => {
  it("is core's verdict: Poland meets 3.5% (4.68% in 2026e), Germany is below (2.69%), Iceland not applicable", () => {
    const rows = allyRows(hague);
    const verdict = (code: string) => rows.find((r) => r.code === code)?.verdictText;
    expect(verdict("POL")).toBe("meets");
    expect(verdict("DEU")).toBe("below");
    expect(verdict("ISL")).toBe("not applicable");
    // 5 of 31 Allies with armed forces were at 3.5% in 2026e (NATO's 2026 edition): the verdicts agree.
    expect(rows.filter((r) => r.verdict === "met")).toHaveLength(5);
    expect(rows.filter((r) => r.verdict === "below")).toHaveLength(26);
  });
});

describe("what the calculator shows", () => {
  it("starts from 2026e, an estimate", () => {
    expect(baseYearLabel()).toBe("2026e");
  });

  it("totals 3.5% by 2035 in constant 2021 dollars: $1.93 tn, $519 bn by the United States, $1.42 tn by Europe and Canada", () => {
    const headline = scenarioHeadline(hague);
    expect(headline.question).toBe("What if every Ally reached 3.5% of GDP by 2035?");
    expect(headline.period).toBe("2027-2035");
    expect(headline.total).toBe("$1.93 tn");
    expect(headline.unitedStates).toBe("$519 bn");
    expect(headline.frame).toBe("Measured against 2026e shares of GDP, in constant 2021 US dollars.");
    expect(headline.europeAndCanada).toBe("$1.42 tn");
    expect(headline.counts).toMatch(/^26 of 31 Allies with armed forces are below 3\.5% in 2026e/);
  });

  it("lets the five Allies at or above 3.5% in 2026e hold their shares (EST 5.10, GRC 3.65, LVA 4.92, LTU 5.33, POL 4.68)", () => {
    const rows = allyRows(hague);
    expect(rows.filter((r) => r.status === "already-met").map((r) => [r.code, r.baseShare])).toEqual([
      ["EST", "5.10%\u00a0e"],
      ["GRC", "3.65%\u00a0e"],
      ["LVA", "4.92%\u00a0e"],
      ["LTU", "5.33%\u00a0e"],
      ["POL", "4.68%\u00a0e"],
    ]);
    const poland = rows.find((r) => r.code === "POL");
    expect(poland?.totalExtra).toBe("$0 m");
    expect(poland?.deadlineShare).toBe("4.68%");
  });

  it("raises Germany from 2.69% in 2026e to 3.50% in 2035", () => {
    const germany = allyRows(hague).find((r) => r.code === "DEU");
    expect(germany).toMatchObject({
      name: "Germany",
      baseShare: "2.69%\u00a0e",
      deadlineShare: "3.50%",
      status: "projected",
    });
  });

  it("shows Iceland as not applicable, never as 0", () => {
    expect(allyRows(hague).find((r) => r.code === "ISL")).toMatchObject({
      baseShare: "not applicable",
      totalExtra: "–",
      status: "not-applicable",
    });
  });

  it("lists one row per year from 2027 to the deadline, adding up to the total", () => {
    expect(yearRows(hague).map((r) => r.year)).toEqual([
      2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035,
    ]);
    const sum = hague.years.reduce((acc, y) => acc + y.extraUsdM, 0);
    expect(sum).toBeCloseTo(hague.totalExtraUsdM ?? Number.NaN, 3);
  });

  it("costs more for a higher target and a nearer deadline costs less in total", () => {
    const five = computeScenario({ target: 5, deadline: 2035, growth: null });
    const sooner = computeScenario({ target: 3.5, deadline: 2030, growth: null });
    expect(five.totalExtraUsdM).toBeGreaterThan(hague.totalExtraUsdM ?? Number.POSITIVE_INFINITY);
    expect(sooner.totalExtraUsdM).toBeLessThan(hague.totalExtraUsdM ?? Number.NEGATIVE_INFINITY);
  });

  it("says which growth it assumed", () => {
    expect(scenarioHeadline(hague).growth).toMatch(/each Ally.s own median real growth/);
    expect(scenarioHeadline(computeScenario({ target: 3.5, deadline: 2035, growth: 1.5 })).growth).toBe(
      "GDP grows at 1.5% a year in real terms for every Ally.",
    );
  });

  it("offers the debate's yardsticks as presets", () => {
    expect(PRESETS.map((p) => p.pct)).toEqual([2, 3, 3.5, 3.7, 5]);
  });
});

describe("scenarioInputsText", () => {
  it("names the target, the deadline and the growth the figures are for", () => {
    expect(scenarioInputsText({ target: 3.5, deadline: 2035, growth: null })).toBe(
      "Figures for a target of 3.5% of GDP by 2035, with each Ally's GDP growing at its own recent rate.",
    );
    expect(scenarioInputsText({ target: 2, deadline: 2030, growth: 1.5 })).toBe(
      "Figures for a target of 2% of GDP by 2030, with GDP growing 1.5% a year for every Ally.",
    );
  });
});
