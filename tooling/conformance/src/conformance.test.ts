// One truth: each question is answered by @nato/core, by the CLI's JSON and by the site's HTML, and the
// three answers must agree. Figures are NATO's, Defence Investment of NATO Countries (2014-2026), the
// latest edition; the expected values come from the library itself, since the point is that the CLI and
// the site show what core computes, at the precision they display.
import {
  allianceScenario,
  allyVerdict,
  burdenSharing,
  countVerdicts,
  countWithExceptions,
  type EntityCode,
  exceptionPhrase,
  figureRevisions,
  formatRevision,
  gapToTarget,
  getAlly,
  getDataset,
  getRule,
  revisionsByEdition,
  TWO_PERCENT,
  verdictsAsFirstPublished,
  WALES_PLEDGE_YEAR,
  yearReachingThreshold,
  yearVerdicts,
} from "@nato/core";
import type { HTMLElement } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { cli, page, shown, textOf } from "./surfaces.js";

const dataset = getDataset();
const latest = dataset.edition.lastYear;
const isEstimate = (year: number) => dataset.edition.estimateYears.includes(year);

/** A figure shown on a page equals the library's, at the precision shown. */
function expectShownEqual(text: string, value: number | null | undefined, what: string): void {
  expect(value, `${what}: the library has a figure`).not.toBeNull();
  const { value: seen, step } = shown(text);
  expect(
    Math.abs(seen - (value as number)),
    `${what}: site shows "${text}", library ${value}`,
  ).toBeLessThanOrEqual(step / 2 + 1e-9);
}

const RULE_COLUMNS: Record<string, RegExp> = {
  "two-percent": /^2\s?%$/,
  "hague-core": /^3\.5\s?%$/,
  "equipment-20": /^20\s?%$/,
};

/** The /allies table of a year: each member's status for each rule, read from the status badges. */
async function alliesTable(year: number): Promise<Map<string, Record<string, string>>> {
  const root = await page(`/allies?year=${year}`);
  const table = root.querySelector("table") as HTMLElement;
  const headers = table.querySelectorAll("thead th").map((th) => textOf(th).replace(/[▲▼]/g, "").trim());
  const rows = new Map<string, Record<string, string>>();
  for (const row of table.querySelectorAll("tbody tr")) {
    const href = row.querySelector('th a[href^="/allies/"]')?.getAttribute("href");
    if (!href) continue;
    const cells = row.querySelectorAll("td");
    const statuses: Record<string, string> = {};
    for (const [rule, pattern] of Object.entries(RULE_COLUMNS)) {
      const column = headers.findIndex((h) => pattern.test(h));
      const badge = cells[column - 1]?.querySelector(".status");
      const kind = badge?.classList.value.find((c) => c.startsWith("status-"))?.slice("status-".length);
      if (kind) statuses[rule] = kind;
    }
    rows.set(href.slice("/allies/".length), statuses);
  }
  return rows;
}

/** The site's verdict: the badge in the year's table, or "not-member" where the year's table has no row. */
async function siteStatus(code: string, year: number, rule: string): Promise<string> {
  const row = (await alliesTable(year)).get(code);
  return row === undefined ? "not-member" : (row[rule] ?? "missing");
}

/** The row of a rule on an Ally's page (the latest year). */
async function ruleRow(code: string, rule: string): Promise<HTMLElement> {
  const root = await page(`/allies/${code}`);
  const row = root.querySelector(`tr[data-rule="${rule}"]`);
  if (!row) throw new Error(`/allies/${code} has no row for ${rule}`);
  return row;
}

interface CheckJson {
  judged: number;
  counts: { met: number; below: number; notApplicable: number; noData: number };
  count: string;
}

describe("counts: how many Allies meet a rule in a year, of how many that can be judged", () => {
  const cases: [string, number][] = [];
  for (let year = dataset.edition.firstYear; year <= latest; year++) {
    cases.push(["two-percent", year], ["hague-core", year]);
  }
  cases.push(["equipment-20", 2014], ["equipment-20", 2020], ["equipment-20", latest]);

  it.each(cases)("%s in %i", async (ruleId, year) => {
    const lib = countVerdicts(
      yearVerdicts(dataset, getRule(ruleId), year),
      year,
      isEstimate(year),
      dataset.edition.id,
    );
    const json = cli<CheckJson>("check", ruleId, "--year", String(year));
    const table = await alliesTable(year);
    const site = [...table.values()].map((s) => s[ruleId]);
    const siteMet = site.filter((s) => s === "met").length;
    const siteJudged = site.filter((s) => s !== "not-applicable").length;

    expect({ met: json.counts.met, judged: json.judged }).toEqual({ met: lib.met, judged: lib.judged });
    expect({ met: siteMet, judged: siteJudged }).toEqual({ met: lib.met, judged: lib.judged });
    expect(json.counts.below).toBe(lib.below);
  });

  it.each([
    ["two-percent", "allies-at-2"],
    ["hague-core", "allies-at-3-5"],
  ])(
    "the overview's sentence for %s in the latest year is core's, word for word, and the CLI's",
    async (ruleId, id) => {
      const lib = countVerdicts(
        yearVerdicts(dataset, getRule(ruleId), latest),
        latest,
        isEstimate(latest),
        dataset.edition.id,
      );
      const json = cli<CheckJson>("check", ruleId, "--year", String(latest));
      expect(json.count).toBe(countWithExceptions(lib));
      // The tile: the count as its figure ("30 of 31"), the denominator and the exceptions in its label.
      const figure = (await page("/")).querySelector(`[data-testid="${id}"]`);
      expect(textOf(figure)).toBe(`${lib.met} of ${lib.judged}`);
      const label = textOf(figure?.nextElementSibling as HTMLElement | undefined);
      expect(label).toMatch(/^Allies with armed forces /);
      const exceptions = exceptionPhrase(lib);
      if (exceptions) expect(label).toContain(`(${exceptions})`);
    },
  );
});

describe("verdicts: one Ally, one rule, one year", () => {
  // Finland joined in 2023 and Sweden in 2024; Iceland has no armed forces; Slovenia is the one Ally below
  // 2 % in 2026e; Albania and Czechia below 2 % in 2025e (NATO, 2026 edition, Table 3).
  it.each([
    ["POL", latest, "two-percent", "met"],
    ["SVN", latest, "two-percent", "below"],
    ["ISL", latest, "two-percent", "not-applicable"],
    ["FIN", 2014, "two-percent", "not-member"],
    ["SWE", 2023, "two-percent", "not-member"],
    ["ALB", 2025, "two-percent", "below"],
    ["CZE", 2025, "two-percent", "below"],
    ["DEU", latest, "hague-core", "below"],
    ["LTU", latest, "hague-core", "met"],
    ["GBR", latest, "equipment-20", "met"],
  ] as const)("%s in %i on %s: %s", async (code, year, ruleId, expected) => {
    const lib = allyVerdict(dataset, getRule(ruleId), getAlly(code), year).status;
    const json = cli<{ observations: { rules: Record<string, { status: string }> }[] }>(
      "ally",
      code,
      "--year",
      String(year),
    );
    expect(lib).toBe(expected);
    expect(json.observations[0]?.rules[ruleId]?.status).toBe(lib);
    expect(await siteStatus(code, year, ruleId)).toBe(lib);
  });
});

interface GapJson {
  allies: { code: string; status: string; marginPp: number | null; gapUsdCurrentM: number | null }[];
}

describe("gaps to 3.5 % in the latest year, in points and current dollars", () => {
  it.each(["DEU", "FRA", "ITA", "ESP", "CAN", "BEL"])("%s", async (code) => {
    const lib = gapToTarget(dataset, 3.5, latest).allies.find((a) => a.code === code);
    const json = cli<GapJson>("gap", "3.5", "--year", String(latest)).allies.find((a) => a.code === code);
    expect(lib?.status).toBe("below");
    expect(json?.marginPp).toBe(lib?.marginPp);
    expect(json?.gapUsdCurrentM).toBeCloseTo(lib?.gapUsdCurrentM ?? Number.NaN, 6);
    const cells = (await ruleRow(code, "hague-core")).querySelectorAll("td");
    expectShownEqual(textOf(cells[3]), lib?.marginPp, `${code} margin`);
    expectShownEqual(textOf(cells[4]), lib?.gapUsdCurrentM, `${code} gap`);
  });
});

describe("paths to 3.5 % by 2035 and the year reached at the recent pace", () => {
  it.each(["DEU", "FRA", "ITA", "ESP", "CAN"])("%s: the straight-line yardstick", async (code) => {
    const lib = allyVerdict(dataset, getRule("hague-core"), getAlly(code), latest);
    const json = cli<{ observations: { rules: Record<string, { onTrack: { status: string } | null }> }[] }>(
      "ally",
      code,
      "--year",
      String(latest),
    );
    const row = await ruleRow(code, "hague-core");
    expect(lib.onTrack?.status).toBeDefined();
    expect(json.observations[0]?.rules["hague-core"]?.onTrack?.status).toBe(lib.onTrack?.status);
    expect(row.querySelector("[data-path]")?.getAttribute("data-path")).toBe(lib.onTrack?.status);
  });

  it.each(["DEU", "ITA", "CAN"])("%s: the year reaching 3.5 % at the recent pace", async (code) => {
    const lib = yearReachingThreshold(dataset, code as EntityCode, 3.5, { toYear: latest });
    const json = cli<{ pace: { thresholdPct: number; status: string; year: number | null }[] }>(
      "ally",
      code,
      "--year",
      String(latest),
    ).pace.find((p) => p.thresholdPct === 3.5);
    expect(lib.status).toBe("reaches");
    expect(json?.year).toBe(lib.year);
    const text = textOf(await ruleRow(code, "hague-core"));
    expect(text).toMatch(new RegExp(`reaches 3\\.5\\s?% in ${lib.year}`));
  });
});

// The CLI's money fields name their price basis (constant 2021 dollars by default).
interface ScenarioJson {
  totalExtraUsdConstant2021M: number;
  unitedStatesExtraUsdConstant2021M: number;
  europeAndCanadaExtraUsdConstant2021M: number;
  allies: { code: string; extraUsdConstant2021M: number | null }[];
}

describe("the alliance scenario: totals and splits", () => {
  const parts = [
    ["total", "totalExtraUsdM", "scenario-total"],
    ["the United States", "unitedStatesExtraUsdM", "scenario-us"],
    ["Europe and Canada", "europeAndCanadaExtraUsdM", "scenario-euca"],
  ] as const;
  const frames: readonly (readonly [number, number])[] = [
    [3.5, 2035],
    [5, 2035],
  ];
  const cases = frames.flatMap(([target, deadline]) => parts.map((p) => [target, deadline, ...p] as const));

  it.each(cases)("target %s, deadline %s: %s", async (target, deadline, _what, field, testid) => {
    const lib = allianceScenario(dataset, { targetPct: target, deadline });
    const json = cli<ScenarioJson>("scenario", "--target", String(target), "--deadline", String(deadline));
    expect(json[`${field.replace(/UsdM$/, "")}UsdConstant2021M` as keyof ScenarioJson]).toBeCloseTo(
      lib[field] ?? Number.NaN,
      3,
    );
    const root = await page(`/scenarios?target=${target}&deadline=${deadline}`);
    expectShownEqual(textOf(root.querySelector(`[data-testid="${testid}"]`)), lib[field], `${testid}`);
  });

  it.each(["DEU", "FRA", "ITA"])(
    "3.5 %% by 2035: %s's extra spending over the whole period",
    async (code) => {
      const lib = allianceScenario(dataset, { targetPct: 3.5, deadline: 2035 }).allyTotalsUsdM[code];
      const json = cli<ScenarioJson>("scenario", "--target", "3.5", "--deadline", "2035").allies.find(
        (a) => a.code === code,
      );
      expect(json?.extraUsdConstant2021M).toBeCloseTo(lib ?? Number.NaN, 3);
      const root = await page("/scenarios?target=3.5&deadline=2035");
      // The column is found by its header ("Extra, 2027-2035"), not by its place, so the table may
      // gain columns. The row's first cell is the Ally's name, a <th>.
      const row = root.querySelector(`tr[data-code="${code}"]`);
      const headers = (row?.closest("table")?.querySelectorAll("thead th") ?? []).map((th) =>
        textOf(th).replace(/\s+/g, " "),
      );
      const column = headers.findIndex((h) => /^Extra, \d{4}-\d{4}$/.test(h));
      expect(column, `a column headed "Extra, 2027-2035" among ${headers.join(" | ")}`).toBeGreaterThan(0);
      const cells = row?.querySelectorAll("td") ?? [];
      expectShownEqual(textOf(cells[column - 1]), lib, `${code} extra 2027-2035`);
    },
  );
});

interface BurdenJson {
  unitedStates: { sharePct: number; expenditureUsdCurrentM: number | null };
  europeAndCanada: { sharePct: number; expenditureUsdCurrentM: number | null };
}

describe("burden sharing in the latest year", () => {
  it("the United States' share of NATO's total", async () => {
    const lib = burdenSharing(dataset, latest).unitedStates.sharePct;
    const json = cli<BurdenJson>("burden", "--year", String(latest));
    expect(json.unitedStates.sharePct).toBeCloseTo(lib ?? Number.NaN, 6);
    const tile = (await page("/")).querySelector('[data-testid="us-share"]');
    expectShownEqual(textOf(tile), lib, "US share");
  });

  it.each([2014, 2020, latest])(
    "the United States' and Europe and Canada's spending in %i, as the burden chart's table gives it",
    async (year) => {
      const lib = burdenSharing(dataset, year);
      const json = cli<BurdenJson>("burden", "--year", String(year));
      expect(json.unitedStates.expenditureUsdCurrentM).toBe(lib.unitedStates.spendUsdM);
      expect(json.europeAndCanada.expenditureUsdCurrentM).toBe(lib.europeAndCanada.spendUsdM);
      const rows = (await page("/")).querySelectorAll("#burden table tbody tr");
      const row = rows.find((r) => textOf(r.querySelector("th")).replace(/e$/, "") === String(year));
      const cells = row?.querySelectorAll("td") ?? [];
      expectShownEqual(textOf(cells[0]), lib.unitedStates.spendUsdM, `US ${year}`);
      expectShownEqual(textOf(cells[1]), lib.europeAndCanada.spendUsdM, `Europe and Canada ${year}`);
    },
  );
});

describe("revisions: what each edition said, first published and today", () => {
  // Poland's 2019 share of GDP: the figure as NATO first published it (June 2019 edition, 2019e) and as
  // the latest edition gives it, on the library, in `nato revisions POL --year 2019` and on Poland's page.
  it("Poland's 2019 share of GDP as first published and today", async () => {
    const lib = figureRevisions("POL", 2019);
    const first = lib.firstPublished;
    const last = lib.latest;
    expect(first?.edition).not.toBe(last?.edition);
    const json = cli<{ revisions: { firstPublished: typeof first; latest: typeof last }[] }>(
      "revisions",
      "POL",
      "--year",
      "2019",
    );
    expect(json.revisions[0]?.firstPublished).toEqual(first);
    expect(json.revisions[0]?.latest).toEqual(last);
    const root = await page("/allies/POL");
    const table = root
      .querySelectorAll("table")
      .find((t) => textOf(t.querySelector("caption")).endsWith("share of GDP by edition")) as HTMLElement;
    const headers = table.querySelectorAll("thead th").map((th) => textOf(th));
    const row = table.querySelectorAll("tbody tr").find((r) => textOf(r.querySelector("th")) === "2019");
    const cells = row?.querySelectorAll("td") ?? [];
    const cell = (edition: string) => textOf(cells[headers.indexOf(`${edition} edition`) - 1]);
    expectShownEqual(cell(first?.edition ?? ""), first?.value, "Poland 2019, first published");
    expectShownEqual(cell(last?.edition ?? ""), last?.value, "Poland 2019, latest");
  });

  it("the largest revision between the two newest editions on the same basis", async () => {
    const pair = revisionsByEdition({ limit: 10 }).find((p) => p.kind === "revision");
    const top = pair?.revisions[0];
    expect(top, "a revision between two editions").toBeDefined();
    if (!pair || !top) return;
    const json = cli<{
      revisions: { steps: { from: { edition: string }; to: { edition: string }; change: number }[] }[];
    }>("revisions", top.code, "--year", String(top.year));
    const step = json.revisions[0]?.steps.find(
      (s) => s.from.edition === pair.from && s.to.edition === pair.to,
    );
    expect(step?.change).toBe(top.change.change);
    const root = await page("/revisions");
    const heading = root.querySelector(`#rev-${pair.from}-${pair.to}`);
    const table = heading?.parentNode?.querySelector("table");
    const first = table?.querySelector("tbody tr");
    expect(first?.querySelector("th a")?.getAttribute("href")).toBe(`/allies/${top.code}#revisions`);
    const cells = first?.querySelectorAll("td") ?? [];
    expect(textOf(cells[cells.length - 1])).toBe(formatRevision(top.change));
  });

  it("the Wales pledge's 2024: Allies at 2% as first published, restated and today", async () => {
    const lib = verdictsAsFirstPublished(TWO_PERCENT, WALES_PLEDGE_YEAR);
    const json = cli<{ views: { count: { met: number; judged: number } }[]; sentence: string }>(
      "revisions",
      "--first-published",
    );
    expect(json.views.map((v) => [v.count.met, v.count.judged])).toEqual(
      lib.views.map((v) => [v.count.met, v.count.judged]),
    );
    expect(json.sentence).toBe(lib.sentence);
    const root = await page("/revisions");
    expect(textOf(root.querySelector('[data-testid="wales-sentence"]'))).toBe(lib.sentence);
  });
});
