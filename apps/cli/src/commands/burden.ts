import {
  burdenSharing,
  entityName,
  findAlly,
  formatCsv,
  formatPercent,
  formatUsdM,
  priceBasisLabel,
  realChange,
  STATUS_LABELS,
} from "@nato/core";
import { type Command, Option } from "commander";
import {
  blocks,
  type CommonOptions,
  contextOf,
  print,
  requireMetrics,
  sourceLines,
  yearOf,
} from "../context.js";
import { editionOption, formatOption, withExamples, yearOption } from "../options.js";
import { usdCell, valueCell, yearText } from "../output/cells.js";
import { toJson } from "../output/json.js";
import { renderTable, wrap } from "../output/table.js";

interface BurdenOptions extends CommonOptions {
  readonly prices: "current" | "constant-2021";
}

function run(options: BurdenOptions): void {
  const context = contextOf(options);
  requireMetrics(
    context,
    [options.prices === "current" ? "expenditureUsdCurrentM" : "expenditureUsdConstant2021M"],
    "burden sharing",
  );
  const year = yearOf(context, options.year);
  const b = burdenSharing(context.dataset, year, options.prices);
  // Europe and Canada's real change, with the Allies that joined that year set apart.
  const change = realChange(context.dataset, "NATO_EU_CA", year);

  if (context.format === "json") {
    // The money field names its price basis, as everywhere else in the JSON.
    const money = b.prices === "current" ? "expenditureUsdCurrentM" : "expenditureUsdConstant2021M";
    const entry = (a: { code: string; spendUsdM: number | null; sharePct: number | null }) => ({
      code: a.code,
      name: entityName(a.code),
      [money]: a.spendUsdM,
      sharePct: a.sharePct,
    });
    print(
      toJson({
        year: b.year,
        edition: b.edition,
        estimate: b.estimate,
        prices: b.prices,
        [b.prices === "current" ? "natoTotalUsdCurrentM" : "natoTotalUsdConstant2021M"]: b.natoTotalUsdM,
        unitedStates: entry(b.unitedStates),
        europeAndCanada: entry(b.europeAndCanada),
        allies: b.allies.map(entry),
        europeAndCanadaRealChange: {
          changePct: change.changePct,
          joined: change.joined,
          accessionPoints: change.accessionPoints,
          likeForLikePct: change.likeForLikePct,
          note: change.note,
        },
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
          "prices",
          // The column names its price basis, as the export's columns do.
          b.prices === "current" ? "expenditure_usd_current_m" : "expenditure_usd_constant_2021_m",
          "share_of_nato_total_pct",
        ],
        [b.unitedStates, b.europeAndCanada, ...b.allies.filter((a) => a.code !== "USA")].map((a) => [
          a.code,
          entityName(a.code),
          year,
          b.edition,
          b.estimate,
          b.prices,
          a.spendUsdM,
          a.sharePct,
        ]),
      ),
    );
    return;
  }

  // A share under 0.05% keeps two decimals: a real share never reads 0.0%.
  const share = (pct: number | null) =>
    valueCell(formatPercent(pct, { digits: pct !== null && pct > 0 && pct < 0.05 ? 2 : 1 }));
  // Iceland has no armed forces: not applicable, not "no data".
  const armed = (code: string) => findAlly(code)?.hasArmedForces !== false;
  const na = { text: STATUS_LABELS["not-applicable"], tone: "muted" as const };
  const headline = renderTable(
    [{ header: "" }, { header: "Spend", align: "right" }, { header: "Share", align: "right" }],
    [
      ["United States", usdCell(b.unitedStates.spendUsdM), share(b.unitedStates.sharePct)],
      ["Europe and Canada", usdCell(b.europeAndCanada.spendUsdM), share(b.europeAndCanada.sharePct)],
      ["NATO Total", usdCell(b.natoTotalUsdM), share(b.natoTotalUsdM === null ? null : 100)],
    ],
    { color: context.color },
  );
  const allies = renderTable(
    [{ header: "Ally" }, { header: "Spend", align: "right" }, { header: "Share of total", align: "right" }],
    b.allies.map((a) =>
      armed(a.code)
        ? [entityName(a.code), usdCell(a.spendUsdM), share(a.sharePct)]
        : [entityName(a.code), na, na],
    ),
    { color: context.color },
  );
  const title = wrap(
    `Who carries the burden in ${yearText(year, b.estimate)}: shares of NATO's total defence expenditure (${priceBasisLabel(b.prices)})`,
  );
  const notes = [
    ...wrap(
      `Totals as NATO publishes them; each Ally counted from its accession year. NATO Total: ${formatUsdM(b.natoTotalUsdM)}.`,
    ),
    ...(change.note ? wrap(change.note) : []),
  ];
  print(blocks(title, headline, allies, notes, sourceLines(context)));
}

export function registerBurden(program: Command): void {
  const command = program
    .command("burden")
    .description("shares of NATO's total defence expenditure in a year: each Ally, US vs Europe and Canada")
    .addOption(yearOption())
    .addOption(editionOption())
    .addOption(formatOption())
    .addOption(
      new Option("-p, --prices <basis>", "current prices or constant 2021 prices")
        .choices(["current", "constant-2021"])
        .default("current"),
    )
    .action((_options, cmd: Command) => run(cmd.optsWithGlobals<BurdenOptions>()));
  withExamples(command, [
    "nato burden",
    "nato burden --year 2014 --prices constant-2021",
    "nato burden --format csv",
  ]);
}
