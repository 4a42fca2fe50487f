import { EDITION_IDS, safeParseDataset } from "@nato/core";
import { describe, expect, it } from "vitest";
import { DATA_FILES, dataFile, readmeText } from "./files";

describe("the downloads", () => {
  it("offers a CSV and a JSON file per edition, the schema and the note", () => {
    expect(DATA_FILES[0]?.name).toBe("nato-defence-expenditure-2026-07.csv");
    expect(DATA_FILES.map((f) => f.name)).toEqual([
      ...EDITION_IDS.flatMap((id) => [
        `nato-defence-expenditure-${id}.csv`,
        `nato-defence-expenditure-${id}.json`,
      ]),
      "nato-defence-expenditure.schema.json",
      "README.txt",
    ]);
  });

  it("writes CSV that reads back, with Poland 2025 at 4.25% (NATO 2026 edition, Table 3) marked as an estimate", () => {
    const csv = dataFile("nato-defence-expenditure-2026-07.csv")?.body() ?? "";
    const parsed = safeParseDataset(csv);
    expect(parsed.success).toBe(true);
    if (parsed.success) {
      expect(parsed.data.find((o) => o.code === "POL" && o.year === 2025)).toMatchObject({
        shareOfGdpPct: 4.25,
        estimate: true,
        edition: "2026-07",
      });
    }
  });

  it("writes JSON with the credit line", () => {
    const json = JSON.parse(dataFile("nato-defence-expenditure-2025-08.json")?.body() ?? "{}");
    expect(json.source).toBe(
      "Source: NATO, Defence Expenditure of NATO Countries (2014-2025), August 2025 edition (share of GDP as transcribed by third parties and news reports). e = estimate.",
    );
    expect(
      json.observations.find((o: { code: string; year: number }) => o.code === "POL" && o.year === 2025)
        .shareOfGdpPct,
    ).toBe(4.48);
  });

  it("describes every CSV column and carries the credit line in the note", () => {
    const text = readmeText();
    expect(text).toContain(
      "Source: NATO, Defence Investment of NATO Countries (2014-2026), July 2026 edition. e = estimate.",
    );
    expect(text).toContain("share_gdp_pct  Defence expenditure as a share of real GDP");
    expect(text).toContain("Header: iso3,name,year,edition,estimate,share_gdp_pct,");
  });

  it("serves the schema as JSON", () => {
    const schema = JSON.parse(dataFile("nato-defence-expenditure.schema.json")?.body() ?? "{}");
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  });
});
