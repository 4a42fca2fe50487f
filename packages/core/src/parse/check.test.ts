import { describe, expect, it } from "vitest";
import { dataset2026_07 } from "../data/dataset-2026-07.js";
import { toCsv, toJsonExport } from "../format/export.js";
import { checkDatasetStream } from "./check.js";
import { MAX_JSON_DEPTH } from "./limits.js";

/** Splits text into pieces of `size` characters, as a stream would deliver it. */
function* pieces(text: string, size: number): Generator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

describe("checkDatasetStream", () => {
  it("accepts the 2026 edition's own CSV and JSON exports, however the stream is cut", async () => {
    const csv = toCsv(dataset2026_07().observations);
    const json = toJsonExport(dataset2026_07());
    for (const size of [1, 7, 4096, csv.length]) {
      const report = await checkDatasetStream(pieces(csv, size));
      expect(report).toMatchObject({
        valid: true,
        rows: 442,
        editions: ["2026-07"],
        years: { from: 2014, to: 2026 },
      });
    }
    for (const size of [3, 1000, json.length]) {
      const report = await checkDatasetStream(pieces(json, size));
      expect(report).toMatchObject({ valid: true, format: "json", rows: 442 });
    }
    // Finland joined in 2023; NATO's 2026 edition still gives its figures from 2014 (nine rows).
    const report = await checkDatasetStream([csv]);
    expect(report.beforeAccession.find((e) => e.code === "FIN")).toEqual({
      code: "FIN",
      name: "Finland",
      accessionYear: 2023,
      from: 2014,
      to: 2022,
      rows: 9,
    });
  });

  it("keeps quoted line breaks inside a field across pieces", async () => {
    const csv = 'iso3,year,edition,estimate,note\nPOL,2025,2026,true,"two\nlines, and a ""quote"""\n';
    const report = await checkDatasetStream(pieces(csv, 5));
    expect(report).toMatchObject({ valid: true, rows: 1 });
  });

  it("stops at the first issues and says the list is cut", async () => {
    const rows = Array.from({ length: 500 }, () => "XXX,2025,2026,true").join("\n");
    const report = await checkDatasetStream([`iso3,year,edition,estimate\n${rows}\n`], { maxIssues: 10 });
    expect(report.issues).toHaveLength(10);
    expect(report.truncated).toBe(true);
    expect(report.rows).toBe(11);
  });

  it("refuses JSON deeper than the limit without recursion", async () => {
    const report = await checkDatasetStream(["[".repeat(MAX_JSON_DEPTH + 1)]);
    expect(report.issues[0]?.message).toContain(`more than ${MAX_JSON_DEPTH} levels deep`);
  });

  it("says a JSON file cut short ends in the middle of a value", async () => {
    const report = await checkDatasetStream(['[{"code":"POL"']);
    expect(report.issues.map((i) => i.message)).toEqual([
      "The file is not valid JSON: it ends in the middle of a value.",
    ]);
  });

  it("accepts a name that is an alias of the code (Turkey for TUR) and refuses another Ally's", async () => {
    const ok = await checkDatasetStream([
      '[{"code":"TUR","name":"Turkey","year":2025,"edition":"2026","estimate":true}]',
    ]);
    expect(ok.valid).toBe(true);
    const bad = await checkDatasetStream([
      '[{"code":"TUR","name":"Greece","year":2025,"edition":"2026","estimate":true}]',
    ]);
    expect(bad.issues[0]?.message).toBe('Row 1, column "name": TUR is Türkiye, found "Greece".');
  });
});
