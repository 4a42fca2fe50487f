import { entityName, formatCsv, gapSentences, gapToTarget, parsePercent } from "@nato/core";
import type { Command } from "commander";
import { blocks, type CommonOptions, contextOf, print, sourceLines, yearOf } from "../context.js";
import { editionOption, formatOption, withExamples, yearOption } from "../options.js";
import { marginCell, metricCell, statusCell, usdCell } from "../output/cells.js";
import { toJson } from "../output/json.js";
import { renderTable, wrap } from "../output/table.js";

function run(target: string, options: CommonOptions): void {
  const targetPct = parsePercent(target, "target");
  const context = contextOf(options);
  const { dataset } = context;
  const year = yearOf(context, options.year);
  const gap = gapToTarget(dataset, targetPct, year);

  if (context.format === "json") {
    print(
      toJson({
        targetPct,
        year,
        edition: gap.edition,
        estimate: gap.estimate,
        members: gap.count.members,
        judged: gap.count.judged,
        met: gap.met,
        below: gap.below,
        notApplicable: gap.count.notApplicable,
        noData: gap.count.noData,
        withoutFigure: gap.withoutFigure,
        totalGapUsdCurrentM: gap.totalGapUsdCurrentM,
        totalGapUsdConstant2021M: gap.totalGapUsdConstant2021M,
        allies: gap.allies.map((r) => ({
          code: r.code,
          name: entityName(r.code),
          status: r.status,
          shareOfGdpPct: r.value,
          estimate: r.estimate,
          gapPp: r.marginPp === null ? null : Math.max(0, -r.marginPp),
          marginPp: r.marginPp,
          gapUsdCurrentM: r.gapUsdCurrentM,
          gapUsdConstant2021M: r.gapUsdConstant2021M,
        })),
        source: sourceLines(context).join(" "),
      }),
    );
    return;
  }

  if (context.format === "csv") {
    print(
      formatCsv(
        [
          "iso3",
          "name",
          "year",
          "edition",
          "estimate",
          "target_pct",
          "share_gdp_pct",
          "status",
          "margin_pp",
          "gap_usd_current_m",
          "gap_usd_constant_2021_m",
        ],
        gap.allies.map((r) => [
          r.code,
          entityName(r.code),
          year,
          gap.edition,
          r.estimate,
          targetPct,
          r.value,
          r.status,
          r.marginPp,
          r.gapUsdCurrentM,
          r.gapUsdConstant2021M,
        ]),
      ),
    );
    return;
  }

  const rows = gap.allies.map((r) => [
    entityName(r.code),
    metricCell("shareOfGdpPct", r.value, r.estimate),
    statusCell(r.status),
    marginCell(r.marginPp, r.status),
    r.status === "below" ? usdCell(r.gapUsdCurrentM) : "",
    r.status === "below" ? usdCell(r.gapUsdConstant2021M) : "",
  ]);
  const table = renderTable(
    [
      { header: "Ally" },
      { header: "GDP share", align: "right" },
      { header: "Status" },
      { header: "Margin", align: "right" },
      { header: "Gap", align: "right" },
      { header: "Gap 2021$", align: "right" },
    ],
    rows,
    { color: context.color },
  );
  const sentences = gapSentences(gap);
  const title = wrap(sentences.title);
  const total = [...wrap(sentences.total), ...(sentences.leftOut ? wrap(sentences.leftOut) : [])];
  const notes = wrap(
    "Margin: share of GDP minus the target, percentage points. Gap: extra defence spending that year to reach the target, US dollars at current prices and at constant 2021 prices.",
  );
  print(blocks(title, table, total, notes, sourceLines(context)));
}

export function registerGap(program: Command): void {
  const command = program
    .command("gap")
    .description("each Ally's gap to a share of GDP, in percentage points and US dollars, and the total")
    .argument("<pct>", "target share of GDP, a number from 0 to 100 (3.5 or 3.5%)")
    .addOption(yearOption())
    .addOption(editionOption())
    .addOption(formatOption())
    .action((target: string, _options, cmd: Command) => run(target, cmd.optsWithGlobals<CommonOptions>()));
  withExamples(command, ["nato gap 3.5", "nato gap 2 --year 2014", "nato gap 5 --format csv > gap-5.csv"]);
}
