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
});
