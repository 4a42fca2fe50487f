import {
  allDatasets,
  BASIS_LABELS,
  entityName,
  type FigureRevisions,
  formatCsv,
  formatRevision,
  getEdition,
  METRIC_INFO,
  type Metric,
  parseEntity,
  parseMetric,
  parseYear,
  revisionHistory,
  revisionMeasure,
  revisionSentence,
  sourceLine,
} from "@nato/core";
import type { Command } from "commander";
import { blocks, type CommonOptions, creditLines, print } from "../context.js";
import { earlierEditionId, editionChoices, formatOption, withExamples, yearOption } from "../options.js";
import { metricCell, metricText, valueCell } from "../output/cells.js";
import { colorEnabled } from "../output/color.js";
import { toJson } from "../output/json.js";
import { type Cell, renderTable, wrap } from "../output/table.js";

interface RevisionsOptions extends CommonOptions {
  readonly metric?: string;
}

/** The editions taken into account: all, or those released up to `--edition` (what was known then). */
function datasetsUntil(edition: string | undefined) {
  const all = allDatasets();
  if (edition === undefined) return all;
  const id = getEdition(edition).id;
  return all.slice(all.findIndex((d) => d.edition.id === id));
}

function run(query: string, options: RevisionsOptions): void {
  const code = parseEntity(query);
  const metric: Metric = parseMetric(options.metric ?? "share", "metric");
  const datasets = datasetsUntil(options.edition);
  const history = revisionHistory(code, { metric, datasets });
  const years = history.map((r) => r.year);
  const selected =
    options.year === undefined
      ? undefined
      : parseYear(options.year, { min: years[0] ?? 0, max: years[years.length - 1] ?? 0 });
  const rows = history.filter((r) => selected === undefined || r.year === selected);
  const editions = datasets
    .filter((d) => rows.some((r) => r.editions.some((e) => e.edition === d.edition.id)))
    .map((d) => d.edition);
  const name = entityName(code);
  const info = METRIC_INFO[metric];
  const format = options.format ?? "table";

  if (format === "json") {
    print(
      toJson({
        code,
        name,
        metric,
        measure: revisionMeasure(metric),
        editions: editions.map((e) => e.id),
        revisions: rows,
        source: editions.map((e) => sourceLine(e)).join(" "),
      }),
    );
    return;
  }

  if (format === "csv") {
    print(
      formatCsv(
        [
          "iso3",
          "name",
          "year",
          "edition",
          "published_on",
          "estimate",
          "price_base",
          "basis",
          info.csvColumn,
          "note",
        ],
        rows.flatMap((r) =>
          r.editions.map((e) => [
            code,
            name,
            r.year,
            e.edition,
            e.publishedOn,
            e.estimate,
            e.priceBase,
            e.basis,
            e.value,
            e.note ?? null,
          ]),
        ),
      ),
    );
    return;
  }

  const color = colorEnabled({
    flag: options.color !== false,
    env: process.env,
    isTTY: process.stdout.isTTY === true,
  });
  const value = (v: number, estimate: boolean) => metricText(metric, v, estimate);
  const title = `${name} (${code}): ${info.label.charAt(0).toLowerCase()}${info.label.slice(1)} as each edition of NATO's figures gave it`;
  const body =
    selected === undefined || rows.length !== 1
      ? byYear(rows, editions, metric, color)
      : oneYear(rows[0] as FigureRevisions, metric, color, value);
  const constant = info.prices?.startsWith("constant") === true;
  const notes = [
    ...rows.flatMap((r) =>
      r.editions.filter((e) => e.note).map((e) => `${r.year}, ${e.edition} edition: ${e.note}`),
    ),
    `Revision: from the first published value to the newest on the same basis (${revisionMeasure(metric) === "percent" ? "percent of the first" : "percentage points"}). Basis change: NATO's move from ${BASIS_LABELS["defence-expenditure"]} to ${BASIS_LABELS["core-defence-expenditure"]}, kept apart.`,
    ...(constant ? ["Constant-price figures of different price bases (2015, 2021) are never compared."] : []),
  ].flatMap((n) => wrap(n));
  print(
    blocks(
      wrap(title),
      body,
      notes,
      editions.flatMap((e) => creditLines(e)),
    ),
  );
}

/** Years down, editions across (newest first), then the revision and the change of basis. */
function byYear(
  rows: readonly FigureRevisions[],
  editions: readonly { id: string }[],
  metric: Metric,
  color: boolean,
): string[] {
  return renderTable(
    [
      { header: "Year" },
      ...editions.map((e) => ({ header: e.id, align: "right" as const })),
      { header: "Revision", align: "right" },
      { header: "Basis change", align: "right" },
    ],
    rows.map((r): Cell[] => [
      `${r.year}`,
      ...editions.map((e) => {
        const f = r.editions.find((x) => x.edition === e.id);
        return f ? metricCell(metric, f.value, f.estimate) : "";
      }),
      valueCell(formatRevision(r.revision)),
      valueCell(formatRevision(r.basisChange)),
    ]),
    { color },
  );
}

/** One year: every edition's value, newest first, then what moved. */
function oneYear(
  r: FigureRevisions,
  metric: Metric,
  color: boolean,
  value: (v: number, estimate: boolean) => string,
): string[] {
  const table = renderTable(
    [
      { header: "Edition" },
      { header: "Published" },
      { header: METRIC_INFO[metric].label, align: "right" },
      { header: "Prices" },
      { header: "Basis" },
    ],
    r.editions.map((e): Cell[] => [
      e.edition,
      e.publishedOn ?? "",
      metricCell(metric, e.value, e.estimate),
      e.priceBase === null ? "" : `${e.priceBase}`,
      e.basis === null ? "" : BASIS_LABELS[e.basis],
    ]),
    { color },
  );
  const lines = [
    r.firstPublished
      ? `First published: ${value(r.firstPublished.value, r.firstPublished.estimate)} (${r.firstPublished.edition}).`
      : "No edition published this figure.",
    ...(r.latest && r.latest !== r.firstPublished
      ? [`Latest: ${value(r.latest.value, r.latest.estimate)} (${r.latest.edition}).`]
      : []),
    ...(r.revision ? [`Revision: ${revisionSentence(r.revision, value)}`] : []),
    ...(r.basisChange ? [`Basis change: ${revisionSentence(r.basisChange, value)}`] : []),
  ].flatMap((l) => wrap(l));
  return [...table, "", ...lines];
}

export function registerRevisions(program: Command): void {
  const command = program
    .command("revisions")
    .description("one Ally's figure as each NATO edition gave it: first published, latest, revisions")
    .argument("<ally>", "ISO code or name (POL, PL, Poland), or NATO, NATO_EU_CA")
    .addOption(yearOption("one year only (default: every year)"))
    .option("-m, --metric <metric>", "figure to follow, by short or JSON name (default: share)")
    .option(
      "-e, --edition <id>",
      `only editions released up to this one (what was known then): ${editionChoices()}`,
    )
    .addOption(formatOption())
    .action((query: string, _options, cmd: Command) => run(query, cmd.optsWithGlobals<RevisionsOptions>()));
  withExamples(command, [
    "nato revisions POL --year 2019",
    "nato revisions Germany --metric spend --format json",
    `nato revisions NATO --year 2022 --edition ${earlierEditionId()}`,
  ]);
}
