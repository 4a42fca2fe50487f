import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { dataset2025_08 } from "../data/dataset-2025-08.js";
import { dataset2026_07 } from "../data/dataset-2026-07.js";
import { observationOf } from "../models/dataset.js";
import { datasetExportJsonSchema } from "../models/dataset-export.js";
import { safeParseDataset } from "../parse/dataset.js";
import { DatasetExportSchema } from "../schemas/index.js";
import { CSV_COLUMNS, datasetExport, toCsv, toJsonExport } from "./export.js";

describe("CSV export", () => {
  const csv = toCsv(dataset2026_07().observations);
  const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;

  it("has the header iso3,name,year,edition,estimate, NATO's metric columns, then note", () => {
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(csv.split("\n")[0]).toBe(
      "iso3,name,year,edition,estimate,share_gdp_pct,equipment_share_pct,personnel_share_pct,infrastructure_share_pct,other_share_pct,expenditure_usd_current_m,expenditure_usd_constant_2021_m,real_gdp_usd_constant_2021_bn,expenditure_per_capita_usd_2021,military_personnel_thousands,expenditure_usd_constant_2015_m,real_gdp_usd_constant_2015_bn,expenditure_per_capita_usd_2015,expenditure_nc_current_m,expenditure_nc_constant_2015_m,annual_real_change_pct,gdp_usd_current_bn,gdp_per_capita_usd_2015,note",
    );
  });

  it("writes one row per observation and ends with one newline", () => {
    expect(rows.length).toBe(dataset2026_07().observations.length + 1);
    expect(csv.endsWith("\n")).toBe(true);
    expect(csv.endsWith("\n\n")).toBe(false);
  });

  it("writes Poland 2025 as NATO's 2026 edition gives it: 4.25% of GDP, an estimate", () => {
    const poland = rows.find((r) => r[0] === "POL" && r[2] === "2025");
    expect(poland?.slice(0, 6)).toEqual(["POL", "Poland", "2025", "2026-07", "true", "4.25"]);
  });

  it("leaves Iceland's defence figures empty (no data), never 0", () => {
    const iceland = rows.find((r) => r[0] === "ISL" && r[2] === "2026");
    expect(iceland?.[CSV_COLUMNS.indexOf("share_gdp_pct")]).toBe("");
  });

  it("names the aggregates as NATO does", () => {
    expect(rows.find((r) => r[0] === "NATO_EU_CA")?.[1]).toBe("NATO Europe and Canada");
  });

  it("reads back through parseDataset to the same observations, for both editions", () => {
    for (const dataset of [dataset2026_07(), dataset2025_08()]) {
      const back = safeParseDataset(toCsv(dataset.observations));
      expect(back.success).toBe(true);
      if (back.success) expect(back.data).toEqual(dataset.observations);
    }
  });

  it("quotes a cell that holds a comma or a quotation mark", () => {
    const base = observationOf(dataset2026_07(), "POL", 2025);
    if (!base) throw new Error("no POL 2025");
    const text = toCsv([{ ...base, note: 'Source: "a report", 2025' }]);
    expect(text.trimEnd().endsWith(',"Source: ""a report"", 2025"')).toBe(true);
    const back = safeParseDataset(text);
    expect(back.success && back.data[0]?.note).toBe('Source: "a report", 2025');
  });
});

describe("JSON export", () => {
  it("carries the credit line and the edition, and validates against its schema", () => {
    const data = JSON.parse(toJsonExport(dataset2026_07()));
    expect(data.source).toBe(
      "Source: NATO, Defence Investment of NATO Countries (2014-2026), July 2026 edition. e = estimate.",
    );
    expect(data.edition.id).toBe("2026-07");
    expect(DatasetExportSchema.safeParse(data).success).toBe(true);
    expect(data.observations.length).toBe(dataset2026_07().observations.length);
  });

  it("reads back through parseDataset to the same observations", () => {
    const back = safeParseDataset(toJsonExport(dataset2025_08()));
    expect(back.success).toBe(true);
    if (back.success) expect(back.data).toEqual(dataset2025_08().observations);
  });

  it("is the same text each time, indented by two spaces with a final newline", () => {
    const text = toJsonExport(dataset2026_07());
    expect(text).toBe(toJsonExport(dataset2026_07()));
    expect(text.startsWith('{\n  "source": ')).toBe(true);
    expect(text.endsWith("}\n")).toBe(true);
  });

  it("keeps Poland's 2025 share in the 2025 edition (4.48, NATO 2025 edition) apart from the 2026 one (4.25)", () => {
    const find = (text: string) =>
      JSON.parse(text).observations.find(
        (o: { code: string; year: number }) => o.code === "POL" && o.year === 2025,
      );
    expect(find(toJsonExport(dataset2025_08())).shareOfGdpPct).toBe(4.48);
    expect(find(toJsonExport(dataset2026_07())).shareOfGdpPct).toBe(4.25);
  });

  it("has a JSON Schema that requires the source, the edition and the observations", () => {
    const schema = datasetExportJsonSchema() as { required?: string[]; properties?: Record<string, unknown> };
    expect(schema.required).toEqual(["source", "edition", "observations"]);
    expect(Object.keys(schema.properties ?? {})).toEqual(["source", "edition", "observations"]);
    expect(datasetExport(dataset2026_07()).observations[0]).not.toHaveProperty("name");
  });
});
