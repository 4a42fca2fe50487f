// `nato revisions` lists every edition of the registry, and `--edition` takes every id, alias and `latest`
// on every command that reads figures: run as a process, as a user would.
import { EDITION_IDS, EDITION_NAMES, EDITIONS, getEdition, resolveEditionId } from "@nato/core";
import { describe, expect, it } from "vitest";
import { csvRecords, nato, natoJson } from "./nato.js";

// biome-ignore lint/suspicious/noExplicitAny: JSON answers are checked field by field.
type Json = Record<string, any>;

/** The editions that carry a share of GDP for `year`, newest first, as the registry describes them. */
const editionsCovering = (year: number) =>
  EDITION_IDS.filter((id) => {
    const e = EDITIONS[id];
    return (
      e.firstYear <= year &&
      year <= e.lastYear &&
      (e.coverage === "full" || e.metrics.includes("shareOfGdpPct"))
    );
  });

describe("nato revisions POL --year 2019", () => {
  it("lists every edition that covers 2019, newest first, with its value, prices and basis", () => {
    const run = nato(["revisions", "POL", "--year", "2019"]);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.split("\n");
    const rows = lines.filter((l) => /^\d{4}-\d{2}\s/.test(l)).map((l) => l.split(/\s{2,}/)[0]);
    expect(rows).toEqual(editionsCovering(2019));
    // NATO 2026 edition, Table 3: Poland 2019, 1.96% of GDP, core defence expenditure at 2021 prices.
    expect(run.stdout).toMatch(/2026-07\s+2026-07-10\s+1\.96%\s+2021\s+core defence expenditure/);
    expect(run.stdout).toMatch(/^First published: \d+\.\d\d%(\se)? \(\d{4}-\d{2}\)\.$/m);
    expect(run.stdout).toContain("Basis change: From");
    expect(run.stdout.replace(/\s+/g, " ")).toContain(
      "across NATO's change of basis from defence expenditure to core defence expenditure",
    );
    for (const id of editionsCovering(2019)) {
      expect(run.stdout.replace(/\s+/g, " ")).toContain(`${getEdition(id).title.split(" (")[0]}`);
    }
  });

  it("answers JSON: each edition's figure, first published, latest, the revision and the basis change apart", () => {
    const json = natoJson<Json>(["revisions", "POL", "--year", "2019"]);
    expect(json).toMatchObject({ code: "POL", name: "Poland", metric: "shareOfGdpPct", measure: "points" });
    expect(json.revisions).toHaveLength(1);
    const r = json.revisions[0];
    expect(r.editions.map((e: Json) => e.edition)).toEqual(editionsCovering(2019));
    expect(r.latest.edition).toBe(getEdition().id);
    expect(r.latest.value).toBe(1.96); // NATO 2026 edition, Table 3.
    expect(r.firstPublished.edition).toBe(editionsCovering(2019).at(-1));
    expect(r.basisChange.kind).toBe("basis-change");
    expect(r.basisChange.to.edition).toBe(getEdition().id);
    if (r.revision) expect(r.revision.kind).toBe("revision");
  });

  it("answers CSV with the price base and basis of each edition's value", () => {
    const run = nato(["revisions", "POL", "--year", "2019", "--format", "csv"]);
    expect(run.code).toBe(0);
    const rows = csvRecords(run.stdout);
    expect(rows.map((r) => r.edition)).toEqual(editionsCovering(2019));
    expect(rows[0]).toMatchObject({
      iso3: "POL",
      year: "2019",
      edition: getEdition().id,
      price_base: "2021",
      basis: "core-defence-expenditure",
      share_gdp_pct: "1.96",
    });
  });

  it("follows any metric and refuses to compare money of different price bases", () => {
    const json = natoJson<Json>(["revisions", "NATO", "--metric", "spend-2021"]);
    expect(json.measure).toBe("percent");
    for (const r of json.revisions) {
      for (const step of r.steps) {
        if (step.from.priceBase !== step.to.priceBase) {
          expect(step.comparable).toBe(false);
          expect(step.change).toBeNull();
          expect(step.reason).toMatch(/Not comparable/);
        }
      }
    }
  });

  it("with --edition, shows only what was known at that release", () => {
    const earlier = EDITION_IDS[1] as string;
    const json = natoJson<Json>(["revisions", "POL", "--edition", earlier]);
    expect(json.editions[0]).toBe(earlier);
    expect(json.editions).not.toContain(getEdition().id);
  });

  it("refuses an unknown Ally, metric or edition with what is known, exit 2", () => {
    const ally = nato(["revisions", "Atlantis"]);
    expect(ally.code).toBe(2);
    expect(ally.stderr).toMatch(/Unknown Ally or aggregate "Atlantis".*one of ALB,.*NATO_EU_CA\.\n$/);
    const metric = nato(["revisions", "POL", "--metric", "budget"]);
    expect(metric.code).toBe(2);
    expect(metric.stderr).toMatch(/Unknown metric "budget".*Expected one of share \(shareOfGdpPct\)/);
    const edition = nato(["revisions", "POL", "--edition", "1999"]);
    expect(edition.code).toBe(2);
    for (const id of EDITION_IDS) expect(edition.stderr).toContain(id);
    const year = nato(["revisions", "POL", "--year", "1990"]);
    expect(year.code).toBe(2);
    expect(year.stderr).toMatch(/1990/);
  });
});

describe("--edition on every command", () => {
  // Each command that reads figures, with the arguments it needs.
  const COMMANDS: readonly (readonly string[])[] = [
    ["allies"],
    ["ally", "POL"],
    ["check", "two-percent"],
    ["gap", "2"],
    ["project", "POL"],
    ["scenario"],
    ["burden"],
    ["revisions", "POL"],
    ["export"],
  ];

  it("accepts every id, alias and latest: the figures of that edition, or a refusal naming missing figures", () => {
    for (const name of EDITION_NAMES) {
      const id = resolveEditionId(name);
      for (const args of COMMANDS) {
        const run = nato([...args, "--edition", name, "--format", args[0] === "export" ? "csv" : "json"]);
        const label = `nato ${args.join(" ")} --edition ${name}`;
        expect(run.stderr, label).not.toMatch(/Unknown edition/);
        if (run.code !== 0) {
          // An edition shipped with its share of GDP only, or with its money in 2015 prices, cannot answer
          // commands built on 2021-price money or GDP.
          expect(EDITIONS[id].coverage === "share-of-gdp" || EDITIONS[id].priceBase !== 2021, label).toBe(
            true,
          );
          expect(run.code, label).toBe(2);
          expect(run.stderr, label).toMatch(/edition has no .* figures/);
          continue;
        }
        if (args[0] === "export") {
          expect(new Set(csvRecords(run.stdout).map((r) => r.edition)), label).toEqual(new Set([id]));
        } else if (args[0] === "revisions") {
          expect(JSON.parse(run.stdout).editions[0], label).toBe(id);
        } else {
          expect(JSON.parse(run.stdout).edition, label).toBe(id);
        }
      }
    }
  }, 120_000);

  it("refuses an unknown edition on every command, listing the known ids", () => {
    for (const args of COMMANDS) {
      const run = nato([...args, "--edition", "2020-01"]);
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.stderr).toMatch(/Unknown edition "2020-01"/);
      for (const id of EDITION_IDS) expect(run.stderr).toContain(id);
    }
  });
});
