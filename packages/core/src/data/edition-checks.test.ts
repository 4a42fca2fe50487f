import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { type Dataset, datasetYears, observationOf } from "../models/dataset.js";
import type { NatoEdition } from "../models/edition.js";
import { METRIC_INFO, METRICS, type Metric } from "../models/metric.js";
import { ALLIES } from "./allies.js";
import { allDatasets, getDataset } from "./datasets.js";
import { EDITION_IDS } from "./editions.js";

// The checks NATO's workbooks pass (see data-sources/README.md), run on every edition the package ships.
const sum = (values: (number | null | undefined)[]) => values.reduce<number>((a, v) => a + (v ?? 0), 0);
const constant = (ds: Dataset<NatoEdition>, kind: "spend" | "gdp"): Metric =>
  kind === "spend"
    ? (`expenditureUsdConstant${ds.edition.priceBase}M` as Metric)
    : (`realGdpUsdConstant${ds.edition.priceBase}Bn` as Metric);

describe.each(allDatasets().map((ds) => [ds.edition.id, ds] as const))("edition %s", (_id, ds) => {
  it("has the four category shares summing to 100 ± 0.05 wherever all four are published", () => {
    for (const o of ds.observations) {
      const parts = [o.equipmentSharePct, o.personnelSharePct, o.infrastructureSharePct, o.otherSharePct];
      if (parts.some((p) => p === null)) continue;
      expect(Math.abs(sum(parts) - 100), `${o.code} ${o.year}`).toBeLessThanOrEqual(0.05);
    }
  });

  it("has share of GDP equal to constant-price spend over constant-price GDP within 0.015 points", () => {
    const spend = constant(ds, "spend");
    const gdp = constant(ds, "gdp");
    for (const o of ds.observations) {
      const s = o[spend];
      const g = o[gdp];
      if (o.shareOfGdpPct === null || s === null || g === null) continue;
      expect(Math.abs((s / (g * 1000)) * 100 - o.shareOfGdpPct), `${o.code} ${o.year}`).toBeLessThanOrEqual(
        0.015,
      );
    }
  });

  it("has each aggregate equal to the sum of that year's members, counted from their accession year", () => {
    const spend = constant(ds, "spend");
    const gdp = constant(ds, "gdp");
    for (const year of datasetYears(ds)) {
      const members = ALLIES.filter((a) => a.accessionYear <= year);
      for (const [aggregate, group] of [
        ["NATO", members],
        ["NATO_EU_CA", members.filter((a) => a.europeOrCanada)],
      ] as const) {
        const row = observationOf(ds, aggregate, year);
        if (!row || row.expenditureUsdCurrentM === null) continue;
        const of = (metric: Metric) => sum(group.map((a) => observationOf(ds, a.code, year)?.[metric]));
        // Published rounded to the million in some editions: each member's rounding adds up to 0.5.
        const money = 0.5 * (group.length + 1);
        expect(
          Math.abs(row.expenditureUsdCurrentM - of("expenditureUsdCurrentM")),
          `${aggregate} ${year}`,
        ).toBeLessThanOrEqual(money);
        expect(Math.abs((row[spend] ?? 0) - of(spend))).toBeLessThanOrEqual(money);
        expect(
          Math.abs((row.militaryPersonnelThousands ?? 0) - of("militaryPersonnelThousands")),
        ).toBeLessThanOrEqual(0.05 * (group.length + 1));
        const residual = (row[gdp] ?? 0) - of(gdp);
        if (observationOf(ds, "ISL", year)?.[gdp] != null) expect(Math.abs(residual)).toBeLessThan(0.01);
        // Where Iceland's GDP is not given separately, the aggregate exceeds the members by about its size.
        else
          expect(residual > 20 && residual < 32, `${aggregate} ${year} GDP residual ${residual}`).toBe(true);
      }
    }
  });

  it("keeps Iceland to GDP only, and no Ally before the edition's release", () => {
    for (const o of ds.observations) {
      if (o.code === "ISL") {
        expect(o.shareOfGdpPct).toBeNull();
        expect(o.expenditureUsdCurrentM).toBeNull();
        expect(o.militaryPersonnelThousands).toBeNull();
      }
      const ally = ALLIES.find((a) => a.code === o.code);
      if (ally)
        expect(ally.accessionDate.slice(0, 7) <= ds.edition.id, `${o.code} in ${ds.edition.id}`).toBe(true);
    }
  });

  it("carries constant-price money only in its own price base, and only the metrics it lists", () => {
    const listed = new Set(ds.edition.metrics);
    for (const o of ds.observations)
      for (const metric of METRICS) {
        if (o[metric] === null) continue;
        expect(listed.has(metric), `${o.code} ${o.year} ${metric}`).toBe(true);
        const prices = METRIC_INFO[metric].prices;
        if (prices?.startsWith("constant-")) expect(prices).toBe(`constant-${ds.edition.priceBase}`);
      }
  });

  it("has its years, and flags exactly its estimate years", () => {
    expect(datasetYears(ds)).toEqual(
      Array.from(
        { length: ds.edition.lastYear - ds.edition.firstYear + 1 },
        (_, i) => ds.edition.firstYear + i,
      ),
    );
    for (const o of ds.observations) expect(o.estimate).toBe(ds.edition.estimateYears.includes(o.year));
  });
});

describe("the imported editions hold every figure of their source data, identical", () => {
  const imports = JSON.parse(
    readFileSync(new URL("../../data-sources/imports.json", import.meta.url), "utf8"),
  ) as {
    id: string;
  }[];

  it("records an import for each of the editions read from NATO's files", () => {
    expect(imports.map((i) => i.id).sort()).toEqual(["2019-06", "2023-03", "2024-06"]);
  });

  it.each(imports.map((i) => i.id))("%s matches its source CSV cell for cell", (id) => {
    const ds = getDataset(id);
    const text = readFileSync(new URL(`../../data-sources/nato-${id}-edition.csv`, import.meta.url), "utf8");
    const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
    let cells = 0;
    for (const row of rows) {
      const o = observationOf(ds, row.iso3 as never, Number(row.year));
      expect(o, `${row.iso3} ${row.year}`).toBeDefined();
      expect(o?.estimate).toBe(row.estimate === "true");
      for (const metric of METRICS) {
        const cell = row[METRIC_INFO[metric].csvColumn];
        if (cell === undefined) expect(o?.[metric]).toBeNull();
        else expect(o?.[metric], `${row.iso3} ${row.year} ${metric}`).toBe(cell === "" ? null : Number(cell));
        if (cell) cells++;
      }
    }
    expect(ds.observations).toHaveLength(rows.length);
    expect(cells).toBeGreaterThan(2000);
  });
});

// Expected figures: NATO's releases as reported at the time (shared/reference/editions/README.md,
// "Independent checks"), rounded to NATO's two printed decimals; the package keeps the workbook's
// unrounded values.
const pct = (id: string, code: string, year: number) =>
  Math.round((observationOf(getDataset(id), code as never, year)?.shareOfGdpPct ?? Number.NaN) * 100) / 100;

describe("figures as each release reported them", () => {
  it("June 2024 (2024e): Poland 4.12, Estonia 3.43, United States 3.38, Latvia 3.15, Greece 3.08; 23 Allies at 2 % or more", () => {
    expect(["POL", "EST", "USA", "LVA", "GRC"].map((c) => pct("2024-06", c, 2024))).toEqual([
      4.12, 3.43, 3.38, 3.15, 3.08,
    ]);
    const atTwo = ALLIES.filter(
      (a) => (observationOf(getDataset("2024-06"), a.code, 2024)?.shareOfGdpPct ?? 0) >= 2,
    );
    expect(atTwo).toHaveLength(23);
  });

  it("March 2023 (2022e): Poland 2.42, Greece 3.54, United States 3.46; no Finland or Sweden", () => {
    expect(["POL", "GRC", "USA"].map((c) => pct("2023-03", c, 2022))).toEqual([2.42, 3.54, 3.46]);
    expect(observationOf(getDataset("2023-03"), "FIN", 2022)).toBeUndefined();
    expect(observationOf(getDataset("2023-03"), "SWE", 2022)).toBeUndefined();
  });

  it("June 2019 (2019e): Greece 2.24, Estonia 2.13, United Kingdom 2.13, Romania 2.04, Poland 2.01, Latvia 2.01, United States 3.42", () => {
    expect(["GRC", "EST", "GBR", "ROU", "POL", "LVA", "USA"].map((c) => pct("2019-06", c, 2019))).toEqual([
      2.24, 2.13, 2.13, 2.04, 2.01, 2.01, 3.42,
    ]);
    // NATO total of $1,036 bn in 2019e and $970.3 bn in 2018e: the 29 Allies' sum (no aggregate rows here).
    const total = (year: number) =>
      sum(ALLIES.map((a) => observationOf(getDataset("2019-06"), a.code, year)?.expenditureUsdCurrentM));
    expect(Math.round(total(2019) / 1000)).toBe(1036);
    expect(Math.round(total(2018) / 100) / 10).toBe(970.3);
  });

  it("has Poland's 2019 in every edition, as the 2019 release first published it (2.01, an estimate)", () => {
    const values = EDITION_IDS.map((id) => observationOf(getDataset(id), "POL", 2019)?.shareOfGdpPct);
    for (const v of values) expect(typeof v).toBe("number");
    expect(pct("2019-06", "POL", 2019)).toBe(2.01);
    expect(observationOf(getDataset("2019-06"), "POL", 2019)?.estimate).toBe(true);
  });

  it("keeps 2015-price money apart from 2021-price money", () => {
    const old = observationOf(getDataset("2024-06"), "POL", 2022);
    const now = observationOf(getDataset("2026-07"), "POL", 2022);
    expect(old?.expenditureUsdConstant2021M).toBeNull();
    expect(old?.expenditureUsdConstant2015M).toBeCloseTo(14073.83, 2);
    expect(now?.expenditureUsdConstant2015M).toBeNull();
    expect(now?.expenditureUsdConstant2021M).not.toBeNull();
  });
});
