import {
  allDatasets,
  type Dataset,
  EDITION_IDS,
  entityName,
  getDataset,
  METRIC_INFO,
  METRICS,
  sourceLine,
} from "@nato/core";
import type { Command } from "commander";
import { type CommonOptions, print } from "../context.js";
import { formatOption, withExamples } from "../options.js";
import { toCsv } from "../output/csv.js";
import { toJson } from "../output/json.js";
import { writeFileAtomic } from "../output/write.js";

interface ExportOptions extends CommonOptions {
  readonly output?: string;
}

/** The CSV columns of `nato export`, in order; the same names `nato validate` reads. */
export const EXPORT_COLUMNS = [
  "iso3",
  "name",
  "year",
  "edition",
  "estimate",
  ...METRICS.map((m) => METRIC_INFO[m].csvColumn),
  "note",
] as const;

function datasetsOf(edition: string | undefined): Dataset[] {
  if (edition !== undefined && edition.trim().toLowerCase() === "all") return allDatasets();
  return [getDataset(edition)];
}

export function exportText(datasets: readonly Dataset[], format: "csv" | "json"): string {
  const observations = datasets.flatMap((d) => d.observations);
  if (format === "csv") {
    return toCsv(
      EXPORT_COLUMNS,
      observations.map((o) => [
        o.code,
        entityName(o.code),
        o.year,
        o.edition,
        o.estimate,
        ...METRICS.map((m) => o[m]),
        o.note ?? null,
      ]),
    );
  }
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

async function run(options: ExportOptions): Promise<void> {
  const datasets = datasetsOf(options.edition);
  const format = options.format === "json" ? "json" : "csv";
  const text = exportText(datasets, format);
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
    .description("the whole dataset: one row per Ally or aggregate, year and edition (CSV or JSON)")
    .option("-e, --edition <id>", `edition to export: ${EDITION_IDS.join(", ")} or all (default: the latest)`)
    .addOption(formatOption(["csv", "json"], "csv"))
    .option("-o, --output <file>", "write to a file (atomically) instead of standard output")
    .action((_options, cmd: Command) => run(cmd.optsWithGlobals<ExportOptions>()));
  withExamples(command, [
    "nato export > nato-2026.csv",
    "nato export --edition all --format json -o nato.json",
    "nato export --format csv | head -5",
  ]);
}
