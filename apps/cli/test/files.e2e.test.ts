// nato validate and nato export -o on real files, closed pipes, and colours.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BIN, nato } from "./nato.js";

const dir = mkdtempSync(join(tmpdir(), "nato-cli-e2e-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text?: string) => {
  const path = join(dir, name);
  if (text !== undefined) writeFileSync(path, text);
  return path;
};

describe("nato validate", () => {
  it("prints a header alone as CSV for a valid file", () => {
    const csv = file("small.csv", "iso3,year,edition,estimate,share_gdp_pct\nPOL,2025,2026,true,4.25\n");
    const run = nato(["validate", csv, "--format", "csv"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("row,column,expected,received,message\n");
  });

  it("accepts the project's own CSV export", () => {
    const csv = file("export.csv", nato(["export", "--format", "csv"]).stdout);
    const run = nato(["validate", csv]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout.replace(/\s+/g, " ")).toContain(
      "is valid: 442 rows, 34 Allies and aggregates, years 2014-2026, edition 2026-07.",
    );
  });

  it("accepts the JSON export of every edition, and says so in JSON", () => {
    const json = file("export.json", nato(["export", "--format", "json", "--edition", "2026"]).stdout);
    const run = nato(["validate", json, "--format", "json"]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({
      valid: true,
      issues: [],
      editions: ["2026-07"],
      years: { from: 2014, to: 2026 },
      rows: 442,
    });
    const older = file("export-2025.json", nato(["export", "--format", "json", "--edition", "2025"]).stdout);
    expect(nato(["validate", older]).code).toBe(0);
  });

  it("reads standard input with -", () => {
    const csv = "iso3,year,edition,estimate,share_gdp_pct\nPOL,2025,2026,true,4.25\n";
    const run = nato(["validate", "-"], { input: csv });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      "standard input is valid: 1 row, 1 Ally or aggregate, year 2025, edition 2026-07.",
    );
  });

  it("lists every problem with its row and column, and exits 1", () => {
    const bad = file(
      "bad.csv",
      "iso3,year,edition,estimate,share_gdp_pct\nPOL,2025,2026,true,4.25\nXXX,2025,2026,maybe,abc\nDEU,20x5,2026,true,140\n",
    );
    const run = nato(["validate", bad]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("5 problems");
    const flat = run.stdout.replace(/\s+/g, " ");
    expect(flat).toContain('Row 2, column "iso3": expected an Ally\'s ISO alpha-3 code');
    expect(flat).toContain('Row 2, column "estimate": expected true or false, found "maybe".');
    expect(flat).toContain('Row 2, column "share_gdp_pct": expected a number from 0 to 100');
    expect(flat).toContain('Row 3, column "year": expected a whole year such as 2025, found "20x5".');
    expect(flat).toContain(
      'Row 3, column "share_gdp_pct": expected a number from 0 to 100, or empty for no data, found 140.',
    );
    expect(run.stderr).toMatch(
      /^nato validate: .*bad\.csv does not validate: 5 problems, listed on standard output\.\n$/,
    );

    const csv = nato(["validate", bad, "--format", "csv"]);
    expect(csv.code).toBe(1);
    expect(csv.stdout.split("\n")[0]).toBe("row,column,expected,received,message");
    expect(csv.stdout).toContain('3,year,a whole year such as 2025,"""20x5""",');

    const json = JSON.parse(nato(["validate", bad, "--format", "json"]).stdout);
    expect(json.valid).toBe(false);
    expect(json.issues.map((i: { row: number; column: string }) => [i.row, i.column])).toEqual([
      [2, "iso3"],
      [2, "estimate"],
      [2, "share_gdp_pct"],
      [3, "year"],
      [3, "share_gdp_pct"],
    ]);
  });

  it("fails a file that does not parse, with exit 1 and no stack", () => {
    const broken = file("broken.json", '{"observations": [');
    const run = nato(["validate", broken]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("The file is not valid JSON");
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    const empty = nato(["validate", file("empty.csv", "")]);
    expect(empty.code).toBe(1);
    expect(empty.stdout).toContain("The file is empty.");
  });

  it("names unknown and missing columns", () => {
    const run = nato(["validate", file("columns.csv", "country,year\nPOL,2025\n")]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Unknown column "country" (column 1).');
    expect(run.stdout).toContain('Missing column "iso3".');
  });
});

describe("nato export -o", () => {
  it("writes the file atomically and leaves no temporary file", () => {
    const out = join(dir, "out", "nato.csv");
    mkdirSync(join(dir, "out"));
    const run = nato(["export", "-o", out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^Wrote 442 rows to /);
    expect(readFileSync(out, "utf8")).toBe(nato(["export"]).stdout);
    expect(readdirSync(join(dir, "out"))).toEqual(["nato.csv"]);
    const json = join(dir, "out", "nato.json");
    const again = nato(["export", "--output", json]);
    expect(again.code).toBe(0);
    expect(JSON.parse(readFileSync(json, "utf8")).observations).toHaveLength(442);
  });
});

describe("a closed pipe", () => {
  it("ends nato export | head -1 quietly", () => {
    const run = spawnSync(
      "bash",
      ["-o", "pipefail", "-c", `"${process.execPath}" "${BIN}" export --edition all | head -1`],
      {
        encoding: "utf8",
      },
    );
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout.split("\n").filter(Boolean)).toHaveLength(1);
    expect(run.stdout.startsWith("iso3,name,year,edition,estimate,")).toBe(true);
  });

  it("ends a table cut short quietly too", () => {
    const run = spawnSync(
      "bash",
      ["-o", "pipefail", "-c", `"${process.execPath}" "${BIN}" ally USA | head -2`],
      {
        encoding: "utf8",
      },
    );
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });
});

describe("colours", () => {
  it("are off in a pipe, on with FORCE_COLOR, and off again with --no-color or NO_COLOR", () => {
    expect(nato(["check", "two-percent"]).stdout).not.toContain("\u001b[");
    const forced = nato(["check", "two-percent"], { env: { FORCE_COLOR: "1" } }).stdout;
    expect(forced).toContain("\u001b[32mmeets");
    expect(forced).toContain("\u001b[38;5;202mbelow");
    expect(forced).toContain("\u001b[90mnot applicable");
    expect(nato(["check", "two-percent", "--no-color"], { env: { FORCE_COLOR: "1" } }).stdout).not.toContain(
      "\u001b[",
    );
    expect(nato(["check", "two-percent"], { env: { FORCE_COLOR: "1", NO_COLOR: "1" } }).stdout).not.toContain(
      "\u001b[",
    );
  });

  it("never reach JSON or CSV", () => {
    expect(nato(["allies", "--format", "json"], { env: { FORCE_COLOR: "1" } }).stdout).not.toContain(
      "\u001b[",
    );
    expect(nato(["allies", "--format", "csv"], { env: { FORCE_COLOR: "1" } }).stdout).not.toContain(
      "\u001b[",
    );
  });
});
