import {
  AGGREGATES,
  allDatasets,
  CSV_COLUMNS,
  type Dataset,
  toCsv as datasetsToCsv,
  datasetYears,
  formatNumber,
  formatYear,
  getDataset,
  METRIC_INFO,
  METRICS,
  toJsonExport,
} from "@nato/core";
import type { Command } from "commander";
import { blocks, type CommonOptions, creditLines, print, usageError } from "../context.js";
import { editionChoices, formatOption, withExamples } from "../options.js";
import { colorEnabled } from "../output/color.js";
import { escapeControls } from "../output/escape.js";
import { stderrStream, stdoutIsTerminal } from "../output/stdout.js";
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
  // The same bytes as the site's downloads: both are written by core.
  if (format === "csv") return datasetsToCsv(datasets.flatMap((d) => d.observations));
  // One edition per JSON file, exactly the site's download (valid against its published JSON Schema).
  const [dataset] = datasets;
  if (!dataset || datasets.length > 1) {
    throw usageError(
      "--format json writes one edition, as the site's JSON downloads do: expected --edition with one edition, or --format csv for every edition.",
      "--edition <id> with --format json",
      "all",
    );
  }
  return toJsonExport(dataset);
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

const EXTENSION_FORMATS: Readonly<Record<string, "csv" | "json">> = { ".csv": "csv", ".json": "json" };

/** The format of `-o`'s file: `--format` if given, else its extension; a contradiction is a usage error. */
export function outputFormat(
  output: string | undefined,
  given: "csv" | "json" | "table" | undefined,
): "csv" | "json" | "table" {
  const match = output === undefined || output === "-" ? null : /\.[^./\\]+$/.exec(output.toLowerCase());
  const implied = match ? EXTENSION_FORMATS[match[0]] : undefined;
  if (given !== undefined && implied !== undefined && given !== implied) {
    throw usageError(
      `--format ${given} contradicts the file name "${escapeControls(output ?? "")}", which ends in ${match?.[0]}: expected --format ${implied}, or a name ending in .${given}.`,
      `--format ${implied} or a .${given} file name`,
      given,
    );
  }
  return given ?? implied ?? "csv";
}

async function run(options: ExportOptions): Promise<void> {
  const datasets = datasetsOf(options.edition);
  const toFile = options.output !== undefined && options.output !== "-";
  const format = outputFormat(options.output, options.format);
  if (format === "table" && toFile) {
    throw usageError(
      "--format table prints an overview for reading, not a file: expected --format csv or json with -o.",
      "--format csv or json",
      "table",
    );
  }
  const text =
    format === "table"
      ? overview(
          datasets,
          colorEnabled({
            flag: options.color !== false,
            env: process.env,
            isTTY: stdoutIsTerminal(),
          }),
        )
      : exportText(datasets, format);
  if (toFile && options.output !== undefined) {
    await writeFileAtomic(options.output, text);
    const rows = datasets.reduce((n, d) => n + d.observations.length, 0);
    stderrStream().write(
      `Wrote ${rows} rows to ${escapeControls(options.output)} (${format.toUpperCase()}).\n`,
    );
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
    .option(
      "-o, --output <file>",
      "write to a file (atomically; - is standard output); the format follows its extension",
    )
    .action((_options, cmd: Command) => run(cmd.optsWithGlobals<ExportOptions>()));
  withExamples(command, [
    "nato export > nato.csv",
    "nato export --edition all -o nato.csv",
    "nato export --format csv | head -5",
    "nato export --format table",
    "nato export -o nato.json",
  ]);
}
