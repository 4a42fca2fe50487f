import {
  AGGREGATES,
  allDatasets,
  CSV_COLUMNS,
  type Dataset,
  toCsv as datasetsToCsv,
  datasetYears,
  entityName,
  formatNumber,
  formatYear,
  getDataset,
  METRIC_INFO,
  METRICS,
  sourceLine,
} from "@nato/core";
import type { Command } from "commander";
import { blocks, type CommonOptions, creditLines, print } from "../context.js";
import { editionChoices, formatOption, withExamples } from "../options.js";
import { colorEnabled } from "../output/color.js";
import { toJson } from "../output/json.js";
import { renderTable, wrap } from "../output/table.js";
import { writeFileAtomic } from "../output/write.js";

interface ExportOptions extends CommonOptions {
  readonly output?: string;
}

/** The CSV columns of `nato export`, in order; the same names `nato validate` reads. */
export const EXPORT_COLUMNS = CSV_COLUMNS;

function datasetsOf(edition: string | undefined): Dataset[] {
  if (edition !== undefined && edition.trim().toLowerCase() === "all") return allDatasets();
  return [getDataset(edition)];
}

export function exportText(datasets: readonly Dataset[], format: "csv" | "json"): string {
  const observations = datasets.flatMap((d) => d.observations);
  // The same bytes as the site's downloads: both are written by core.
  if (format === "csv") return datasetsToCsv(observations);
  return toJson({
    editions: datasets.map((d) => ({
      id: d.edition.id,
      title: d.edition.title,
      publishedOn: d.edition.publishedOn,
      url: d.edition.url,
      estimateYears: d.edition.estimateYears,
      metrics: d.edition.metrics,
    })),
    metrics: Object.fromEntries(
      METRICS.map((m) => [
        m,
        {
          label: METRIC_INFO[m].label,
          csvColumn: METRIC_INFO[m].csvColumn,
          definition: METRIC_INFO[m].definition,
        },
      ]),
    ),
    observations: observations.map((o) => ({
      code: o.code,
      name: entityName(o.code),
      year: o.year,
      edition: o.edition,
      estimate: o.estimate,
      ...Object.fromEntries(METRICS.map((m) => [m, o[m]])),
      ...(o.note ? { note: o.note } : {}),
    })),
    source: datasets.map((d) => sourceLine(d.edition)).join(" "),
  });
}

/** `--format table`: what the export holds, edition by edition, and what each column means. */
function overview(datasets: readonly Dataset[], color: boolean): string {
  const editions = renderTable(
    [
      { header: "Edition" },
      { header: "Years" },
      { header: "Rows", align: "right" },
      { header: "Allies", align: "right" },
      { header: "Aggregates", align: "right" },
      { header: "Estimates" },
      { header: "Metrics", align: "right" },
    ],
    datasets.map((d) => {
      const codes = new Set(d.observations.map((o) => o.code));
      // AGGREGATES rather than isAggregateCode: that module also holds a zod schema.
      const aggregates = [...codes].filter((c) => AGGREGATES.some((a) => a.code === c)).length;
      const years = datasetYears(d);
      return [
        d.edition.id,
        `${years[0]}-${years[years.length - 1]}`,
        formatNumber(d.observations.length),
        formatNumber(codes.size - aggregates),
        formatNumber(aggregates),
        d.edition.estimateYears.map((y) => formatYear(y, true)).join(", "),
        formatNumber(d.edition.metrics.length),
      ];
    }),
    { color },
  );
  const columns = renderTable(
    [{ header: "CSV column" }, { header: "Meaning" }],
    [
      ["iso3", "ISO alpha-3 code, or NATO / NATO_EU_CA"],
      ["name", "the name NATO uses"],
      ["year", "year (a fiscal year: the year of most months)"],
      ["edition", "the NATO edition the row comes from"],
      ["estimate", "true when NATO marks the figure as an estimate"],
      ...METRICS.map((m) => [METRIC_INFO[m].csvColumn, METRIC_INFO[m].label]),
      ["note", "a figure's own source, where it differs"],
    ],
    { color },
  );
  const rows = datasets.reduce((n, d) => n + d.observations.length, 0);
  return blocks(
    wrap(`nato export: ${rows} rows, one per Ally or aggregate, year and edition`),
    editions,
    columns,
    wrap("An empty cell means NATO published no figure. Use --format csv or --format json for the rows."),
    datasets.flatMap((d) => creditLines(d.edition)),
  );
}

async function run(options: ExportOptions): Promise<void> {
  const datasets = datasetsOf(options.edition);
  const format = options.format ?? "csv";
  const text =
    format === "table"
      ? overview(
          datasets,
          colorEnabled({
            flag: options.color !== false,
            env: process.env,
            isTTY: process.stdout.isTTY === true,
          }),
        )
      : exportText(datasets, format);
  if (options.output !== undefined) {
    await writeFileAtomic(options.output, text);
    const rows = datasets.reduce((n, d) => n + d.observations.length, 0);
    process.stderr.write(`Wrote ${rows} rows to ${options.output}.\n`);
    return;
  }
  print(text);
}

export function registerExport(program: Command): void {
  const command = program
    .command("export")
    .description(
      "the whole dataset: one row per Ally or aggregate, year and edition (CSV or JSON; table: an overview)",
    )
    .option("-e, --edition <id>", `edition to export: ${editionChoices()}, or all (default: latest)`)
    .addOption(formatOption(["csv", "json", "table"], "csv"))
    .option("-o, --output <file>", "write to a file (atomically) instead of standard output")
    .action((_options, cmd: Command) => run(cmd.optsWithGlobals<ExportOptions>()));
  withExamples(command, [
    "nato export > nato.csv",
    "nato export --edition all --format json -o nato.json",
    "nato export --format csv | head -5",
    "nato export --format table",
  ]);
}
