import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { ORIGINALS, SOURCES } from "../src/generate.mjs";

const CLI = new URL("../src/cli.mjs", import.meta.url).pathname;
const WORKBOOK = join(ORIGINALS, "nato-2024-06-def-exp-2024-tables.xlsx");

function run(args) {
  try {
    return { code: 0, out: execFileSync("node", [CLI, ...args], { encoding: "utf8", stdio: "pipe" }) };
  } catch (error) {
    return { code: error.status, out: `${error.stdout}${error.stderr}` };
  }
}

async function broken(edit) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(WORKBOOK);
  edit(workbook);
  const path = join(mkdtempSync(join(tmpdir(), "import-edition-")), "broken.xlsx");
  await workbook.xlsx.writeFile(path);
  return path;
}

describe("pnpm import-edition refuses a workbook it cannot vouch for, naming the cell, and writes nothing", () => {
  const committed = join(SOURCES, "nato-2024-06-edition.csv");

  it("a renamed country", async () => {
    const before = statSync(committed).mtimeMs;
    const path = await broken((wb) => {
      wb.getWorksheet("TABLE2").getCell("C32").value = "Polska";
    });
    const { code, out } = run([path, "--id", "2024-06"]);
    expect(code).toBe(1);
    expect(out).toMatch(/sheet "TABLE2", row 32, cell C32: unknown country or aggregate "Polska"/);
    expect(out).toMatch(/Nothing was written/);
    expect(statSync(committed).mtimeMs).toBe(before);
    expect(readFileSync(committed, "utf8")).toContain("POL,Poland");
  });

  it("a missing sheet", async () => {
    const path = await broken((wb) => wb.removeWorksheet(wb.getWorksheet("TABLE7").id));
    const { code, out } = run([path, "--id", "2024-06"]);
    expect(code).toBe(1);
    expect(out).toMatch(/sheet "TABLE7" missing/);
  });

  it("an aggregate that does not add up", async () => {
    const path = await broken((wb) => {
      wb.getWorksheet("TABLE2").getCell("D43").value = 943218.5834091387;
    });
    const { code, out } = run([path, "--id", "2024-06"]);
    expect(code).toBe(1);
    expect(out).toMatch(/sheet "TABLE2", row 43, cell D43: NATO 2014 expenditureUsdCurrentM/);
  });

  it("--check names a committed figure that differs from the workbook", async () => {
    const path = await broken((wb) => {
      wb.getWorksheet("TABLE1").getCell("D32").value = 31874.5;
    });
    const { code, out } = run([path, "--id", "2024-06", "--check"]);
    expect(code).toBe(1);
    expect(out).toMatch(/POL 2014 expenditure_nc_current_m: committed 31874.03307102, workbook 31874.5/);
  });

  it("a year outside the edition: a column after the release, or a gap in the years", async () => {
    const before = statSync(committed).mtimeMs;
    // The June 2024 workbook's last column is 2024 (cell N8 of every table): not in an edition of March 2023.
    const late = run([WORKBOOK, "--id", "2023-03"]);
    expect(late.code).toBe(1);
    expect(late.out).toMatch(
      /sheet "TABLE\w+", row \d+, cell N\d+: year 2024 comes after the edition's release \(2023-03\): expected years up to 2023/,
    );
    expect(late.out).toMatch(/Nothing was written/);
    const path = await broken((wb) => {
      wb.getWorksheet("TABLE2").getCell("N8").value = 2025;
    });
    const gap = run([path, "--id", "2024-06"]);
    expect(gap.code).toBe(1);
    expect(gap.out).toMatch(
      /sheet "TABLE2", row 8, cell N8: year 2025 does not follow 2023: expected consecutive years/,
    );
    expect(statSync(committed).mtimeMs).toBe(before);
  });

  it("category shares that do not sum to 100", async () => {
    const before = statSync(committed).mtimeMs;
    const path = await broken((wb) => {
      // Poland's 2014 equipment share, 18.838035073444352 in the workbook (Table 8a, D32), ten points up.
      wb.getWorksheet("TABLE8a").getCell("D32").value = 28.838035073444352;
    });
    const { code, out } = run([path, "--id", "2024-06"]);
    expect(code).toBe(1);
    expect(out).toMatch(
      /sheet "TABLE8b", row 65, cell D65: POL 2014: equipment, personnel, infrastructure and other shares sum to 110\.0000, expected 100 ± 0\.05/,
    );
    expect(out).toMatch(/Nothing was written/);
    expect(statSync(committed).mtimeMs).toBe(before);
  });

  it("a share of GDP that disagrees with constant spend over constant GDP", async () => {
    const before = statSync(committed).mtimeMs;
    const path = await broken((wb) => {
      // Poland's 2014 share of GDP, 1.8752685360706713 in the workbook (Table 3, D32).
      wb.getWorksheet("TABLE3").getCell("D32").value = 2.5;
    });
    const { code, out } = run([path, "--id", "2024-06"]);
    expect(code).toBe(1);
    expect(out).toMatch(
      /sheet "TABLE3", row 32, cell D32: POL 2014: share of GDP 2\.5 but constant spend \/ constant GDP is 1\.8753 \(tolerance 0\.015 points\)/,
    );
    expect(out).toMatch(/Nothing was written/);
    expect(statSync(committed).mtimeMs).toBe(before);
    expect(readFileSync(committed, "utf8")).not.toContain(",2.5,");
  });
});
