// `nato validate` reads any size in bounded memory, refuses what is not a file, escapes what it echoes, and
// checks meaning as well as shape. Figures quoted are NATO's (Defence Expenditure of NATO Countries, 2026
// edition): Albania is ALB, Iceland publishes no defence figures, North Macedonia joined in 2020.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, nato } from "./nato.js";

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "nato-validate-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});
const file = (name: string, text: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const HEADER = "iso3,name,year,edition,estimate,share_gdp_pct";

describe("meaning, not only shape", () => {
  it("refuses an edition NATO did not publish, years outside the edition, a name that is not the code's, and Iceland with spending", () => {
    const path = file(
      "impossible.csv",
      [
        HEADER,
        "ALB,Germany,2020,2026,false,1.2",
        "ISL,Iceland,2020,2026,false,0.1",
        "POL,Poland,2050,2026,false,4",
        "DEU,Germany,2020,1999,false,1.5",
        "",
      ].join("\n"),
    );
    const run = nato(["validate", path, "--format", "json"]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.valid).toBe(false);
    expect(report.issues.map((i: { message: string }) => i.message)).toEqual([
      'Row 1, column "name": ALB is Albania, found "Germany".',
      'Row 2, column "share_gdp_pct": Iceland has no armed forces and no defence expenditure, found share_gdp_pct 0.1; expected empty cells.',
      'Row 3, column "year": the July 2026 edition covers 2014-2026, found 2050.',
      'Row 4, column "edition": there is no NATO edition "1999" here; expected one of 2026-07, 2025-08, 2024-06, 2023-03, 2019-06.',
    ]);
  });

  it("notes rows from before an Ally joined, which NATO publishes, without failing the file", () => {
    const path = file("early.csv", `${HEADER}\nMKD,North Macedonia,2018,2026,false,0.94\n`);
    const run = nato(["validate", path]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("- North Macedonia (MKD): 2018, 1 row; joined in 2020");
    const json = JSON.parse(nato(["validate", path, "--format", "json"]).stdout);
    expect(json.beforeAccession).toEqual([
      { code: "MKD", name: "North Macedonia", accessionYear: 2020, from: 2018, to: 2018, rows: 1 },
    ]);
  });

  it("without an edition column, says once to add one or to use --edition; with --edition the file passes", () => {
    const path = file(
      "no-edition.csv",
      "iso3,year,estimate,share_gdp_pct\nPOL,2025,true,4.25\nDEU,2025,true,2.4\n",
    );
    const run = nato(["validate", path, "--format", "json"]);
    expect(run.code).toBe(1);
    const { issues } = JSON.parse(run.stdout);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ row: null, column: "edition" });
    expect(issues[0].message).toContain("--edition");
    expect(nato(["validate", path, "--edition", "2026"]).code).toBe(0);
  });

  it("names a missing column as the file would (iso3), once, not as the field (code) on every row", () => {
    const run = nato([
      "validate",
      file("no-code.csv", "year,edition,estimate\n2025,2026,true\n"),
      "--format",
      "json",
    ]);
    const { issues } = JSON.parse(run.stdout);
    expect(issues.map((i: { column: string }) => i.column)).toEqual(["iso3"]);
  });

  it("an edition that does not exist, given with --edition, is a usage error (exit 2), not the file's", () => {
    const path = file("ok.csv", "iso3,year,estimate\nPOL,2025,true\n");
    for (const edition of ["1999", "abc"]) {
      const run = nato(["validate", path, "--edition", edition]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(
        new RegExp(
          `^nato validate: Unknown edition "${edition}": expected one of 2026-07, 2025-08, 2024-06, 2023-03, 2019-06 \\(aliases 2026 = 2026-07, 2025 = 2025-08; latest = 2026-07\\)\\.\\n$`,
        ),
      );
    }
  });
});

describe("what it reads", () => {
  it("refuses a named pipe at once rather than waiting for a writer", () => {
    const fifo = join(dir, "pipe.csv");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const started = Date.now();
    const run = nato(["validate", fifo]);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /it is a named pipe\. Expected a regular file; to read a pipe, send it to standard input/,
    );
  });

  it("refuses a device such as /dev/zero instead of reading it forever", () => {
    const run = nato(["validate", "/dev/zero"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'nato validate: Cannot read "/dev/zero": it is a device. Expected a regular file, or - for standard input.\n',
    );
  });

  it("says a binary file is binary, and stops", () => {
    const run = nato(["validate", file("zeros.csv", Buffer.alloc(4096))]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("The file is binary (a NUL byte at character 1), not CSV or JSON text.");
    expect(run.stdout).not.toContain("\u0000");
  });

  it("reports JSON nested a million levels deep as a problem of the file, not a crash", () => {
    const run = nato(["validate", file("deep.json", "[".repeat(1_000_000))]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("The JSON nests more than 64 levels deep");
    expect(run.stderr).toMatch(
      /^nato validate: .*deep\.json does not validate: 1 problem, listed on standard output\.\n$/,
    );
  });

  it("reads a 200 MB file in bounded memory (under 200 MB resident)", () => {
    // 442 rows of NATO's 2026 export, each with a 470 kB note: about 208 MB, and valid.
    const rows = nato(["export"]).stdout.trimEnd().split("\n");
    const note = "x".repeat(470_000);
    const path = join(dir, "big.csv");
    writeFileSync(
      path,
      `${rows[0]}\n${rows
        .slice(1)
        .map((r) => r.replace(/,$/, `,${note}`))
        .join("\n")}\n`,
    );
    const run = spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, BIN, "validate", path], {
      encoding: "utf8",
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("is valid: 442 rows");
    const kb = Number(run.stderr.trim().split("\n").at(-1));
    expect(kb).toBeGreaterThan(0);
    expect(kb).toBeLessThan(200 * 1024);
  }, 180_000);
});

describe("escaping what it echoes", () => {
  it("prints control characters from the file and its name as visible escapes, never raw", () => {
    const path = file(
      "bad\u001b[31m\u009b.csv",
      "iso3,\u001b]0;pwned\u0007year,estimate,edition\nPOL,2025,true,2026\n",
    );
    for (const format of ["table", "csv", "json"]) {
      const run = nato(["validate", path, "--format", format]);
      expect(run.code).toBe(1);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting their absence.
      expect(run.stdout + run.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }
    const table = nato(["validate", path]);
    expect(table.stdout).toContain("bad\\x1b[31m\\x9b.csv");
    expect(table.stderr).toContain("bad\\x1b[31m\\x9b.csv does not validate");
  });
});
