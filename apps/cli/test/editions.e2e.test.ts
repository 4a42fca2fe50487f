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

describe("nato revisions --first-published", () => {
  it("judges the Wales pledge's 2024 on the figures as NATO first published them, restated and today", () => {
    const run = nato(["revisions", "--first-published"]);
    expect(run.code, run.stderr).toBe(0);
    const text = run.stdout.replace(/\s+/g, " ");
    // June 2024 workbook, Table 3 (2024e): 23 Allies at 2% or more; August 2025 edition: 18; July 2026
    // edition (core defence expenditure): 17. Of 31 Allies with armed forces (32 members, Iceland none).
    expect(text).toContain(
      "As NATO first published its 2024 figures (June 2024 edition, estimates), 23 of 31 Allies with armed forces were estimated at 2% or more; as restated in the August 2025 edition (estimates), 18 of 31; in the July 2026 edition, on NATO's new basis of core defence expenditure, 17 of 31.",
    );
    // Slovakia: exactly 2 in June 2024's workbook, 1.96 in August 2025's, 1.99 in July 2026's.
    expect(run.stdout).toMatch(/Slovak Republic \*\s+2\.00%\se\s+1\.96%\se\s+1\.99%\s+meets → below → below/);
    expect(run.stdout).toMatch(/Iceland\s+not applicable/);
  });

  it("answers JSON with each view's count and every member's verdicts", () => {
    const json = natoJson<Json>(["revisions", "--first-published", "--year", "2024"]);
    expect(json.view).toBe("first-published-verdicts");
    expect(json.views.map((v: Json) => [v.kind, v.editions, v.count.met, v.count.judged])).toEqual([
      ["first-published", ["2024-06"], 23, 31],
      ["restated", ["2025-08"], 18, 31],
      ["latest", ["2026-07"], 17, 31],
    ]);
    expect(json.changedCodes).toEqual(["ALB", "BGR", "CZE", "MNE", "MKD", "SVK"]);
    expect(json.allies).toHaveLength(32);
    expect(json.allies.find((a: Json) => a.code === "CZE")).toMatchObject({
      name: "Czechia",
      firstPublished: { edition: "2024-06", status: "met" },
      restated: { edition: "2025-08", value: 2.08, status: "met" },
      latest: { edition: "2026-07", value: 1.99, status: "below", basis: "core-defence-expenditure" },
    });
  });

  it("keeps to what was known at an edition's release with --edition", () => {
    const json = natoJson<Json>(["revisions", "--first-published", "--year", "2022", "--edition", "2023-03"]);
    // March 2023 workbook, 2022e: Estonia, Greece, Latvia, Lithuania, Poland, the UK and the US.
    expect(json.views).toHaveLength(1);
    expect(json.views[0].count.metCodes).toEqual(["EST", "GRC", "LVA", "LTU", "POL", "GBR", "USA"]);
  });

  it("gives one Ally's series as first published beside the latest", () => {
    const json = natoJson<Json>(["revisions", "POL", "--first-published"]);
    expect(json.view).toBe("first-published");
    const y2024 = json.points.find((p: Json) => p.year === 2024);
    // Poland 2024: 4.12% e first (June 2024 edition, 4.1201909...), 3.75% in the July 2026 edition.
    expect(y2024.firstPublished).toMatchObject({ edition: "2024-06", estimate: true });
    expect(y2024.firstPublished.value).toBeCloseTo(4.1202, 4);
    expect(y2024.latest).toMatchObject({ edition: "2026-07", value: 3.75 });
    expect(json.comparable).toBe(false);
    expect(json.reason).toMatch(/core-defence-expenditure/);
    const rows = csvRecords(nato(["revisions", "POL", "--first-published", "--format", "csv"]).stdout);
    expect(rows.find((r) => r.year === "2019")).toMatchObject({
      first_edition: "2019-06",
      first_estimate: "true",
    });
  });

  it("refuses what it cannot answer, saying what was expected", () => {
    const none = nato(["revisions"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/Missing Ally: expected an Ally's code or name/);
    const rule = nato(["revisions", "POL", "--rule", "two-percent"]);
    expect(rule.code).toBe(2);
    expect(rule.stderr).toMatch(/--rule .* use it with --first-published and no Ally/);
    const year = nato(["revisions", "--first-published", "--year", "2040"]);
    expect(year.code).toBe(2);
    expect(year.stderr).toMatch(/expected a year from 2012 to 2026/);
  });
});
