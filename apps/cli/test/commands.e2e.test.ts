// Every command of the built binary in every format it offers, on the embedded data. Expected figures are
// written out with the table of NATO's "Defence Expenditure of NATO Countries" they come from.
import { describe, expect, it } from "vitest";
import {
  csvRecords,
  nato,
  natoJson,
  parseCsv,
  SOURCE_2025,
  SOURCE_2026,
  SOURCES_EARLIER,
  width,
} from "./nato.js";

/** A table answer: fits 80 columns, has no colour in a pipe, and ends with the credit line(s). */
function expectTable(args: readonly string[], sources: readonly string[] = [SOURCE_2026]): string {
  const run = nato(args);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  const lines = run.stdout.trimEnd().split("\n");
  for (const line of lines) expect(width(line), `too wide: ${line}`).toBeLessThanOrEqual(80);
  expect(run.stdout).not.toContain("\u001b[");
  const lastBlock = run.stdout.trimEnd().split("\n\n").at(-1) ?? "";
  expect(lastBlock.replace(/\s+/g, " ")).toBe(sources.join(" "));
  return run.stdout;
}

function expectCsv(args: readonly string[]): Record<string, string>[] {
  const run = nato([...args, "--format", "csv"]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  // Pure CSV: a header, rows, nothing after the last row.
  expect(run.stdout.endsWith("\n")).toBe(true);
  expect(run.stdout).not.toContain("Source:");
  const rows = parseCsv(run.stdout);
  const columns = rows[0]?.length ?? 0;
  for (const row of rows) expect(row).toHaveLength(columns);
  return csvRecords(run.stdout);
}

// biome-ignore lint/suspicious/noExplicitAny: parsed JSON output, checked field by field by the assertions.
type Json = Record<string, any>;

describe("nato allies", () => {
  it("prints every member with share, spend, equipment and both verdicts", () => {
    const out = expectTable(["allies"]);
    // NATO 2026 edition, Table 3: Germany 2026e 2.69%, Poland 2026e 4.68%.
    expect(out).toMatch(/Germany\s+2\.69%\u00a0e\s+\$147 bn\s+32\.11%\u00a0e\s+meets\s+below/);
    expect(out).toMatch(/Poland\s+4\.68%\u00a0e\s+\$53\.1 bn\s+55\.91%\u00a0e\s+meets\s+meets/);
    expect(out).toMatch(/Iceland\s+no data\s+no data\s+no data\s+not applicable\s+not applicable/);
    expect(out).toContain("NATO Total: 2.86%\u00a0e of GDP, $1.81 tn.");
  });

  it("sorts by a figure, largest first or with --asc smallest first", () => {
    const desc = natoJson<Json>(["allies", "--sort", "share"]);
    // NATO 2026 edition, Table 3: Lithuania 5.33% is the highest share in 2026e.
    expect(desc.allies[0].code).toBe("LTU");
    expect(desc.allies[0].rank).toBe(1);
    expect(desc.allies.at(-1).code).toBe("ISL");
    const asc = natoJson<Json>(["allies", "--sort", "share", "--asc"]);
    // Slovenia 1.61% is the lowest in 2026e.
    expect(asc.allies[0].code).toBe("SVN");
    const table = expectTable(["allies", "--sort", "per-capita"]);
    // Norway spends the most per person in 2026e: $3,168 (NATO 2026 edition, Table 6).
    expect(table).toMatch(/Per capita[\s\S]*\nNorway .*\$3,168/);
  });

  it("gives JSON with the figures and verdicts of each Ally", () => {
    const json = natoJson<Json>(["allies", "--year", "2026"]);
    expect(json.year).toBe(2026);
    expect(json.edition).toBe("2026-07");
    expect(json.allies).toHaveLength(32);
    const deu = json.allies.find((a: Json) => a.code === "DEU");
    // NATO 2026 edition, Tables 3, 2 and 8a: Germany 2026e 2.69%, $147,002 m, equipment 32.11%.
    expect(deu).toMatchObject({
      shareOfGdpPct: 2.69,
      expenditureUsdCurrentM: 147002,
      equipmentSharePct: 32.11,
    });
    expect(deu.estimate).toBe(true);
    expect(deu.rules["two-percent"]).toMatchObject({ status: "met", threshold: 2 });
    expect(deu.rules["two-percent"].marginPp).toBeCloseTo(0.69, 9);
    expect(deu.rules["hague-core"].status).toBe("below");
    expect(json.source).toBe(SOURCE_2026);
  });

  it("counts only the members of the year (28 in 2014) and reads the 2025 edition", () => {
    expect(natoJson<Json>(["allies", "--year", "2014"]).allies).toHaveLength(28);
    const old = natoJson<Json>(["allies", "--year", "2025", "--edition", "2025"]);
    // NATO 2025 edition, Table 3: Poland 2025e 4.48%.
    expect(old.allies.find((a: Json) => a.code === "POL").shareOfGdpPct).toBe(4.48);
    expect(old.source).toBe(SOURCE_2025);
  });

  it("gives CSV with one row per member", () => {
    const rows = expectCsv(["allies", "--year", "2014"]);
    expect(rows).toHaveLength(28);
    const grc = rows.find((r) => r.iso3 === "GRC");
    // NATO 2026 edition, Table 3: Greece 2014 2.24%.
    expect(grc).toMatchObject({
      share_gdp_pct: "2.24",
      two_percent_status: "met",
      year: "2014",
      edition: "2026-07",
    });
  });
});

describe("nato ally", () => {
  it("reports Poland 2025 as 4.25, an estimate of the 2026 edition (JSON)", () => {
    const json = natoJson<Json>(["ally", "POL", "--year", "2025"]);
    expect(json.code).toBe("POL");
    expect(json.name).toBe("Poland");
    expect(json.observations).toHaveLength(1);
    // NATO 2026 edition: Table 3 (4.25%), Table 8a (50.71%), Table 2 ($44,154 m current, $33,084 m 2021 prices).
    expect(json.observations[0]).toMatchObject({
      year: 2025,
      edition: "2026-07",
      estimate: true,
      shareOfGdpPct: 4.25,
      equipmentSharePct: 50.71,
      expenditureUsdCurrentM: 44154,
      expenditureUsdConstant2021M: 33084,
    });
    expect(json.observations[0].rules["hague-core"].status).toBe("met");
    expect(json.source).toBe(SOURCE_2026);
  });

  it("gives the 2025 edition's 4.48 with --edition 2025", () => {
    const json = natoJson<Json>(["ally", "POL", "--year", "2025", "--edition", "2025"]);
    // NATO 2025 edition, Table 3: Poland 2025e 4.48%.
    expect(json.observations[0]).toMatchObject({
      year: 2025,
      edition: "2025-08",
      estimate: true,
      shareOfGdpPct: 4.48,
    });
  });

  it("accepts codes and names in any case", () => {
    for (const query of ["pl", "POL", "Poland", "poland"]) {
      expect(natoJson<Json>(["ally", query, "--year", "2025"]).code).toBe("POL");
    }
    expect(natoJson<Json>(["ally", "turkey", "--year", "2025"]).name).toBe("Türkiye");
  });

  it("shows every year with estimates marked, every rule and the gap", () => {
    const out = expectTable(["ally", "DEU"]);
    expect(out).toMatch(/2014\s+1\.16%/);
    // NATO 2026 edition, Table 3: Germany 2026e 2.69%; 0.81 points short of 3.5%.
    expect(out).toMatch(/2026e\s+2\.69%\u00a0e/);
    expect(out).toMatch(/hague-core\s+below\s+2\.69%\u00a0e\s+3\.5%\s+−0\.81 pp\s+\$44\.2 bn/);
    expect(out).toMatch(/two-percent\s+meets/);
    const flat = out.replace(/\s+/g, " ");
    expect(flat).toContain(
      "hague-core: above the line. Germany is 0.34 pp above this project's straight line",
    );
    expect(flat).toContain("this project's yardstick, not NATO's verdict");
  });

  it("says Iceland has no armed forces rather than printing zeros", () => {
    const out = expectTable(["ally", "Iceland", "--year", "2026"]);
    expect(out).toContain("Iceland has no armed forces");
    expect(out).not.toMatch(/(^|\s)0\.00%/m);
    const json = natoJson<Json>(["ally", "ISL", "--year", "2026"]);
    expect(json.observations[0].shareOfGdpPct).toBeNull();
    expect(json.observations[0].rules["two-percent"].status).toBe("not-applicable");
  });

  it('gives Iceland\'s reason once, not a table of "no data" for every year', () => {
    for (const args of [
      ["ally", "ISL"],
      ["ally", "ISL", "--year", "2020"],
    ]) {
      const out = expectTable(args);
      expect(out, args.join(" ")).toContain("Iceland has no armed forces; NATO publishes no defence");
      expect(out, args.join(" ")).not.toMatch(/^20\d\de?\s+no data/m);
      expect(out, args.join(" ")).not.toMatch(/^Share of GDP\s+no data/m);
      // The rules still say why none applies.
      expect(out).toMatch(/two-percent\s+not applicable/);
    }
  });

  it("judges the 5% total only with --related", () => {
    const without = natoJson<Json>(["ally", "POL", "--year", "2026"]);
    expect(without.observations[0].rules["hague-total"].status).toBe("no-data");
    const withRelated = natoJson<Json>(["ally", "POL", "--year", "2026", "--related", "0.5"]);
    // 4.68% core (NATO 2026 edition, Table 3) + 0.5% supplied = 5.18% >= 5%.
    expect(withRelated.observations[0].rules["hague-total"].status).toBe("met");
    expect(withRelated.observations[0].rules["hague-total"].value).toBeCloseTo(5.18, 9);
  });

  it("gives CSV with every year and the verdicts", () => {
    const rows = expectCsv(["ally", "LTU"]);
    expect(rows).toHaveLength(13);
    // NATO 2026 edition, Table 3: Lithuania 2014 0.88%, 2026e 5.33%.
    expect(rows[0]).toMatchObject({ iso3: "LTU", year: "2014", share_gdp_pct: "0.88", estimate: "false" });
    expect(rows[12]).toMatchObject({
      year: "2026",
      share_gdp_pct: "5.33",
      estimate: "true",
      hague_core_status: "met",
    });
  });
});

describe("nato check", () => {
  it("finds exactly Greece, the United Kingdom and the United States at 2% in 2014 (JSON)", () => {
    const json = natoJson<Json>(["check", "two-percent", "--year", "2014"]);
    expect(json).toMatchObject({
      rule: "two-percent",
      year: 2014,
      edition: "2026-07",
      threshold: 2,
      members: 28,
    });
    // NATO 2026 edition, Table 3: 2014, Greece 2.24%, United Kingdom 2.13%, United States 3.71%.
    const met = json.results.filter((r: Json) => r.status === "met").map((r: Json) => r.code);
    expect(met.sort()).toEqual(["GBR", "GRC", "USA"]);
    expect(json.results).toHaveLength(28);
    expect(json.results.find((r: Json) => r.code === "FIN")).toBeUndefined();
    const usa = json.results.find((r: Json) => r.code === "USA");
    expect(usa).toMatchObject({ value: 3.71, threshold: 2 });
    expect(usa.marginPp).toBeCloseTo(1.71, 9);
    expect(json.results.find((r: Json) => r.code === "ISL").status).toBe("not-applicable");
    for (const r of json.results) expect(["met", "below", "not-applicable", "no-data"]).toContain(r.status);
  });

  it("says Finland was not a member in 2014 rather than judging it below", () => {
    const json = natoJson<Json>(["ally", "FIN", "--year", "2014"]);
    expect(json.observations[0].rules["two-percent"].status).toBe("not-member");
    expect(json.observations[0].rules["hague-core"].status).toBe("not-member");
    const out = expectTable(["ally", "FIN", "--year", "2014"]).replace(/\s+/g, " ");
    expect(out).toContain("Finland joined NATO in 2023; it was not a member in 2014");
  });

  it("prints the verdicts and the path to 2035 for the Hague rule", () => {
    const out = expectTable(["check", "hague-core"]);
    expect(out.replace(/\s+/g, " ")).toContain("met by 5 of 31 Allies with armed forces");
    expect(out).toMatch(/Germany\s+2\.69%\u00a0e\s+below\s+−0\.81 pp\s+\$44\.2 bn\s+above the line/);
    expect(out).toMatch(/Poland\s+4\.68%\u00a0e\s+meets\s+\+1\.18 pp\s+already at target/);
  });

  it("counts 30 of 31 Allies with armed forces at 2% in 2026e, all but Slovenia, and notes the 2025 restatement", () => {
    const json = natoJson<Json>(["check", "two-percent"]);
    expect(json.count).toBe("30 of 31 Allies with armed forces (all but Slovenia)");
    expect(json.judged).toBe(31);
    const y2025 = natoJson<Json>(["check", "two-percent", "--year", "2025"]);
    expect(y2025.count).toBe("28 of 31 Allies with armed forces (all but Albania, Czechia and Slovenia)");
    expect(y2025.notes.join(" ")).toContain("In August 2025 NATO's 2025 edition put every Ally");
  });

  it("judges a threshold of one's own on any metric", () => {
    const json = natoJson<Json>(["check", "--threshold", "3", "--year", "2025"]);
    expect(json.rule).toBe("custom-share-3");
    // NATO 2026 edition, Table 3: Poland 2025e 4.25% >= 3; Germany 2025e 2.22% < 3.
    expect(json.results.find((r: Json) => r.code === "POL").status).toBe("met");
    expect(json.results.find((r: Json) => r.code === "DEU").status).toBe("below");
    const equipment = natoJson<Json>([
      "check",
      "--threshold",
      "50",
      "--metric",
      "equipment",
      "--year",
      "2026",
    ]);
    expect(equipment.metric).toBe("equipmentSharePct");
    // NATO 2026 edition, Table 8a: Poland 55.91%, Albania 52.62%, Luxembourg 51.77% are the only ones at 50%+.
    const met = equipment.results.filter((r: Json) => r.status === "met").map((r: Json) => r.code);
    expect(met).toEqual(["ALB", "LUX", "POL"]);
  });

  it("gives CSV with one row per member", () => {
    const rows = expectCsv(["check", "equipment-20", "--year", "2014"]);
    expect(rows).toHaveLength(28);
    expect(rows.every((r) => r.rule === "equipment-20")).toBe(true);
  });
});

describe("nato gap", () => {
  it("gives each Ally's gap to 3.5% in points and dollars, and the total", () => {
    const json = natoJson<Json>(["gap", "3.5"]);
    expect(json).toMatchObject({ targetPct: 3.5, year: 2026, edition: "2026-07", members: 32 });
    const deu = json.allies.find((a: Json) => a.code === "DEU");
    // NATO 2026 edition: Germany 2026e 2.69% (Table 3) and real GDP $4,422,594 m at 2021 prices (Table 5).
    expect(deu.gapPp).toBeCloseTo(0.81, 9);
    expect(deu.gapUsdConstant2021M).toBeCloseTo(0.0081 * 4422594, 3);
    const sum = json.allies.reduce(
      (acc: number, a: Json) => acc + (a.status === "below" ? a.gapUsdCurrentM : 0),
      0,
    );
    expect(json.totalGapUsdCurrentM).toBeCloseTo(sum, 3);
    expect(json.met + json.below + json.withoutFigure).toBe(32);
  });

  it("prints a table with the total", () => {
    // 2014, July 2026 edition (Table 3): 28 members, Iceland without armed forces, 3 of the other 27 at 2%
    // or more.
    const out = expectTable(["gap", "2", "--year", "2014"]);
    expect(out).toContain("Gap to 2% of GDP in 2014: 24 of 27 Allies with armed forces below, 3 at or above");
    expect(out).toMatch(/Total gap of the 24 Allies below: \$/);
    expect(out).toContain("Iceland has no armed forces: no spending rule applies to it");
    const json = natoJson<Json>(["gap", "2", "--year", "2014"]);
    expect(json).toMatchObject({ members: 28, judged: 27, met: 3, below: 24, notApplicable: 1, noData: 0 });
  });

  it("gives no total, not zero, where the edition has no money figures", () => {
    const json = natoJson<Json>(["gap", "3.5", "--edition", "2025", "--year", "2024"]);
    expect(json.below).toBeGreaterThan(0);
    expect(json.totalGapUsdCurrentM).toBeNull();
    const out = expectTable(["gap", "3.5", "--edition", "2025", "--year", "2024"], [SOURCE_2025]);
    expect(out).toContain("below: no data;");
    expect(out).not.toContain("$0 m");
  });

  it("gives CSV", () => {
    const rows = expectCsv(["gap", "3.5%"]);
    expect(rows).toHaveLength(32);
    expect(rows.find((r) => r.iso3 === "POL")).toMatchObject({ status: "met", gap_usd_current_m: "0" });
  });
});

describe("nato project", () => {
  it("draws Germany's path to 3.5% by 2035 from its recent growth, and says so", () => {
    const json = natoJson<Json>(["project", "DEU"]);
    expect(json).toMatchObject({
      code: "DEU",
      status: "projected",
      baseYear: 2026,
      targetPct: 3.5,
      deadline: 2035,
    });
    expect(json.baseShareOfGdpPct).toBe(2.69);
    expect(json.gdpGrowth.source).toBe("recent-median");
    expect(json.path).toHaveLength(10);
    expect(json.path.at(-1).shareOfGdpPct).toBe(3.5);
    const out = expectTable(["project", "DEU"]);
    expect(out).toContain("GDP growth: Germany's median real GDP growth 2016-2026");
  });

  it("with zero growth, spends 3.5% of today's GDP in 2035", () => {
    const json = natoJson<Json>(["project", "Germany", "--gdp-growth", "0"]);
    // 3.5% of $4,422,594 m (NATO 2026 edition, Table 5, Germany 2026e real GDP, 2021 prices).
    expect(json.path.at(-1).expenditureUsdConstant2021M).toBeCloseTo(0.035 * 4422594, 3);
    expect(json.gdpGrowth).toMatchObject({ pct: 0, source: "given" });
  });

  it("gives CSV year by year", () => {
    const rows = expectCsv(["project", "ESP", "--target", "5", "--deadline", "2030"]);
    expect(rows.map((r) => r.year)).toEqual(["2026", "2027", "2028", "2029", "2030"]);
    expect(rows.at(-1)?.share_gdp_pct).toBe("5");
    expect(rows.every((r) => r.gdp_growth_source === "recent-median")).toBe(true);
    const given = expectCsv(["project", "ESP", "--gdp-growth", "1.5"]);
    expect(given[0]).toMatchObject({ gdp_growth_pct: "1.5", gdp_growth_source: "given" });
  });
});

describe("nato scenario", () => {
  it("sums the extra spending of every Ally, US vs Europe and Canada", () => {
    const json = natoJson<Json>(["scenario", "--gdp-growth", "0"]);
    expect(json).toMatchObject({ edition: "2026-07", targetPct: 3.5, deadline: 2035, baseYear: 2026 });
    // United States: 3.17% in 2026e, real GDP $26,792,263 m (NATO 2026 edition, Tables 3 and 5). With GDP
    // held, the straight path adds 0.33 pp x t/9 in year t: over 2027-2035, 0.33% x 5 x GDP.
    expect(json.unitedStatesExtraUsdConstant2021M).toBeCloseTo(0.0033 * 5 * 26792263, 1);
    expect(json.totalExtraUsdConstant2021M).toBeCloseTo(
      json.unitedStatesExtraUsdConstant2021M + json.europeAndCanadaExtraUsdConstant2021M,
      3,
    );
    expect(json.years).toHaveLength(9);
    expect(json.alreadyMet).toBe(5);
  });

  it("prints both tables", () => {
    const out = expectTable(["scenario"]);
    expect(out).toMatch(/Year\s+Extra, all\s+United States\s+Europe & Canada/);
    expect(out).toMatch(/Poland\s+4\.68%\u00a0e\s+already there/);
  });

  it("names its baseline and prices, and measures from the 2% floor or a past year when asked", () => {
    const json = natoJson<Json>(["scenario", "--baseline", "2", "--prices", "current"]);
    expect(json).toMatchObject({
      status: "computed",
      baselineLabel: "the 2% floor",
      priceLabel: "US dollars at 2026e prices and exchange rates",
    });
    // Money names its price basis: current prices here, so no constant-price field.
    expect(json.euMembersExtraUsdCurrentM).toBeGreaterThan(0);
    expect(json).not.toHaveProperty("euMembersExtraUsdConstant2021M");
    expect(json.years[0]).toHaveProperty("extraUsdCurrentM");
    expect(json.allies[0]).toHaveProperty("extraUsdCurrentM");
    expect(json.title).toMatch(/than at the 2% floor \(US dollars at 2026e prices and exchange rates\)/);
    const out = expectTable(["scenario", "--baseline", "2024"]);
    expect(out.replace(/\s+/g, " ")).toContain("than at 2024 shares of GDP (constant 2021 US dollars)");
    expect(out).toMatch(/EU members/);
  });

  it("refuses a baseline it does not know, saying what it expected", () => {
    const r = nato(["scenario", "--baseline", "yesterday"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Invalid baseline "yesterday": expected "today"');
  });

  it("gives CSV, one row per Ally and year", () => {
    const rows = expectCsv(["scenario", "--deadline", "2030"]);
    expect(rows.filter((r) => r.iso3 === "DEU").map((r) => r.year)).toEqual([
      "2026",
      "2027",
      "2028",
      "2029",
      "2030",
    ]);
    expect(
      rows.every((r) => r.baseline === "2026e shares of GDP" && r.price_basis === "constant 2021 US dollars"),
    ).toBe(true);
  });
});

describe("nato burden", () => {
  it("sets Sweden's accession apart from Europe and Canada's 2024 real change", () => {
    // NATO 2026 edition, Table 2 (constant 2021 US dollars): NATO Europe and Canada 402,342 m in 2023;
    // Sweden 14,174 m in 2024, its first year in the aggregate.
    const json = natoJson<Json>(["burden", "--year", "2024"]);
    expect(json.europeAndCanadaRealChange.joined).toEqual(["SWE"]);
    expect(json.europeAndCanadaRealChange.accessionPoints).toBeCloseTo((14174 / 402342) * 100, 6);
    const out = expectTable(["burden", "--year", "2024"]).replace(/\s+/g, " ");
    expect(out).toContain("real change in 2024 (+19.3%) includes Sweden, counted from 2024, when it joined");
    expect(natoJson<Json>(["burden", "--year", "2022"]).europeAndCanadaRealChange.note).toBeNull();
  });

  it("gives the US and Europe and Canada shares of NATO's total", () => {
    const json = natoJson<Json>(["burden"]);
    // NATO 2026 edition, Table 2: United States $1,032,849 m, NATO Total $1,809,915 m (2026e, current prices).
    expect(json.unitedStates.sharePct).toBeCloseTo((1032849 / 1809915) * 100, 6);
    expect(json.natoTotalUsdCurrentM).toBe(1809915);
    expect(json.europeAndCanada.expenditureUsdCurrentM).toBe(777066);
    const out = expectTable(["burden"]);
    expect(out).toMatch(/United States\s+\$1\.03 tn\s+57\.1%/);
  });

  it("gives CSV", () => {
    const rows = expectCsv(["burden", "--year", "2014", "--prices", "constant-2021"]);
    expect(rows[0]).toMatchObject({ iso3: "USA", prices: "constant-2021" });
    expect(rows[0]).toHaveProperty("expenditure_usd_constant_2021_m");
    expect(rows[1]?.iso3).toBe("NATO_EU_CA");
  });
});

describe("nato revisions", () => {
  it("shows how NATO restated Poland's 2025 share: 4.48 then 4.25, across the change of basis", () => {
    const json = natoJson<Json>(["revisions", "POL"]);
    const y2025 = json.revisions.find((r: Json) => r.year === 2025);
    // NATO 2026 edition, Table 3: 4.25%; NATO 2025 edition, Table 3: 4.48% (both 2025e).
    const byEdition = Object.fromEntries(y2025.editions.map((e: Json) => [e.edition, [e.value, e.estimate]]));
    expect(byEdition["2026-07"]).toEqual([4.25, true]);
    expect(byEdition["2025-08"]).toEqual([4.48, true]);
    expect(y2025.basisChange).toMatchObject({
      kind: "basis-change",
      from: { edition: "2025-08", value: 4.48 },
      to: { edition: "2026-07", value: 4.25 },
    });
    expect(y2025.basisChange.change).toBeCloseTo(-0.23, 9);
    expect(y2025.revision).toBeNull();
    const out = expectTable(["revisions", "POL"], [SOURCE_2026, SOURCE_2025, ...SOURCES_EARLIER]);
    expect(out).toMatch(/2025\s+4\.25%\u00a0e\s+4\.48%\u00a0e\s+−0\.23 pp/);
  });

  it("gives CSV, one row per year and edition", () => {
    const rows = expectCsv(["revisions", "POL", "--year", "2025"]);
    expect(rows.map((r) => [r.edition, r.share_gdp_pct, r.basis])).toEqual([
      ["2026-07", "4.25", "core-defence-expenditure"],
      ["2025-08", "4.48", "defence-expenditure"],
    ]);
  });
});

describe("nato export", () => {
  const header =
    "iso3,name,year,edition,estimate,share_gdp_pct,equipment_share_pct,personnel_share_pct,infrastructure_share_pct,other_share_pct,expenditure_usd_current_m,expenditure_usd_constant_2021_m,real_gdp_usd_constant_2021_bn,expenditure_per_capita_usd_2021,military_personnel_thousands,expenditure_usd_constant_2015_m,real_gdp_usd_constant_2015_bn,expenditure_per_capita_usd_2015,expenditure_nc_current_m,expenditure_nc_constant_2015_m,annual_real_change_pct,gdp_usd_current_bn,gdp_per_capita_usd_2015,note";

  it("writes the 2026 edition as CSV: 32 Allies and 2 aggregates over 13 years", () => {
    const run = nato(["export"]);
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n")[0]).toBe(header);
    const rows = csvRecords(run.stdout);
    expect(rows).toHaveLength(34 * 13);
    // NATO 2026 edition, Tables 3 and 2: Poland 2025e, 4.25%, $44,154 m.
    expect(rows.find((r) => r.iso3 === "POL" && r.year === "2025")).toMatchObject({
      name: "Poland",
      edition: "2026-07",
      estimate: "true",
      share_gdp_pct: "4.25",
      expenditure_usd_current_m: "44154",
    });
    expect(rows.find((r) => r.iso3 === "ISL" && r.year === "2026")?.share_gdp_pct).toBe("");
  });

  it("describes what it holds with --format table", () => {
    const out = expectTable(
      ["export", "--format", "table", "--edition", "all"],
      [SOURCE_2026, SOURCE_2025, ...SOURCES_EARLIER],
    );
    expect(out).toMatch(/2026-07\s+2014-2026\s+442\s+32\s+2\s+2025e, 2026e\s+10/);
    expect(out).toMatch(/expenditure_usd_constant_2021_m\s+Spend \(2021 \$\)/);
  });

  it("writes every edition with --edition all, and JSON", () => {
    const all = csvRecords(nato(["export", "--edition", "all"]).stdout);
    expect(new Set(all.map((r) => r.edition))).toEqual(
      new Set(["2026-07", "2025-08", "2024-06", "2023-03", "2019-06"]),
    );
    expect(
      all.find((r) => r.iso3 === "POL" && r.year === "2025" && r.edition === "2025-08")?.share_gdp_pct,
    ).toBe("4.48");
    const json = natoJson<Json>(["export", "--edition", "2025"]);
    expect(json.edition.id).toBe("2025-08");
    expect(json.source).toBe(SOURCE_2025);
    expect(json.observations.find((o: Json) => o.code === "POL" && o.year === 2025).shareOfGdpPct).toBe(4.48);
  });
});
