// Bad input: one clear line on standard error naming what was wrong and what was expected, nothing on
// standard output, exit 2 for a usage mistake; no stack trace unless --debug.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { nato } from "./nato.js";

function expectUsageError(args: readonly string[], message: RegExp): string {
  const run = nato(args);
  expect(run.code, run.stderr).toBe(2);
  expect(run.stdout).toBe("");
  const lines = run.stderr.trimEnd().split("\n");
  expect(lines, run.stderr).toHaveLength(1);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(lines[0]).toMatch(message);
  return lines[0] ?? "";
}

describe("usage mistakes exit 2 with one line", () => {
  it("an unknown Ally, with the nearest one suggested", () => {
    expectUsageError(
      ["ally", "Polnd"],
      /^nato ally: Unknown Ally "Polnd"\. Did you mean Poland \(POL\)\? Expected/,
    );
    expectUsageError(["project", "Germny"], /Did you mean Germany \(DEU\)\?/);
    expectUsageError(
      ["revisions", "xyz"],
      /^nato revisions: Unknown Ally or aggregate "xyz"\. Expected an Ally's code or name, or an aggregate: one of ALB, .*, NATO, NATO_EU_CA\.$/,
    );
  });

  it("an unknown command, with the commands there are", () => {
    expectUsageError(
      ["alies"],
      /^nato: unknown command 'alies' \(Did you mean allies\?\)\. Expected one of allies, ally, check/,
    );
    expectUsageError(["frobnicate"], /^nato: unknown command 'frobnicate'\. Expected one of allies, ally/);
  });

  it("an unknown option", () => {
    expectUsageError(
      ["allies", "--sortt", "share"],
      /^nato allies: unknown option '--sortt' \(Did you mean --sort\?\)\. See "nato allies --help"\./,
    );
  });

  it("an unknown rule", () => {
    expectUsageError(
      ["check", "three-percent"],
      /^nato check: Unknown rule "three-percent": expected one of two-percent, equipment-20, hague-core, hague-total\.$/,
    );
    expectUsageError(
      ["check", "two-percnt"],
      /^nato check: Unknown rule "two-percnt"\. Did you mean "two-percent"\? Expected one of two-percent, equipment-20, hague-core, hague-total\.$/,
    );
    expectUsageError(["check"], /^nato check: Missing rule: expected one of two-percent/);
    expectUsageError(
      ["check", "two-percent", "--threshold", "3"],
      /Give either a rule .* or --threshold, not both/,
    );
    expectUsageError(
      ["check", "--threshold", "3", "--metric", "bogus"],
      /Unknown metric "bogus"\. Expected one of share \(shareOfGdpPct\), equipment \(equipmentSharePct\)/,
    );
  });

  it("an unknown format or sort key", () => {
    expectUsageError(
      ["allies", "--format", "xml"],
      /argument 'xml' is invalid\. Allowed choices are table, json, csv\./,
    );
    expectUsageError(["export", "--format", "xlsx"], /Allowed choices are csv, json, table\./);
    expectUsageError(["validate", "x.csv", "--format", "yaml"], /Allowed choices are table, json, csv\./);
    expectUsageError(
      ["allies", "--sort", "size"],
      /^nato allies: Unknown sort key "size"\. Expected name, real-change \(realChangePct\) or a figure: share \(shareOfGdpPct\)/,
    );
  });

  it("an unknown edition", () => {
    expectUsageError(
      ["allies", "--edition", "2022"],
      /^nato allies: Unknown edition "2022": expected one of 2026-07, 2025-08.* latest = 2026-07\)\.$/,
    );
  });

  it("a year outside the data, or not a year", () => {
    expectUsageError(
      ["allies", "--year", "2030"],
      /^nato allies: No data for year 2030: expected a year from 2014 to 2026\.$/,
    );
    expectUsageError(
      ["ally", "POL", "--year", "2026", "--edition", "2025"],
      /No data for year 2026: expected a year from 2014 to 2025\./,
    );
    expectUsageError(["check", "two-percent", "--year", "1990"], /No data for year 1990/);
    expectUsageError(
      ["burden", "--year", "next"],
      /^nato burden: Invalid year "next": expected a year such as 2026\.$/,
    );
  });

  it("a target that is not a number from 0 to 100", () => {
    expectUsageError(["gap", "120"], /^nato gap: Invalid target "120": expected a number from 0 to 100\.$/);
    expectUsageError(["gap", "lots"], /^nato gap: Invalid target "lots": expected a number from 0 to 100\.$/);
    expectUsageError(
      ["project", "DEU", "--target", "-1"],
      /Invalid target "-1": expected a number from 0 to 100\./,
    );
    expectUsageError(["scenario", "--target", "abc"], /Invalid target "abc"/);
    expectUsageError(
      ["check", "--threshold", "101"],
      /Invalid threshold "101": expected a number from 0 to 100\./,
    );
  });

  it("a deadline before the baseline", () => {
    expectUsageError(
      ["project", "DEU", "--deadline", "2020"],
      /^nato project: Deadline 2020 is not after the baseline year 2026: expected a year from 2027 to 2100\.$/,
    );
    expectUsageError(["scenario", "--deadline", "2026"], /Deadline 2026 is not after the baseline year 2026/);
    expectUsageError(["project", "DEU", "--year", "2020", "--deadline", "2019"], /baseline year 2020/);
  });

  it("an edition without the figures the command needs", () => {
    // The 2025 edition is shipped with its share of GDP only.
    expectUsageError(
      ["project", "POL", "--edition", "2025"],
      /^nato project: The August 2025 edition has no Real GDP \(2021 \$\) figures, which a path to a target needs: expected --edition 2026-07\.$/,
    );
    expectUsageError(["scenario", "--edition", "2025"], /The August 2025 edition has no Real GDP/);
    expectUsageError(
      ["burden", "--edition", "2025"],
      /The August 2025 edition has no Spend \(current \$\) figures, which burden sharing needs/,
    );
  });

  it("a growth rate outside -20..20", () => {
    expectUsageError(
      ["project", "DEU", "--gdp-growth", "50"],
      /Invalid GDP growth "50": expected a yearly rate/,
    );
  });

  it("a missing argument", () => {
    expectUsageError(["ally"], /^nato ally: missing required argument 'ally'\. See "nato ally --help"\.$/);
  });

  it("a file that does not exist, or a folder", () => {
    expectUsageError(
      ["validate", "no-such-file.csv"],
      /^nato validate: Cannot read "no-such-file\.csv": no such file\. Expected a CSV or JSON file/,
    );
    expectUsageError(["validate", "."], /Cannot read "\.": it is a folder\./);
  });

  it("an output path in a folder that does not exist", () => {
    expectUsageError(
      ["export", "-o", "/no/such/folder/out.csv"],
      /Cannot write "\/no\/such\/folder\/out\.csv" \(ENOENT\)/,
    );
  });
});

describe("--debug", () => {
  it("adds the stack trace", () => {
    const run = nato(["ally", "Polnd", "--debug"]);
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")[0]).toMatch(/^nato ally: Unknown Ally "Polnd"/);
    expect(run.stderr).toMatch(/\n\s+at getAlly/);
  });
});

describe("help and version", () => {
  it("--version prints the package version and the edition of the figures", () => {
    const run = nato(["--version"]);
    expect(run.code).toBe(0);
    const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
    // The latest edition shipped: NATO, Defence Investment of NATO Countries (2014-2026), released July 2026.
    expect(run.stdout.trim()).toBe(
      `nato ${version}; figures: NATO, Defence Investment of NATO Countries (2014-2026), July 2026 edition (2026-07, published 2026-07-10)`,
    );
  });

  it("help names the editions core ships, never a hard-coded one", async () => {
    const { EDITION_IDS, getEdition } = await import("@nato/core");
    const help = nato(["--help"]).stdout.replace(/\s+/g, " ");
    expect(help).toContain(`Figures: NATO, ${getEdition().title}; earlier editions with --edition.`);
    expect(help).not.toMatch(/\(2014-20\d\d\)\. e = estimate/);
    const allies = nato(["allies", "--help"]).stdout.replace(/\s+/g, " ");
    expect(allies).toContain(`NATO edition to read: ${EDITION_IDS.join(", ")}`);
    expect(allies).toContain(`(default: latest, ${getEdition().id})`);
  });

  it("every command has --help with examples", () => {
    for (const command of [
      "allies",
      "ally",
      "check",
      "gap",
      "project",
      "scenario",
      "burden",
      "revisions",
      "export",
      "validate",
    ]) {
      const run = nato([command, "--help"]);
      expect(run.code, command).toBe(0);
      expect(run.stdout, command).toContain(`Usage: nato ${command}`);
      expect(run.stdout, command).toMatch(new RegExp(`Examples:\\n\\s+\\$ nato ${command}`));
    }
    const top = nato(["--help"]);
    expect(top.code).toBe(0);
    expect(top.stdout).toContain("Commands:");
  });

  // The root script needs pnpm on the PATH; where it is missing, the other tests still run the binary.
  const hasPnpm = spawnSync("pnpm", ["--version"], { encoding: "utf8" }).status === 0;
  it.skipIf(!hasPnpm)("runs from the repository root as pnpm --silent nato", () => {
    const root = fileURLToPath(new URL("../../..", import.meta.url));
    const run = spawnSync("pnpm", ["--silent", "nato", "ally", "pl", "--year", "2025", "--format", "json"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).observations[0].shareOfGdpPct).toBe(4.25);
  });

  it("no command prints the help on standard error and exits 2", () => {
    const run = nato([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
  });
});

describe("options that make no sense together, and words", () => {
  it("a deadline not after the year judged", () => {
    expectUsageError(
      ["check", "--threshold", "3", "--deadline", "2020"],
      /^nato check: Deadline 2020 is not after the year judged, 2026: expected a deadline from 2027 to 2100/,
    );
  });

  it("--related with a rule other than hague-total", () => {
    expectUsageError(
      ["check", "hague-core", "--related", "1"],
      /^nato check: --related counts toward The Hague's 5% total only: expected "nato check hague-total --related 1"/,
    );
  });

  it("an unknown help topic, with the nearest", () => {
    expectUsageError(
      ["help", "nope"],
      /^nato: Unknown help topic "nope"\. Expected one of allies, ally, check/,
    );
    expectUsageError(["help", "alies"], /^nato: Unknown help topic "alies"\. Did you mean "allies"\?/);
  });

  it("accepts the options of a command before the command", () => {
    const run = nato(["--format", "json", "--year", "2014", "allies"]);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).year).toBe(2014);
  });

  it("resolves the names people use for Allies (England, Britain, Holland, America, Turkey, Macedonia)", () => {
    for (const [query, code] of [
      ["England", "GBR"],
      ["Britain", "GBR"],
      ["Holland", "NLD"],
      ["America", "USA"],
      ["Turkey", "TUR"],
      ["Macedonia", "MKD"],
    ] as const) {
      const run = nato(["ally", query, "--year", "2025", "--format", "json"]);
      expect(run.code, `${query}: ${run.stderr}`).toBe(0);
      expect(JSON.parse(run.stdout).code).toBe(code);
    }
  });

  it("explains truly why an early base year has no projection", () => {
    const run = nato(["project", "DEU", "--year", "2014"]);
    expect(run.stdout.replace(/\s+/g, " ")).toContain(
      "has no real GDP for DEU before 2014 (its figures begin in 2014), so there is no recent growth to assume",
    );
    expect(run.stdout).not.toContain("has no share of GDP or real GDP for DEU in 2014");
  });
});
