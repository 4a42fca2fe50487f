import { describe, expect, it } from "vitest";
import { ALLY_CODES } from "../models/ally.js";
import { safeParseDataset } from "./dataset.js";

// A 50 MB file must parse to a correct result or a clear error, without hanging or running out of memory.
// The limits are generous: a loaded CI machine is slow, and speed is the benchmark's business, not a test's.
describe("parseDataset on a 50 MB file", () => {
  const header =
    "iso3,year,edition,estimate,share_gdp_pct,expenditure_usd_current_m,expenditure_usd_constant_2021_m\n";
  const rows: string[] = [];
  let size = header.length;
  // Unique (Ally, year, edition) keys: 32 Allies x 100 years x as many editions as it takes.
  for (let i = 0; size < 50 * 1024 * 1024; i++) {
    const code = ALLY_CODES[i % 32];
    const year = 2000 + (Math.floor(i / 32) % 100);
    const edition = `${1000 + Math.floor(i / 3200)}-01`;
    const row = `${code},${year},${edition},false,${(i % 1500) / 100},${i % 900000},${i % 800000}\n`;
    rows.push(row);
    size += row.length;
  }
  const text = header + rows.join("");

  it("reads every row of a valid file", () => {
    const result = safeParseDataset(text);
    expect(result.success).toBe(true);
    if (result.success) expect(result.data).toHaveLength(rows.length);
    expect(text.length).toBeGreaterThanOrEqual(50 * 1024 * 1024);
  }, 240_000);

  it("stops at the first 100 problems of a broken one and applies nothing", () => {
    const broken = text.replaceAll(",false,", ",nope,");
    const result = safeParseDataset(broken);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues).toHaveLength(100);
      expect(result.error.issues[0]?.message).toBe(
        'Row 1, column "estimate": expected true or false, found "nope".',
      );
    }
  }, 240_000);
});
