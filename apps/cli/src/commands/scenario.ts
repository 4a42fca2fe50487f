import {
  allianceScenario,
  entityName,
  formatPercent,
  formatThreshold,
  formatUsdM,
  parsePriceBasis,
  parseScenarioBaseline,
  STATUS_LABELS,
  scenarioTitle,
  scenarioToCsv,
} from "@nato/core";
import type { Command } from "commander";
import { blocks, contextOf, print, sourceLines } from "../context.js";
import { editionOption, formatOption, withExamples, yearOption } from "../options.js";
import { metricCell, usdCell, yearText } from "../output/cells.js";
import { toJson } from "../output/json.js";
import { type Cell, renderTable, wrap } from "../output/table.js";
import { type PathOptions, pathInput } from "./project.js";

interface ScenarioOptions extends PathOptions {
  readonly baseline?: string;
  readonly prices?: string;
}

function run(options: ScenarioOptions): void {
  const context = contextOf(options);
  const input = {
    ...pathInput(context, options),
    baseline: parseScenarioBaseline(options.baseline ?? "today"),
    priceBasis: parsePriceBasis(options.prices ?? "constant"),
  };
  const s = allianceScenario(context.dataset, input);

  if (context.format === "json") {
    // Money names its price basis, as in every command: extraUsdCurrentM or extraUsdConstant2021M.
    const suffix = s.priceBasis === "current" ? "UsdCurrentM" : "UsdConstant2021M";
    const basisNamed = <T extends object>(o: T): Record<string, unknown> =>
      Object.fromEntries(
        Object.entries(o).map(([k, v]) => [k.endsWith("UsdM") ? `${k.slice(0, -4)}${suffix}` : k, v]),
      );
    const answer = {
      status: s.status,
      reason: s.reason,
      title: scenarioTitle(s),
      edition: s.edition,
      targetPct: s.targetPct,
      deadline: s.deadline,
      baseYear: s.baseYear,
      baseEstimate: s.baseEstimate,
      gdpGrowthPct: s.gdpGrowthPct,
      baseline: s.baseline,
      baselineLabel: s.baselineLabel,
      priceBasis: s.priceBasis,
      priceLabel: s.priceLabel,
      totalExtraUsdM: s.totalExtraUsdM,
      unitedStatesExtraUsdM: s.unitedStatesExtraUsdM,
      europeAndCanadaExtraUsdM: s.europeAndCanadaExtraUsdM,
      euMembersExtraUsdM: s.euMembersExtraUsdM,
      alreadyMet: s.alreadyMet,
      below: s.below,
      noData: s.noData,
      years: s.years.map((y) => ({ ...y })),
      allies: s.allies.map((p) => ({
        code: p.code,
        name: entityName(p.code),
        status: p.status,
        baseShareOfGdpPct: p.baseShareOfGdpPct,
        gdpGrowthPct: p.gdpGrowth?.pct ?? null,
        gdpGrowthSource: p.gdpGrowth?.source ?? null,
        gdpGrowthLabel: p.gdpGrowth?.label ?? null,
        requiredRealGrowthPct: p.requiredRealGrowthPct,
        extraUsdM: s.allyTotalsUsdM[p.code] ?? null,
        // No extra spending to speak of where there is no path (Iceland, no data): null, never 0.
        cumulativeExtraUsdConstant2021M: p.cumulativeExtraUsdConstant2021M,
        notes: p.notes.map((n) => n.text),
        reason: p.reason,
      })),
      source: sourceLines(context).join(" "),
    };
    print(
      toJson({
        ...basisNamed(answer),
        years: answer.years.map(basisNamed),
        allies: answer.allies.map(basisNamed),
      }),
    );
    return;
  }

  if (context.format === "csv") {
    // core's CSV, the site's download: one row per Ally and year, baseline and prices on every row.
    print(scenarioToCsv(s));
    return;
  }

  const title = wrap(scenarioTitle(s));
  const frame = wrap(
    `Baseline: ${s.baselineLabel}. Prices: ${s.priceLabel}. From ${yearText(s.baseYear, s.baseEstimate)}: ${s.below} Allies below the target, ${s.alreadyMet} already there.`,
  );
  if (s.status === "no-data") {
    print(blocks(title, frame, wrap(s.reason ?? ""), sourceLines(context)));
    return;
  }
  const growth = wrap(
    s.gdpGrowthPct === null
      ? "GDP growth: each Ally's own median real GDP growth over the ten years to the base year (NATO's figures), leaving out series breaks NATO's edition records."
      : `GDP growth: ${formatThreshold(s.gdpGrowthPct)} a year for every Ally.`,
  );
  const byYear = renderTable(
    [
      { header: "Year" },
      { header: "Extra, all", align: "right" },
      { header: "United States", align: "right" },
      { header: "Europe & Canada", align: "right" },
      { header: "EU members", align: "right" },
    ],
    [
      ...s.years.map((y) => [
        `${y.year}`,
        usdCell(y.extraUsdM),
        usdCell(y.unitedStatesExtraUsdM),
        usdCell(y.europeAndCanadaExtraUsdM),
        usdCell(y.euMembersExtraUsdM),
      ]),
      [
        "Total",
        usdCell(s.totalExtraUsdM),
        usdCell(s.unitedStatesExtraUsdM),
        usdCell(s.europeAndCanadaExtraUsdM),
        usdCell(s.euMembersExtraUsdM),
      ],
    ],
    { color: context.color },
  );
  const byAlly = renderTable(
    [
      { header: "Ally" },
      { header: "GDP share", align: "right" },
      { header: "Status" },
      { header: "GDP/yr", align: "right" },
      { header: "Real growth", align: "right" },
      { header: "Extra, total", align: "right" },
    ],
    s.allies.map((p): Cell[] => [
      `${entityName(p.code)}${p.notes.length > 0 ? " *" : ""}`,
      metricCell("shareOfGdpPct", p.baseShareOfGdpPct, p.baseEstimate),
      p.status === "projected"
        ? { text: "to reach", tone: "below" }
        : p.status === "already-met"
          ? { text: "already there", tone: "meets" }
          : {
              text: STATUS_LABELS[p.status === "not-applicable" ? "not-applicable" : "no-data"],
              tone: "muted",
            },
      p.gdpGrowth ? formatPercent(p.gdpGrowth.pct, { digits: 1 }) : "",
      p.status === "projected" ? formatPercent(p.requiredRealGrowthPct, { digits: 1 }) : "",
      usdCell(s.allyTotalsUsdM[p.code] ?? null),
    ]),
    { color: context.color },
  );
  const allyNotes = s.allies.flatMap((p) => p.notes.map((n) => `* ${entityName(p.code)}: ${n.text}`));
  const notes = wrap(
    `Extra: spending above ${s.baselineLabel}, ${s.priceLabel}; Allies already at the target hold their share. Real growth: yearly real growth of defence spending the path asks. Total over ${s.baseYear + 1}-${s.deadline}: ${formatUsdM(s.totalExtraUsdM)}.`,
  );
  print(
    blocks(
      title,
      frame,
      growth,
      byYear,
      byAlly,
      notes,
      allyNotes.flatMap((n) => wrap(n)),
      sourceLines(context),
    ),
  );
}

export function registerScenario(program: Command): void {
  const command = program
    .command("scenario")
    .description(
      "every Ally at --target by --deadline: extra spend per year and in total, US vs Europe and Canada",
    )
    .option("-t, --target <pct>", "target share of GDP, 0-100", "3.5")
    .option("-d, --deadline <year>", "year the target is to be reached", "2035")
    .option(
      "-g, --gdp-growth <pct>",
      "real GDP growth a year for every Ally (default: each Ally's own recent median)",
    )
    .option(
      "-b, --baseline <today|2|year>",
      "what the extra is measured against: today's shares, the 2% floor, or a year's shares such as 2024",
      "today",
    )
    .option(
      "-p, --prices <constant|current>",
      "constant 2021 US dollars or current dollars of the base year",
      "constant",
    )
    .addOption(yearOption("base year the paths start from (default: the latest year of the edition)"))
    .addOption(editionOption())
    .addOption(formatOption())
    .action((_options, cmd: Command) => run(cmd.optsWithGlobals<ScenarioOptions>()));
  withExamples(command, [
    "nato scenario",
    "nato scenario --target 5 --deadline 2035",
    "nato scenario --target 3.5 --gdp-growth 1 --format json",
    "nato scenario --baseline 2 --prices current",
  ]);
}
