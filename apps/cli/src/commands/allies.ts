import {
  AGGREGATES,
  type ALLIES,
  entityName,
  formatCsv,
  HAGUE_CORE,
  isNatoError,
  METRIC_INFO,
  METRICS,
  type Metric,
  membersIn,
  observationOf,
  parseMetric,
  type RankingMetric,
  type RuleResult,
  rankAllies,
  TWO_PERCENT,
  yearVerdicts,
} from "@nato/core";
import { type Command, Option } from "commander";
import {
  blocks,
  type CommonOptions,
  contextOf,
  isEstimateYear,
  print,
  requireMetrics,
  sourceLines,
  usageError,
  yearOf,
} from "../context.js";
import { earlierEditionId, editionOption, formatOption, withExamples, yearOption } from "../options.js";
import { metricCell, metricText, statusCell, yearText } from "../output/cells.js";
import { toJson } from "../output/json.js";
import { type Cell, type Column, renderTable, wrap } from "../output/table.js";
import { verdictJson } from "../output/verdict.js";

/** Sort keys: `name` (NATO's table order), each metric's short name, and `real-change`; each also by its JSON name. */
export const SORT_KEYS = ["name", ...METRICS.map((m) => METRIC_INFO[m].slug), "real-change"] as const;

interface AlliesOptions extends CommonOptions {
  readonly sort: string;
  readonly asc?: boolean;
}

const SHOWN: readonly Metric[] = ["shareOfGdpPct", "expenditureUsdCurrentM", "equipmentSharePct"];

/**
 * What `--sort` names: NATO's order (`name`), or a figure by its short name (`share`, `real-change`) or by
 * its name in the JSON (`shareOfGdpPct`, `realChangePct`), which is also how the JSON reports it.
 */
export function rankingMetric(key: string): RankingMetric | null {
  const text = key.trim();
  if (text.toLowerCase() === "name") return null;
  if (["real-change", "realchangepct"].includes(text.toLowerCase())) return "realChangePct";
  try {
    return parseMetric(text, "sort key");
  } catch (error) {
    if (!isNatoError(error)) throw error;
    throw usageError(
      `${error.message.replace(/ Expected one of .*$/, "")} Expected name, real-change (realChangePct) or a figure: ${METRICS.map((m) => `${METRIC_INFO[m].slug} (${m})`).join(", ")}.`,
      "name | real-change | a metric",
      key,
    );
  }
}

/** A verdict in JSON: the complete object, as in every command (null where there is none). */
const brief = (r: RuleResult | undefined) => (r === undefined ? null : verdictJson(r));

function run(options: AlliesOptions): void {
  const context = contextOf(options);
  const { dataset } = context;
  const year = yearOf(context, options.year);
  const estimate = isEstimateYear(context, year);
  const metric = rankingMetric(options.sort);
  const sortLabel =
    metric === null ? "name" : metric === "realChangePct" ? "real-change" : METRIC_INFO[metric].slug;
  if (metric) {
    requireMetrics(
      context,
      [metric === "realChangePct" ? "expenditureUsdConstant2021M" : metric],
      `sorting by ${sortLabel}`,
    );
  }
  const ranking = metric
    ? rankAllies(dataset, metric, year, { order: options.asc ? "asc" : "desc" })
    : membersIn(year).map((a) => ({ rank: null, code: a.code, value: null }));
  const two = new Map(yearVerdicts(dataset, TWO_PERCENT, year).map((r) => [r.code, r]));
  const core = new Map(yearVerdicts(dataset, HAGUE_CORE, year).map((r) => [r.code, r]));
  const rows = ranking.map((entry) => {
    const o = observationOf(dataset, entry.code as (typeof ALLIES)[number]["code"], year);
    return { entry, o, two: two.get(entry.code), core: core.get(entry.code) };
  });
  const aggregates = AGGREGATES.map((a) => ({ aggregate: a, o: observationOf(dataset, a.code, year) }));

  if (context.format === "json") {
    print(
      toJson({
        edition: dataset.edition.id,
        year,
        estimate,
        // The JSON name of the figure sorted by, as in the rows; "name" for NATO's order.
        sort: metric ?? "name",
        order: metric ? (options.asc ? "asc" : "desc") : null,
        allies: rows.map(({ entry, o, two, core }) => ({
          rank: entry.rank,
          code: entry.code,
          name: entityName(entry.code),
          estimate: o?.estimate ?? estimate,
          shareOfGdpPct: o?.shareOfGdpPct ?? null,
          expenditureUsdCurrentM: o?.expenditureUsdCurrentM ?? null,
          expenditureUsdConstant2021M: o?.expenditureUsdConstant2021M ?? null,
          equipmentSharePct: o?.equipmentSharePct ?? null,
          ...(metric === "realChangePct" ? { realChangePct: entry.value } : {}),
          ...(metric && metric !== "realChangePct" && !SHOWN.includes(metric)
            ? { [metric]: entry.value }
            : {}),
          rules: { "two-percent": brief(two), "hague-core": brief(core) },
        })),
        aggregates: aggregates.map(({ aggregate, o }) => ({
          code: aggregate.code,
          name: aggregate.name,
          shareOfGdpPct: o?.shareOfGdpPct ?? null,
          expenditureUsdCurrentM: o?.expenditureUsdCurrentM ?? null,
          expenditureUsdConstant2021M: o?.expenditureUsdConstant2021M ?? null,
        })),
        source: sourceLines(context).join(" "),
      }),
    );
    return;
  }

  if (context.format === "csv") {
    const header = [
      "iso3",
      "name",
      "year",
      "edition",
      "estimate",
      ...SHOWN.map((m) => METRIC_INFO[m].csvColumn),
      "two_percent_status",
      "two_percent_margin_pp",
      "hague_core_status",
      "hague_core_margin_pp",
    ];
    print(
      formatCsv(
        header,
        rows.map(({ entry, o, two, core }) => [
          entry.code,
          entityName(entry.code),
          year,
          dataset.edition.id,
          o?.estimate ?? estimate,
          ...SHOWN.map((m) => o?.[m] ?? null),
          two?.status,
          two?.marginPp,
          core?.status,
          core?.marginPp,
        ]),
      ),
    );
    return;
  }

  // A figure sorted by but not shown takes the place of the equipment share, to stay within 80 columns.
  const extra = metric && !SHOWN.includes(metric as Metric) ? metric : null;
  const third: RankingMetric = extra ?? "equipmentSharePct";
  const columns: Column[] = [
    { header: "Ally" },
    { header: METRIC_INFO.shareOfGdpPct.shortLabel, align: "right" },
    // On a narrow terminal the verdicts stay; the equipment share, then spend, make room.
    { header: METRIC_INFO.expenditureUsdCurrentM.shortLabel, align: "right", drop: 1 },
    {
      header: third === "realChangePct" ? "Real chg." : METRIC_INFO[third].shortLabel,
      align: "right",
      drop: extra ? 0 : 2,
    },
    { header: "2%" },
    { header: "3.5%" },
  ];
  const body: Cell[][] = rows.map(({ entry, o, two, core }) => [
    entityName(entry.code),
    metricCell("shareOfGdpPct", o?.shareOfGdpPct, o?.estimate ?? false),
    metricCell("expenditureUsdCurrentM", o?.expenditureUsdCurrentM),
    third === "realChangePct"
      ? metricCell("shareOfGdpPct", entry.value)
      : metricCell(third, o?.[third], o?.estimate ?? false),
    two ? statusCell(two.status) : "",
    core ? statusCell(core.status) : "",
  ]);
  const title = `NATO Allies in ${yearText(year, estimate)}: defence expenditure and the 2% and 3.5% rules${
    metric ? `, by ${sortLabel}${options.asc ? " (smallest first)" : ""}` : ""
  }`;
  const totals = aggregates.map(
    ({ aggregate, o }) =>
      `${aggregate.name}: ${metricText("shareOfGdpPct", o?.shareOfGdpPct, o?.estimate ?? false)} of GDP, ${metricText("expenditureUsdCurrentM", o?.expenditureUsdCurrentM)}.`,
  );
  const notes = wrap(
    `GDP share: defence expenditure as a share of GDP. Spend: US dollars at current prices and exchange rates. ${
      third === "realChangePct"
        ? "Real chg.: change of spending over the year before, constant 2021 prices."
        : third === "equipmentSharePct"
          ? "Equipment: share of defence expenditure on major equipment, including related R&D."
          : `${METRIC_INFO[third].shortLabel}: ${METRIC_INFO[third].definition}`
    }`,
  );
  print(
    blocks(
      wrap(title),
      renderTable(columns, body, { color: context.color }),
      totals,
      notes,
      sourceLines(context),
    ),
  );
}

export function registerAllies(program: Command): void {
  const command = program
    .command("allies")
    .description("every Ally in a year: share of GDP, spend, equipment share, status against 2% and 3.5%")
    .addOption(yearOption())
    .addOption(editionOption())
    .addOption(formatOption())
    .addOption(
      new Option(
        "-s, --sort <key>",
        `sort by name (NATO's order) or by a figure, largest first: ${SORT_KEYS.join(", ")} (or the figure's JSON name, e.g. shareOfGdpPct)`,
      ).default("name"),
    )
    .option("--asc", "smallest first when sorting by a figure")
    .action((_options, cmd: Command) => run(cmd.optsWithGlobals<AlliesOptions>()));
  withExamples(command, [
    "nato allies",
    "nato allies --sort share --year 2014",
    "nato allies --sort real-change --asc",
    `nato allies --edition ${earlierEditionId()} --format csv > allies-${earlierEditionId()}.csv`,
  ]);
}
