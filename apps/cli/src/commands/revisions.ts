import {
  allDatasets,
  asFirstPublished,
  BASIS_LABELS,
  type Dataset,
  entityName,
  type FigureRevisions,
  formatCsv,
  formatRevision,
  getEdition,
  getRule,
  METRIC_INFO,
  type Metric,
  parseEntity,
  parseMetric,
  parseYear,
  revisionHistory,
  revisionMeasure,
  revisionSentence,
  STATUS_LABELS,
  sourceLine,
  type VerdictFigure,
  verdictsAsFirstPublished,
  WALES_PLEDGE_YEAR,
} from "@nato/core";
import type { Command } from "commander";
import { blocks, type CommonOptions, creditLines, print, usageError } from "../context.js";
import { earlierEditionId, editionChoices, formatOption, withExamples, yearOption } from "../options.js";
import { metricCell, metricText, statusCell, valueCell } from "../output/cells.js";
import { colorEnabled } from "../output/color.js";
import { toJson } from "../output/json.js";
import { type Cell, renderTable, wrap } from "../output/table.js";

interface RevisionsOptions extends CommonOptions {
  readonly metric?: string;
  readonly firstPublished?: boolean;
  readonly rule?: string;
}

/** The editions taken into account: all, or those released up to `--edition` (what was known then). */
function datasetsUntil(edition: string | undefined) {
  const all = allDatasets();
  if (edition === undefined) return all;
  const id = getEdition(edition).id;
  return all.slice(all.findIndex((d) => d.edition.id === id));
}

function run(query: string | undefined, options: RevisionsOptions): void {
  if (options.rule !== undefined && !(options.firstPublished && query === undefined)) {
    throw usageError(
      "--rule judges every Ally's figures as first published: use it with --first-published and no Ally.",
      "nato revisions --first-published --rule <rule> [--year <year>]",
      options.rule,
    );
  }
  if (query === undefined) {
    if (!options.firstPublished) {
      throw usageError(
        "Missing Ally: expected an Ally's code or name (POL, Poland), NATO or NATO_EU_CA, or --first-published for every Ally's verdict on a rule.",
        "nato revisions <ally> | nato revisions --first-published",
      );
    }
    runVerdicts(options);
    return;
  }
  if (options.firstPublished) {
    runSeries(query, options);
    return;
  }
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
    .argument("[ally]", "ISO code or name (POL, PL, Poland), or NATO, NATO_EU_CA")
    .addOption(yearOption("one year only (default: every year)"))
    .option("-m, --metric <metric>", "figure to follow, by short or JSON name (default: share)")
    .option(
      "--first-published",
      `each year as NATO first published it; without an Ally, every Ally's verdict on --rule for --year (default: ${WALES_PLEDGE_YEAR}, the Wales pledge's deadline) as first published, restated and in the latest edition`,
    )
    .option(
      "-r, --rule <rule>",
      "with --first-published and no Ally: the rule to judge (default: two-percent)",
    )
    .option(
      "-e, --edition <id>",
      `only editions released up to this one (what was known then): ${editionChoices()}`,
    )
    .addOption(formatOption())
    .action((query: string | undefined, _options, cmd: Command) =>
      run(query, cmd.optsWithGlobals<RevisionsOptions>()),
    );
  withExamples(command, [
    "nato revisions POL --year 2019",
    "nato revisions POL --first-published",
    `nato revisions --first-published --year ${WALES_PLEDGE_YEAR}`,
    "nato revisions Germany --metric spend --format json",
    `nato revisions NATO --year 2022 --edition ${earlierEditionId()}`,
  ]);
}

/** The credit lines of the editions named, newest first. */
function creditsOf(datasets: readonly Dataset[], ids: ReadonlySet<string>): string[] {
  return datasets.filter((d) => ids.has(d.edition.id)).flatMap((d) => creditLines(d.edition));
}

/** One Ally's series as first published: each year's first value and edition, beside the latest. */
function runSeries(query: string, options: RevisionsOptions): void {
  const code = parseEntity(query);
  const metric: Metric = parseMetric(options.metric ?? "share", "metric");
  const datasets = datasetsUntil(options.edition);
  const series = asFirstPublished(code, { metric, datasets });
  const history = revisionHistory(code, { metric, datasets });
  const years = history.map((r) => r.year);
  const selected =
    options.year === undefined
      ? undefined
      : parseYear(options.year, { min: years[0] ?? 0, max: years[years.length - 1] ?? 0 });
  const rows = history.filter(
    (r) => r.firstPublished !== null && (selected === undefined || r.year === selected),
  );
  const name = entityName(code);
  const info = METRIC_INFO[metric];
  const used = new Set(rows.flatMap((r) => [r.firstPublished?.edition, r.latest?.edition]).filter(isText));
  const format = options.format ?? "table";

  if (format === "json") {
    print(
      toJson({
        view: "first-published",
        code,
        name,
        metric,
        measure: revisionMeasure(metric),
        until: series.until,
        comparable: series.comparable,
        ...(series.reason ? { reason: series.reason } : {}),
        points: rows.map((r) => ({
          year: r.year,
          firstPublished: r.firstPublished,
          latest: r.latest,
          revision: r.revision,
          basisChange: r.basisChange,
        })),
        source: datasets
          .filter((d) => used.size === 0 || used.has(d.edition.id))
          .map((d) => sourceLine(d.edition))
          .join(" "),
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
          `first_${info.csvColumn}`,
          "first_estimate",
          "first_edition",
          `latest_${info.csvColumn}`,
          "latest_estimate",
          "latest_edition",
          "revision",
          "basis_change",
          "measure",
        ],
        rows.map((r) => [
          code,
          name,
          r.year,
          r.firstPublished?.value ?? null,
          r.firstPublished?.estimate ?? null,
          r.firstPublished?.edition ?? null,
          r.latest?.value ?? null,
          r.latest?.estimate ?? null,
          r.latest?.edition ?? null,
          r.revision?.change ?? null,
          r.basisChange?.change ?? null,
          revisionMeasure(metric),
        ]),
      ),
    );
    return;
  }

  const color = colorEnabled({
    flag: options.color !== false,
    env: process.env,
    isTTY: process.stdout.isTTY === true,
  });
  const title = `${name} (${code}): ${info.label.charAt(0).toLowerCase()}${info.label.slice(1)} as NATO first published each year, beside the latest edition's`;
  const table = renderTable(
    [
      { header: "Year" },
      { header: "First published", align: "right" },
      { header: "Edition" },
      { header: "Latest", align: "right" },
      { header: "Edition" },
      { header: "Revision", align: "right" },
      { header: "Basis change", align: "right" },
    ],
    rows.map((r): Cell[] => [
      `${r.year}`,
      metricCell(metric, r.firstPublished?.value, r.firstPublished?.estimate),
      r.firstPublished?.edition ?? "",
      metricCell(metric, r.latest?.value, r.latest?.estimate),
      r.latest?.edition ?? "",
      valueCell(formatRevision(r.revision)),
      valueCell(formatRevision(r.basisChange)),
    ]),
    { color },
  );
  const notes = [
    "First published: the oldest edition here that gave the year's figure (what was known at that release; a year's first edition carries it as an estimate, e). Latest: the newest edition's.",
    ...(series.reason ? [series.reason] : []),
    `Revision: first published to the newest value on the same basis (${revisionMeasure(metric) === "percent" ? "percent of the first" : "percentage points"}). Basis change: NATO's move from ${BASIS_LABELS["defence-expenditure"]} to ${BASIS_LABELS["core-defence-expenditure"]}, kept apart.`,
  ].flatMap((n) => wrap(n));
  print(blocks(wrap(title), table, notes, creditsOf(datasets, used)));
}

function toneOf(cell: Cell): Exclude<Cell, string>["tone"] {
  return typeof cell === "string" ? undefined : cell.tone;
}

function isText(value: string | undefined): value is string {
  return typeof value === "string";
}

/** Every Ally's verdict on a rule for one year: as first published, as restated, in the latest edition. */
function runVerdicts(options: RevisionsOptions): void {
  if (options.metric !== undefined) {
    throw usageError(
      "--metric follows one Ally's figure; the rule names the figure it judges.",
      "nato revisions --first-published [--rule <rule>] [--year <year>]",
      options.metric,
    );
  }
  const rule = getRule(options.rule ?? "two-percent");
  const datasets = datasetsUntil(options.edition);
  const min = Math.min(...datasets.map((d) => d.edition.firstYear));
  const max = Math.max(...datasets.map((d) => d.edition.lastYear));
  const year =
    options.year === undefined ? Math.min(WALES_PLEDGE_YEAR, max) : parseYear(options.year, { min, max });
  const result = verdictsAsFirstPublished(rule, year, { datasets });
  const used = new Set(result.views.flatMap((v) => v.editions));
  const format = options.format ?? "table";

  if (format === "json") {
    print(
      toJson({
        view: "first-published-verdicts",
        ...result,
        allies: result.allies.map((a) => ({ name: entityName(a.code), ...a })),
        source: datasets
          .filter((d) => used.has(d.edition.id))
          .map((d) => sourceLine(d.edition))
          .join(" "),
      }),
    );
    return;
  }

  const cols = (
    [
      ["firstPublished", "first-published"],
      ["restated", "restated"],
      ["latest", "latest"],
    ] as const
  ).filter(([, kind]) => result.views.some((v) => v.kind === kind));
  const headerOf = (kind: string): string => {
    const view = result.views.find((v) => v.kind === kind);
    const label =
      kind === "first-published" ? "First published" : kind === "restated" ? "Restated" : "Latest";
    return `${label} (${view?.editions.join(", ") ?? ""})`;
  };

  if (format === "csv") {
    print(
      formatCsv(
        [
          "iso3",
          "name",
          "year",
          ...cols.flatMap(([key]) => {
            const snake = key === "firstPublished" ? "first_published" : key;
            return [`${snake}_edition`, `${snake}_value`, `${snake}_estimate`, `${snake}_status`];
          }),
          "changed",
        ],
        result.allies.map((a) => [
          a.code,
          entityName(a.code),
          year,
          ...cols.flatMap(([key]) => {
            const f: VerdictFigure | null = a[key];
            return [f?.edition ?? null, f?.value ?? null, f?.estimate ?? null, f?.status ?? null];
          }),
          a.changed,
        ]),
      ),
    );
    return;
  }

  const color = colorEnabled({
    flag: options.color !== false,
    env: process.env,
    isTTY: process.stdout.isTTY === true,
  });
  const metric = rule.metric;
  const noForces = (a: (typeof result.allies)[number]) =>
    [a.firstPublished, a.restated, a.latest].some((f) => f?.status === "not-applicable");
  const table = renderTable(
    [
      { header: "Ally" },
      ...cols.map(([, kind]) => ({ header: headerOf(kind), align: "right" as const })),
      { header: "Verdict" },
    ],
    result.allies.map((a): Cell[] => {
      const statuses = cols.map(([key]) => a[key]?.status ?? (noForces(a) ? "not-applicable" : "no-data"));
      const last = statuses[statuses.length - 1] ?? "no-data";
      const verdict =
        new Set(statuses).size === 1
          ? STATUS_LABELS[last]
          : statuses.map((x) => STATUS_LABELS[x]).join(" → ");
      return [
        `${entityName(a.code)}${a.changed ? " *" : ""}`,
        ...cols.map(([key]): Cell => {
          const f: VerdictFigure | null = a[key];
          return noForces(a) && f?.value == null ? "" : metricCell(metric, f?.value, f?.estimate);
        }),
        { text: verdict, tone: toneOf(statusCell(last)) },
      ];
    }),
    { color },
  );
  const title = `${rule.name}, ${year}: every Ally's verdict on NATO's figures as first published and as the editions since give them`;
  const notes = [
    result.sentence,
    ...(result.changedCodes.length
      ? [`* Verdict differs between the first published figure and the latest edition's.`]
      : []),
    ...result.views
      .filter((v) => !v.firstRelease && v.kind === "first-published")
      .map(
        () =>
          `Not every first published figure here is NATO's first publication of ${year}: the edition that first carried the year is not here, or lacks some Allies.`,
      ),
    `Verdict: in each column's figures, left to right, when they differ. Iceland has no armed forces: ${STATUS_LABELS["not-applicable"]}.`,
  ].flatMap((n) => wrap(n));
  print(blocks(wrap(title), table, notes, creditsOf(datasets, used)));
}
