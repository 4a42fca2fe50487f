import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { type Dataset, datasetYears, observationOf } from "../models/dataset.js";
import { METRIC_INFO, METRICS } from "../models/metric.js";
import { AllySchema, NatoEditionSchema, ObservationSchema } from "../schemas/index.js";
import { ALLIES } from "./allies.js";
import { dataset2025_08 } from "./dataset-2025-08.js";
import { dataset2026_07 } from "./dataset-2026-07.js";
import { EDITIONS } from "./editions.js";

const datasets: Dataset[] = [dataset2026_07(), dataset2025_08()];
const sum = (values: (number | null | undefined)[]) => values.reduce<number>((a, v) => a + (v ?? 0), 0);

describe("the embedded data validate against the schemas", () => {
  it("validates every Ally, edition and observation", () => {
    for (const ally of ALLIES) expect(() => AllySchema.parse(ally)).not.toThrow();
    for (const edition of Object.values(EDITIONS))
      expect(() => NatoEditionSchema.parse(edition)).not.toThrow();
    for (const ds of datasets) {
      for (const o of ds.observations) {
        const result = ObservationSchema.safeParse(o);
        expect(result.success, `${ds.edition.id} ${o.code} ${o.year}`).toBe(true);
      }
    }
  });

  it("has 32 Allies with unique codes and the accession years NATO's aggregates follow", () => {
    expect(new Set(ALLIES.map((a) => a.code)).size).toBe(32);
    expect(new Set(ALLIES.map((a) => a.alpha2)).size).toBe(32);
    const year = (code: string) => ALLIES.find((a) => a.code === code)?.accessionYear;
    expect([year("MNE"), year("MKD"), year("FIN"), year("SWE")]).toEqual([2017, 2020, 2023, 2024]);
  });

  it("has one row per series and year in each edition, and values in plausible ranges", () => {
    for (const ds of datasets) {
      const keys = ds.observations.map((o) => `${o.code}:${o.year}`);
      expect(new Set(keys).size).toBe(keys.length);
      for (const o of ds.observations) {
        if (o.shareOfGdpPct !== null) expect(o.shareOfGdpPct).toBeGreaterThan(0);
        if (o.shareOfGdpPct !== null) expect(o.shareOfGdpPct).toBeLessThan(15);
        expect(o.estimate).toBe(ds.edition.estimateYears.includes(o.year));
        expect(o.edition).toBe(ds.edition.id);
      }
    }
  });
});

describe("the 2026 edition is internally consistent (checks of NATO's own arithmetic)", () => {
  const ds = dataset2026_07();

  it("has the four category shares summing to 100 within rounding wherever all four are published", () => {
    let checked = 0;
    for (const o of ds.observations) {
      const parts = [o.equipmentSharePct, o.personnelSharePct, o.infrastructureSharePct, o.otherSharePct];
      if (parts.some((p) => p === null)) continue;
      expect(Math.abs(sum(parts) - 100), `${o.code} ${o.year}`).toBeLessThanOrEqual(0.05);
      checked++;
    }
    expect(checked).toBe(31 * 12 + 29);
  });

  it("has share of GDP equal to constant-price spend over real GDP within 0.015 pp", () => {
    let checked = 0;
    for (const o of ds.observations) {
      if (
        o.shareOfGdpPct === null ||
        o.expenditureUsdConstant2021M === null ||
        o.realGdpUsdConstant2021Bn === null
      )
        continue;
      const derived = (o.expenditureUsdConstant2021M / (o.realGdpUsdConstant2021Bn * 1000)) * 100;
      expect(Math.abs(derived - o.shareOfGdpPct), `${o.code} ${o.year}`).toBeLessThanOrEqual(0.015);
      checked++;
    }
    expect(checked).toBe(33 * 13);
  });

  it("has each aggregate equal to the sum of that year's members (spend, personnel)", () => {
    for (const year of datasetYears(ds)) {
      const members = ALLIES.filter((a) => a.accessionYear <= year);
      for (const [aggregate, group] of [
        ["NATO", members],
        ["NATO_EU_CA", members.filter((a) => a.europeOrCanada)],
      ] as const) {
        const row = observationOf(ds, aggregate, year);
        const of = (metric: (typeof METRICS)[number]) =>
          sum(group.map((a) => observationOf(ds, a.code, year)?.[metric]));
        expect(
          Math.abs((row?.expenditureUsdCurrentM ?? 0) - of("expenditureUsdCurrentM")),
          `${aggregate} ${year}`,
        ).toBeLessThanOrEqual(3);
        expect(
          Math.abs((row?.expenditureUsdConstant2021M ?? 0) - of("expenditureUsdConstant2021M")),
        ).toBeLessThanOrEqual(3);
        // Personnel is published to 0.1 thousand: each member's rounding may add up to 0.05.
        const personnelTolerance = 0.05 * (group.length + 1);
        expect(
          Math.abs((row?.militaryPersonnelThousands ?? 0) - of("militaryPersonnelThousands")),
        ).toBeLessThanOrEqual(personnelTolerance);
        // Aggregate GDP also holds Iceland's, which NATO's tables here do not give separately.
        const residual = (row?.realGdpUsdConstant2021Bn ?? 0) - of("realGdpUsdConstant2021Bn");
        expect(residual, `${aggregate} ${year} GDP residual`).toBeGreaterThan(20);
        expect(residual).toBeLessThan(32);
      }
    }
  });

  it("would not balance if pre-accession rows were added (the membership rule matters)", () => {
    const all = sum(ALLIES.map((a) => observationOf(ds, a.code, 2016)?.expenditureUsdCurrentM));
    expect(Math.abs((observationOf(ds, "NATO", 2016)?.expenditureUsdCurrentM ?? 0) - all)).toBeGreaterThan(
      1000,
    );
  });
});

describe("every figure of the compiled source files is reachable, identical, with its edition and flag", () => {
  const compare = (file: string, ds: Dataset) => {
    const text = readFileSync(new URL(`../../data-sources/${file}`, import.meta.url), "utf8");
    const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
    let cells = 0;
    for (const row of rows) {
      const o = observationOf(ds, row.iso3 as never, Number(row.year));
      expect(o, `${row.iso3} ${row.year}`).toBeDefined();
      expect(o?.estimate).toBe(row.estimate === "true");
      for (const metric of METRICS) {
        const text = row[METRIC_INFO[metric].csvColumn];
        if (text === undefined) {
          expect(o?.[metric]).toBeNull();
          continue;
        }
        expect(o?.[metric], `${row.iso3} ${row.year} ${metric}`).toBe(text === "" ? null : Number(text));
        cells++;
      }
    }
    expect(ds.observations).toHaveLength(rows.length);
    return cells;
  };

  it("matches nato-2026-edition.csv cell for cell", () => {
    expect(compare("nato-2026-edition.csv", dataset2026_07())).toBe(442 * 10);
  });

  it("matches nato-2025-edition-share-gdp.csv cell for cell", () => {
    expect(compare("nato-2025-edition-share-gdp.csv", dataset2025_08())).toBe(389);
  });
});

describe("no edition silently misses an Ally-year", () => {
  it("has every Ally and aggregate for every year of the 2026 edition", () => {
    const ds = dataset2026_07();
    for (const year of datasetYears(ds)) {
      for (const code of [...ALLIES.map((a) => a.code), "NATO", "NATO_EU_CA"] as const) {
        expect(observationOf(ds, code, year), `${code} ${year}`).toBeDefined();
      }
    }
  });

  it("misses in the 2025 edition only Iceland, and 2025e exactly where no source gave NATO's figure", () => {
    const ds = dataset2025_08();
    const missing: string[] = [];
    for (const year of datasetYears(ds)) {
      for (const code of [...ALLIES.map((a) => a.code), "NATO", "NATO_EU_CA"] as const) {
        if (!observationOf(ds, code, year) && code !== "ISL") missing.push(`${code} ${year}`);
      }
    }
    // Documented in the edition's notes (EDITION_2025.notes).
    expect(missing.sort()).toEqual([
      "DEU 2025",
      "FIN 2025",
      "MNE 2025",
      "NLD 2025",
      "SVK 2025",
      "SVN 2025",
      "SWE 2025",
    ]);
    expect(ds.observations.filter((o) => o.code === "ISL")).toHaveLength(0);
  });

  it("names a source for every figure: the edition's, or the row's own note where it differs", () => {
    for (const ds of [dataset2026_07(), dataset2025_08()]) {
      expect(ds.edition.source.length).toBeGreaterThan(50);
      for (const o of ds.observations) expect(EDITIONS[o.edition as "2026-07" | "2025-08"]).toBe(ds.edition);
    }
    // Every 2025e value of the 2025 edition came from a report; each names it.
    for (const o of dataset2025_08().observations.filter((x) => x.year === 2025))
      expect(o.note, o.code).toMatch(/\w+/);
  });
});
