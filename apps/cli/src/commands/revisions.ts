import {
  allDatasets,
  formatCsv,
  formatPp,
  getAlly,
  getEdition,
  parseYear,
  revisions,
  sourceLine,
} from "@nato/core";
import type { Command } from "commander";
import { blocks, type CommonOptions, creditLines, print } from "../context.js";
import { formatOption, withExamples, yearOption } from "../options.js";
import { metricCell, valueCell } from "../output/cells.js";
import { colorEnabled } from "../output/color.js";
import { toJson } from "../output/json.js";
import { stdoutIsTerminal } from "../output/stdout.js";
import { type Cell, renderTable, wrap } from "../output/table.js";

function run(query: string, options: CommonOptions): void {
  const ally = getAlly(query);
  const datasets = allDatasets();
  const all = revisions(datasets, ally.code);
  const years = all.map((r) => r.year);
  const selected =
    options.year === undefined
      ? undefined
      : parseYear(options.year, {
          min: years[0] ?? getEdition().firstYear,
          max: years[years.length - 1] ?? getEdition().lastYear,
        });
  const rows = all.filter((r) => selected === undefined || r.year === selected);
  const format = options.format ?? "table";
  const sources = datasets.map((d) => sourceLine(d.edition));

  if (format === "json") {
    print(
      toJson({
        code: ally.code,
        name: ally.name,
        metric: "shareOfGdpPct",
        editions: datasets.map((d) => d.edition.id),
        revisions: rows,
        source: sources.join(" "),
      }),
    );
    return;
  }

  if (format === "csv") {
    print(
      formatCsv(
        ["iso3", "name", "year", "edition", "estimate", "share_gdp_pct", "note"],
        rows.flatMap((r) =>
          r.values.map((v) => [ally.code, ally.name, r.year, v.edition, v.estimate, v.value, v.note ?? null]),
        ),
      ),
    );
    return;
  }

  const color = colorEnabled({
    flag: options.color !== false,
    env: process.env,
    isTTY: stdoutIsTerminal(),
  });
  const table = renderTable(
    [
      { header: "Year" },
      ...datasets.map((d) => ({ header: `${d.edition.id} ed.`, align: "right" as const })),
      { header: "Revision", align: "right" },
    ],
    rows.map((r): Cell[] => [
      `${r.year}`,
      ...r.values.map((v) => metricCell("shareOfGdpPct", v.value, v.estimate)),
      r.changePp === null ? "" : valueCell(formatPp(r.changePp)),
    ]),
    { color },
  );
  const notes = [
    ...rows.flatMap((r) =>
      r.values.filter((v) => v.note).map((v) => `${r.year}, ${v.edition} edition: ${v.note}`),
    ),
    `Revision: the ${datasets[0]?.edition.id} edition's figure minus the ${datasets[datasets.length - 1]?.edition.id} edition's, percentage points. NATO restates earlier years in each edition.`,
  ].flatMap((n) => wrap(n));
  print(
    blocks(
      wrap(`${ally.name} (${ally.code}): share of GDP as each edition of NATO's figures gave it`),
      table,
      notes,
      datasets.flatMap((d) => creditLines(d.edition)),
    ),
  );
}

export function registerRevisions(program: Command): void {
  const command = program
    .command("revisions")
    .description("one Ally's share of GDP as each NATO edition gave it, and the revision")
    .argument("<ally>", "ISO code or name: POL, PL, Poland")
    .addOption(yearOption("one year only (default: every year)"))
    .addOption(formatOption())
    .action((query: string, _options, cmd: Command) => run(query, cmd.optsWithGlobals<CommonOptions>()));
  withExamples(command, ["nato revisions POL", "nato revisions Germany --year 2024 --format json"]);
}
