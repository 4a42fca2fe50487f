import {
  type Ally,
  accessionSentence,
  allyVerdict,
  describePath,
  editionNotesFor,
  formatCsv,
  formatThreshold,
  getAlly,
  METRIC_INFO,
  METRICS,
  type Metric,
  type Observation,
  paceSentence,
  parsePercent,
  proseName,
  RULES,
  type RuleResult,
  seriesOf,
  YARDSTICK_NOTE,
  yearReachingThreshold,
} from "@nato/core";
import type { Command } from "commander";
import {
  blocks,
  type CommonOptions,
  type Context,
  contextOf,
  print,
  sourceLines,
  yearOf,
} from "../context.js";
import { earlierEditionId, editionOption, formatOption, withExamples, yearOption } from "../options.js";
import { marginCell, metricCell, statusCell, usdCell, yearText } from "../output/cells.js";
import { toJson } from "../output/json.js";
import { type Cell, renderTable, terminalWidth, wrap } from "../output/table.js";
import { verdictJson } from "../output/verdict.js";

interface AllyOptions extends CommonOptions {
  readonly related?: string;
}

const RULE_LIST = Object.values(RULES);

function verdicts(context: Context, ally: Ally, year: number, relatedPct: number | undefined): RuleResult[] {
  const options = relatedPct === undefined ? {} : { relatedSpendingPct: relatedPct };
  return RULE_LIST.map((rule) => allyVerdict(context.dataset, rule, ally, year, options));
}

function observationJson(o: Observation, rules: readonly RuleResult[]) {
  const figures = Object.fromEntries(METRICS.map((m) => [m, o[m]]));
  return {
    year: o.year,
    edition: o.edition,
    estimate: o.estimate,
    ...figures,
    ...(o.note ? { note: o.note } : {}),
    rules: Object.fromEntries(rules.map((r) => [r.rule, verdictJson(r)])),
  };
}

/** When the Ally reaches 3.5% and 5% at its recent pace: the facts the table's notes print, for JSON too. */
function paceFacts(context: Context, ally: Ally, year: number) {
  return [3.5, 5].map((threshold) => ({
    threshold,
    pace: yearReachingThreshold(context.dataset, ally.code, threshold, { toYear: year }),
  }));
}

/** Lines under the rules table: the path to each deadline, why a verdict is missing, the pace. */
function ruleNotes(context: Context, ally: Ally, year: number, results: readonly RuleResult[]): string[] {
  const notes: string[] = [];
  // Rules that give the same reason (Iceland: all four) say it once.
  const reasons = new Map<string, string[]>();
  for (const r of results) if (r.reason) reasons.set(r.reason, [...(reasons.get(r.reason) ?? []), r.rule]);
  const described = new Set<number>();
  let onALine = false;
  for (const r of results) {
    if (r.onTrack) {
      const pace = yearReachingThreshold(context.dataset, ally.code, r.threshold, { toYear: year });
      const d = describePath(ally.name, r, pace);
      described.add(r.threshold);
      // The yardstick's explanation only where a straight line is drawn (not for an Ally already there).
      if (d.status === "on-line" || d.status === "below-line") onALine = true;
      notes.push(`${r.rule}: ${d.label}. ${d.lineSentence}`);
      if (d.paceSentence) notes.push(d.paceSentence);
      if (d.disagreement) notes.push(d.disagreement);
    }
  }
  if (onALine) notes.push(YARDSTICK_NOTE);
  for (const [reason, rules] of reasons) notes.push(`${rules.join(", ")}: ${reason}`);
  for (const { threshold, pace } of paceFacts(context, ally, year)) {
    if (described.has(threshold) || pace.status === "already-met") continue;
    const sentence = paceSentence(ally.name, threshold, pace);
    if (sentence) notes.push(sentence);
  }
  for (const note of editionNotesFor(context.dataset.edition.id, { code: ally.code, year }))
    if (note.codes !== null || note.kind === "basis-change") notes.push(`Note: ${note.text}`);
  // One bullet per note, so that where one ends and the next begins shows at any width.
  return notes.flatMap((n) =>
    wrap(n, terminalWidth() - 2).map((line, i) => `${i === 0 ? "-" : " "} ${line}`),
  );
}

function rulesTable(context: Context, results: readonly RuleResult[]): string[] {
  return renderTable(
    [
      { header: "Rule" },
      { header: "Status" },
      { header: "Value", align: "right" },
      { header: "Target", align: "right" },
      { header: "Margin", align: "right" },
      { header: "Gap", align: "right" },
    ],
    results.map((r) => {
      const metric = RULES[r.rule as keyof typeof RULES]?.metric ?? "shareOfGdpPct";
      return [
        r.rule,
        statusCell(r.status),
        metricCell(metric, r.value, r.estimate),
        formatThreshold(r.threshold),
        marginCell(r.marginPp, r.status),
        r.status === "below" ? usdCell(r.gapUsdCurrentM) : "",
      ];
    }),
    { color: context.color },
  );
}

function run(query: string, options: AllyOptions): void {
  const ally = getAlly(query);
  const context = contextOf(options);
  const { dataset } = context;
  const related =
    options.related === undefined ? undefined : parsePercent(options.related, "related spending");
  const selected = options.year === undefined ? undefined : yearOf(context, options.year);
  const series = seriesOf(dataset, ally.code).filter((o) => selected === undefined || o.year === selected);
  const judgedYear = selected ?? yearOf(context, undefined);
  const judged = verdicts(context, ally, judgedYear, related);

  if (context.format === "json") {
    print(
      toJson({
        code: ally.code,
        name: ally.name,
        edition: dataset.edition.id,
        hasArmedForces: ally.hasArmedForces,
        accessionYear: ally.accessionYear,
        observations: series.map((o) => observationJson(o, verdicts(context, ally, o.year, related))),
        // The pace lines of the table, as data: the year each share of GDP is reached at the recent pace.
        pace: paceFacts(context, ally, judgedYear).map(({ threshold, pace }) => ({
          thresholdPct: threshold,
          status: pace.status,
          year: pace.year,
          fromYear: pace.fromYear,
          toYear: pace.toYear,
          pacePerYearPp: pace.pacePerYear,
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
      ...METRICS.map((m) => METRIC_INFO[m].csvColumn),
      ...RULE_LIST.flatMap((r) => [
        `${r.id.replace(/-/g, "_")}_status`,
        `${r.id.replace(/-/g, "_")}_margin_pp`,
      ]),
      "note",
    ];
    print(
      formatCsv(
        header,
        series.map((o) => {
          const results = verdicts(context, ally, o.year, related);
          return [
            ally.code,
            ally.name,
            o.year,
            o.edition,
            o.estimate,
            ...METRICS.map((m) => o[m]),
            ...results.flatMap((r) => [r.status, r.marginPp]),
            o.note ?? null,
          ];
        }),
      ),
    );
    return;
  }

  const available = new Set(dataset.edition.metrics as readonly string[]);
  // An Ally NATO publishes no figure for (Iceland, without armed forces) gets the note that says why, not
  // tables of "no data" for every year.
  const anyFigure = series.some((o) => METRICS.some((m) => o[m] !== null));
  const tableOf = (metrics: readonly Metric[]): string[] | null => {
    const shown = metrics.filter((m) => available.has(m));
    if (shown.length === 0 || series.length === 0 || !anyFigure) return null;
    return renderTable(
      [
        { header: "Year" },
        ...shown.map((m) => ({ header: METRIC_INFO[m].shortLabel, align: "right" as const })),
      ],
      series.map((o) => [yearText(o.year, o.estimate), ...shown.map((m) => metricCell(m, o[m], o.estimate))]),
      { color: context.color },
    );
  };
  const spending = tableOf([
    "shareOfGdpPct",
    "expenditureUsdCurrentM",
    "expenditureUsdConstant2021M",
    "realGdpUsdConstant2021Bn",
    "expenditurePerCapitaUsd2021",
    "militaryPersonnelThousands",
  ]);
  const breakdown = tableOf([
    "equipmentSharePct",
    "personnelSharePct",
    "infrastructureSharePct",
    "otherSharePct",
  ]);
  const one = selected === undefined ? undefined : series[0];
  const figures: Cell[][] | null =
    one && anyFigure
      ? METRICS.filter((m) => available.has(m)).map((m) => [
          METRIC_INFO[m].label,
          metricCell(m, one[m], one.estimate),
        ])
      : null;
  const estimate = dataset.edition.estimateYears.includes(judgedYear);
  const title =
    selected === undefined
      ? `${ally.name} (${ally.code}): defence expenditure ${series[0]?.year ?? ""}-${yearText(judgedYear, estimate)}`
      : `${ally.name} (${ally.code}) in ${yearText(judgedYear, estimate)}`;
  const notes = [
    ...(ally.hasArmedForces
      ? []
      : [
          `${proseName(ally.name, { start: true })} has no armed forces; NATO publishes no defence expenditure for it.`,
        ]),
    ...[accessionSentence(ally, series[0]?.year ?? 0)].filter((n): n is string => n !== null),
    ...series.flatMap((o) => (o.note ? [`${o.year}: ${o.note}`] : [])),
  ].flatMap((n) => wrap(n));
  const legend = !anyFigure
    ? []
    : wrap(
        "Spend: US dollars at current prices; 2021$: at constant 2021 prices. Shares of spending: equipment (incl. related R&D), personnel (incl. pensions), infrastructure, other.",
      );
  print(
    blocks(
      title,
      figures
        ? renderTable([{ header: "Figure" }, { header: "Value", align: "right" }], figures, {
            color: context.color,
          })
        : null,
      figures ? null : spending,
      figures ? null : breakdown,
      series.length === 0
        ? `No figures for ${proseName(ally.name)} in the ${dataset.edition.id} edition.`
        : null,
      notes,
      wrap(
        `Rules in ${yearText(judgedYear, estimate)} (margin: value minus target; gap: extra spending needed, current US dollars)`,
      ),
      rulesTable(context, judged),
      ruleNotes(context, ally, judgedYear, judged),
      figures ? null : legend,
      sourceLines(context),
    ),
  );
}

export function registerAlly(program: Command): void {
  const command = program
    .command("ally")
    .description(
      "one Ally over all years (or --year): every figure, estimates marked, every rule, gap to each target",
    )
    .argument("<ally>", "ISO code or name: POL, PL, Poland, poland")
    .addOption(yearOption("one year only (default: every year; rules are judged for the latest)"))
    .addOption(editionOption())
    .addOption(formatOption())
    .option("--related <pct>", "defence- and security-related spending in % of GDP, to judge the 5% total")
    .action((query: string, _options, cmd: Command) => run(query, cmd.optsWithGlobals<AllyOptions>()));
  withExamples(command, [
    "nato ally POL",
    "nato ally poland --year 2025 --format json",
    "nato ally DEU --related 1.0",
    `nato ally UK --edition ${earlierEditionId()}`,
  ]);
}
