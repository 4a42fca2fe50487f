import {
  allianceScenario,
  entityName,
  formatCsv,
  formatPercent,
  formatUsdM,
  STATUS_LABELS,
} from "@nato/core";
import type { Command } from "commander";
import { blocks, contextOf, print, sourceLines } from "../context.js";
import { editionOption, formatOption, withExamples, yearOption } from "../options.js";
import { metricCell, usdCell, yearText } from "../output/cells.js";
import { toJson } from "../output/json.js";
import { type Cell, renderTable, wrap } from "../output/table.js";
import { plural } from "../output/words.js";
import { type PathOptions, pathInput } from "./project.js";

function run(options: PathOptions): void {
  const context = contextOf(options);
  const input = pathInput(context, options);
  const s = allianceScenario(context.dataset, input);
  const baseEstimate = context.dataset.edition.estimateYears.includes(s.baseYear);

  if (context.format === "json") {
    print(
      toJson({
        edition: s.edition,
        targetPct: s.targetPct,
        deadline: s.deadline,
        baseYear: s.baseYear,
        gdpGrowthPct: s.gdpGrowthPct,
        totalExtraUsdConstant2021M: s.totalExtraUsdConstant2021M,
        unitedStatesExtraUsdConstant2021M: s.unitedStatesExtraUsdConstant2021M,
        europeAndCanadaExtraUsdConstant2021M: s.europeAndCanadaExtraUsdConstant2021M,
        alreadyMet: s.alreadyMet,
        below: s.below,
        years: s.years,
        allies: s.allies.map((p) => ({
          code: p.code,
          name: entityName(p.code),
          status: p.status,
          baseShareOfGdpPct: p.baseShareOfGdpPct,
          gdpGrowthPct: p.gdpGrowth?.pct ?? null,
          gdpGrowthSource: p.gdpGrowth?.source ?? null,
          requiredRealGrowthPct: p.requiredRealGrowthPct,
          // No extra spending to speak of where there is no path (Iceland, no data): null, never 0.
          cumulativeExtraUsdConstant2021M:
            p.status === "projected" || p.status === "already-met" ? p.cumulativeExtraUsdConstant2021M : null,
          reason: p.reason,
        })),
        source: sourceLines(context).join(" "),
      }),
    );
    return;
  }

  if (context.format === "csv") {
    // One row per Ally and year of the path, so totals per year or per Ally are one pivot away.
    print(
      formatCsv(
        [
          "iso3",
          "name",
          "edition",
          "target_pct",
          "deadline",
          "year",
          "share_gdp_pct",
          "extra_usd_constant_2021_m",
        ],
        s.allies.flatMap((p) =>
          p.path
            .filter((y) => y.year > s.baseYear)
            .map((y) => [
              p.code,
              entityName(p.code),
              s.edition,
              s.targetPct,
              s.deadline,
              y.year,
              y.shareOfGdpPct,
              y.extraUsdConstant2021M,
            ]),
        ),
      ),
    );
    return;
  }

  const title = wrap(
    `Every Ally at ${formatPercent(s.targetPct)} of GDP by ${s.deadline}, from ${yearText(s.baseYear, baseEstimate)}: ${plural(s.below, "Ally", "Allies")} below, ${s.alreadyMet} already there`,
  );
  const growth = wrap(
    s.gdpGrowthPct === null
      ? "GDP growth: each Ally's own average real GDP growth over the five years to the base year (NATO's figures)."
      : `GDP growth: ${s.gdpGrowthPct} % a year for every Ally.`,
  );
  const byYear = renderTable(
    [
      { header: "Year" },
      { header: "Extra, all", align: "right" },
      { header: "United States", align: "right" },
      { header: "Europe & Canada", align: "right" },
    ],
    [
      ...s.years.map((y) => [
        `${y.year}`,
        usdCell(y.extraUsdConstant2021M),
        usdCell(y.unitedStatesExtraUsdConstant2021M),
        usdCell(y.europeAndCanadaExtraUsdConstant2021M),
      ]),
      [
        "Total",
        usdCell(s.totalExtraUsdConstant2021M),
        usdCell(s.unitedStatesExtraUsdConstant2021M),
        usdCell(s.europeAndCanadaExtraUsdConstant2021M),
      ],
    ],
    { color: context.color },
  );
  const byAlly = renderTable(
    [
      { header: "Ally" },
      { header: "GDP share", align: "right" },
      { header: "Status" },
      { header: "Real growth", align: "right" },
      { header: "Extra, total", align: "right" },
    ],
    s.allies.map((p): Cell[] => [
      entityName(p.code),
      metricCell("shareOfGdpPct", p.baseShareOfGdpPct, p.baseEstimate),
      p.status === "projected"
        ? { text: "to reach", tone: "below" }
        : p.status === "already-met"
          ? { text: "already there", tone: "meets" }
          : { text: STATUS_LABELS[p.status], tone: "muted" },
      p.status === "projected" ? formatPercent(p.requiredRealGrowthPct, { digits: 1 }) : "",
      p.status === "projected" ? usdCell(p.cumulativeExtraUsdConstant2021M) : "",
    ]),
    { color: context.color },
  );
  const missing = s.allies.filter((p) => p.status === "no-data").map((p) => entityName(p.code));
  const notes = wrap(
    `${missing.length > 0 ? `Left out for want of figures: ${missing.join(", ")}. ` : ""}Extra: spending above holding each Ally's ${s.baseYear} share of GDP, constant 2021 US dollars; Allies already at the target hold their share and add nothing. Real growth: yearly real growth of defence spending the path asks. Total over ${s.baseYear + 1}-${s.deadline}: ${formatUsdM(s.totalExtraUsdConstant2021M)}.`,
  );
  print(blocks(title, growth, byYear, byAlly, notes, sourceLines(context)));
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
      "real GDP growth a year for every Ally (default: each Ally's own recent average)",
    )
    .addOption(yearOption("base year the paths start from (default: the latest year of the edition)"))
    .addOption(editionOption())
    .addOption(formatOption())
    .action((_options, cmd: Command) => run(cmd.optsWithGlobals<PathOptions>()));
  withExamples(command, [
    "nato scenario",
    "nato scenario --target 5 --deadline 2035",
    "nato scenario --target 3.5 --gdp-growth 1 --format json",
  ]);
}
