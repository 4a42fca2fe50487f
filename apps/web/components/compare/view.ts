// What the comparison shows, computed by @nato/core and worded here once.
import {
  ALLIES,
  type AllyCode,
  allyVerdict,
  comparisonTitle,
  type Dataset,
  formatChangeBetween,
  formatMetricValue,
  getAlly,
  getDataset,
  HAGUE_CORE,
  METRIC_INFO,
  type Metric,
  type RuleStatus,
  STATUS_LABELS,
  seriesOf,
  TWO_PERCENT,
} from "@nato/core";
import type { Threshold } from "@/components/charts/LineChart";
import { allyColour } from "@/lib/ally-colours";
import { EQUIPMENT_THRESHOLDS, SHARE_THRESHOLDS } from "@/lib/chart-thresholds";

/** The figures compared: NATO's latest edition. */
export const compareDataset = (): Dataset => getDataset();

/** One Ally's line: its name and its figures year by year, estimates marked. */
export interface CompareSeries {
  readonly id: string;
  readonly label: string;
  /** The Ally's code, for the end of its line where its name does not fit. */
  readonly short: string;
  readonly points: { readonly year: number; readonly value: number | null; readonly estimate: boolean }[];
  /** The Ally's fixed colour on every chart (lib/ally-colours.ts). */
  readonly colour: number;
}

/**
 * The series of each Ally for one metric, in the order chosen.
 *
 * @example
 * compareSeries(["POL"], "shareOfGdpPct")[0]?.points.at(-1); // { year: 2026, value: 4.68, estimate: true }
 */
export function compareSeries(codes: readonly AllyCode[], metric: Metric): CompareSeries[] {
  const dataset = compareDataset();
  return codes.map((code) => ({
    id: code,
    label: getAlly(code).name,
    short: code,
    colour: allyColour(code),
    points: seriesOf(dataset, code).map((o) => ({ year: o.year, value: o[metric], estimate: o.estimate })),
  }));
}

/** The chart's title, written by core from the data. */
export function compareTitle(series: readonly CompareSeries[], metric: Metric): string {
  const info = METRIC_INFO[metric];
  const subject = info.metric === "shareOfGdpPct" ? "share of GDP" : info.label.toLowerCase();
  return comparisonTitle(
    subject,
    series.map((s) => ({ name: s.label, points: s.points })),
    (v) => formatMetricValue(v, info.unit),
  );
}

/** The labelled reference lines for a metric: the rules that judge it. */
export function compareThresholds(metric: Metric): readonly Threshold[] {
  if (metric === "shareOfGdpPct") return SHARE_THRESHOLDS;
  if (metric === "equipmentSharePct") return EQUIPMENT_THRESHOLDS;
  return [];
}

/** One row of the summary table. */
export interface CompareRow {
  readonly code: string;
  readonly name: string;
  readonly firstYear: number | null;
  readonly first: string;
  readonly lastYear: number | null;
  readonly lastEstimate: boolean;
  readonly last: string;
  readonly change: string;
  /** Verdicts on the 2% guideline and 3.5% in the latest year (share of GDP only). */
  readonly twoPercent: RuleStatus | null;
  readonly hagueCore: RuleStatus | null;
  readonly note: string | null;
}

/**
 * The first and latest figure of each Ally, the change between them and, for share of GDP, the verdicts of
 * the 2% guideline and The Hague's 3.5% in the latest year.
 *
 * @example
 * compareRows(["POL"], "shareOfGdpPct")[0]?.last; // "4.68%"
 */
export function compareRows(codes: readonly AllyCode[], metric: Metric): CompareRow[] {
  const dataset = compareDataset();
  const info = METRIC_INFO[metric];
  return compareSeries(codes, metric).map((s) => {
    const ally = ALLIES.find((a) => a.code === s.id) ?? getAlly(s.id);
    const known = s.points.filter((p): p is typeof p & { value: number } => typeof p.value === "number");
    const first = known[0];
    const last = known[known.length - 1];
    const change =
      first && last && first !== last ? formatChangeBetween(first.value, last.value, info.unit) : "–";
    const verdictYear = last?.year ?? dataset.edition.lastYear;
    const verdict = (rule: typeof TWO_PERCENT) =>
      metric === "shareOfGdpPct" ? allyVerdict(dataset, rule, ally, verdictYear).status : null;
    return {
      code: s.id,
      name: s.label,
      firstYear: first?.year ?? null,
      first: first ? formatMetricValue(first.value, info.unit) : formatMetricValue(null, info.unit),
      lastYear: last?.year ?? null,
      lastEstimate: last?.estimate ?? false,
      last: last ? formatMetricValue(last.value, info.unit) : formatMetricValue(null, info.unit),
      change,
      twoPercent: verdict(TWO_PERCENT),
      hagueCore: verdict(HAGUE_CORE),
      note: ally.hasArmedForces ? null : "No armed forces: NATO publishes no defence figures for Iceland.",
    };
  });
}

/** How a verdict reads, the same words as everywhere else. */
export function statusLabel(status: RuleStatus): string {
  return STATUS_LABELS[status];
}
