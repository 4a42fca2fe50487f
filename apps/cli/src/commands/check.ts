import {
  countVerdicts,
  countWithExceptions,
  customRule,
  editionNotesFor,
  entityName,
  formatCsv,
  getRule,
  listNames,
  METRIC_INFO,
  METRICS,
  type Metric,
  PATH_LABELS,
  parseMetric,
  parsePercent,
  parseYear,
  RULES,
  type Rule,
  STATUS_LABELS,
  YARDSTICK_NOTE,
  yearVerdicts,
} from "@nato/core";
import type { Command } from "commander";
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
import { editionOption, formatOption, withExamples, yearOption } from "../options.js";
import { marginCell, metricCell, statusCell, usdCell, yearText } from "../output/cells.js";
import { toJson } from "../output/json.js";
import { type Cell, type Column, renderTable, wrap } from "../output/table.js";

interface CheckOptions extends CommonOptions {
  readonly threshold?: string;
  readonly metric?: string;
  readonly deadline?: string;
  readonly related?: string;
}

const METRIC_NAMES = METRICS.map((m) => METRIC_INFO[m].slug);
// The ids from the registry, not core's RULE_IDS: that module also holds RuleSchema, which would bring zod.
const RULE_IDS = Object.keys(RULES);

/** A metric by its short name (`share`, `equipment`) or its JSON name (`shareOfGdpPct`), as core reads it. */
export function metricOf(input: string): Metric {
  return parseMetric(input, "metric");
}

function thresholdOf(input: string, metric: Metric): number {
  const unit = METRIC_INFO[metric].unit;
  if (unit === "pct-of-gdp" || unit === "pct-of-expenditure") return parsePercent(input, "threshold");
  const text = input.trim();
  if (!/^\+?(\d+\.?\d*|\.\d+)$/.test(text)) {
    throw usageError(
      `Invalid threshold "${input}": expected a number of 0 or more.`,
      "a number of 0 or more",
      input,
    );
  }
  return Number(text);
}

/** The rule to judge: a built-in one by id, or one made of `--threshold` (and `--metric`, `--deadline`). */
export function ruleOf(id: string | undefined, options: CheckOptions): Rule {
  if (id !== undefined && options.threshold !== undefined) {
    throw usageError(
      `Give either a rule ("${id}") or --threshold, not both: expected one of ${RULE_IDS.join(", ")}, or --threshold <pct>.`,
      "a rule or --threshold",
    );
  }
  if (id !== undefined) {
    if (options.metric !== undefined || options.deadline !== undefined) {
      throw usageError(
        `--metric and --deadline go with --threshold, not with the rule "${id}": expected --threshold <pct>.`,
        "--threshold",
      );
    }
    return getRule(id);
  }
  if (options.threshold === undefined) {
    throw usageError(
      `Missing rule: expected one of ${RULE_IDS.join(", ")}, or --threshold <pct> (with --metric).`,
      RULE_IDS.join(" | "),
    );
  }
  const metric = metricOf(options.metric ?? "share");
  const threshold = thresholdOf(options.threshold, metric);
  const deadline =
    options.deadline === undefined
      ? undefined
      : parseYear(options.deadline, { min: 1949, max: 2100 }, "deadline");
  return customRule(deadline === undefined ? { metric, threshold } : { metric, threshold, deadline });
}

function run(id: string | undefined, options: CheckOptions): void {
  const rule = ruleOf(id, options);
  const context = contextOf(options);
  requireMetrics(context, [rule.metric], `the rule "${rule.id}"`);
  const { dataset } = context;
  const year = yearOf(context, options.year);
  const estimate = isEstimateYear(context, year);
  if (options.related !== undefined && rule.id !== "hague-total") {
    throw usageError(
      `--related counts toward The Hague's 5% total only: expected "nato check hague-total --related ${options.related}", not the rule "${rule.id}".`,
      "hague-total with --related",
      rule.id,
    );
  }
  if (rule.deadline !== undefined && rule.deadline <= year) {
    throw usageError(
      `Deadline ${rule.deadline} is not after the year judged, ${year}: expected a deadline from ${year + 1} to 2100, or an earlier --year.`,
      `a year after ${year}`,
      rule.deadline,
    );
  }
  const related =
    options.related === undefined ? undefined : parsePercent(options.related, "related spending");
  const results = yearVerdicts(
    dataset,
    rule,
    year,
    related === undefined ? {} : { relatedSpendingPct: related },
  );
  const tally = countVerdicts(results, year, estimate, dataset.edition.id);
  const counts = {
    met: tally.met,
    below: tally.below,
    notApplicable: tally.notApplicable,
    noData: tally.noData,
  };
  const countText = countWithExceptions(tally);
  const notes = editionNotesFor(dataset.edition.id, { year, metric: rule.metric }).filter(
    (n) => n.codes === null,
  );

  if (context.format === "json") {
    print(
      toJson({
        rule: rule.id,
        name: rule.name,
        metric: rule.metric,
        threshold: rule.threshold,
        deadline: rule.deadline ?? null,
        baselineYear: rule.baselineYear ?? null,
        year,
        edition: dataset.edition.id,
        estimate,
        members: results.length,
        judged: tally.judged,
        counts,
        count: countText,
        notes: notes.map((n) => n.text),
        results: results.map((r) => ({
          code: r.code,
          name: entityName(r.code),
          status: r.status,
          value: r.value,
          threshold: r.threshold,
          marginPp: r.marginPp,
          gapUsdCurrentM: r.gapUsdCurrentM,
          gapUsdConstant2021M: r.gapUsdConstant2021M,
          estimate: r.estimate,
          onTrack: r.onTrack,
          reason: r.reason,
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
          "rule",
          "metric",
          "status",
          "value",
          "threshold",
          "margin_pp",
          "gap_usd_current_m",
          "gap_usd_constant_2021_m",
          "path",
        ],
        results.map((r) => [
          r.code,
          entityName(r.code),
          r.year,
          dataset.edition.id,
          r.estimate,
          rule.id,
          rule.metric,
          r.status,
          r.value,
          r.threshold,
          r.marginPp,
          r.gapUsdCurrentM,
          r.gapUsdConstant2021M,
          r.onTrack ? r.onTrack.status : null,
        ]),
      ),
    );
    return;
  }

  const withPath = results.some((r) => r.onTrack !== null);
  const columns: Column[] = [
    { header: "Ally" },
    { header: "Value", align: "right" },
    { header: "Status" },
    { header: "Margin", align: "right" },
    { header: "Gap", align: "right" },
    ...(withPath ? [{ header: `Path to ${rule.deadline}` }] : []),
  ];
  const rows: Cell[][] = results.map((r) => [
    entityName(r.code),
    metricCell(rule.metric, r.value, r.estimate),
    statusCell(r.status),
    marginCell(r.marginPp, r.status, rule.metric),
    r.status === "below" ? usdCell(r.gapUsdCurrentM) : "",
    ...(withPath
      ? [
          r.onTrack === null
            ? {
                text:
                  r.status === "not-applicable" ? STATUS_LABELS["not-applicable"] : STATUS_LABELS["no-data"],
                tone: "muted" as const,
              }
            : {
                text: PATH_LABELS[r.onTrack.status],
                tone: r.onTrack.status === "below-line" ? ("below" as const) : ("meets" as const),
              },
        ]
      : []),
  ]);
  const metNames = results.filter((r) => r.status === "met").map((r) => entityName(r.code));
  const summary = wrap(
    `${rule.name}, ${yearText(year, estimate)}${estimate ? " (NATO's estimates)" : ""}: met by ${countText}${
      counts.met > 0 && counts.met <= 10 ? `: ${listNames(metNames)}` : ""
    }; ${counts.below} below${counts.notApplicable ? `, ${counts.notApplicable} not applicable (no armed forces)` : ""}${
      counts.noData ? `, ${counts.noData} without data` : ""
    }.`,
  );
  const reasons = [
    ...new Set(results.filter((r) => r.status === "no-data" && r.reason).map((r) => r.reason as string)),
  ];
  const footnotes = [
    `Margin: ${METRIC_INFO[rule.metric].label} minus the threshold. Gap: extra spending needed that year, current US dollars.`,
    ...(withPath
      ? [
          `Path to ${rule.deadline}: against a straight line from the ${rule.baselineYear ?? "baseline"} figure to the threshold in ${rule.deadline}, the margin measured against the line. ${YARDSTICK_NOTE}`,
        ]
      : []),
    ...notes.map((n) => `Note: ${n.text}`),
    ...(reasons.length > 3 ? [reasons[0] as string] : reasons),
    ...(rule.id === "hague-total" && related === undefined
      ? ["Give --related <pct> (defence- and security-related spending, % of GDP) to judge the 5% total."]
      : []),
  ].flatMap((n) => wrap(n));
  print(
    blocks(summary, renderTable(columns, rows, { color: context.color }), footnotes, sourceLines(context)),
  );
}

export function registerCheck(program: Command): void {
  const command = program
    .command("check")
    .description("every Ally's verdict on a rule in a year: meets, below, not applicable, no data")
    .argument("[rule]", `${RULE_IDS.join(", ")} (or use --threshold)`)
    .addOption(yearOption())
    .addOption(editionOption())
    .addOption(formatOption())
    .option(
      "-t, --threshold <pct>",
      "a rule of your own: the figure must reach this (its unit: % for shares, million US$ for spend)",
    )
    .option(
      "-m, --metric <metric>",
      `the figure --threshold applies to: ${METRIC_NAMES.join(", ")}, or its JSON name as the answer reports it, e.g. shareOfGdpPct (default: share)`,
    )
    .option("--deadline <year>", "with --threshold: the year it is due (judges the straight path to it)")
    .option("--related <pct>", "for hague-total: defence- and security-related spending in % of GDP")
    .action((id: string | undefined, _options, cmd: Command) => run(id, cmd.optsWithGlobals<CheckOptions>()));
  withExamples(command, [
    "nato check two-percent --year 2014",
    "nato check hague-core --format json",
    "nato check hague-total --related 1.5",
    "nato check --threshold 3 --year 2025",
    "nato check --threshold 30 --metric equipment -f csv",
  ]);
}
