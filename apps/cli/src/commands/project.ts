import {
  formatCsv,
  formatPercent,
  formatUsdM,
  getAlly,
  type Projection,
  parseDeadline,
  parseGrowthPct,
  parsePercent,
  projectAlly,
} from "@nato/core";
import type { Command } from "commander";
import {
  blocks,
  type CommonOptions,
  type Context,
  contextOf,
  print,
  requireMetrics,
  sourceLines,
  yearOf,
} from "../context.js";
import { editionOption, formatOption, withExamples, yearOption } from "../options.js";
import { metricCell, usdCell, valueCell, yearText } from "../output/cells.js";
import { toJson } from "../output/json.js";
import { renderTable, wrap } from "../output/table.js";

export interface PathOptions extends CommonOptions {
  readonly target: string;
  readonly deadline: string;
  readonly gdpGrowth?: string;
}

/** Target, deadline and growth from the command line, checked by core's parsers; the base year from --year. */
export function pathInput(context: Context, options: PathOptions) {
  requireMetrics(context, ["shareOfGdpPct", "realGdpUsdConstant2021Bn"], "a path to a target");
  const baseYear = yearOf(context, options.year);
  const targetPct = parsePercent(options.target, "target");
  const deadline = parseDeadline(options.deadline, baseYear);
  const gdpGrowthPct = options.gdpGrowth === undefined ? undefined : parseGrowthPct(options.gdpGrowth);
  return gdpGrowthPct === undefined
    ? { baseYear, targetPct, deadline }
    : { baseYear, targetPct, deadline, gdpGrowthPct };
}

/** A projection as JSON: what core answers, with the Ally's name. */
export function projectionJson(p: Projection, name: string) {
  return {
    code: p.code,
    name,
    edition: p.edition,
    status: p.status,
    reason: p.reason,
    baseYear: p.baseYear,
    baseEstimate: p.baseEstimate,
    baseShareOfGdpPct: p.baseShareOfGdpPct,
    targetPct: p.targetPct,
    deadline: p.deadline,
    gdpGrowth: p.gdpGrowth,
    // One name for spending in every command: expenditure, with its price basis.
    path: p.path.map((y) => ({
      year: y.year,
      shareOfGdpPct: y.shareOfGdpPct,
      realGdpUsdConstant2021Bn: y.realGdpUsdConstant2021Bn,
      expenditureUsdConstant2021M: y.spendUsdConstant2021M,
      holdShareExpenditureUsdConstant2021M: y.holdShareSpendUsdConstant2021M,
      extraUsdConstant2021M: y.extraUsdConstant2021M,
      realGrowthPct: y.realGrowthPct,
    })),
    requiredRealGrowthPct: p.requiredRealGrowthPct,
    cumulativeExtraUsdConstant2021M: p.cumulativeExtraUsdConstant2021M,
    notes: p.notes.map((n) => n.text),
  };
}

function run(query: string, options: PathOptions): void {
  const ally = getAlly(query);
  const context = contextOf(options);
  const input = pathInput(context, options);
  const p = projectAlly(context.dataset, ally.code, input);

  if (context.format === "json") {
    print(toJson({ ...projectionJson(p, ally.name), source: sourceLines(context).join(" ") }));
    return;
  }

  if (context.format === "csv") {
    print(
      formatCsv(
        [
          "iso3",
          "name",
          "edition",
          "year",
          "projected",
          "share_gdp_pct",
          "real_gdp_usd_constant_2021_bn",
          "expenditure_usd_constant_2021_m",
          "hold_share_expenditure_usd_constant_2021_m",
          "extra_usd_constant_2021_m",
          "real_growth_pct",
          "gdp_growth_pct",
          "gdp_growth_source",
        ],
        p.path.map((y) => [
          ally.code,
          ally.name,
          p.edition,
          y.year,
          y.year > p.baseYear,
          y.shareOfGdpPct,
          y.realGdpUsdConstant2021Bn,
          y.spendUsdConstant2021M,
          y.holdShareSpendUsdConstant2021M,
          y.extraUsdConstant2021M,
          y.realGrowthPct,
          p.gdpGrowth?.pct ?? null,
          p.gdpGrowth?.source ?? null,
        ]),
      ),
    );
    return;
  }

  const title = wrap(
    `${ally.name}: path to ${formatPercent(p.targetPct)} of GDP by ${p.deadline}, from ${yearText(p.baseYear, p.baseEstimate)}`,
  );
  const growth = p.gdpGrowth ? wrap(`GDP growth: ${p.gdpGrowth.label}.`) : [];
  const table =
    p.path.length === 0
      ? null
      : renderTable(
          [
            { header: "Year" },
            { header: "GDP share", align: "right" },
            { header: "GDP 2021$", align: "right" },
            { header: "Spend 2021$", align: "right" },
            { header: "Extra", align: "right" },
            { header: "Real growth", align: "right" },
          ],
          p.path.map((y) => [
            y.year === p.baseYear ? yearText(y.year, p.baseEstimate) : `${y.year}`,
            metricCell("shareOfGdpPct", y.shareOfGdpPct, y.year === p.baseYear && p.baseEstimate),
            usdCell(y.realGdpUsdConstant2021Bn * 1000),
            usdCell(y.spendUsdConstant2021M),
            y.year === p.baseYear ? "" : usdCell(y.extraUsdConstant2021M),
            y.realGrowthPct === null ? "" : valueCell(formatPercent(y.realGrowthPct, { digits: 1 })),
          ]),
          { color: context.color },
        );
  const summary = [
    ...(p.reason ? wrap(p.reason) : []),
    ...(p.status === "projected"
      ? wrap(
          `Defence spending must grow ${formatPercent(p.requiredRealGrowthPct, { digits: 1 })} a year in real terms; ${formatUsdM(p.cumulativeExtraUsdConstant2021M)} more over ${p.baseYear + 1}-${p.deadline} than holding the ${p.baseYear} share (constant 2021 prices).`,
        )
      : []),
  ];
  const notes =
    p.path.length === 0
      ? []
      : wrap(
          `The share rises in a straight line from the ${p.baseYear} figure to the target. ${yearText(p.baseYear, p.baseEstimate)} is NATO's figure; later years are projections. Extra: spending above holding the ${p.baseYear} share of GDP.`,
        );
  print(blocks(title, growth, table, summary, notes, sourceLines(context)));
}

export function registerProject(program: Command): void {
  const command = program
    .command("project")
    .description("an Ally's path to --target by --deadline, year by year, with --gdp-growth")
    .argument("<ally>", "ISO code or name: DEU, DE, Germany")
    .option("-t, --target <pct>", "target share of GDP, 0-100", "3.5")
    .option("-d, --deadline <year>", "year the target is to be reached", "2035")
    .option(
      "-g, --gdp-growth <pct>",
      "real GDP growth a year, -20 to 20 (default: the Ally's own recent average)",
    )
    .addOption(yearOption("base year the path starts from (default: the latest year of the edition)"))
    .addOption(editionOption())
    .addOption(formatOption())
    .action((query: string, _options, cmd: Command) => run(query, cmd.optsWithGlobals<PathOptions>()));
  withExamples(command, [
    "nato project DEU",
    "nato project poland --target 5 --deadline 2035",
    "nato project ESP --target 3.5 --deadline 2035 --gdp-growth 1.5 --format json",
  ]);
}
