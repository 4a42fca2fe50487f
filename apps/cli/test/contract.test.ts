// The JSON contract: every command's --format json answer, in every mode, validates against the JSON
// Schema the package ships (dist/schemas, generated from zod) and that `nato schema <command>` prints; and
// `nato export --format json` validates against the schema of the site's JSON download too.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { datasetExportJsonSchema } from "@nato/core";
import Ajv2020 from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nato } from "./nato.js";

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "nato-contract-"));
  writeFileSync(join(dir, "ok.csv"), "iso3,year,edition,estimate,share_gdp_pct\nMKD,2018,2026,false,0.94\n");
  writeFileSync(join(dir, "bad.csv"), "iso3,name,year,edition,estimate\nALB,Germany,2050,2026,maybe\n");
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const MODES: Readonly<Record<string, readonly (readonly string[])[]>> = {
  allies: [
    [],
    ["--sort", "spend"],
    ["--sort", "per-capita", "--asc"],
    ["--year", "2014"],
    ["--edition", "2025"],
  ],
  ally: [
    ["POL"],
    ["ISL"],
    ["POL", "--year", "2025"],
    ["DEU", "--related", "1.5"],
    ["FIN", "--edition", "2025"],
  ],
  check: [
    ["two-percent"],
    ["equipment-20", "--year", "2014"],
    ["hague-core"],
    ["hague-total", "--related", "1.5"],
    ["--threshold", "3", "--deadline", "2030"],
    ["--threshold", "30", "--metric", "equipment"],
  ],
  gap: [["3.5"], ["2", "--year", "2014"], ["3.5", "--edition", "2025"]],
  project: [["DEU"], ["ISL"], ["POL", "--target", "5"], ["ESP", "--gdp-growth", "0"]],
  scenario: [[], ["--gdp-growth", "1.5"], ["--target", "5", "--deadline", "2035"]],
  burden: [[], ["--prices", "constant-2021"], ["--year", "2014"]],
  revisions: [
    ["POL"],
    ["ISL"],
    ["POL", "--year", "2019"],
    ["NATO", "--metric", "spend-2021"],
    ["DEU", "--metric", "personnel", "--year", "2020"],
    ["POL", "--edition", "2025"],
    ["POL", "--first-published"],
    ["ISL", "--first-published"],
    ["--first-published"],
    ["--first-published", "--rule", "hague-core", "--year", "2025"],
    ["--first-published", "--year", "2022", "--edition", "2023-03"],
  ],
  export: [[], ["--edition", "2025"]],
  validate: [["OK"], ["BAD"]],
};

const ajv = new Ajv2020({ allErrors: true, strict: false });

function answer(command: string, args: readonly string[]): unknown {
  const resolved = args.map((a) =>
    a === "OK" ? join(dir, "ok.csv") : a === "BAD" ? join(dir, "bad.csv") : a,
  );
  const run = nato([command, ...resolved, "--format", "json"]);
  expect(run.code, `${command} ${args.join(" ")}: ${run.stderr}`).toBe(
    command === "validate" && args[0] === "BAD" ? 1 : 0,
  );
  return JSON.parse(run.stdout);
}

describe("every command's JSON validates against its published schema", () => {
  for (const [command, modes] of Object.entries(MODES)) {
    it(`nato ${command}`, () => {
      const shipped = JSON.parse(
        readFileSync(new URL(`../dist/schemas/${command}.json`, import.meta.url), "utf8"),
      );
      const printed = nato(["schema", command]);
      expect(printed.code).toBe(0);
      expect(JSON.parse(printed.stdout)).toEqual(shipped);
      const validate = ajv.compile(shipped);
      for (const args of modes) {
        const data = answer(command, args);
        const ok = validate(data);
        expect(ok, `nato ${command} ${args.join(" ")}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      }
    });
  }

  it("nato export --format json is the site's download, valid against the site's schema", () => {
    const site = ajv.compile(datasetExportJsonSchema());
    for (const edition of ["2026", "2025"]) {
      const data = answer("export", ["--edition", edition]);
      expect(site(data), ajv.errorsText(site.errors)).toBe(true);
    }
  });

  it("a schema that is not there is a usage error with a suggestion", () => {
    const run = nato(["schema", "alies"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^nato schema: No JSON schema for "alies"\. Did you mean "allies"\?/);
  });
});

describe("the README's contract section", () => {
  it("names exactly the top-level fields of each command's published schema", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const table = readme.slice(readme.indexOf("| command     | top-level fields"));
    const rows = table.split("\n").filter((l) => /^\| `[a-z]+` +\| /.test(l));
    expect(rows.map((r) => r.split("|")[1]?.trim())).toEqual(Object.keys(MODES).map((c) => `\`${c}\``));
    for (const row of rows) {
      const [, commandCell = "", fieldsCell = ""] = row.split("|");
      const command = commandCell.trim().replaceAll("`", "");
      // The fields are the backquoted names outside parentheses (which explain) and outside { } (nested).
      let text = fieldsCell;
      for (let i = 0; i < 5; i++) text = text.replace(/\([^()]*\)/g, "");
      const named = new Set(
        [...text.matchAll(/`([^`]+)`/g)]
          .map((m) => m[1] ?? "")
          .filter((s) => !s.startsWith("{"))
          .map((s) => /^[A-Za-z][A-Za-z0-9]*/.exec(s)?.[0] ?? ""),
      );
      const schema = JSON.parse(
        readFileSync(new URL(`../dist/schemas/${command}.json`, import.meta.url), "utf8"),
      );
      // A command with several answers (revisions, with and without --first-published) is a union.
      const fields = new Set<string>(
        (schema.anyOf ?? [schema]).flatMap((s: { properties: object }) => Object.keys(s.properties)),
      );
      expect([...named].sort(), command).toEqual([...fields].sort());
    }
  });
});

describe("one name per concept", () => {
  it("names the Ally `code` in every command, never `ally`", () => {
    for (const [command, args] of [
      ["check", ["two-percent"]],
      ["gap", ["3.5"]],
      ["scenario", []],
      ["burden", []],
    ] as const) {
      const text = nato([command, ...args, "--format", "json"]).stdout;
      expect(text, command).not.toMatch(/"ally":/);
      expect(text, command).toMatch(/"code": "POL"/);
    }
  });

  it("takes in its options the names its JSON reports: check's metric, allies' sort key", () => {
    const byShort = JSON.parse(
      nato(["check", "--threshold", "30", "--metric", "equipment", "--format", "json"]).stdout,
    );
    expect(byShort.metric).toBe("equipmentSharePct");
    const byJsonName = nato(["check", "--threshold", "30", "--metric", byShort.metric, "--format", "json"]);
    expect(byJsonName.code, byJsonName.stderr).toBe(0);
    expect(JSON.parse(byJsonName.stdout)).toEqual(byShort);
    const sorted = JSON.parse(nato(["allies", "--sort", "spend", "--format", "json"]).stdout);
    expect(sorted.sort).toBe("expenditureUsdCurrentM");
    const again = JSON.parse(nato(["allies", "--sort", sorted.sort, "--format", "json"]).stdout);
    expect(again).toEqual(sorted);
    expect(JSON.parse(nato(["allies", "--sort", "real-change", "--format", "json"]).stdout).sort).toBe(
      "realChangePct",
    );
    expect(JSON.parse(nato(["allies", "--format", "json"]).stdout).sort).toBe("name");
    const wrong = nato(["allies", "--sort", "shar"]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(
      /^nato allies: Unknown sort key "shar"\. Did you mean "share"\? Expected name, real-change \(realChangePct\)/,
    );
  });

  it("names burden's money by its price basis", () => {
    const current = JSON.parse(nato(["burden", "--format", "json"]).stdout);
    expect(current.unitedStates).toHaveProperty("expenditureUsdCurrentM");
    const constant = JSON.parse(nato(["burden", "--prices", "constant-2021", "--format", "json"]).stdout);
    expect(constant.unitedStates).toHaveProperty("expenditureUsdConstant2021M");
    expect(constant).toHaveProperty("natoTotalUsdConstant2021M");
  });

  it("names scenario's money by its price basis, never a bare UsdM", () => {
    for (const [prices, suffix] of [
      ["constant", "UsdConstant2021M"],
      ["current", "UsdCurrentM"],
    ] as const) {
      const text = nato(["scenario", "--prices", prices, "--format", "json"]).stdout;
      expect(text).not.toMatch(/UsdM"/);
      const s = JSON.parse(text);
      expect(s).toHaveProperty(`totalExtra${suffix}`);
      expect(s.years[0]).toHaveProperty(`unitedStatesExtra${suffix}`);
    }
  });

  it("gives Iceland null, never 0, for extra spending in a scenario", () => {
    const s = JSON.parse(nato(["scenario", "--format", "json"]).stdout);
    const iceland = s.allies.find((a: { code: string }) => a.code === "ISL");
    expect(iceland.status).toBe("not-applicable");
    expect(iceland.cumulativeExtraUsdConstant2021M).toBeNull();
  });

  it("gives complete verdicts in allies, and the pace lines of the table in ally's JSON", () => {
    const a = JSON.parse(nato(["allies", "--format", "json"]).stdout);
    expect(Object.keys(a.allies[0].rules["two-percent"]).sort()).toEqual([
      "gapUsdConstant2021M",
      "gapUsdCurrentM",
      "marginPp",
      "onTrack",
      "reason",
      "status",
      "threshold",
      "value",
    ]);
    const pol = JSON.parse(nato(["ally", "POL", "--format", "json"]).stdout);
    expect(pol.pace.map((p: { thresholdPct: number }) => p.thresholdPct)).toEqual([3.5, 5]);
  });
});
